"""Places taken: "Ramadi, which had been taken by ISIL", "Gao was taken over by MUJAO",
"Palmyra, taken by ISIL on Thursday" -> the one after "by" occupies the place (attacked,
CAMEO 192). Of the active verb (which takes too much: "took Buhari on a tour") only territory
taken is read: "seized more territory in the province of X", "took control of parts of X",
and a named town taken by a side that fights ("ISIL has taken Palmyra", "since taking Idlib").
Words are data (``taken_places`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.assaults import described_taker, fighter, named_actors
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import emit, subjects_of
from kg.extract.places import modifier_place, named_place
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import EntityType, Predicate, Status

_PLACES = (EntityType.CITY, EntityType.PLACE)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The taking verbs, passive and of territory (the stage's cues)."""
    words = lx.cues["taken_places"]
    areas = words["areas"]
    verbs: list[str] = [
        *words["verbs"],
        *areas["verbs"],
        *areas["fighter_verbs"],
        *words["retaking"]["verbs"],
    ]
    return verbs


def taken_places(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims of one paragraph's places taken by a named actor."""
    words = ctx.cues["taken_places"]
    verbs, particles = words["verbs"], words["particles"]
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        areas = words["areas"]
        if verb.lemma_.lower() in areas["fighter_verbs"] and verb.pos_ == "VERB":
            yield from _territory_taken(ctx, para, verb)
        if verb.lemma_.lower() in areas["verbs"] and verb.pos_ == "VERB":
            yield from _territory_taken(ctx, para, verb)
            if verb.tag_ in ("VBN", "VBD", "VBP"):  # "overrun": the model's VBP as often
                yield from _listed_taken(ctx, para, verb, words["listed"]["verbs"])
        if verb.lemma_.lower() in verbs and verb.pos_ == "VERB":
            yield from _town_taken(ctx, para, verb, words["active"])
        if verb.lemma_.lower() in words["retaking"]["verbs"] and verb.pos_ == "VERB":
            yield from _held_before(ctx, para, verb, words["areas"]["holders"])
        if verb.lemma_.lower() not in verbs or verb.tag_ != "VBN":
            continue
        kids = para.children(verb)
        if any(c.dep_ == "prt" and c.lower_ not in particles for c in kids):
            continue  # "taken in by", "taken up by"
        takers = ctx.prep_actors(para, [verb], ("by",), deps=("agent", "prep"))
        places = [e for e in _taken(ctx, para, verb, kids) if ctx.etype_in(e, _PLACES)]
        takers = [e for e in takers if e not in places]
        if takers and places:
            trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.ATTACKED, "192")
            yield from emit(ctx, para, verb, verb, trigger, takers, places, confidence=0.7)


