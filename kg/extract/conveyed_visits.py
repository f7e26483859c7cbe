"""Visits of people carried there: "600 migrants were brought ashore at the port of Catania",
"four refugees have been transferred to Cambodia", "the wounded were flown to Jordan", "the
navy took the migrants to Langkawi" -> the people carried (a person or group, the subject of
the passive or the object of the active verb, not of an infinitive or gerund: "smugglers take
advantage to ship migrants to Europe" tells of no one trip) visited the named place they were
taken "to" or "into" ("ashore" also "at"/"in" it), as the benchmarks code one who fled there.
Not a person taken to a place of their own country (``kg.extract.visits.at_home``), nor a group
of that country ("Syrian refugees were returned to Syria"); "sent"/"deployed" troops are not
carried (no such verb in the list), nor the deported (sent away, mostly home); "transfer"
carries only groups ("refugees were transferred to Kigoma"), not one person ("Bale was
transferred to Madrid"). Words are data (``conveyed_visits`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.places import named_place
from kg.extract.visits import at_home, place_country, visit
from kg.lexicon import Lexicon
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType

_CARRIED = (EntityType.PERSON, EntityType.GROUP)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of carrying people somewhere (the stage's cues)."""
    verbs: list[str] = lx.cues["conveyed_visits"]["verbs"]
    return verbs


def conveyed_visits(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A visit claim for each person or group a carrying verb takes to a named place."""
    words = ctx.cues["conveyed_visits"]
    verbs = frozenset(words["verbs"])
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or para.lemmas[i] not in verbs:
            continue
        places = _destinations(ctx, para, verb, words)
        people = _carried(ctx, para, verb) if places else []
        if para.lemmas[i] in words["group_only_verbs"]:
            # "Bale was transferred to Madrid": one person transferred is sold or posted
            people = [p for p in people if ctx.etype_is(p, EntityType.GROUP)]
        if not people:
            continue
        status = qualifiers.status(ctx, verb, verb)
        date = qualifiers.date(ctx, para, verb, verb, status)
        for person in people:
            for place in places:
                if place == person or own_place(ctx, para, person, place):
                    continue
                yield visit(ctx, para, verb, person, place, status, date, 0.65)


def _destinations(
    ctx: ArticleContext, para: Paragraph, verb: Any, words: dict[str, Any]
) -> list[str]:
    """The named places the verb takes its people "to"/"into" ("ashore" also "at"/"in"):
    each of a list ("to Malaysia and Indonesia"); none that is also where they came "from"."""
    kids = list(verb.children)
    preps = set(words["preps"])
    if any(c.lower_ in words["landing_adverbs"] for c in kids):
        preps |= set(words["landing_preps"])
    found: list[str] = []
    # "transferred from Nauru to Cambodia": the parser may hang "to" on the "from" phrase
    # (or on "from" itself)
    sources = [p for c in kids if c.dep_ == "prep" and c.lower_ == "from" for p in c.children]
    hung = [c for s in sources for c in (s, *(s.children if s.dep_ == "pobj" else ()))]
    for prep in [*kids, *hung]:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for node in (pobj, *pobj.conjuncts):
                label = named_place(ctx, para, node)
                if label is not None and ctx.etype_in(label, PLACE_TYPES):
                    found.append(label)
    return list(dict.fromkeys(found))


def _carried(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The people or groups carried: the passive's subject (a relative clause's noun: "the
    migrants, who were flown to X"), or the active verb's object."""
    kids = list(verb.children)
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids):
        subjects = [c for c in kids if c.dep_ == "nsubjpass"]
        if not subjects and verb.dep_ == "relcl":
            found = ctx.antecedent(para, verb.head)
        elif subjects and subjects[0].lower_ in ctx.lx.words.relative_pronouns:
            found = ctx.antecedent(para, verb.head) if verb.dep_ == "relcl" else []
        else:
            found = [e for s in subjects for e in _counted(ctx, para, s)]
    elif verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        # "smugglers take advantage of the chaos to ship migrants to Europe": a purpose or
        # a habit, no one carried on an occasion
        return []
    else:
        found = [e for c in kids if c.dep_ == "dobj" for e in _counted(ctx, para, c)]
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, _CARRIED)]


def _counted(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """What a noun names, through a count ("hundreds of Afghan migrants", "200 of them")."""
    found = ctx.ents(para, noun)
    if found or not (noun.like_num or noun.lower_ in ctx.cues["conveyed_visits"]["counts"]):
        return found
    return [
        e
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for e in ctx.ents(para, pobj)
    ]


def own_place(ctx: ArticleContext, para: Paragraph, who: str, place: str) -> bool:
    """A person carried to a place of their own country, or a group of the place's country
    ("Syrian refugees" to Syria): a return home, no visit."""
    if ctx.etype_is(who, EntityType.PERSON):
        return at_home(ctx, para, who, place)
    where = place_country(ctx, place)
    if where is None:
        return False
    own = ctx.resolver.country_of(who)
    if own is None:  # "Ethiopian migrants": the people a demonym of the name says
        entries = (ctx.lx.by_demonym.get(w.lower()) for w in who.split())
        own = next((e.iso for e in entries if e is not None), None)
    return own == where
