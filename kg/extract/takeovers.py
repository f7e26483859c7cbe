"""Governments toppled and places taken over: "the rebels toppled the government of President
X" -> the rebels attacked X (the one whose government fell); "the fighters took over the town
of Y" -> attacked Y (CAMEO 192); "seized control of X", "over-ran X" -> attacked X; "condemned the
bombardment of X by Y" (the "by" hung on "condemned") -> Y attacked X (gen37). Words are data
(``takeovers`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import assaults, verb_senses
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import emit, passive_agents, subjects_of
from kg.extract.places import named_place
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

_PLACES = (EntityType.CITY, EntityType.PLACE)
# what a taking's object may be: a frozenset, the same question in every process (hash seed)
_TAKEN = frozenset({*_PLACES, *ACTOR_TYPES})


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The attack verbs of the trigger index and the taking-over verbs (the stage's cues)."""
    yield from (t.lemma for t in lx.triggers if t.predicate is Predicate.ATTACKED)
    yield from lx.cues["takeovers"]["taking_verbs"]
    # gen37: the control verbs, the split halves of hyphenated verbs, and the siege nouns
    words = lx.cues["takeovers"]
    yield from words["control"]["verbs"]
    yield from words["entering"]["verbs"]
    yield from (k for k in words["hyphenated"] if not k.startswith("_"))
    forceful = set(words["agent_verbs"]["predicates"])
    yield from (t.lemma for t in lx.triggers if t.pos == "NOUN" and t.predicate.value in forceful)


