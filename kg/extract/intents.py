"""Intents: an act announced before it is done is itself an event of another PLOVER type.
"threatened to impose a curfew in X" (or "to ban rallies in X") threatens X (THREATEN),
"offered to hand over the suspects to X" is an intent to cooperate with X (AGREE, CAMEO 03),
"prepared to attack X" and "mobilised reservists for a war against X" show force against X
(MOBILIZE), "opened fire to disperse X" assaults X, "urged NATO to back X" rallies support
for X (SUPPORT, CAMEO 053), and "ordered X to close" coerces X (COERCE). This stage reads the
claims the earlier passes found for the act; the act's own claim keeps its status (planned,
proposed, hypothetical). Words: ``intents`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import places, qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.ultimatums import THREAT_CODES
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import Predicate, Status, intent_cameo

_NOT_DONE = frozenset({Status.PLANNED, Status.PROPOSED, Status.HYPOTHETICAL})
_ATTACK = "154"  # CAMEO: mobilise or increase armed forces
_FORCE = "150"  # CAMEO: demonstrate military or police power
_RALLY = "053"  # CAMEO: rally support on behalf of
_HELP_INTENT = "033"  # CAMEO: express intent to provide material aid
# acts a threat against a place can name: restrictions and sanctions on what goes on there
_RESTRICTIONS = frozenset({Predicate.COERCED, Predicate.SANCTIONED})
# the predicates of the triggers a rule starts from (besides the verbs of ``intents``)
_STARTS = (Predicate.MOBILIZED, Predicate.ATTACKED)


_Words = tuple[
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    tuple[str, ...],
    frozenset[Predicate],
    frozenset[str],
    dict[str, str],
    frozenset[str],
]


def _words(lx: Lexicon) -> _Words:
    """The word lists of ``intents`` (``kg/data/en/cues.json``) as sets, and every verb a
    rule starts from."""
    words = lx.cues["intents"]
    threat_verbs = frozenset(words["threat_verbs"])
    offer_verbs = frozenset(words["offer_verbs"])
    prepare_verbs = frozenset(words["prepare_verbs"])
    order_verbs = frozenset(words["order_verbs"])
    return (
        threat_verbs,
        offer_verbs,
        frozenset(words["help_verbs"]),
        prepare_verbs,
        tuple(words["mobilize_preps"]),
        frozenset(Predicate(p) for p in words["purpose_predicates"]),
        order_verbs,
        dict(words["cease_verbs"]),
        threat_verbs | offer_verbs | prepare_verbs | order_verbs,
    )


def intents(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """threatened, AGREE-coded, mobilized and attacked claims for acts announced, offered,
    prepared for or aimed at by the verb that governs them."""
    (
        threat_verbs,
        offer_verbs,
        help_verbs,
        prepare_verbs,
        mobilize_preps,
        purpose_predicates,
        order_verbs,
        cease_verbs,
        verbs,
    ) = ctx.prepared(_words)  # read once per lexicon, not per paragraph
    matches = para.matches(ctx.lx.triggers)  # ``match`` of each token, found once
    tokens, lemmas, poses = para.tokens, para.lemmas, para.poses
    # every rule below starts from one of ``verbs`` or a trigger of a mobilisation or an
    # attack (the tokens passed, in order; another predicate's trigger meets no test below)
    acts = [i for i, found in matches.items() if found.predicate in _STARTS]
    for i in sorted({*acts, *para.hits(verbs)}):
        pos = poses[i]
        if pos not in ("VERB", "NOUN"):
            continue
        lemma = lemmas[i]
        trigger = matches.get(i)
        if trigger is None and (pos == "NOUN" or lemma not in verbs):
            continue
        verb = tokens[i]
        if pos == "VERB" and lemma in threat_verbs:
            yield from _threats(ctx, para, verb)
        elif pos == "VERB" and lemma in offer_verbs:
            yield from _offers(ctx, para, verb)
            yield from _pledged_help(ctx, para, verb, help_verbs)
        elif pos == "VERB" and lemma in prepare_verbs:
            yield from _shows_of_force(ctx, para, verb, _clauses(verb, ("xcomp",)), _FORCE)
        elif trigger is not None and trigger.predicate is Predicate.MOBILIZED:
            aims = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in mobilize_preps]
            aims += _clauses(verb, ("xcomp", "advcl"))
            yield from _shows_of_force(ctx, para, verb, aims, trigger.cameo or _ATTACK)
        elif trigger is not None and trigger.predicate is Predicate.ATTACKED:
            yield from _purposes(ctx, para, verb, trigger.cameo, purpose_predicates)
        if pos == "VERB" and lemma in order_verbs:
            yield from _orders(ctx, para, verb, cease_verbs)
    yield from _rallies(ctx, para)


def _clauses(verb: Any, deps: tuple[str, ...]) -> list[Any]:
    """The verb's infinitive clauses ("to attack X") among its ``deps`` children."""
    return [
        c
        for c in verb.children
        if c.dep_ in deps
        and c.pos_ in ("VERB", "AUX")
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
    ]


