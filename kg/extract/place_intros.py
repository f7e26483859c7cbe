"""A place introduced before it is named: "air strikes on a town in Idlib province. ... the
raid hit a square in the town of Janudiyah" puts Janudiyah in Idlib province. An unnamed
place noun with a container ("a town in X", "a neighbourhood of Aleppo city", "two hotels in
Baghdad") and, a few sentences later, the same noun naming a place with no container of its
own ("the town of Y", "the Y neighbourhood") are the same place: Y lies in X."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kg.cities import city_country
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.discourse import Discourse, Sighting
from kg.vocab import EntityType, Predicate

_CONTAINERS = (EntityType.CITY, EntityType.PLACE, EntityType.COUNTRY)
_NAMED = (EntityType.CITY, EntityType.PLACE)
# sentences after the introduction that its name may come in
_WINDOW = 3
# sentences after a counted introduction ("two hotels in Baghdad") that its names may come in:
# each of the counted places is named in turn, further on (loc45)
_COUNTED_WINDOW = 6


@dataclass(frozen=True, slots=True)
class _Intro:
    sent: int
    noun: str  # the place noun's lemma ("town")
    plural: bool
    container: str
    counted: bool = False  # "two hotels": a number of them, named one by one


def introduced_places(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Each place named "the town of Y" / "the Y neighbourhood" with no container of its
    own is ``located_in`` the container of the one unnamed "a town in X" of the same noun
    in its sentence or the ``_WINDOW`` before. Not with two such introductions of the noun
    there, not a second name for a singular one, not a name the data puts in another
    country than the container's."""
    words = ctx.lx.words.places
    nouns = set(words.place_nouns) | set(words.facility_nouns)
    nouns -= {"country", "nation", "state", "capital"}
    starts = frozenset(nouns)  # (a paragraph's tokens of these only are visited)
    disc = Discourse(paras)
    skip = paras[0] if disc.headline else None
    intros: list[_Intro] = []
    for para in paras:
        if para is skip:
            continue
        for i in para.hits(starts):
            token = para.tokens[i]
            if token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
                intro = _introduction(ctx, disc, para, token)
                if intro is not None:
                    intros.append(intro)
    if not intros:
        return
    located = {(c.subject, c.object) for c in ctx.claims if c.predicate is Predicate.LOCATED_IN}
    taken: set[tuple[int, str]] = set()  # singular introductions already named
    done: set[str] = set()
    for s in disc.sightings:
        if s.para is skip or s.label in done or not ctx.etype_in(s.label, _NAMED):
            continue
        noun = _naming_noun(s)
        if noun is None or _own_container(disc, s, noun):
            continue
        lemma = noun.lemma_.lower()
        # another place in the name's sentence may be its own ("the Hilton hotel" with "in
        # Mombasa" hung on the verb): a counted introduction reaches no further then
        alone = all(
            o.label == s.label or not ctx.etype_in(o.label, _CONTAINERS) or _same_noun(o, lemma)
            for o in disc.in_sentence(s.sent)
        )
        found = [
            i for i in intros if i.noun == lemma and s.sent - _reach(i, s, alone) <= i.sent < s.sent
        ]
        if len({i.container for i in found}) != 1:
            continue
        intro = found[-1]
        if not intro.plural and (intro.sent, intro.noun) in taken:
            continue
        if intro.container == s.label or (s.label, intro.container) in located:
            continue
        if not _same_country(ctx, s.label, intro.container):
            continue
        taken.add((intro.sent, intro.noun))
        done.add(s.label)
        yield ctx.draft(s.para, s.token, s.label, Predicate.LOCATED_IN, intro.container, 0.55)
    yield from _chained(ctx, disc, paras, skip, intros, located)


def _chained(
    ctx: ArticleContext,
    disc: Discourse,
    paras: list[Paragraph],
    skip: Paragraph | None,
    intros: list[_Intro],
    located: set[tuple[str, str | None]],
) -> Iterator[Draft]:
    """ "a hospital complex in Idlib province ... the fighters entered the facility in Jisr
    al-Shughour", "a clinic in the province of Hasakah ... the Maysaloun clinic in
    Qamishli": the one facility, so the town it is in lies in the province. A facility
    only (``facility_nouns``), the town a city and the container a region or country."""
    facilities = ctx.lx.words.places.facility_nouns
    done: set[str] = set()
    for para in paras:
        if para is skip:
            continue
        for noun in para.tokens:
            lemma = noun.lemma_.lower()
            if noun.pos_ not in ("NOUN", "PROPN") or lemma not in facilities:
                continue
            if [c.lower_ for c in noun.children if c.dep_ == "det"] != ["the"]:
                continue
            here = disc.sent(para, noun)
            found = [
                i
                for i in intros
                if (i.noun == lemma or (lemma == "facility" and i.noun in facilities))
                and here - _WINDOW <= i.sent < here
            ]
            if len({i.container for i in found}) != 1:
                continue
            outer = found[-1].container
            if ctx.etype_is(outer, EntityType.CITY):
                continue
            preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"]
            towns = {t for prep in preps for t in _places_in(ctx, disc, para, prep)}
            if len(towns) != 1:
                continue
            town = towns.pop()
            if town in done or town == outer or (town, outer) in located:
                continue
            if not ctx.etype_is(town, EntityType.CITY) or not _same_country(ctx, town, outer):
                continue
            done.add(town)
            yield ctx.draft(para, noun, town, Predicate.LOCATED_IN, outer, 0.55)