def takeovers(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims of one paragraph's toppled governments and places taken over."""
    words = ctx.cues["takeovers"]
    for i in para.hits(ctx.word_set(cue_words)):
        token = para.tokens[i]
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in words["taking_verbs"]:
            yield from _taken_over(ctx, para, token)
        if token.pos_ == "VERB" and token.lemma_.lower() in words["control"]["verbs"]:
            yield from _control_taken(ctx, para, token)
        if token.pos_ == "VERB" and token.lemma_.lower() in words["entering"]["verbs"]:
            yield from _entered(ctx, para, token)
        if token.lemma_.lower() in words["hyphenated"] or token.lower_ in words["hyphenated"]:
            yield from _hyphenated(ctx, para, token)
        trigger = para.trigger(ctx.lx.triggers, token)  # the paragraph's matches, found once
        if token.pos_ == "NOUN" and trigger is not None:
            yield from _verb_agents(ctx, para, token, trigger)
        if trigger is None or trigger.predicate is not Predicate.ATTACKED:
            continue
        if token.pos_ == "VERB":
            yield from _ousted_heads(ctx, para, token, trigger)
        else:
            yield from _heads_fought(ctx, para, token, trigger)


def _ousted_heads(
    ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger
) -> Iterator[Draft]:
    """ "toppled the government of President X", "the regime of Y was overthrown by Z": the
    head the government is named after was attacked with it; not one voted out ("toppled
    the government of X in a landslide victory")."""
    if verb_senses.electoral_ouster(ctx, para, verb, trigger):
        return
    kids = para.children(verb)
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    heads = _seat_heads(
        ctx, para, [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj")]
    )
    if not heads:
        return
    doers = passive_agents(ctx, para, verb) if passive else _own_subjects(ctx, para, verb)
    doers = [e for e in doers if ctx.etype_in(e, ACTOR_TYPES) and e not in heads]
    if doers:
        yield from emit(ctx, para, verb, verb, trigger, doers, heads, confidence=0.7)


def _heads_fought(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger
) -> Iterator[Draft]:
    """ "launched a coup against the government of X", "a coup against Y's government by
    army officers": the head the government is named after was attacked with it."""
    targets = prep_objects(noun, ctx.cues["takeovers"]["target_preps"])
    heads = _seat_heads(ctx, para, targets)
    if not heads:
        return
    verb = noun.head
    doers = ctx.prep_actors(para, [noun], ("by",))
    # "launched a coup": the subject of the noun's own light verb made it ("criticised the
    # attack on the government of X" makes no attack)
    governs = (
        noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and trigger.light is not None
        and verb.lemma_.lower() in trigger.light
    )
    if not doers and governs:
        doers = _own_subjects(ctx, para, verb)
    doers = [e for e in doers if ctx.etype_in(e, ACTOR_TYPES) and e not in heads]
    if doers:
        clause = verb if governs else noun
        yield from emit(ctx, para, noun, clause, trigger, doers, heads, confidence=0.65)


def _seat_heads(ctx: ArticleContext, para: Paragraph, nouns: list[Any]) -> list[str]:
    """The people the seat nouns among ``nouns`` are named after: "the government of X",
    "X's government", "the regime of Y"."""
    seats = ctx.cues["takeovers"]["seat_nouns"]
    return [
        e
        for seat in nouns
        if seat.lemma_.lower() in seats
        for p in (
            *prep_objects(seat, ("of",)),
            *(c for c in para.children(seat) if c.dep_ == "poss"),
        )
        for e in ctx.ents(para, p)
        if ctx.etype_is(e, EntityType.PERSON)
    ]


def _taken_over(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "The fighters took over the town of X", "took over the capital Tripoli": an actor that
    takes over a named town or site attacked it ("took over as president", "took over an
    economy" name no place, and a passive is the taken_places stage's)."""
    words = ctx.cues["takeovers"]
    kids = para.children(verb)
    if not any(c.dep_ == "prt" and c.lower_ in words["particles"] for c in kids):
        return
    places = _object_places(ctx, para, kids)
    if not places:
        return
    takers = [
        e
        for e in _own_subjects(ctx, para, verb)
        if ctx.etype_in(e, ACTOR_TYPES) and e not in places
    ]
    if takers:
        trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.ATTACKED, "192", particle="over")
        yield from emit(ctx, para, verb, verb, trigger, takers, places, confidence=0.7)


def _control_taken(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Houthi rebels seized control of Sanaa", "gained control over the town of X": an actor
    that takes control of a named town or site attacked it ("control of the company", "control
    over the budget", "control of the ball" name no place)."""
    words = ctx.cues["takeovers"]["control"]
    kids = para.children(verb)
    holders = [c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in words["nouns"]]
    if not holders or any(c.dep_ == "prt" for c in kids):
        return  # "took back control" is the verb's own sense
    # the parser may hang the "of"/"over" on the verb ("took control over Kunduz")
    objects = [
        *(o for h in holders for o in prep_objects(h, words["preps"])),
        *(o for o in prep_objects(verb, words["preps"]) if o.i > holders[0].i),
    ]
    places = [
        place
        for obj in objects
        for node in para.with_conjuncts(obj)
        for place in (named_place(ctx, para, node),)
        if place is not None and ctx.etype_in(place, _PLACES)
    ]
    # a state's army "gained full control" of a town it retook from rebels: only a group that
    # is no state body takes control by attack (the model knows no town's country to tell)
    takers = [e for e in _own_subjects(ctx, para, verb) if assaults.insurgent(ctx, e)]
    yield from _takers_attacked(ctx, para, verb, takers, list(dict.fromkeys(places)), verb.lemma_)


def _entered(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "ISIL fighters entered the town of X", "the rebels entered Idlib city": a group that is
    no state body entering a named town or site attacked it ("troops entered the town" of a
    state's army, "UN inspectors entered the town", "entered into talks" make no attack)."""
    kids = para.children(verb)
    if any(c.dep_ in ("nsubjpass", "auxpass", "prt") for c in kids):
        return
    places = _object_places(ctx, para, kids)
    # an armed group that is no state body: UN inspectors, migrants and a state's troops
    # enter towns too
    takers = [
        e
        for e in _own_subjects(ctx, para, verb)
        if assaults.insurgent(ctx, e) and assaults.known_fighter(ctx, e)
    ]
    yield from _takers_attacked(ctx, para, verb, takers, list(dict.fromkeys(places)), verb.lemma_)


def _hyphenated(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "The Taliban over-ran Kunduz": a verb the model splits at its hyphen is the trigger
    verb it spells; its object (a named place or an actor) was attacked by its subject. The
    model may make the halves nouns of one compound ("after ISIL over-ran Ramadi"): then the
    names right before the prefix and right after the verb are the doer and the target."""
    table = ctx.cues["takeovers"]["hyphenated"]
    prefix, lemma = table.get(verb.lemma_.lower()) or table[verb.lower_]
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 2].lower_ != prefix:
        return
    kids = para.children(verb)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return  # a passive is the fall stage's ("was over-run by X")
    objects = [c for c in kids if c.dep_ == "dobj"] if verb.pos_ == "VERB" else []
    takers = _own_subjects(ctx, para, verb) if objects else []
    if not objects and verb.i + 1 < len(doc) and verb.i >= 3:
        before, after = doc[verb.i - 3], doc[verb.i + 1]
        if before.sent == verb.sent == after.sent and after.pos_ == "PROPN":
            objects, takers = [after], ctx.ents(para, before)
    targets = [
        e
        for obj in objects
        for node in para.with_conjuncts(obj)
        for e in (
            named_place(ctx, para, node),
            *ctx.ents(para, node),
        )
        if e is not None and ctx.etype_in(e, _TAKEN)
    ]
    yield from _takers_attacked(ctx, para, verb, takers, list(dict.fromkeys(targets)), lemma)


def _takers_attacked(
    ctx: ArticleContext,
    para: Paragraph,
    verb: Any,
    takers: list[str],
    places: list[str],
    lemma: str,
) -> Iterator[Draft]:
    """The takers (actors, the verb's own subjects) attacked ``places`` (CAMEO 192)."""
    if not places:
        return
    takers = [e for e in takers if ctx.etype_in(e, ACTOR_TYPES) and e not in places]
    if takers:
        trigger = Trigger(lemma.lower(), "VERB", Predicate.ATTACKED, "192")
        yield from emit(ctx, para, verb, verb, trigger, takers, places, confidence=0.65)


def _verb_agents(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger
) -> Iterator[Draft]:
    """ "The UN condemned the bombardment of Aleppo by government forces": the parser hangs the
    noun's "by" on the verb above it; the one after "by" did the act to the one after "of"
    (not a passive's agent: "Aleppo was hit by the bombardment" has its own)."""
    if trigger.predicate.value not in ctx.cues["takeovers"]["agent_verbs"]["predicates"]:
        return
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in para.children(noun)):
        return  # the noun's own "by": the stages of the noun read it
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in para.children(verb)):
        return
    targets = [e for o in prep_objects(noun, ("of",)) for e in ctx.ents(para, o)]
    if not targets:
        return
    doers = ctx.prep_actors(para, [verb], ("by",), after=noun.i)
    doers = [e for e in doers if ctx.etype_in(e, ACTOR_TYPES) and e not in targets]
    if doers:
        yield from emit(ctx, para, noun, noun, trigger, doers, targets, confidence=0.6)


def _own_subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The verb's own subject, or the one it shares as a conjunct, complement or relative
    clause; none for a bare gerund ("troops captured by the fighters after taking over the
    town": the troops took nothing, and the parse does not say who did)."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in para.children(verb))
    if not own and verb.dep_ not in ("conj", "xcomp", "relcl"):
        return []
    return subjects_of(ctx, para, verb)


def _object_places(ctx: ArticleContext, para: Paragraph, kids: list[Any]) -> list[str]:
    """The named towns or sites a verb's direct objects (and their conjuncts) name."""
    return [
        place
        for obj in kids
        if obj.dep_ == "dobj"
        for node in para.with_conjuncts(obj)
        for place in (named_place(ctx, para, node),)
        if place is not None and ctx.etype_in(place, _PLACES)
    ]