def _inside(para: Paragraph, nodes: Iterable[Any], pronouns: bool = True) -> set[str]:
    """Entities linked to a token in the subtrees of ``nodes`` (by name only, without
    ``pronouns``: "its nationals" in the act names its doer again)."""
    return {
        para.links[t.i]
        for n in nodes
        for t in n.subtree
        if t.i in para.links and (pronouns or t.pos_ != "PRON")
    }


def _acts(
    ctx: ArticleContext, para: Paragraph, verb: Any, nodes: list[Any], predicates: Iterable[Any]
) -> list[Draft]:
    """The claims of the sentence whose object is named inside ``nodes`` (the announced act's
    clause), of the given predicates, by a subject named outside them."""
    if not nodes:
        return []
    span = ctx.sentence_span(para, verb)
    inside = _inside(para, nodes)
    named = _inside(para, nodes, pronouns=False)
    chosen = set(predicates)
    return [
        c
        for c in ctx.claims
        if c.sentence == span
        and c.predicate in chosen
        and (
            (c.object in inside and c.subject not in named)
            # a symmetric claim's ends come in either order ("offered to negotiate with X")
            or (c.predicate.symmetric and c.subject in inside and c.object not in named)
        )
    ]


def _made(ctx: ArticleContext, span: tuple[int, int], predicate: Predicate) -> set[tuple[Any, ...]]:
    return {
        (c.subject, c.object) for c in ctx.claims if c.sentence == span and c.predicate is predicate
    }


