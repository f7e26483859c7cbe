"""The coreference stages' reads made once a paragraph (link64): the same answers as the
reads they replace.

``quoted`` counts a paragraph's quotation marks found once (``Paragraph.quote_marks``), not
the tokens before each asked one; ``main_subject`` with the token's paragraph reads its
sentence's root there, not from a Span; ``link_pronouns`` reads only the tokens it may act
on (``_candidates``), listed in one pass; the resolver adds a mention's type votes as
``Counter.update`` adds them. Sentences of our own through the real model, then the pronoun
and quoted-"they" links they serve."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kg.extract import coref
from kg.extract.context import Paragraph
from kg.extract.coref import _candidates
from kg.extract.discourse import main_subject, quoted
from kg.extract.nominals import nominal_words
from kg.lexicon import default_lexicon
from kg.model import Mention
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import Resolver
from kg.vocab import EntityType
from tests.conftest import mention_pairs, triples

_MARKS = ('"', "\u201c", "\u201d")

PARAGRAPHS = [
    '"We will not leave," Ana Morales told reporters, adding that "nobody" had asked them.',
    "\u201cThe talks failed,\u201d said Kofi Mensah. \u201cThey refused the offers.\u201d",
    'The minister said "the plan is dead" and left the talks. "It was never alive," he told aides',
    "Pedro Alves met Rui Costa in Lisbon. He said the two men had signed the accords.",
    "Farmers, who blocked the roads, said police had beaten them. The 57-year-old man fled.",
    "No quotation stands here; the council adjourned and its members went home.",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_coref_reads_quoted_counts_the_marks_before_each_token(nlp: Any, text: str) -> None:
    """A token is quoted when an odd number of double quotation marks stands before it in
    its paragraph, straight or curly, as the marks read token by token say."""
    para = Paragraph(nlp(text), 0)
    for token in para.tokens:
        before = sum(t.text in _MARKS for t in para.tokens[: token.i])
        assert quoted(para, token) is (before % 2 == 1), token.text


def test_coref_reads_quote_marks_are_the_marks_only(nlp: Any) -> None:
    """The marks found are the paragraph's quotation marks, in order; single quotes and
    apostrophes are none."""
    para = Paragraph(nlp("\u201cIt's over,\u201d said Lena Berg. 'Maybe,' Ivo Petrov said."), 0)
    assert [para.tokens[i].text for i in para.quote_marks] == ["\u201c", "\u201d"]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_coref_reads_main_subject_in_its_paragraph(nlp: Any, text: str) -> None:
    """``main_subject`` with the token's paragraph answers as with the sentence's Span."""
    para = Paragraph(nlp(text), 0)
    subjects = [t for t in para.tokens if t.dep_ in ("nsubj", "nsubjpass")]
    assert subjects
    for token in subjects:
        assert main_subject(token, para) is main_subject(token), token.text


def _admitted(para: Paragraph, counts: dict[str, int]) -> list[int]:
    """The tokens ``link_pronouns`` read before link64: its test on every token's columns."""
    lowers, deps, tags, poses = para.lowers, para.deps, para.tags, para.poses
    return [
        i
        for i in range(len(lowers))
        if i in para.links
        or deps[i] in ("nsubj", "nsubjpass")
        or lowers[i] == "old"
        or lowers[i] in counts
        or (i > 0 and lowers[i - 1] == "old")
        or tags[i] == "NNS"
        or poses[i] == "PRON"
    ]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_coref_reads_candidates_are_tokens_the_column_test_admitted(nlp: Any, text: str) -> None:
    """The pronoun walk reads, in order, only tokens its former column test admitted."""
    para = Paragraph(nlp(text), 0)
    para.links.update({i: "Eva Lind" for i, t in enumerate(para.tokens) if t.pos_ == "PROPN"})
    read = _candidates(para, nominal_words(), default_lexicon().words.person_pronouns)
    assert read == sorted(read)
    assert set(read) <= set(_admitted(para, nominal_words().group_counts))


