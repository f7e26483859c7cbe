"""Talks whose home side the article leaves unsaid: "the campaign has focused on ongoing peace
talks with the FARC" in an article about Colombia -> Colombia negotiated with the FARC. A
negotiation noun (a talks noun a negotiation word modifies: "peace talks") with a "with"
party, no owner, no "by" or "between" sides and no actor as the subject of its clause is the
talks of the one country the article is about (``role_owners.main_country``); not when the
party is that country or one of its own that is no group (the "Afghan government" in an
article about Afghanistan is the home side, not a partner; "the PKK" in Turkey is one).
Words are data (``unowned_talks`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.event_coref import actor_country
from kg.extract.interactions import emit, subjects_of
from kg.extract.role_owners import main_country
from kg.lexicon import Lexicon, Trigger
from kg.vocab import EntityType, Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The talks nouns (the stage's cues)."""
    nouns: list[str] = lx.cues["unowned_talks"]["nouns"]
    return nouns


def unowned_talks(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """negotiated_with claims of the article's country for talks with no side of its own."""
    words = ctx.cues["unowned_talks"]
    nouns = frozenset(words["nouns"])
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        if noun.pos_ != "NOUN" or para.lemmas[i] not in nouns or not _negotiation(ctx, noun):
            continue
        parties = ctx.prep_actors(para, [noun], ("with",))
        if not parties or _sided(ctx, para, noun, words):
            continue
        verb = _clause_verb(noun)
        if verb is None or subjects_of(ctx, para, verb):
            continue
        country = main_country(ctx)
        parties = [p for p in parties if p != country and not _own_state(ctx, p)]
        if country is None or not parties:
            continue
        trigger = Trigger(para.lemmas[i], "NOUN", Predicate.NEGOTIATED_WITH, "046")
        yield from emit(ctx, para, noun, verb, trigger, [country], parties, confidence=0.55)


def _own_state(ctx: ArticleContext, party: str) -> bool:
    """The party is of the article's country and no group (a group is an armed or political
    movement, the partner of a state in talks: "the PKK" in Turkey): the "Afghan government"
    in an article about Afghanistan is the home side, not its partner."""
    own = ctx.resolver.countries.get(ctx.article_id)
    return actor_country(ctx, party) == own and not ctx.etype_is(party, EntityType.GROUP)


def _negotiation(ctx: ArticleContext, noun: Any) -> bool:
    """A negotiation word modifies the noun ("peace talks", "ceasefire negotiations")."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in ctx.cues["negotiation_modifiers"]
        for c in noun.children
    )


def _sided(ctx: ArticleContext, para: Paragraph, noun: Any, words: dict[str, Any]) -> bool:
    """The noun names a side of its own: an owner in front ("Turkey's peace talks", "Kurdish
    peace talks"), or a side after one of the side prepositions ("talks between A and B")."""
    owners = [
        c
        for c in noun.children
        if c.dep_ in ("poss", "amod", "compound", "nmod") and ctx.ents(para, c, adjectives=True)
    ]
    return bool(owners) or any(
        c.dep_ in ("prep", "agent") and c.lower_ in words["side_preps"] for c in noun.children
    )


def _clause_verb(noun: Any) -> Any:
    """The verb of the clause the noun sits in (up through prepositions and nouns)."""
    node = noun
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None
