"""Visits the trigger verbs do not see: a trip that "will take him to A, B and C", a foreigner
who attends an event ("are to attend Friday's inauguration", "spoke at a conference in
Moscow"), a stay that "leaving X" presupposes ("met Renzi before leaving Rome"), and one the
copula states ("Kerry was in China at the weekend").

A visit is a person's, to a place abroad: one whose country is known to be the person's own is
no visit (a leader at home). Words are data (``kg/data/en/places.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.cities import city_country
from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.places import named_place
from kg.lexicon import Lexicon
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType, Predicate, Status


def _start_words(lx: Lexicon) -> Iterator[str]:
    """The lemmas every visit rule starts from ("in" after a stay mark, the copula, a rally
    noun, a trip, attend or leave verb): the stage visits their tokens only."""
    words = lx.words.places.lists
    yield from ("in", "be", "visit")
    for key in ("rally_nouns", "trip_verbs", "attend_verbs", "leave_verbs", "return_verbs"):
        yield from words[key]


def visits(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Every visit rule over one paragraph."""
    words = ctx.lx.words.places.lists
    lemmas, poses, tokens = para.lemmas, para.poses, para.tokens
    for i in para.hits(ctx.word_set(_start_words)):  # (each rule tests its own word below)
        token = tokens[i]
        lemma, pos = lemmas[i], poses[i]
        if lemma == "in" and token.i and para.lowers[token.i - 1] in words["stay_marks"]:
            yield from _while_in(ctx, para, token)
            continue
        if lemma == "be" and pos == "AUX" and token.dep_ not in ("aux", "auxpass"):
            yield from _staying(ctx, para, token)
            continue
        if pos == "NOUN" and lemma in words["rally_nouns"]:
            yield from _rally(ctx, para, token)
            continue
        if pos != "VERB":
            continue
        if lemma == "visit":
            yield from _visiting_aside(ctx, para, token)
        elif lemma in words["trip_verbs"]:
            yield from _trip_takes(ctx, para, token)
        elif lemma in words["attend_verbs"]:
            yield from _attends(ctx, para, token)
        elif lemma in words["leave_verbs"] and token.dep_ == "pcomp":
            yield from _leaving(ctx, para, token)
        elif lemma in words["return_verbs"]:
            yield from _returns(ctx, para, token)


def _people(ctx: ArticleContext, para: Paragraph, token: Any, depth: int = 0) -> list[str]:
    """People a noun names, with those it lists: "heads of state, including South Africa's
    Jacob Zuma, and dignitaries such as John Kerry"."""
    found: list[str] = []
    for node in (token, *token.conjuncts):
        found += ctx.ents(para, node)
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in ("including", "as", "like") and depth < 3:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found += _people(ctx, para, pobj, depth + 1)
    return [p for p in dict.fromkeys(found) if ctx.etype_is(p, EntityType.PERSON)]