ARTICLES = [
    "Pedro Alves met Rui Costa in Lisbon on Monday. He said the two men had signed the "
    "accords.\n\nAlves later told reporters that Costa had thanked him for his support.",
    "Ines Duarte arrived in Madrid on Monday. She criticised the Spanish government, which "
    "she said had ignored its own rules.\n\nThe 57-year-old met Pedro Sanchez the next day.",
    "Kofi Mensah and Ama Owusu were arrested in Accra.\n\nProsecutors accused the two of "
    '"spreading lies". "They did nothing wrong," their lawyer, Yaw Boateng, told the court.',
]


@pytest.mark.parametrize("text", ARTICLES)
def test_coref_reads_walk_links_as_every_admitted_token_would(
    extract: Any, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Reading only the tokens that may act gives the claims and pronoun and nominal links
    that reading every token the former column test admitted gave ("it", "which", "the
    talks" left out change nothing)."""
    graph = extract(text)
    walked = (triples(graph), mention_pairs(graph, "pronoun"), mention_pairs(graph, "nominal"))
    assert walked[1]  # (each article has its pronouns linked)

    def admitted(para: Paragraph, words: Any, pronouns: Any) -> list[int]:
        return _admitted(para, words.group_counts)

    monkeypatch.setattr(coref, "_candidates", admitted)
    graph = extract(text)
    assert (
        triples(graph),
        mention_pairs(graph, "pronoun"),
        mention_pairs(graph, "nominal"),
    ) == walked


def test_coref_reads_candidates_take_the_word_after_old(nlp: Any) -> None:
    """ "The 42-year-old lawyer": the noun after "old" is read, though nothing else
    admits it."""
    para = Paragraph(nlp("The 42-year-old lawyer is backed by the union."), 0)
    lawyer = next(t.i for t in para.tokens if t.text == "lawyer")
    assert lawyer in _candidates(para, nominal_words(), frozenset())


def _mention(text: str, label: str, start: int) -> tuple[SpanMention, Mention]:
    span = SpanMention(0, len(text.split()), text, label)
    return span, Mention("a1", start, start + len(text), text, text, "name")


def test_coref_reads_resolver_adds_votes_as_counter_update() -> None:
    """A cluster's type votes after several mentions are their sum, each type kept in the
    order it first came (the order ``Cluster.type`` breaks ties by)."""
    resolver = Resolver(default_lexicon())
    expected: Counter[EntityType] = Counter()
    for k, (text, label) in enumerate(
        [("Maren Holt", "PERSON"), ("Maren Holt", "ORG"), ("Maren Holt", "PERSON")]
    ):
        span, record = _mention(text, label, 20 * k)
        key = resolver.add(text, span, record)
        expected.update(resolver._votes(text, span, resolver._names))
        assert list(resolver.clusters[key].votes.items()) == list(expected.items())
    assert resolver.type_of("Maren Holt") is EntityType.PERSON


LINKS = [
    # a pronoun after a named subject, the sentence before's subject carried on
    (
        "Ines Duarte arrived in Madrid on Monday. She criticised the Spanish government.",
        ("Ines Duarte", "criticized", "Spanish government"),
    ),
    # a quoted "they" (``link_quoted_they``): the group the narrator named before the
    # quote, with a paragraph after it that holds no quote
    (
        "Shabaab militants stormed a hotel in Mogadishu on Monday.\n\n"
        '"They attacked the Kenyan soldiers first," a witness told reporters.\n\n'
        "The city council met on Tuesday.",
        ("al-Shabab", "attacked", "Kenyan soldiers"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), LINKS)
def test_coref_reads_links_still_made(extract: Any, text: str, triple: tuple[str, ...]) -> None:
    """The pronoun links the walks serve are still made."""
    assert triple in triples(extract(text))
