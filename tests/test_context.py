"""ArticleContext helpers: which entities a token stands for (through coordination,
appositions, institutions and groups), antecedents, titles, and spans."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import pytest
from spacy.tokens import Doc

from kg.extract.context import ArticleContext, Paragraph, PlainToken
from kg.lexicon import default_lexicon
from kg.resolve.resolver import Resolver


@dataclass(eq=False)
class Tok:
    """A stand-in for a spaCy token: what ArticleContext reads."""

    i: int
    text: str
    pos_: str
    dep_: str
    lemma_: str
    idx: int = 0
    head: Tok | None = None
    children: list[Tok] = field(default_factory=list)

    @property
    def lower_(self) -> str:
        return self.text.lower()


def _parse(spec: str) -> list[Tok]:
    """Tokens from "word/POS/dep/head" items (head: index, or -1 for the root)."""
    tokens, heads = [], []
    offset = 0
    for i, item in enumerate(spec.split()):
        word, pos, dep, head = item.split("/")
        tokens.append(Tok(i, word, pos, dep, word.lower(), offset))
        heads.append(int(head))
        offset += len(word) + 1
    for tok, head in zip(tokens, heads, strict=True):
        tok.head = tok if head < 0 else tokens[head]
        if head >= 0:
            tokens[head].children.append(tok)
    return tokens


def _context() -> ArticleContext:
    return ArticleContext(default_lexicon(), Resolver(default_lexicon()), "a", "2024-05-02")


# "A/B": token A is linked to entity B; "A*": token A stands for a group
CASES = [
    (  # coordination: "Orvanek and Keller met"
        "Orvanek/PROPN/nsubj/3 and/CCONJ/cc/0 Keller/PROPN/conj/0 met/VERB/ROOT/-1",
        {0: "Orvanek", 2: "Keller"},
        0,
        ["Orvanek", "Keller"],
    ),
    (  # a three-way list through nested conj
        "Chile/PROPN/nsubj/-1 ,/PUNCT/punct/0 Peru/PROPN/conj/0 and/CCONJ/cc/2 "
        "Bolivia/PROPN/conj/2",
        {0: "Chile", 2: "Peru", 4: "Bolivia"},
        0,
        ["Chile", "Peru", "Bolivia"],
    ),
    (  # apposition: "the envoy, Keller," stands for Keller
        "the/DET/det/1 envoy/NOUN/nsubj/-1 ,/PUNCT/punct/1 Keller/PROPN/appos/1",
        {3: "Keller"},
        1,
        ["Keller"],
    ),
    (  # an institution acts for its owner: "Chile's government"
        "Chile/PROPN/poss/2 's/PART/case/0 government/NOUN/nsubj/-1",
        {0: "Chile"},
        2,
        ["Chile"],
    ),
    (  # a demonym adjective does not stand for its country without adjectives=True
        "the/DET/det/2 Chilean/ADJ/amod/2 leader/NOUN/nsubj/-1",
        {1: "Chile"},
        1,
        [],
    ),
    (  # an unlinked common noun stands for nothing
        "the/DET/det/1 farmers/NOUN/nsubj/-1 and/CCONJ/cc/1 Keller/PROPN/conj/1",
        {3: "Keller"},
        1,
        ["Keller"],
    ),
    (  # a linked nmod under an unlinked head: "President Keller" parsed as nmod
        "delegation/NOUN/nsubj/-1 Keller/PROPN/nmod/0",
        {1: "Keller"},
        0,
        ["Keller"],
    ),
]


@pytest.mark.parametrize(("spec", "links", "at", "expected"), CASES)
def test_context_ents_follow_coordination_appositions_and_owners(
    spec: str, links: dict[int, str], at: int, expected: list[str]
) -> None:
    """ents() gives the entities a token stands for, in order, without repeats."""
    tokens = _parse(spec)
    para = Paragraph(doc=tokens, offset=0, links=dict(links))
    assert _context().ents(para, tokens[at]) == expected


def test_context_ents_adjective_owner_and_groups() -> None:
    """A demonym adjective counts with adjectives=True; "the two" stands for its group."""
    tokens = _parse("the/DET/det/2 Chilean/ADJ/amod/2 attack/NOUN/nsubj/-1")
    para = Paragraph(doc=tokens, offset=0, links={1: "Chile"})
    assert _context().ents(para, tokens[1], adjectives=True) == ["Chile"]
    two = _parse("the/DET/det/1 two/NUM/nsubj/2 met/VERB/ROOT/-1")
    para = Paragraph(doc=two, offset=0, groups={1: ["Orvanek", "Keller"]})
    assert _context().ents(para, two[1]) == ["Orvanek", "Keller"]


def test_context_ents_repeats_and_depth_are_bounded() -> None:
    """An entity named twice in a list comes once; a chain deeper than six conjuncts stops."""
    spec = " ".join(f"W{i}/PROPN/{'nsubj' if i == 0 else 'conj'}/{i - 1}" for i in range(9))
    tokens = _parse(spec)
    links = {i: f"E{i % 3}" for i in range(9)}
    para = Paragraph(doc=tokens, offset=0, links=links)
    assert _context().ents(para, tokens[0]) == ["E0", "E1", "E2"]
    deep = Paragraph(doc=tokens, offset=0, links={8: "Far"})
    assert _context().ents(deep, tokens[0]) == []  # past depth 6
    assert _context().ents(deep, tokens[2]) == ["Far"]


def test_context_antecedent_climbs_coordination() -> None:
    """A relative clause's noun refers to the entities of the nearest linked conjunct head."""
    tokens = _parse("Keller/PROPN/nsubj/-1 and/CCONJ/cc/0 another/NOUN/conj/0")
    para = Paragraph(doc=tokens, offset=0, links={0: "Keller"})
    assert _context().antecedent(para, tokens[2]) == ["Keller"]