def _doers(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The people who do what ``verb`` says: its subject, up through "are to attend", "was
    due to meet", or the noun of a relative clause ("Hyon, who spoke at ...")."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            if subject.lower_ in ctx.lx.words.relative_pronouns and node.dep_ == "relcl":
                return [p for p in ctx.antecedent(para, node.head) if _is_person(ctx, p)]
        if subjects:
            # "the HDP's co-chairman X went ...": the parser may split the subject in several
            return list(dict.fromkeys(p for s in subjects for p in _people(ctx, para, s)))
        if qualifiers.ranked_infinitive(ctx.cues, node):
            # "X was the only leader to attend the parade": the one the copula describes
            return [
                p
                for c in node.head.head.children
                if c.dep_ == "nsubj"
                for p in _people(ctx, para, c)
            ]
        if node.dep_ == "relcl":
            return [p for p in ctx.antecedent(para, node.head) if _is_person(ctx, p)]
        if (
            node.dep_ not in ("xcomp", "acomp", "conj", "advcl", "pcomp", "prep")
            or node.head == node
        ):
            return []
        node = node.head
    return []


def _is_person(ctx: ArticleContext, label: str) -> bool:
    return ctx.etype_is(label, EntityType.PERSON)


def _home(ctx: ArticleContext, para: Paragraph, person: str) -> str | None:
    """The person's own country (ISO): the gazetteer's, a role the article gave them
    ("Nigeria's president"), or a country that qualifies the name ("South Africa's Jacob
    Zuma", "US Secretary of State John Kerry")."""
    iso = ctx.resolver.country_of(person)
    if iso is not None:
        return iso
    for (_, owner), holder in ctx.role_holders.items():
        if holder == person and ctx.etype_is(owner, EntityType.COUNTRY):
            return ctx.resolver.country_of(owner)
    for token in para.tokens:
        if para.links.get(token.i) != person or para.links.get(token.head.i) == person:
            continue
        for child in token.subtree:
            label = para.links.get(child.i)
            if child.i < token.i and label and ctx.etype_is(label, EntityType.COUNTRY):
                return ctx.resolver.country_of(label)
    return None


def _country(ctx: ArticleContext, place: str) -> str | None:
    where = ctx.resolver.country_of(place)
    if where is None and place in ctx.place_country:
        where = ctx.resolver.country_of(ctx.place_country[place])
    if where is None and place.lower() in ctx.lx.actors.seats:
        where = ctx.lx.actors.seats[place.lower()].iso
    if where is None and ctx.etype_is(place, EntityType.CITY):
        where = city_country(place, other_names=False)  # "Lahore": a large city's country
    return where


def place_country(ctx: ArticleContext, place: str) -> str | None:
    """The ISO code of the country a place is in, when known (itself for a country)."""
    return _country(ctx, place)


def at_home(ctx: ArticleContext, para: Paragraph, person: str, place: str) -> bool:
    """A person in a place of their own country, both known: no visit ("Sudan's president
    touched down in Khartoum"). For visit claims other rules make (arrival verbs)."""
    if not ctx.etype_is(person, EntityType.PERSON):
        return False
    own = _home(ctx, para, person)
    return own is not None and own == _country(ctx, place)


def abroad(
    ctx: ArticleContext, para: Paragraph, person: str, place: str, shared: str | None = None
) -> bool:
    """The place is not the person's own country; with no known home, not the country the
    article is about (a local official at home). A place of unknown country is abroad only
    for a person of unknown home (Carter "at a ceremony in Pearl Harbour" is at home)."""
    where = _country(ctx, place) or shared
    own = _home(ctx, para, person)
    if where is None:
        return own is None
    home = own or ctx.resolver.countries.get(ctx.article_id)
    return home is None or where != home


def _draft(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    people: list[str],
    places: list[str],
    status: Status,
    date: str | None,
) -> Iterator[Draft]:
    # a list of places shares the one country its known members are in ("Washington,
    # Philadelphia and New York")
    known = {c for p in places if (c := _country(ctx, p)) is not None}
    shared = next(iter(known)) if len(known) == 1 and len(places) > 1 else None
    for person in people:
        for place in dict.fromkeys(places):
            if place == person or not ctx.etype_in(place, PLACE_TYPES):
                continue
            if not abroad(ctx, para, person, place, shared):
                continue
            yield visit(ctx, para, token, person, place, status, date, 0.7)


def visit(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    place: str,
    status: Status,
    date: str | None,
    confidence: float,
) -> Draft:
    """A visit claim (CAMEO 042, "make a visit") with the sentence of ``token`` as evidence."""
    span = ctx.sentence_span(para, token)
    return Draft(
        person, Predicate.VISITED, place, status, date, None, None, "042", span, confidence
    )


def _trip_takes(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "a pilgrimage that will then take him to Washington, Philadelphia and New York", "the
    tour takes Modi to Mongolia (and then on to China)": the trip's traveller visits every
    place it goes to."""
    trips = ctx.lx.words.places.lists["trip_nouns"]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ctx.lx.words.relative_pronouns:
        subject = verb.head if verb.dep_ == "relcl" else None
    if subject is None or subject.lemma_.lower() not in trips:
        return
    people = [e for c in verb.children if c.dep_ == "dobj" for e in _people(ctx, para, c)]
    # "take him to Singapore and then on to Vietnam": the next leg hangs on "on"
    onward = ctx.cues["onward_words"]["words"]
    legs = [verb, *(c for c in verb.children if c.lower_ in onward and c.dep_ in ("conj", "dep"))]
    places = [
        label
        for leg in legs
        for prep in leg.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for node in (pobj, *(c for c in pobj.conjuncts))
        if (label := named_place(ctx, para, node)) is not None
    ]
    if not people or not places:
        return
    status = qualifiers.status(ctx, verb, verb)
    date = qualifiers.date(ctx, para, verb, verb, status)
    yield from _draft(ctx, para, verb, people, places, status, date)


def _attends(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """A person who attends an event or speaks at one visits where it is: the place the
    sentence gives ("spoke at a security conference in Moscow"), else, for an event with no
    place ("are to attend Friday's inauguration"), the one country the article is about.
    Not a news conference: a statement, not a trip."""
    events = ctx.lx.words.places.lists["gathering_nouns"]
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "in")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    event = next((e for e in found if e.lemma_.lower() in events), None)
    if event is None:
        return
    if any(c.lower_ in ctx.cues["press_words"] for c in event.children):
        return
    people = _doers(ctx, para, verb)
    if not people:
        return
    status = qualifiers.status(ctx, verb, verb)
    if status in (Status.DENIED, Status.HYPOTHETICAL):
        return
    place = qualifiers.place(ctx, para, [event, verb], set(people))
    if place is None and not any(c.dep_ == "prep" for c in event.children):
        entry = ctx.main_country()
        place = entry.label if entry is not None else None
    if place is None:
        return
    date = qualifiers.date(ctx, para, verb, event, status)
    yield from _draft(ctx, para, verb, people, [place], status, date)


def _rally(ctx: ArticleContext, para: Paragraph, rally: Any) -> Iterator[Draft]:
    """ "told a rally in the city of Konya", "At a rally in Izmir, X lambasted Y", "went ahead
    with a rally in Van": the person who holds or addresses a rally was where it is. A
    campaign takes a leader round their own country, so a town at home is a visit too; a
    whole country only from abroad (the attendance rule's test)."""
    words = ctx.lx.words.places.lists
    if rally.dep_ == "dobj" and rally.head.lemma_.lower() in words["rally_verbs"]:
        verb = rally.head
    elif (
        rally.dep_ == "pobj"
        and rally.head.lower_ in words["rally_preps"]
        and rally.head.head.pos_ == "VERB"
    ):
        verb = rally.head.head
    else:
        return
    remote = [
        t
        for node in (verb, rally)
        for prep in para.children(node)
        if prep.dep_ in ("prep", "agent") and prep.lower_ in words["remote_preps"]
        for t in prep.subtree
        if t.lemma_.lower() in words["remote_means"]
    ]
    if remote:
        return  # "addressed a rally in Izmir by video link": a speech from afar
    people = _doers(ctx, para, verb)
    if not people:
        return
    status = qualifiers.status(ctx, verb, verb)
    if status in (Status.DENIED, Status.HYPOTHETICAL):
        return
    # "held a rally in Mombasa": the parser may hang the place on the verb, after the rally
    holders = [rally, verb] if rally.dep_ == "dobj" else [rally]
    where = [
        label
        for node in holders
        for prep in para.children(node)
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and prep.i > rally.i
        for p in para.children(prep)
        if p.dep_ == "pobj" and (label := named_place(ctx, para, p)) is not None
    ]
    date = qualifiers.date(ctx, para, verb, rally, status)
    for place in where:
        if not ctx.etype_in(place, PLACE_TYPES):
            continue
        if ctx.etype_is(place, EntityType.COUNTRY):
            yield from _draft(ctx, para, verb, people, [place], status, date)
            continue
        for person in people:
            if person != place:
                yield visit(ctx, para, verb, person, place, status, date, 0.7)


def _leaving(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "met Renzi later on Sunday before leaving Rome": leaving a city says the person was
    there (a country one leaves may be home: "refugees leaving Syria" are no visitors)."""
    if verb.head.lower_ not in ("before", "after"):
        return
    places = [
        label
        for c in verb.children
        if c.dep_ == "dobj"
        and (label := para.links.get(c.i)) is not None
        and ctx.etype_is(label, EntityType.CITY)
    ]
    people = _doers(ctx, para, verb.head.head)
    if not places or not people:
        return
    status = qualifiers.status(ctx, verb.head.head, verb.head.head)
    if status in (Status.DENIED, Status.HYPOTHETICAL):
        return
    yield from _draft(ctx, para, verb, people, places, Status.OCCURRED, None)


def _returns(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "the negotiators returned to Vienna for more talks": going back, with no object, to a
    named place is a visit of it, abroad only (the lexicon's "return ... to" with an object
    gives something back: "returned the land to Egypt"; "returned to power" names no place;
    a return home is no visit)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    places = [
        label
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for node in (pobj, *pobj.conjuncts)
        if (label := named_place(ctx, para, node)) is not None
    ]
    people = _doers(ctx, para, verb) if places else []
    if not people:
        return
    status = qualifiers.status(ctx, verb, verb)
    date = qualifiers.date(ctx, para, verb, verb, status)
    yield from _draft(ctx, para, verb, people, places, status, date)


def _visiting_aside(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Shinzo Abe, visiting Nairobi, praised Kenya": the parser may read the aside as a
    place in apposition to the person ("visiting" its modifier); the person visits it. An
    aside tells a visit made, whatever the main clause asks or plans."""
    place_token = verb.head
    if (
        verb.dep_ != "amod"
        or verb.tag_ != "VBG"
        or place_token.dep_ != "appos"
        or verb.i == 0
        or para.lowers[verb.i - 1] != ","
    ):
        return
    place = named_place(ctx, para, place_token)
    person = para.links.get(place_token.head.i)
    if place is None or person is None or not _is_person(ctx, person):
        return
    yield from _draft(ctx, para, verb, [person], [place], Status.OCCURRED, None)


def remote(ctx: ArticleContext, para: Paragraph, nodes: list[Any]) -> bool:
    """Whether a speech or an address is made from afar: a remote means in front of one of
    ``nodes`` ("a televised address", "a video message") or after a remote preposition
    ("by video link", "via satellite"). Words are data (``remote_means``, ``remote_preps``
    of ``kg/data/en/places.json``)."""
    words = ctx.lx.words.places.lists
    means = words["remote_means"]
    for node in nodes:
        for child in para.children(node):
            if child.dep_ in ("amod", "compound") and child.lemma_.lower() in means:
                return True
            if (
                child.dep_ in ("prep", "agent")
                and child.lower_ in words["remote_preps"]
                and any(t.lemma_.lower() in means for t in child.subtree)
            ):
                return True
    return False


def _while_in(ctx: ArticleContext, para: Paragraph, prep: Any) -> Iterator[Draft]:
    """ "While in Paris, Kerry met Fabius": a verbless clause of a stay puts the main clause's
    person in the place."""
    verb = prep.head
    if prep.dep_ not in ("prep", "advcl") or verb.pos_ not in ("VERB", "AUX"):
        return
    places = [
        label
        for p in prep.children
        if p.dep_ == "pobj" and (label := named_place(ctx, para, p)) is not None
    ]
    people = [p for p in _doers(ctx, para, verb) if p not in places]
    if not places or not people:
        return
    status = qualifiers.status(ctx, verb, verb)
    if status in (Status.DENIED, Status.HYPOTHETICAL):
        return
    date = qualifiers.date(ctx, para, verb, verb, status)
    yield from _draft(ctx, para, prep, people, places, status, date)


def _staying(ctx: ArticleContext, para: Paragraph, copula: Any) -> Iterator[Draft]:
    """ "John Kerry was in China at the weekend", "Nkurunziza, who was in neighbouring Tanzania
    when the coup was announced": a person the copula puts in a named place abroad visits it.
    Not "is a promoter in Dublin" (a complement: where the job is), nor "was in exile in
    London" (a state, not a stay)."""
    kids = list(copula.children)
    if any(c.dep_ in ("attr", "acomp", "oprd", "expl") for c in kids):
        return
    objects = [
        p
        for prep in kids
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    places = [label for p in objects if (label := named_place(ctx, para, p)) is not None]
    if not places or len(places) != len(objects):
        return
    people = [p for p in _doers(ctx, para, copula) if p not in places]
    if not people:
        return
    status = qualifiers.status(ctx, copula, copula)
    if status in (Status.DENIED, Status.HYPOTHETICAL):
        return
    date = qualifiers.date(ctx, para, copula, copula, status)
    yield from _draft(ctx, para, copula, people, places, status, date)
