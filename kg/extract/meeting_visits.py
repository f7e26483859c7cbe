"""Visits a meeting places: "Kerry met Lavrov in Geneva", "the African leaders meeting in
Tanzania" -> the people who meet, and those they meet, visited the named place when it is
abroad for them (``kg.extract.visits.abroad``). Words are data (``meeting_visits`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.places import named_place
from kg.extract.visits import abroad, visit
from kg.lexicon import Lexicon
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType, Status

# people, and the groups of leaders or delegates the article names ("the African leaders")
_SIDE_TYPES = (EntityType.PERSON, EntityType.GROUP)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The meeting verbs ("meet") whose "in" names where the meeting was."""
    verbs: list[str] = lx.cues["meeting_visits"]["verbs"]
    return verbs


def meeting_visits(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A meeting verb with an "in" of a named place: each named person on either side of the
    meeting visited the place, if it is abroad for them."""
    words = ctx.lx.cues["meeting_visits"]
    verbs, preps = set(words["verbs"]), set(words["preps"])
    stays = ctx.lx.words.places.lists["stay_marks"]
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or para.lemmas[i] not in verbs:
            continue
        # "met Lavrov in Geneva": the parser may hang the place on the object
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        places = [
            label
            for node in holders
            for prep in node.children
            if prep.dep_ == "prep"
            and prep.lower_ in preps
            # "While in Paris, X met Y" is X's stay (kg.extract.visits), not the meeting's place
            and not (prep.i and para.lowers[prep.i - 1] in stays)
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            and (label := named_place(ctx, para, pobj)) is not None
            and ctx.etype_in(label, PLACE_TYPES)
        ]
        people = _sides(ctx, para, verb) if places else []
        if not people:
            continue
        status = qualifiers.status(ctx, verb, verb)
        if status in (Status.DENIED, Status.HYPOTHETICAL):
            continue
        date = qualifiers.date(ctx, para, verb, verb, status)
        for person in people:
            for place in places:
                if place != person and abroad(ctx, para, person, place):
                    yield visit(ctx, para, verb, person, place, status, date, 0.6)


def _sides(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The named people (or groups) on both sides of the meeting: the verb's subject (or the noun a
    participle describes: "leaders meeting in Tanzania"), its object and its "with"."""
    nodes = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        nodes.append(verb.head)
    nodes += [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    found = [
        label
        for node in nodes
        for each in (node, *node.conjuncts)
        if (label := para.links.get(each.i)) is not None and ctx.etype_in(label, _SIDE_TYPES)
    ]
    return list(dict.fromkeys(found))