def _threats(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "threatened to impose a curfew in Algiers": the threat is aimed at the act's target,
    a place included (the act's own claim stays hypothetical)."""
    acts = _acts(ctx, para, verb, _clauses(verb, ("xcomp",)), THREAT_CODES)
    made = _made(ctx, ctx.sentence_span(para, verb), Predicate.THREATENED)
    status = qualifiers.status(ctx, verb, verb)
    if status is Status.DENIED:
        return
    date = qualifiers.date(ctx, para, verb, verb, status)
    for act in acts:
        if act.status not in _NOT_DONE or (act.subject, act.object) in made:
            continue
        made.add((act.subject, act.object))
        yield replace(
            act,
            predicate=Predicate.THREATENED,
            status=status,
            date=date,
            place=None,
            cameo=THREAT_CODES[act.predicate],
            confidence=min(act.confidence, 0.75),
        )
    if not acts:
        yield from _place_threats(ctx, para, verb, status, date, made)


def _place_threats(
    ctx: ArticleContext,
    para: Paragraph,
    verb: Any,
    status: Status,
    date: str | None,
    made: set[tuple[Any, ...]],
) -> Iterator[Draft]:
    """ "threatened to ban voting in East Jerusalem", "threatened to impose restrictions on
    travel in Kashmir": a restriction threatened on what goes on in a place, with no actor to
    bear it, threatens the place (CAMEO 137, repression, or 1312, sanctions)."""
    subjects = _threat_subjects(ctx, para, verb)
    for clause in _clauses(verb, ("xcomp",)):
        for act in (clause, *clause.conjuncts):
            trigger = para.trigger(ctx.lx.triggers, act)
            if trigger is None or trigger.predicate not in _RESTRICTIONS:
                continue
            nodes = [act, *(c for c in para.children(act) if c.dep_ == "dobj")]
            if any(ctx.ents(para, n) for n in nodes[1:]):
                continue  # "threatened to ban the party": the party is the one threatened
            where = [
                e
                for node in nodes
                for prep in para.children(node)
                if prep.dep_ == "prep" and prep.lower_ == "in"
                for p in para.children(prep)
                if p.dep_ == "pobj"
                and (e := places.named_place(ctx, para, p)) is not None
                and ctx.etype_in(e, PLACE_TYPES)
            ]
            for subject in subjects:
                for place in dict.fromkeys(where):
                    if subject == place or (subject, place) in made:
                        continue
                    made.add((subject, place))
                    draft = ctx.draft(para, verb, subject, Predicate.THREATENED, place, 0.7)
                    yield replace(
                        draft,
                        status=status,
                        date=date,
                        cameo=THREAT_CODES[trigger.predicate],
                    )


def _threat_subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """Who threatens: the verb's subject, or its conjunct head's."""
    found = [c for c in para.children(verb) if c.dep_ == "nsubj"]
    if not found and verb.dep_ == "conj":
        found = [c for c in para.children(verb.head) if c.dep_ == "nsubj"]
    actors = [e for t in found for e in ctx.ents(para, t) if ctx.etype_in(e, ACTOR_TYPES)]
    return list(dict.fromkeys(actors))


def _offers(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "offered to hand over the suspects to Britain": a cooperative act the offerer would do
    itself is its intent (CAMEO 03, PLOVER AGREE), beside the act proposed."""
    clauses = _clauses(verb, ("xcomp",))
    cooperative = {p for p in Predicate if p.interaction}
    for act in _acts(ctx, para, verb, clauses, cooperative):
        code = intent_cameo(act.cameo)
        if code is None or act.status is not Status.PROPOSED:
            continue
        yield replace(act, cameo=code, confidence=min(act.confidence, 0.75))


def _pledged_help(
    ctx: ArticleContext, para: Paragraph, verb: Any, help_verbs: frozenset[str]
) -> Iterator[Draft]:
    """ "promised to help Niger", "pledged to assist the refugees": help promised to X is an
    intent to aid X (CAMEO 033, PLOVER AGREE); "help" alone is too vague to be a trigger."""
    made = _made(ctx, ctx.sentence_span(para, verb), Predicate.SUPPORTED)
    subjects = _threat_subjects(ctx, para, verb)
    for clause in _clauses(verb, ("xcomp",)):
        if clause.lemma_.lower() not in help_verbs:
            continue
        status = qualifiers.status(ctx, clause, clause)
        if status is Status.DENIED:
            continue
        # "help Niger", and "help Niger fight": the subject of the clause "help" takes
        whom = [c for c in para.children(clause) if c.dep_ == "dobj"]
        whom += [
            s
            for c in para.children(clause)
            if c.dep_ in ("ccomp", "xcomp")
            for s in para.children(c)
            if s.dep_ == "nsubj"
        ]
        helped = [e for c in whom for e in ctx.ents(para, c) if ctx.etype_in(e, ACTOR_TYPES)]
        date = qualifiers.date(ctx, para, verb, verb, status)
        for subject in subjects:
            for obj in dict.fromkeys(helped):
                if subject == obj or (subject, obj) in made:
                    continue
                made.add((subject, obj))
                draft = ctx.draft(para, clause, subject, Predicate.SUPPORTED, obj, 0.7)
                yield replace(draft, status=status, date=date, cameo=_HELP_INTENT)


def _shows_of_force(
    ctx: ArticleContext, para: Paragraph, verb: Any, aims: list[Any], cameo: str
) -> Iterator[Draft]:
    """ "prepared to resume shelling X", "mobilised reservists for a war against X": an
    attack not yet made that forces are readied for shows force against its target."""
    made = _made(ctx, ctx.sentence_span(para, verb), Predicate.MOBILIZED)
    for act in _acts(ctx, para, verb, aims, (Predicate.ATTACKED,)):
        if act.status not in _NOT_DONE or (act.subject, act.object) in made:
            continue
        made.add((act.subject, act.object))
        status = qualifiers.status(ctx, verb, verb)
        yield replace(
            act,
            predicate=Predicate.MOBILIZED,
            status=status,
            date=qualifiers.date(ctx, para, verb, verb, status),
            cameo=cameo,
            confidence=min(act.confidence, 0.75),
        )


def _purposes(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    cameo: str | None,
    predicates: frozenset[Predicate],
) -> Iterator[Draft]:
    """ "police opened fire to disperse the protesters": force used to do something to X is
    used on X, when the attack names no target of its own."""
    verb = token if token.pos_ == "VERB" else token.head
    span = ctx.sentence_span(para, token)
    if verb.pos_ != "VERB" or any(
        c.sentence == span and c.predicate is Predicate.ATTACKED for c in ctx.claims
    ):
        return
    for act in _acts(ctx, para, verb, _clauses(verb, ("advcl", "xcomp")), predicates):
        yield replace(act, predicate=Predicate.ATTACKED, cameo=cameo, confidence=0.7)


def _rallies(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "X urged the European Community to support the PLO": asking others to back Z rallies
    support for Z (CAMEO 053, PLOVER SUPPORT). Read from the sentence's claims: X asked Y,
    and Y's backing of Z is what was asked for."""
    acts = {
        c.sentence
        for c in ctx.claims
        if c.predicate is Predicate.SUPPORTED and c.status is Status.PROPOSED
    }  # only a sentence with an act proposed can yield (what this yields has occurred)
    if not acts:
        return  # (most paragraphs: no sentence spans made)
    tokens = para.tokens
    spans = {ctx.sentence_span(para, tokens[start]) for start, end in para.sents if end > start}
    for span in spans:
        if span not in acts:
            continue
        claims = [c for c in ctx.claims if c.sentence == span]
        asked = {(c.object, c.subject) for c in claims if c.predicate is Predicate.REQUESTED}
        made = {(c.subject, c.object) for c in claims if c.predicate is Predicate.SUPPORTED}
        for act in claims:
            if (
                act.predicate is not Predicate.SUPPORTED
                or act.status is not Status.PROPOSED
                or act.object is None
                or not (act.cameo or "").startswith("05")
            ):
                continue
            for party, asker in sorted(asked):
                if party != act.subject or asker == act.object or (asker, act.object) in made:
                    continue
                made.add((asker, act.object))
                yield replace(
                    act,
                    subject=asker,
                    status=Status.OCCURRED,
                    cameo=_RALLY,
                    confidence=min(act.confidence, 0.7),
                )


def _orders(
    ctx: ArticleContext, para: Paragraph, verb: Any, cease_verbs: dict[str, str]
) -> Iterator[Draft]:
    """ "ordered the newspaper La Prensa to suspend publication", "ordered two British
    diplomats to leave the country": an order to stop or to leave is coercion (CAMEO 172
    restrictions, 174 expulsion), beside the order (a request)."""
    for clause in _clauses(verb, ("xcomp", "ccomp")):
        code = cease_verbs.get(clause.lemma_.lower())
        if code is None:
            continue
        ordered = {e for c in verb.children if c.dep_ == "dobj" for e in ctx.ents(para, c)} | {
            e for c in clause.children if c.dep_ == "nsubj" for e in ctx.ents(para, c)
        }
        span = ctx.sentence_span(para, verb)
        made = _made(ctx, span, Predicate.COERCED)
        for order in [c for c in ctx.claims if c.sentence == span]:
            if (
                order.predicate is not Predicate.REQUESTED
                or order.object not in ordered
                or (order.subject, order.object) in made
            ):
                continue
            made.add((order.subject, order.object))
            yield replace(order, predicate=Predicate.COERCED, cameo=code, confidence=0.7)