def _introduction(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, noun: Any
) -> _Intro | None:
    """ "a town in Syria's Idlib province", "two hotels in Baghdad", "a clinic located in
    the province of Hasakah", "the last government-controlled town in Idlib": an unnamed
    place noun, indefinite (or first or last of its kind), with the place it lies in."""
    plural = noun.tag_ in ("NNS", "NNPS")
    if not _indefinite(noun, plural):
        return None
    links = para.links
    wards = ("neighbourhood", "neighborhood", "district", "suburb")
    for c in noun.children:
        # a name of its own: "a town called X", "the X camp", "a town, X"
        if c.dep_ in ("compound", "appos", "acl", "relcl") and c.i in links:
            return None
        # "a town of X" names it ("a neighbourhood of Aleppo" says where it is)
        named_of = c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() not in wards
        if named_of and any(g.i in links for g in c.children):
            return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
    for c in noun.children:  # "a clinic located in X"
        if c.dep_ == "acl" and c.lemma_.lower() in ("locate", "situate"):
            preps += [p for p in c.children if p.dep_ == "prep" and p.lower_ == "in"]
    containers = {label for prep in preps for label in _places_in(ctx, disc, para, prep)}
    if len(containers) != 1:
        return None
    counted = plural and any(c.dep_ == "nummod" for c in noun.children)
    return _Intro(disc.sent(para, noun), noun.lemma_.lower(), plural, containers.pop(), counted)


def _same_noun(o: Sighting, lemma: str) -> bool:
    """Another name of the same kind of place ("the Cristal hotel, the old Sheraton hotel")."""
    noun = _naming_noun(o)
    return noun is not None and noun.lemma_.lower() == lemma


def _reach(intro: _Intro, s: Sighting, alone: bool) -> int:
    """How many sentences back the introduction may be: further for a counted one ("two
    hotels in Baghdad ... near the Cristal hotel") when no other place is in the name's
    sentence (``alone``), though not for a name in apposition to another name (a second name
    of one place, "the Cristal hotel, the old Sheraton hotel")."""
    if not intro.counted or not alone:
        return _WINDOW
    if s.token.dep_ == "appos" and s.token.head.i in s.para.links:
        return _WINDOW
    return _COUNTED_WINDOW


def _indefinite(noun: Any, plural: bool) -> bool:
    """ "a town", "two hotels", "the last town": a place noun that brings a new place in."""
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    if dets and dets[0] in ("a", "an", "another"):
        return True
    if not dets:
        return plural and any(c.dep_ == "nummod" for c in noun.children)
    return dets == ["the"] and any(
        c.dep_ == "amod" and c.lower_ in ("last", "first", "only") for c in noun.children
    )


def _places_in(ctx: ArticleContext, disc: Discourse, para: Paragraph, prep: Any) -> set[str]:
    """The place a preposition's object names, not its owner ("Syria's Idlib province" is
    Idlib province) nor a coordinated second one."""
    found: set[str] = set()
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        label = para.links.get(obj.i)
        if label is None:  # "Aleppo city", "the province of Hasakah"
            inner = [c for c in obj.children if c.dep_ == "compound" and c.i in para.links]
            for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                inner += [g for g in of.children if g.dep_ == "pobj" and g.i in para.links]
            if len(inner) == 1:
                label = para.links[inner[0].i]
        if label is not None and ctx.etype_in(label, _CONTAINERS):
            found.add(label)
    return found


def _naming_noun(s: Sighting) -> Any:
    """The definite place noun that names the sighting: "the town of Y", "the Y
    neighbourhood" (``None`` otherwise)."""
    token = s.token
    if s.label.lower().endswith(" " + token.lower_):
        noun = token  # "the Maagdenhuis building": the noun inside the name
    elif token.dep_ == "compound":
        noun = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        noun = token.head.head
    else:
        return None
    if [c.lower_ for c in noun.children if c.dep_ == "det"] != ["the"]:
        return None
    return noun


def _own_container(disc: Discourse, s: Sighting, noun: Any) -> bool:
    """The named place says where it lies itself ("the Maysaloun clinic in Qamishli")."""
    links = s.para.links
    for head in (noun, s.token):
        for c in head.children:
            where = c.dep_ == "prep" and c.lower_ in ("in", "of") and c.i != s.token.head.i
            if where and any(t.i in links for t in c.subtree):
                return True
    return any(c.dep_ == "poss" and c.i in links for c in noun.children)


def _same_country(ctx: ArticleContext, label: str, container: str, *, towns: bool = True) -> bool:
    """The data puts the place in no other country than the container's (``town_country``;
    ``towns=False``: the gazetteer's alone, for a text that says where the place lies)."""
    mine = town_country(ctx, label, towns=towns)
    if mine is None:
        return True
    if ctx.etype_is(container, EntityType.COUNTRY):
        home = ctx.lx.lookup(container)
        iso = home.iso if home is not None else None
    elif container in ctx.place_country:
        home = ctx.lx.lookup(ctx.place_country[container])
        iso = home.iso if home is not None else None
    else:
        iso = town_country(ctx, container, towns=towns)
    return iso is None or iso == mine


def town_country(ctx: ArticleContext, label: str, *, towns: bool = True) -> str | None:
    """ISO code of the country the data puts a place in, if it knows: the gazetteer's entry
    (which may name none), else a large town of ``kg.cities`` by its own name ("Kampala",
    "Minsk": the gazetteer knows few towns). ``towns=False`` asks the gazetteer alone: a
    district abroad may share a town's name ("Eastleigh, a suburb of Nairobi")."""
    entry = ctx.lx.lookup(label)
    if entry is not None:
        return entry.country
    return city_country(label, other_names=False) if towns else None
