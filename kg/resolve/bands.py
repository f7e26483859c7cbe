"""A band of attackers written by a singular noun as a mention (force57): "a drug gang
killed 43 students", "an angry mob attacked the station", "were abducted by a criminal
gang" -> the Group "drug gang", "angry mob", "criminal gang" of the article, the doer of
the attack. Only as the doer of an attack: "he joined a drug gang" names no actor.
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.bodies import Owners, collective_item
from kg.vocab import EntityType, Predicate


def band_words(lexicon: Lexicon) -> tuple[str, ...]:
    """The stage's cue words: the band nouns (``attack_bands.nouns`` of cues.json)."""
    return tuple(lexicon.cues.get("attack_bands", {}).get("nouns", ()))


def find_bands(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """A singular band noun (``nouns``) after "a"/"an" and its lower-case modifiers, the
    subject of an attack verb (``attacked`` trigger) or the "by" agent of its passive: a
    Group of the article labelled as written with no article ("drug gang"). Same dicts as
    ``kg.resolve.collectives.find_collectives``."""
    cue = lexicon.cues.get("attack_bands", {})
    nouns, articles = frozenset(cue.get("nouns", ())), frozenset(cue.get("articles", ()))
    named = {i for end, (st, *_) in owners.items() for i in range(st, end)}
    found: list[dict[str, Any]] = []
    for head in tokens:
        if (
            head.lower_ not in nouns
            or head.tag_ != "NN"
            or head.i in used
            or head.i in named
            or head.ent_type_
            or not _attack_doer(head, lexicon)
        ):
            continue
        start = head.i
        while (
            start > 0
            and tokens[start - 1].is_lower
            and tokens[start - 1].dep_ in ("amod", "compound")
            and tokens[start - 1].pos_ in ("ADJ", "NOUN", "VERB")
            and tokens[start - 1].head.i == head.i
        ):
            start -= 1  # "drug gang", "angry mob", "masked gang"
        if start == 0 or tokens[start - 1].lower_ not in articles:
            continue  # "the gang": one the article told of before
        if any(i in used or i in named for i in range(start, head.i)):
            continue
        surface = text[tokens[start].idx : head.idx + len(head.text)]
        found.append(
            collective_item(start, head.i + 1, surface, surface, EntityType.GROUP, scoped=True)
        )
        used.update(range(start, head.i + 1))
    return found


def _attack_doer(head: Any, lexicon: Lexicon) -> bool:
    """Whether the noun is the subject of a verb with an attack trigger, the "by" agent of
    one in the passive (or of a verb coordinated with one), or the "by" doer of an attack
    noun ("the massacre of 43 students by a drug gang", the "by" hung on the noun or on the
    people it falls on)."""
    if head.dep_ == "nsubj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "agent":
        verb = head.head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "by":
        owner = head.head.head
        if owner.dep_ == "pobj" and owner.head.dep_ == "prep":
            owner = owner.head.head  # "the massacre of 43 students by ..."
        trigger = lexicon.triggers.match(owner) if owner.pos_ == "NOUN" else None
        return trigger is not None and trigger.predicate is Predicate.ATTACKED
    else:
        return False
    if verb.pos_ != "VERB":
        return False
    for candidate in (verb, *verb.conjuncts):
        trigger = lexicon.triggers.match(candidate)
        if trigger is not None and trigger.predicate is Predicate.ATTACKED:
            return True
    return False
