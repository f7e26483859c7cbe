"""Rulings, orders, plans, projects and bids, and the reforms, tests or operations a story is
about, as what actors back or oppose: "Laban appealed the eviction order", "residents are
opposing the $1.4bn Tia Maria project", "the judgement has been slammed by lawyers", "declared
his support for the pension reform" -> the actor criticised (supported) the document, an Event
node of its article labelled as the article writes it. Words: ``decisions`` of
``kg/data/en/cues.json`` (laws, bills and deals are ``measures``').
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import condemned_acts, interactions, measures, qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.evaluations import copula_verdict, unsure
from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

# the modifiers in front of the noun that are part of its label ("$1.4bn Tia Maria project")
_MODIFIERS = ("compound", "amod", "nmod", "nummod", "quantmod", "poss")


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The document and issue nouns (the stage's cue words)."""
    words = lx.cues["decisions"]
    return (*words["nouns"], *words["issues"]["nouns"])


def decisions(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """supported / criticized claims from the actors who back, oppose or appeal a document to
    it, an Event node of the article. A classed one ("the eviction order", "Australia's 2022
    bid") is labelled by its words; a definite one with nothing to class it refers to the one
    of its word the article classed last ("the country's bid" after "Australia's bid"), or,
    for a noun of ``bare_nouns``, is labelled by itself ("the judgement"); one with a common
    owner ("the government's plan") refers only to one a name owned. An issue noun
    (``issues``: "the pension reform", "virginity tests") makes a node only when the story is
    about it (``_topics``), and a definite one refers only to such a one."""
    words = ctx.cues["decisions"]
    laws = ctx.cues["measures"]
    stance_words = {
        "acts": laws["acts"],
        "passing": laws["passing"],
        "not_verbs": words["not_verbs"],
        "challenging": words["challenging"],
    }
    issues = words["issues"]
    found = [
        (para, tok, label)
        for para in paras
        for tok in (para.tokens[i] for i in para.hits(ctx.word_set(cue_words)))
        if _document(tok, words)
        for label in [_label(ctx, para, tok, words)]
        if label is not None
    ]
    topics = _topics(ctx, found, issues)
    # word -> the label of the one the article classed last, and whether a name owned it
    classed: dict[str, tuple[str, bool]] = {}
    for para, tok, (start, written) in found:
        topical = tok.lemma_.lower() in issues["nouns"]
        key = _word(tok, issues)
        owned = any(c.dep_ == "poss" for c in para.children(tok))
        if start is not None:
            if topical and _issue_key(tok, written) not in topics:
                continue  # "backed a brief military operation" in passing: no issue of the story
            classed[key] = (written, owned)
        elif key in classed and (classed[key][1] or not owned):
            # "the country's bid" takes up "Australia's bid", not "the EU bailout plan"
            written = classed[key][0]
        elif key not in words["bare_nouns"]:
            continue
        # a stance on the story's issue stands beside one on its owner ("support the UK's
        # nuclear deterrent"), not on a deed ("condemned Saudi Arabia's intervention")
        beside = topical and tok.lemma_.lower() not in issues["deeds"]
        yield from _drafts(ctx, para, tok, (start, written), (stance_words, beside))


def _document(tok: Any, words: dict[str, Any]) -> bool:
    """Whether a token is a document noun ("the order", not "orders": many orders are no one
    document; "government plans" are the government's) or an issue noun, singular or plural
    ("the tests", "education reforms"), as the head of its phrase (not "order book")."""
    if tok.pos_ != "NOUN" or tok.dep_ == "compound":
        return False
    lemma = tok.lemma_.lower()
    if lemma in words["issues"]["nouns"]:
        return tok.tag_ in ("NN", "NNS")
    return tok.tag_ == "NN" and lemma in words["nouns"]


def _topics(
    ctx: ArticleContext,
    found: list[tuple[Paragraph, Any, tuple[int | None, str]]],
    issues: dict[str, Any],
) -> set[str]:
    """The issues the story is about (``_issue_key``s): those a classed issue noun names
    in the story's opening (headline or first sentence: "Indonesia urged to end virginity
    tests") or at least ``repeats`` times, counting a definite reference to the one of its
    word named last ("the UK's nuclear deterrent" twice; "a pension reform ... the reform").
    One named once in passing ("supported an Iraqi-led operation") is none: a node for it
    would be an object no reader lists."""
    opening = ctx.lead.sentences if ctx.lead is not None else frozenset()
    counts: Counter[str] = Counter()
    topics: set[str] = set()
    last: dict[str, str] = {}  # word -> the label of the issue of that word named last
    for para, tok, (start, written) in found:
        if tok.lemma_.lower() not in issues["nouns"]:
            continue
        key = _word(tok, issues)
        if start is not None:
            last[key] = _issue_key(tok, written)
            if ctx.sentence_span(para, tok)[0] in opening:
                topics.add(_issue_key(tok, written))
        if key in last:
            counts[last[key]] += 1
    return topics | {label for label, n in counts.items() if n >= issues["repeats"]}


def _issue_key(tok: Any, label: str) -> str:
    """An issue's label lower-cased, its noun by lemma: "pension reforms" and "the pension
    reform" name one issue."""
    lemma: str = tok.lemma_.lower()
    return label[: len(label) - len(tok.text)].lower() + lemma


def _word(tok: Any, issues: dict[str, Any]) -> str:
    """The word a definite reference shares with what it refers to: a document noun's lemma
    ("the country's bid" for "Australia's bid"), an issue noun's form ("the tests" for
    "virginity tests", not for a "virginity test" quoted since)."""
    lemma: str = tok.lemma_.lower()
    return tok.lower_ if lemma in issues["nouns"] else lemma


def _drafts(
    ctx: ArticleContext,
    para: Paragraph,
    tok: Any,
    label: tuple[int | None, str],
    how: tuple[dict[str, Any], bool],
) -> Iterator[Draft]:
    """The claims of the stances on the document at ``tok`` (``label``: where its label
    starts, and the label), to its node, made at the first of them. ``how``: the stance
    words, and whether the claims stand beside another rule's. An actor another rule already
    gave a claim of the same predicate in the sentence (to the document's owner, say:
    "condemned Egypt's decision") gets none to the document, unless they do (an issue the
    story is about, whatever is said of its owner: "support the UK's nuclear deterrent")."""
    stance_words, beside = how
    claims = [
        *measures.stances_on(ctx, para, tok, stance_words),
        *_judged(ctx, para, tok),
    ]
    verbs = {verb.i for verb, _, _ in claims}
    claims += [c for c in _named(ctx, para, tok) if c[0].i not in verbs]
    node: str | None = None
    for verb, predicate, subjects in claims:
        told = {s for s, _ in ctx.sentence_pairs(para, verb, predicate)}
        fresh = [s for s in subjects if beside or s not in told]
        if not fresh:
            continue  # "condemned Egypt's decision": another rule's claim to Egypt
        if node is None:
            node = _node(ctx, para, tok, *label)
        status = qualifiers.status(ctx, verb, verb)
        yield from measures.stance_drafts(ctx, para, verb, predicate, fresh, node, status)


def _label(
    ctx: ArticleContext, para: Paragraph, tok: Any, words: dict[str, Any]
) -> tuple[int | None, str] | None:
    """The document noun at ``tok`` as written, without its determiner or a common owner
    ("eviction order", "Australia's 2022 bid", "judgement" from "the court's judgement"),
    with where its label starts when something classes it (a noun or name in front, a
    number, an adjective of its own, a named owner), else None for the start; None for no
    one document ("a plan", "any future bid", "another proposal") or for a person's ("his
    re-election bid", "President X's decision": a stance on it is one on the person, the
    interaction rules' to read)."""
    kids = para.children(tok)
    mods = [c for c in kids if c.i < tok.i and c.dep_ in _MODIFIERS]
    dets = [c.lower_ for c in kids if c.dep_ in ("det", "predet")]
    not_mods = words["not_modifiers"]
    if any(d in not_mods for d in dets):
        return None
    if any(t.lower_ in not_mods for m in mods for t in m.subtree):
        return None
    generic = words["generic"]
    owners = [c for c in mods if c.dep_ == "poss"]
    if any(_personal(ctx, para, o, words) for o in owners):
        return None
    named = [o for o in owners if o.pos_ == "PROPN"]
    own = [c for c in mods if c.dep_ != "poss"]
    classes = [
        c
        for c in own
        if c.dep_ != "amod" or not all(t.lower_ in generic for t in c.subtree if t.is_alpha)
    ]
    kept = [*own, *named]
    first = min((t.i for m in kept for t in m.subtree), default=tok.i)
    while first > 0 and _joined(para.tokens[first - 1]):
        first -= 1  # "re-election bid": the word's first part the parser left out
    while first < tok.i and para.tokens[first].dep_ in ("det", "predet"):
        first += 1  # "the Egyptian court ruling": a determiner the parser hung on a modifier
    head = para.tokens[first]
    text = para.text[head.idx : tok.idx + len(tok.text)].strip("\"'“” ")
    if classes or named:
        return first, text
    if not dets and not owners:
        return None  # "plans a ban", "under pressure over policy"
    if dets and dets[0] in ("a", "an"):
        return None
    return None, text


def _judged(
    ctx: ArticleContext, para: Paragraph, tok: Any
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """A speaker's verdict on the document, the subject of a copula clause reported by a
    speech verb: "Amnesty said the verdict was unjust" criticises it, "insists the bid was
    clean" supports it (the verdict words of ``evaluations``)."""
    clause = para.head(tok)
    if tok.dep_ != "nsubj" or clause.lemma_ != "be" or clause.dep_ != "ccomp":
        return
    report = para.head(clause)
    speech = ctx.cues["speech_verbs"]
    if report.lemma_.lower() not in speech or unsure(ctx, report) or unsure(ctx, clause):
        return
    predicate = copula_verdict(ctx, clause)
    if predicate is None:
        return
    speakers = [
        s for s in interactions.subjects_of(ctx, para, report) if ctx.etype_in(s, ACTOR_TYPES)
    ]
    if speakers:
        yield report, predicate, speakers


def _named(
    ctx: ArticleContext, para: Paragraph, tok: Any
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """A naming verb that gives the document a disparaging verdict criticises it: "Amnesty
    called the ruling unjust", "described the operation as a sham" (``verdict_words``)."""
    verb = para.head(tok)
    if tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return
    if not condemned_acts.naming_verdict(ctx, verb, set(ctx.cues["verdict_words"]["disparaging"])):
        return
    speakers = [
        s for s in interactions.subjects_of(ctx, para, verb) if ctx.etype_in(s, ACTOR_TYPES)
    ]
    if speakers:
        yield verb, Predicate.CRITICIZED, speakers


def _personal(ctx: ArticleContext, para: Paragraph, owner: Any, words: dict[str, Any]) -> bool:
    """Whether a document's owner is a person: a possessive of ``person_owners`` ("his",
    "her") or a name linked to a person."""
    if owner.lower_ in words["person_owners"]:
        return True
    return any(
        (label := para.links.get(t.i)) is not None and ctx.etype_is(label, EntityType.PERSON)
        for t in owner.subtree
    )


def _joined(tok: Any) -> bool:
    """Whether a token is written onto the next as one word ("re" and "-" of "re-election")."""
    return not tok.whitespace_ and (tok.is_alpha or tok.text in ("-", "\u2010"))


def _node(ctx: ArticleContext, para: Paragraph, tok: Any, start: int | None, label: str) -> str:
    """The article's Event node of the document, recorded at its words."""
    first = tok.i if start is None else start
    mention = SpanMention(first, tok.i + 1, label, "EVENT", canonical=label, scoped=True)
    ctx.resolver.add_vote(label, EntityType.EVENT, 3)
    return ctx.record_aside(para, mention, label)
