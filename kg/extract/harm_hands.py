"""Harm suffered "at the hands of" someone: "X was killed at the hands of Y", "X died at the
hands of Y", "X met his death at the hands of Y", "X suffered torture at the hands of Y" ->
Y attacked X. The phrase names the doer where no "by" does; "a defeat at the hands of Y" is no
harm. Words are data (``harm_hands`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import actors_of, emit
from kg.lexicon import Lexicon, Trigger
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The hand noun: every rule starts from it."""
    words: list[str] = lx.cues["harm_hands"]["hands"]
    return words


def harm_hands(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims of harm done "at the hands of" an actor."""
    words = ctx.cues["harm_hands"]
    for i in para.hits(ctx.word_set(cue_words)):
        hands = para.tokens[i]
        prep = hands.head
        if hands.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
            continue
        doers = [e for p in prep_objects(hands, ("of",)) for e in actors_of(ctx, para, p)]
        harm = _harm(para, prep.head, words)
        if not doers or harm is None:
            continue
        word, clause, victims = harm
        targets = [e for v in victims for e in actors_of(ctx, para, v) if e not in doers]
        trigger = Trigger(
            word.lemma_.lower(),
            word.pos_,
            Predicate.ATTACKED,
            "190",
            flags=frozenset({"needs_actor_object"}),
        )
        yield from emit(ctx, para, word, clause, trigger, doers, targets, confidence=0.7)


def _harm(
    para: Paragraph, head: Any, words: dict[str, list[str]]
) -> tuple[Any, Any, list[Any]] | None:
    """(the harm word, its clause, the victims' tokens) of the word "at the hands of" hangs
    on: a passive harm verb ("was tortured") and its subject, a verb of dying ("died") and
    its subject, a harm noun under a verb of undergoing ("met his death", "suffered abuse")
    and that verb's subject, or a harm noun the phrase hangs on (``_harm_noun``)."""
    if head.pos_ == "NOUN":
        return _harm_noun(para, head, words)
    kids = para.children(head)
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB":
        return None
    if lemma in words["harm_verbs"] and any(c.dep_ == "auxpass" for c in kids):
        return head, head, [c for c in kids if c.dep_ == "nsubjpass"]
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if lemma in words["dying_verbs"]:
        return head, head, subjects
    if lemma in words["undergo_verbs"]:
        nouns = [c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in words["harm_nouns"]]
        return (nouns[0], head, subjects) if nouns else None
    return None


def _harm_noun(
    para: Paragraph, noun: Any, words: dict[str, list[str]]
) -> tuple[Any, Any, list[Any]] | None:
    """A harm noun "at the hands of" hangs on: the one harmed is its owner or its "of" object
    ("Eric Garner's death at the hands of police", "the death of X at the hands of Y"), else
    the subject of the verb of undergoing it is the object of ("faced persecution at the
    hands of X")."""
    if noun.lemma_.lower() not in words["harm_nouns"]:
        return None
    owners = [c for c in para.children(noun) if c.dep_ == "poss"]
    owners += prep_objects(noun, ("of",))
    if owners:
        return noun, noun, owners
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in words["undergo_verbs"]:
        return None
    return noun, verb, [c for c in para.children(verb) if c.dep_ == "nsubj"]