def _territory_taken(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "The rebels seized more territory in the province of X", "took control of parts of X",
    "captured swathes of X": the actor that takes ground in or of a place attacked the place;
    "gained control over most of X", "expanded its territory in X" only an armed group
    (``fighter_verbs``; att43)."""
    words = ctx.cues["taken_places"]["areas"]
    holder_preps = tuple(words["holder_preps"])
    areas, partitives = set(words["nouns"]), set(ctx.cues["partitive_nouns"])
    found: list[str] = []
    # "seized the agenda as well as large parts of Syrian territory": each coordinated object
    # (gen44)
    objects = [
        node
        for obj in para.children(verb)
        if obj.dep_ == "dobj"
        for node in para.with_conjuncts(obj)
    ]
    for obj in objects:
        held = obj  # the object as written: "control" in "took control of parts of X"
        if obj.lemma_.lower() in words["holders"]:  # "took control of parts of X"
            # the parser may hang the "of" on the verb ("took control of large areas of X")
            obj = next(
                iter(prep_objects(obj, holder_preps) or prep_objects(verb, holder_preps)), obj
            )
        lemma, lower = obj.lemma_.lower(), obj.lower_
        area = lemma in areas or lower in areas
        if not area and lemma not in partitives:
            continue  # "took part in the talks in X": a part is only taken of a place
        wholes = prep_objects(obj, ("of",)) or (
            (prep_objects(obj, ("in",)) or [p for p in prep_objects(verb, ("in",)) if p.i > obj.i])
            if area
            else []
        )
        # "captured swathes of territory in Iraq and Syria": the part is of an area, whose
        # place follows it (gen32)
        wholes = [
            w
            for whole in wholes
            for w in (
                (
                    prep_objects(whole, ("in",))
                    or prep_objects(whole, ("of",))
                    or [p for p in prep_objects(verb, ("in",)) if p.i > whole.i]
                    or [whole]
                )
                if whole.lemma_.lower() in areas or whole.lower_ in areas
                else [whole]
            )
        ]
        # "took control of large parts of Yemen, including Sanaa": the places named as
        # examples of the part (or of the whole) are taken too, also where the parser hangs
        # them on the holder or on the verb after it ("seized control of parts of X,
        # including the capital Y"; attack62)
        examples = [
            p
            for node in dict.fromkeys((held, obj, *wholes, verb))
            for word in ctx.cues["example_preps"]
            for p in prep_objects(node, (word,))
            if node is not verb or p.i > held.i
        ]
        for whole in (*wholes, *examples) if wholes else ():
            for node in para.with_conjuncts(whole):
                place = named_place(ctx, para, node)
                if place is None and (node.lemma_.lower() in areas or node.lower_ in areas):
                    place = _owning_place(ctx, para, node)
                if place is not None and ctx.etype_in(place, PLACE_TYPES):
                    found.append(place)
    if not found:
        return
    takers = [
        e for e in subjects_of(ctx, para, verb) if ctx.etype_in(e, ACTOR_TYPES) and e not in found
    ]
    if verb.lemma_.lower() in words["fighter_verbs"]:
        # an armed group's gains, not a state's forces gaining ground at home
        takers = [e for e in takers if ctx.etype_is(e, EntityType.GROUP)]
    if takers:
        trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.ATTACKED, "192")
        places = list(dict.fromkeys(found))
        yield from emit(ctx, para, verb, verb, trigger, takers, places, confidence=0.7)


def _listed_taken(
    ctx: ArticleContext, para: Paragraph, verb: Any, list_verbs: list[str]
) -> Iterator[Draft]:
    """ "The towns overrun by ISIL include Baga, Monguno and Marte", "Villages captured by
    the rebels included X and Y": plural towns taken by a named actor, then named by the
    list verb: the actor attacked each town listed (CAMEO 192). Read on the words' order,
    as the parser hangs the list verb anywhere (on the participle, or it on the verb)."""
    if verb.i == 0:
        return
    noun = para.tokens[verb.i - 1]
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in ctx.lx.words.town_nouns:
        return
    sent = para.sent_tokens(verb.i)
    after = [t for t in sent if t.i > verb.i]
    listing = next((t for t in after if t.pos_ in ("VERB", "AUX")), None)
    if listing is None or listing.lemma_.lower() not in list_verbs:
        return
    agent = [t for t in after if t.i < listing.i]
    if not agent or agent[0].lower_ != "by":
        return  # "the towns overrun last year include": no taker named
    takers = list(
        dict.fromkeys(
            e for t in agent[1:] for e in ctx.ents(para, t) if ctx.etype_in(e, ACTOR_TYPES)
        )
    )
    towns: list[str] = []
    for t in after:
        if t.i <= listing.i:
            continue
        if not (t.text in (",", "and", "-") or t.pos_ == "PROPN"):
            break  # the list ends at the first word that names no town
        towns.extend(e for e in ctx.ents(para, t) if ctx.etype_in(e, _PLACES))
    towns = [e for e in dict.fromkeys(towns) if e not in takers]
    if takers and towns:
        trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.ATTACKED, "192")
        yield from emit(ctx, para, verb, verb, trigger, takers, towns, confidence=0.7)


def _town_taken(
    ctx: ArticleContext, para: Paragraph, verb: Any, words: dict[str, list[str]]
) -> Iterator[Draft]:
    """ "ISIL has taken Palmyra", "the Houthis took Sanaa in September", "since taking Idlib
    city", "the army took back Tikrit": a side that fights (a country, an armed group or
    force) taking a named town attacked it. Not with a particle or a complement that gives
    the verb another sense ("took Buhari on a tour", "took the case to court", "took them
    hostage", "took part in"), nor a country or region taken ("took Iraq by surprise")."""
    if _after_passive(verb):
        return
    kids = para.children(verb)
    if any(
        (c.dep_ == "prt" and c.lower_ not in words["particles"])
        or (c.dep_ == "prep" and c.lower_ in words["other_senses"] and not _dated(para, c))
        or c.dep_ in ("oprd", "xcomp", "ccomp", "dative", "nsubjpass", "auxpass")
        for c in kids
    ):
        return
    # a town, or a named place the article's words placed ("Boko Haram fighters have taken
    # Damasak": typed a place by kg.extract.node_types; atk54)
    towns = [
        place
        for obj in kids
        if obj.dep_ == "dobj"
        for place in (named_place(ctx, para, obj),)
        if place is not None and ctx.etype_in(place, _PLACES)
    ]
    takers = [e for e in subjects_of(ctx, para, verb) if fighter(ctx, e) and e not in towns]
    if towns and takers:
        trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.ATTACKED, "192")
        yield from emit(ctx, para, verb, verb, trigger, takers, towns, confidence=0.7)


