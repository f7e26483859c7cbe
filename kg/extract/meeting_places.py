"""Visits of those who meet in a place: "the African leaders currently meeting in Tanzania",
"NATO foreign ministers met in Antalya" -> the people or group who meet there, with no one
they meet named ("met Kerry in Geneva" is a met claim the trigger makes, with its place),
visited the named place "in" the verb; not a person at home, nor a group of the place's own
country (``kg.extract.conveyed_visits.own_place``). Words are data (``meeting_places`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.conveyed_visits import own_place
from kg.extract.places import named_place
from kg.extract.visits import visit
from kg.lexicon import Lexicon
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType, Status

_MEETERS = (EntityType.PERSON, EntityType.GROUP)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of meeting (the stage's cues)."""
    verbs: list[str] = lx.cues["meeting_places"]["verbs"]
    return verbs


def meeting_places(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A visit claim for each person or group who meets, with no partner, in a named place."""
    words = ctx.cues["meeting_places"]
    verbs = frozenset(words["verbs"])
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or para.lemmas[i] not in verbs or _partnered(verb, words):
            continue
        if _mutual(verb):
            continue
        places = _places(ctx, para, verb, words)
        people = _meeters(ctx, para, verb) if places else []
        if not people:
            continue
        status = Status.OCCURRED if _describing(verb) else qualifiers.status(ctx, verb, verb)
        date = qualifiers.date(ctx, para, verb, verb, status)
        for person in people:
            for place in places:
                if place != person and not own_place(ctx, para, person, place):
                    yield visit(ctx, para, verb, person, place, status, date, 0.6)


def _partnered(verb: Any, words: dict[str, Any]) -> bool:
    """The verb names whom its subject meets ("met Kerry", "met with Kerry")."""
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in words["partner_preps"])
        for c in verb.children
    )


def _mutual(verb: Any) -> bool:
    """The verb's subject is coordinated ("Erdogan and Zelensky could meet in Istanbul"): they
    meet each other, partners named, and the trigger's met claim carries the place."""
    return any(
        c.dep_ == "nsubj" and any(k.dep_ == "conj" for k in c.children) for c in verb.children
    )


def _describing(verb: Any) -> bool:
    """A present participle with no auxiliary that describes who meets ("the leaders
    currently meeting in X should ..."; the parser may make it a clausal subject or
    complement with its own subject): no finite clause, it tells what they are doing now,
    whatever the mood of the clause it sits in."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("acl", "csubj", "ccomp")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _places(ctx: ArticleContext, para: Paragraph, verb: Any, words: dict[str, Any]) -> list[str]:
    """The named places after the verb's place prepositions ("meeting in Tanzania")."""
    found = [
        label
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in words["place_preps"]
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for label in [named_place(ctx, para, pobj)]
        if label is not None and ctx.etype_in(label, PLACE_TYPES)
    ]
    return list(dict.fromkeys(found))


def _meeters(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """Who meets: the noun a participle describes ("leaders meeting in X"), else the verb's
    subject; people or groups only (a country's name is no one who travels)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        found = ctx.ents(para, verb.head)
    else:
        found = ctx.subject_actors(para, verb)
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, _MEETERS)]