def test_context_linked_pobjs_and_titles() -> None:
    """linked_pobjs() reads the objects of the given prepositions; name_title() records the
    title's last word at the token's offset, and the whole title when the lexicon has it
    ("foreign minister": a later "the prime minister" is not this minister)."""
    tokens = _parse(
        "talks/NOUN/ROOT/-1 in/ADP/prep/0 Lima/PROPN/pobj/1 with/ADP/prep/0 Keller/PROPN/pobj/3"
    )
    para = Paragraph(doc=tokens, offset=100, links={2: "Lima", 4: "Keller"})
    ctx = _context()
    assert ctx.linked_pobjs(para, tokens[0], ("in",)) == ["Lima"]
    assert ctx.linked_pobjs(para, tokens[0], ("with", "in")) == ["Lima", "Keller"]
    ctx.name_title(para, tokens[4], "Foreign-Minister", "Keller")
    at = [(100 + tokens[4].idx, "Keller")]
    assert ctx.titled == {"minister": at, "foreign minister": at}
    ctx.name_title(para, tokens[2], "envoy", "Lima")
    assert ctx.titled["envoy"] == [(100 + tokens[2].idx, "Lima")]


def test_context_ents_on_real_parses(nlp: Any) -> None:
    """With the real model: coordinated subjects and an apposition give their entities."""
    ctx = _context()
    doc = nlp("Gabriel Boric and Luis Arce met the Peruvian envoy, Ana Cecilia Gervasi, in Lima.")
    para = Paragraph(doc, 0)
    for name in ("Gabriel Boric", "Luis Arce", "Ana Cecilia Gervasi"):
        for token in doc:
            if token.text in name.split():
                para.links[token.i] = name
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert ctx.ents(para, subject) == ["Gabriel Boric", "Luis Arce"]
    envoy = next(t for t in doc if t.lower_ == "envoy")
    assert ctx.ents(para, envoy) == ["Ana Cecilia Gervasi"]


COLUMN_SENTENCES = [
    "Gabriel Boric and Luis Arce met the Peruvian envoy, Ana Cecilia Gervasi, in Lima.",
    "The 57-year-old general said he had not ordered troops into Cuenca. They withdrew!",
    "“We will never accept it,” the Ecuadorian minister told reporters on Tuesday.",
    "",
]


