"""Rescues told without the rescued: "a German ship and Italian navy vessels all conducted rescue
operations" -> each rescuer supported the people the article is about rescuing, its one group
of such people ("migrants"), PLOVER AID (CAMEO 073). The words are data (``rescue_objects``
in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.vocab import EntityType, Predicate

_CAMEO = "073"  # CAMEO "provide humanitarian aid"


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The rescue words (the stage's cues)."""
    nouns: list[str] = lx.cues["rescue_objects"]["nouns"]
    return nouns


def rescue_objects(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from the subjects of a light verb of a rescue noun with no "of" phrase
    to the article's one group of rescued people."""
    words = ctx.cues["rescue_objects"]
    lights = frozenset(words["light_verbs"])
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        while noun.dep_ in ("compound", "nmod", "conj") and noun.head.pos_ == "NOUN":
            noun = noun.head  # "rescue operations", "search and rescue operations"
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lights:
            continue
        if any(c.dep_ == "prep" for c in para.children(noun)):
            continue  # "rescue operations of/for/on X": the rescued are named (read elsewhere)
        rescued = rescued_group(ctx, frozenset(words["people"]))
        if rescued is None:
            continue
        rescuers = [s for s in subjects_of(ctx, para, verb) if s != rescued]
        trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.SUPPORTED, _CAMEO)
        yield from emit(ctx, para, noun, verb, trigger, rescuers, [rescued], confidence=0.6)


def rescued_group(ctx: ArticleContext, people: frozenset[str]) -> str | None:
    """The article's one group named by a noun for people in need of rescue ("migrants",
    "refugees"), or none when it names none or several."""
    groups = {
        label: ctx.shown(label).split()
        for label in ctx.resolver.article_labels(ctx.article_id)
        if ctx.etype_is(label, EntityType.GROUP)
    }
    found = [label for label, words in groups.items() if words[-1].lower() in people]
    if len(found) > 1:
        # "migrants" beside "almost 3,600 migrants": the group the article keeps naming
        found = [g for g in found if len(groups[g]) == 1]
    return found[0] if len(found) == 1 else None
