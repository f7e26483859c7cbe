"""Visits a speech places: "Carter said in Singapore on Saturday", "Speaking in Tokyo, Merkel
praised ...", "Modi, speaking in Nairobi, ..." -> the speaker visited the named city, when it
is abroad for them (``kg.extract.visits.abroad``). A city (or city state) only: "said in Iraq"
may report about the country. Words are data (``spoken_visits`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.cities import city_country
from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.visits import abroad, visit
from kg.lexicon import Lexicon
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType, Status


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The speech verbs ("say", "speak", "tell") whose "in" may name where the speaker was."""
    verbs: list[str] = lx.cues["spoken_visits"]["verbs"]
    return verbs


def spoken_visits(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A person's speech verb with an "in" of a named city: the person visited the city."""
    verbs = set(cue_words(ctx.lx))
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or para.lemmas[i] not in verbs:
            continue
        cities = [
            label
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            and (label := para.links.get(pobj.i)) is not None
            and _city(ctx, label)
        ]
        people = _speakers(ctx, para, verb) if cities else []
        if not people:
            continue
        status = qualifiers.status(ctx, verb, verb)
        if status in (Status.DENIED, Status.HYPOTHETICAL):
            continue
        date = qualifiers.date(ctx, para, verb, verb, status)
        for person in people:
            for city in cities:
                if city != person and abroad(ctx, para, person, city):
                    yield visit(ctx, para, verb, person, city, status, date, 0.6)


def _speakers(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The named people who speak: the verb's subject, or, for a participle clause ("Speaking
    in Tokyo, Merkel praised ..."), the subject of the verb it hangs on."""
    node = verb
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _subjects(verb):
        node = verb.head
    elif verb.dep_ == "acl" and verb.tag_ == "VBG" and para.lowers[verb.i - 1] == ",":
        # "Modi, speaking in Nairobi during a visit, praised Kenya": the aside's person
        label = para.links.get(verb.head.i)
        return [label] if label is not None and ctx.etype_is(label, EntityType.PERSON) else []
    return [
        label
        for subject in _subjects(node)
        if (label := para.links.get(subject.i)) is not None
        and ctx.etype_is(label, EntityType.PERSON)
    ]


def _city(ctx: ArticleContext, label: str) -> bool:
    """A city, or a city state the model typed a country ("said in Singapore")."""
    return ctx.etype_is(label, EntityType.CITY) or (
        ctx.etype_in(label, PLACE_TYPES) and city_country(label, other_names=False) is not None
    )


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ == "nsubj"]