@pytest.mark.parametrize("text", COLUMN_SENTENCES)
def test_context_columns_equal_token_attributes(nlp: Any, text: str) -> None:
    """Paragraph.columns (one to_array) gives each token's lower_, lemma_ lower-cased,
    pos_, tag_, dep_, head, children and sentence bounds, as reading the Token does."""
    doc = nlp(text)
    para = Paragraph(doc, 0)
    assert para.lowers == [t.lower_ for t in doc]
    assert para.lemmas == [t.lemma_.lower() for t in doc]
    assert para.poses == [t.pos_ for t in doc]
    assert para.tags == [t.tag_ for t in doc]
    assert para.deps == [t.dep_ for t in doc]
    assert para.heads == [t.head.i for t in doc]
    assert [list(k) for k in para.kids] == [[c.i for c in t.children] for t in doc]
    assert para.sents == [(s.start, s.end) for s in doc.sents]
    ctx = _context()
    for t in doc:
        assert [k.i for k in para.sent_tokens(t.i)] == [k.i for k in t.sent]
        assert para.dates_of(t) == para.dates(t.sent)
        assert ctx.sentence_span(para, t) == (t.sent.start_char, t.sent.end_char)
        # the sentence's root found on the columns, as the paragraph's own token
        assert para.sent_root(t.i) == t.sent.root
        assert para.sent_root(t.i) is para.tokens[t.sent.root.i]


@pytest.mark.parametrize("text", COLUMN_SENTENCES)
def test_context_paragraph_reads_equal_token_reads(nlp: Any, text: str) -> None:
    """Paragraph.children, head, sent_start, sent_end, sent_of, ents and trigger give what
    the Token and Doc give, for the paragraph's tokens and for another Doc's."""
    doc, other = nlp(text), nlp("Nadia Vell visited Tbilisi. She met Irakli Sandro there.")
    para = Paragraph(doc, 0)
    index = default_lexicon().triggers
    assert para.ents == doc.ents
    assert para.ents is para.ents  # made once
    for t in [*doc, *other]:
        assert [c.i for c in para.children(t)] == [c.i for c in t.children]
        assert all(c.doc is t.doc for c in para.children(t))
        assert para.head(t) == t.head
        assert (para.sent_start(t), para.sent_end(t)) == (t.sent.start, t.sent.end)
        assert [k.i for k in para.sent_of(t)] == [k.i for k in t.sent]
        assert para.trigger(index, t) == index.match(t)
    if len(doc):
        assert para.children(doc[0]) == para.children(doc[0])
        assert para.head(doc[-1]) is para.tokens[doc[-1].head.i]  # the paragraph's Token
    # another paragraph's own tokens: their children, that paragraph's Token objects
    there = Paragraph(other, 0)
    for t in there.tokens:
        assert para.children(t) == list(t.children)
        assert all(c is there.tokens[c.i] for c in para.children(t))


@pytest.mark.parametrize("text", COLUMN_SENTENCES)
def test_context_plain_tokens_read_as_spacy_tokens(nlp: Any, text: str) -> None:
    """Paragraph.tokens (PlainToken) give the text, lower_, lemma_, pos_, tag_, dep_, head and
    children spaCy gives, equal and hashed as the Doc's own tokens, with no new Token made."""
    doc = nlp(text)
    para = Paragraph(doc, 0)
    attrs = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "idx", "ent_type_", "is_punct")
    for plain, token in zip(para.tokens, doc, strict=True):
        assert isinstance(plain, PlainToken)
        assert [getattr(plain, a) for a in attrs] == [getattr(token, a) for a in attrs]
        assert plain == token
        assert token == plain
        assert hash(plain) == hash(token)
        assert plain.head == token.head
        assert plain.head is para.tokens[token.head.i]
        assert [c.i for c in plain.children] == [c.i for c in token.children]
        assert all(c is para.tokens[c.i] for c in plain.children)
        assert [t.i for t in plain.subtree] == [t.i for t in token.subtree]
        assert plain.sent == token.sent
        _assert_same_walks(para, plain, token)
    assert {*para.tokens} == {*doc}
    for root in (t for t in para.tokens if t.dep_ == "ROOT"):  # children is an iterator
        assert next(root.children).i == next(doc[root.i].children).i


_WALKS = ("subtree", "lefts", "rights", "ancestors", "conjuncts")