def _dated(para: Paragraph, prep: Any) -> bool:
    """Whether a preposition only dates the act ("took Kunduz on Monday"), not a sense of its
    own ("took Buhari on a tour"; atk54)."""
    objs = [c for c in para.children(prep) if c.dep_ == "pobj"]
    return bool(objs) and all(c.ent_type_ in ("DATE", "TIME") for c in objs)


def _held_before(
    ctx: ArticleContext, para: Paragraph, verb: Any, holders: list[str]
) -> Iterator[Draft]:
    """ "an offensive aimed at retaking the city of Ramadi from ISIL", "to recapture Tikrit
    from the Islamic State group", "regained control of X from the rebels": a place taken
    back from a side that fights was taken by that side before, whatever comes of the
    retaking (planned, failed): it attacked the place (CAMEO 192), an act that occurred, of
    no date the sentence gives (its dates are the retaking's). A bare "the fighters" is no
    side named (``described_taker``)."""
    places = [
        place
        for obj in para.children(verb)
        if obj.dep_ == "dobj"
        # "regained control of X": the place the control is of
        for node in (prep_objects(obj, ("of",)) if obj.lemma_.lower() in holders else [obj])
        for each in para.with_conjuncts(node)
        for place in (named_place(ctx, para, each),)
        if place is not None and ctx.etype_in(place, _PLACES)
    ]
    if not places:
        return
    takers = [
        e
        for p in prep_objects(verb, ("from",))
        if described_taker(p)
        for e in named_actors(ctx, para, p)
        if e not in places and fighter(ctx, e)
    ]
    span = ctx.sentence_span(para, verb)
    for taker in dict.fromkeys(takers):
        for place in dict.fromkeys(places):
            yield Draft(
                taker,
                Predicate.ATTACKED,
                place,
                Status.OCCURRED,
                None,
                None,
                None,
                "192",
                span,
                0.7,
            )


def _after_passive(verb: Any) -> bool:
    """A gerund framing a passive ("troops captured by the fighters after taking over the
    town"): its doer is the passive's agent, not the subject the clause gives, so it is left
    unread."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    governor = verb.head.head
    return governor.tag_ == "VBN" and (
        governor.dep_ == "acl" or any(c.dep_ in ("agent", "auxpass") for c in governor.children)
    )


def _owning_place(ctx: ArticleContext, para: Paragraph, area: Any) -> str | None:
    """ "Syrian territory", "Iraq's territory": the place whose the area is (gen44)."""
    for child in para.children(area):
        place = modifier_place(ctx, para, child)
        if place is not None:
            return place
    return None


def _taken(ctx: ArticleContext, para: Paragraph, verb: Any, kids: list[Any]) -> list[str]:
    """What was taken: the passive subject (through a relative pronoun to its noun), or the
    noun a reduced relative hangs on ("Palmyra, taken by ISIL")."""
    subjects = [c for c in kids if c.dep_ == "nsubjpass"]
    if not subjects:
        outer = _outer(verb.head)
        return ctx.ents(para, outer) if verb.dep_ == "acl" and outer is not None else []
    relative = ctx.lx.words.relative_pronouns
    if verb.dep_ == "relcl" and all(s.lower_ in relative for s in subjects):
        outer = _outer(verb.head)
        return ctx.antecedent(para, outer) if outer is not None else []
    # the parser may hang the real subject on a later noun of its appositive ("Ramadi, a city
    # ... just 90 minutes' drive away, was taken": "drive" the passive subject, "Ramadi" its nsubj)
    heads = [*subjects, *(c for s in subjects for c in para.children(s) if c.dep_ == "nsubj")]
    return [e for s in heads for e in ctx.ents(para, s)]


def _outer(noun: Any) -> Any | None:
    """The place a clause is about when the parser hangs it on the region after "in":
    "Ramadi in Anbar province, which had been taken by ISIL" is about Ramadi; None when the
    "in" phrase hangs on a verb ("to reclaim Tikrit in X province, which ...": unclear)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return noun
    return prep.head if prep.head.pos_ == "PROPN" else None
