"""Targets named: "al-Shabab named Kenya and Uganda as targets", "the group declared foreign
aid workers legitimate targets", "a video specified as targets the capitals of Kenya and
Burundi" -> the subject threatened the actors it named (PLOVER THREATEN, CAMEO 138). The
verbs and nouns are data (``named_targets`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate

_CAMEO = "138"  # CAMEO "threaten to use military force"
# how the target noun hangs on the naming verb: "as targets" (pobj), "declared X legitimate
# targets" (the parser's dobj, oprd or xcomp of the verb or of the small clause under it)
_TARGET_DEPS = ("pobj", "dobj", "oprd", "xcomp", "attr")


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The naming verbs (the stage's cues)."""
    verbs: list[str] = lx.cues["named_targets"]["verbs"]
    return verbs


def named_targets(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """threatened claims from the subject of a naming verb to the actors it names targets."""
    words = ctx.cues["named_targets"]
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["verbs"]:
            continue
        target = _target_noun(verb, words["nouns"])
        if target is None:
            continue
        subjects = subjects_of(ctx, para, verb) or _issuers(ctx, para, verb, words["documents"])
        objects = [
            e
            for t in _named(verb, target)
            for e in ctx.ents(para, t)
            if e not in subjects and ctx.etype_in(e, ACTOR_TYPES)
        ]
        if not subjects or not objects:
            continue
        trigger = Trigger(target.lemma_.lower(), "NOUN", Predicate.THREATENED, _CAMEO)
        yield from emit(ctx, para, verb, verb, trigger, subjects, objects, confidence=0.7)


def _issuers(ctx: ArticleContext, para: Paragraph, verb: Any, documents: list[str]) -> list[str]:
    """The owner of a document subject ("an al-Shabab video named ...", "the group's
    statement named ..."): the group the video or statement speaks for."""
    return [
        e
        for s in para.children(verb)
        if s.dep_ == "nsubj" and s.lemma_.lower() in documents
        for o in para.children(s)
        if o.dep_ in ("poss", "compound", "amod")
        for e in ctx.ents(para, o, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _target_noun(verb: Any, nouns: list[str]) -> Any | None:
    """The target noun the verb names something as: its "as" object ("named X as targets")
    or its predicate, directly or in the small clause it takes ("declared X targets")."""
    for tok in verb.subtree:
        if tok.lemma_.lower() not in nouns or tok.dep_ not in _TARGET_DEPS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "named Kenya as a target of its aid programme": aimed at, not threatened
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "as" and head.head == verb:
            return tok
        if tok.dep_ != "pobj" and (head == verb or (head.head == verb and head.dep_ == "ccomp")):
            return tok
    return None


def _named(verb: Any, target: Any) -> list[Any]:
    """The words that name what is made a target: those after the verb up to the target noun,
    and after it up to the next verb ("specified as targets the capitals of X, saying ...")."""
    doc = verb.doc
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    found = [doc[j] for j in range(verb.i + 1, target.i) if j not in subject]
    for j in range(target.i + 1, verb.sent.end):
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].lower_ in (";", ":", '"'):
            break
        found.append(doc[j])
    return found