def _assert_same_walks(para: Paragraph, plain: Any, token: Any) -> None:
    """The tree walks of a PlainToken give spaCy's words, in spaCy's order, as the
    paragraph's own tokens."""
    for walk in _WALKS:
        mine = list(getattr(plain, walk))
        assert [t.i for t in mine] == [t.i for t in getattr(token, walk)], walk
        assert all(t is para.tokens[t.i] for t in mine), walk
    assert isinstance(plain.conjuncts, tuple)
    assert plain.left_edge is para.tokens[token.left_edge.i]
    assert plain.right_edge is para.tokens[token.right_edge.i]


# a parse that is not projective ("the founding treaty ..." hung on "is" across "Rights"):
# spaCy's right edge of "given" stops at the comma, short of the subtree's last word
_CROSSED = (
    "UN rulings are binding for Chile , given that the state is a party to the American "
    "Convention of Human Rights , the founding treaty of the regional organisation ."
)
_CROSSED_HEADS = [1, 3, 3, 3, 3, 4, 3, 3, 11, 10, 11, 7, 13, 11, 13, 17, 17, 14, 17, 20, 18]
_CROSSED_HEADS += [11, 24, 24, 10, 24, 28, 28, 25, 3]
_CROSSED_DEPS = (
    "compound nsubj aux ROOT prep pobj punct prep mark det nsubj pcomp det attr prep det "
    "compound pobj prep compound pobj punct det amod appos prep det amod pobj punct"
)


def test_context_plain_token_walks_on_a_crossed_parse(nlp: Any) -> None:
    """On a parse that is not projective, PlainToken's edges are spaCy's own (not the
    subtree's first and last words), and its walks give spaCy's words in spaCy's order."""
    words = _CROSSED.split()
    doc = Doc(nlp.vocab, words=words, heads=_CROSSED_HEADS, deps=_CROSSED_DEPS.split())
    para = Paragraph(doc, 0)
    given = para.tokens[7]
    assert given.right_edge.i == 21 < max(t.i for t in given.subtree)  # spaCy's edge
    for plain, token in zip(para.tokens, doc, strict=True):
        _assert_same_walks(para, plain, token)
        assert para.sent_root(token.i) is para.tokens[token.sent.root.i]
    para.release()


def test_context_columns_of_stand_in_tokens() -> None:
    """Stand-in tokens (no Doc) get their columns read token by token."""
    tokens = _parse("Chile/PROPN/nsubj/-1 ,/PUNCT/punct/0 Peru/PROPN/conj/0")
    para = Paragraph(doc=tokens, offset=0)
    assert para.lowers == ["chile", ",", "peru"]
    assert para.heads == [0, 0, 0]
    assert [list(k) for k in para.kids] == [[1, 2], [], []]


def test_context_matches_equal_trigger_match(nlp: Any) -> None:
    """Paragraph.matches gives, once a paragraph, what TriggerIndex.match gives each token."""
    index = default_lexicon().triggers
    doc = nlp(
        "Chile imposed sanctions on Peru after Bolivia was accused of attacking Quito, "
        "and Ecuador is opposed to talks with them."
    )
    para = Paragraph(doc, 0)
    expected = {t.i: m for t in doc if (m := index.match(t)) is not None}
    assert expected  # the sentence has triggers
    assert para.matches(index) == expected
    assert para.matches(index) is para.matches(index)  # found once


def test_discourse_sightings_are_the_links_at_construction(nlp: Any) -> None:
    """Discourse makes its sightings when first asked, from the links as they were when it
    was made: a link added after (without ``add``) is no sighting; ``add`` makes one."""
    from kg.extract.discourse import Discourse

    doc = nlp("Velmora Holt met Anzor Quell. The envoy praised him.")
    para = Paragraph(doc, 0, links={0: "Velmora Holt", 1: "Velmora Holt", 3: "Anzor Quell"})
    disc = Discourse([para])
    para.links[4] = "Anzor Quell"  # added after: not seen
    assert [(s.index, s.label) for s in disc.sightings] == [(1, "Velmora Holt"), (3, "Anzor Quell")]
    envoy = next(t for t in doc if t.lower_ == "envoy")
    disc.add(para, envoy, "Anzor Quell")
    assert [s.label for s in disc.before(para, doc[-2], None)] == [
        "Anzor Quell",
        "Anzor Quell",
        "Velmora Holt",
    ]


# (paragraph, token index, label or None to unlink) changed between two Discourses of the
# same paragraphs: the second one sees its own links, whatever the first one kept
_RELINKS = [
    pytest.param((), id="no link changed"),
    pytest.param(((1, 4, "Brenna Solt"),), id="a new name in the second paragraph"),
    pytest.param(((0, 3, "Tamsin Orr"),), id="a word moved to another label"),
    pytest.param(((0, 3, None), (0, 4, None)), id="a name unlinked"),
]


@pytest.mark.parametrize("changes", _RELINKS)
def test_discourse_sightings_follow_links_changed_between_discourses(
    nlp: Any, changes: tuple[tuple[int, int, str | None], ...]
) -> None:
    """A Discourse made after another over the same paragraphs finds the mention roots of
    the links as they are when it is made, numbered in its own paragraph list (a
    paragraph's sightings are kept for the next Discourse only while its links and first
    sentence number are the same), and ``add`` on one leaves the next one alone."""
    from kg.extract.discourse import Discourse

    def seen(disc: Discourse) -> list[tuple[int, int, str]]:
        return [(s.sent, s.index, s.label) for s in disc.sightings]

    paras = [
        Paragraph(
            nlp("Tamsin Orr met Ilse Varga. She thanked her."),
            0,
            links={0: "Tamsin Orr", 1: "Tamsin Orr", 3: "Ilse Varga", 4: "Ilse Varga"},
        ),
        Paragraph(nlp("Rafe Dunmore greeted Brenna Solt warmly."), 45, links={1: "Rafe Dunmore"}),
    ]
    first = Discourse(paras)
    before = seen(first)
    first.add(paras[0], paras[0].tokens[6], "Tamsin Orr")  # "She"
    for n, i, label in changes:
        if label is None:
            del paras[n].links[i]
        else:
            paras[n].links[i] = label
    assert seen(Discourse(paras[1:]))[0][0] == 0  # the second paragraph numbered apart
    found = seen(Discourse(paras))
    for para in paras:
        para.sightings = None  # nothing kept: made from the links alone
    assert found == seen(Discourse(paras))
    assert (found == before) == (not changes)
    assert (1, 6, "Tamsin Orr") not in found


def test_context_word_index_lists_every_token_of_a_word_in_order(nlp: Any) -> None:
    """word_index: each form and each lemma that differs from its form lists its tokens in
    ascending order, a token under both when a later form is an earlier token's lemma."""
    para = Paragraph(nlp("Envoys met twice; the envoy meets them again and they met."), 0)
    at = para.word_index
    for word, found in at.items():
        assert found == sorted(set(found))
        assert found == [
            i
            for i, (lower, lemma) in enumerate(zip(para.lowers, para.lemmas, strict=True))
            if word in (lower, lemma)
        ]
    assert at["meet"] == [i for i, lemma in enumerate(para.lemmas) if lemma == "meet"]
    assert at["envoy"][-1] == para.lowers.index("envoy")


def test_context_prepared_once_per_lexicon() -> None:
    """prepared(make) runs make once for a lexicon, whatever the article, and gives back
    what it made."""
    calls: list[int] = []

    def make(lx: Any) -> tuple[int, int]:
        calls.append(id(lx))
        return (len(calls), id(lx))

    ctx = _context()
    first = ctx.prepared(make)
    other = ArticleContext(ctx.lx, ctx.resolver, "b", None)
    assert ctx.prepared(make) is first
    assert other.prepared(make) is first
    assert first == (1, id(ctx.lx))
    assert calls == [id(ctx.lx)]


def test_once_per_lexicon_is_per_lexicon() -> None:
    """once_per_lexicon(lx, make) builds once a lexicon and again for another lexicon; a
    build function of its own is kept under ``make``."""
    from kg.lexicon import once_per_lexicon

    calls: list[int] = []

    def make(lx: Any) -> int:
        calls.append(id(lx))
        return len(calls)

    lx = _context().lx
    other = copy.copy(lx)
    assert once_per_lexicon(lx, make) == once_per_lexicon(lx, make) == 1
    assert once_per_lexicon(other, make) == 2
    assert once_per_lexicon(lx, make, lambda _: -1, {}) == -1
    assert calls == [id(lx), id(other)]
