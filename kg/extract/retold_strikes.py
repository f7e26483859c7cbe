"""A strike told twice: first with no striker ("A cargo ship was bombed off Libya"), then
named again with one ("It was the second strike by X's air force", "The attack was carried
out by X", "X claimed responsibility for the attack"). The striker of the second telling
attacked the target of the first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.event_coref import actor_country
from kg.vocab import EntityType, Predicate, Status

_STRIKERS = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP)
_TARGETS = (
    EntityType.COUNTRY,
    EntityType.CITY,
    EntityType.PLACE,
    EntityType.ORGANIZATION,
    EntityType.GROUP,
)
_PLACES = (EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE)
# an attack of no more precise kind (CAMEO 190: use conventional military force)
_CAMEO = "190"
# how many sentences before the retelling the strike may be told
_BACK = 2


def retold_strikes(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Yield ``attacked`` from the striker a sentence names for a strike it refers back to
    ("It was the second strike by X", "The strike was carried out by X") to the target of
    the one strike with no striker in the two sentences before (none telling another attack
    in between): the owner of what was hit ("a Turkish ship"), else the place it was hit in
    ("bombed off Libya")."""
    words = ctx.cues.get("retold_strikes", {})
    if not words:
        return
    sents = [(para, start, end) for para in paras for start, end in para.sents]
    # a retelling's subject is one of the pronouns or its verb one of the do_verbs: a
    # paragraph with none of these words tells none
    cue = frozenset(words.get("pronouns", ())).union(
        ctx.cues.get("place_anaphors", {}).get("do_verbs", ()), words.get("claim_verbs", {})
    )
    for k in range(1, len(sents)):
        para, start, end = sents[k]
        if cue.isdisjoint(para.words):
            continue
        found = _retelling(ctx, para, para.tokens[start:end], words)
        if found is None:
            continue
        strikers, verb = found
        before = _earlier(ctx, sents[max(0, k - _BACK) : k], words)
        if before is None:
            continue
        earlier, (bpara, bverb) = before
        status = qualifiers.status(ctx, bverb, bverb)
        if status in (Status.DENIED, Status.HYPOTHETICAL):
            continue
        owned = words.get("claim_verbs", {}).get(verb.lemma_.lower())
        if owned is not None:
            # "X denied responsibility for the attack": the claim's own word on it (att43)
            status = qualifiers.status(ctx, verb, verb)
            if status is Status.OCCURRED and owned == Status.DENIED.value:
                status = Status.DENIED
        date = qualifiers.date(ctx, bpara, bverb, bverb, status)
        told = {(c.subject, c.object) for c in ctx.claims if c.predicate is Predicate.ATTACKED}
        for striker in strikers:
            for target in earlier:
                if striker == target or (striker, target) in told:
                    continue
                home = actor_country(ctx, striker)
                if (
                    home
                    and ctx.etype_is(target, EntityType.COUNTRY)
                    and home == actor_country(ctx, target)
                ):
                    continue  # "off Yemen ... by Houthi rebels": a side at home, not its target
                draft = ctx.draft(para, verb, striker, Predicate.ATTACKED, target, 0.6)
                yield replace(draft, status=status, date=date, cameo=_cameo(ctx, bverb) or _CAMEO)


def _retelling(
    ctx: ArticleContext, para: Paragraph, tokens: Any, words: dict[str, Any]
) -> tuple[list[str], Any] | None:
    """(strikers, verb) of a sentence that tells a strike again with its striker: "It was
    the (second) strike ... by X", "The attack was carried out by X"."""
    pronouns = frozenset(words.get("pronouns", ()))
    do_verbs = frozenset(ctx.cues.get("place_anaphors", {}).get("do_verbs", ()))
    for verb in tokens:
        if verb.dep_ != "ROOT" and not (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT"):
            continue  # the main clause, or the one a source tells ("..., activists said")
        kids = list(verb.children)
        subjects = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
        claimed = _claimed(ctx, para, verb, subjects, words)
        if claimed is not None:
            return (claimed, verb) if claimed else None
        if len(subjects) != 1 or subjects[0].i in para.links:
            continue
        subject = subjects[0]
        if verb.lemma_ == "be" and subject.lower_ in pronouns:
            # "It was the second strike against shipping by X's air force"
            nouns = [c for c in kids if c.dep_ == "attr" and _strike_noun(ctx, c)]
            by = [g for n in nouns for g in prep_objects(n, ("by",))]
        elif (
            _strike_noun(ctx, subject)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            and verb.lemma_.lower() in do_verbs
        ):
            # "The attack was carried out by X"
            by = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        if len(by) != 1:
            return None
        strikers = _owners(ctx, para, by[0])
        return (strikers, verb) if strikers else None
    return None


def _claimed(
    ctx: ArticleContext, para: Paragraph, verb: Any, subjects: list[Any], words: dict[str, Any]
) -> list[str] | None:
    """The strikers of "X claimed responsibility for the attack", "X denied any involvement
    in Wednesday's bombing" (a strike noun of its own, with no target of its own: it refers
    back); None when the clause is no such claim."""
    if verb.lemma_.lower() not in words.get("claim_verbs", {}) or len(subjects) != 1:
        return None
    parts = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_.lower() in words.get("part_nouns", ())
    ]
    preps = tuple(words.get("part_preps", ()))
    nouns = [
        n
        for part in parts
        for n in prep_objects(part, preps) + prep_objects(verb, preps)
        if _strike_noun(ctx, n) and _refers_back(ctx, n)
    ]
    if not nouns:
        return None
    subject = subjects[0]
    # "a group calling itself X": the name it goes by
    named = [subject] + [
        o
        for acl in subject.children
        if acl.dep_ == "acl" and acl.lemma_.lower() == "call"
        for o in acl.children
        if o.dep_ == "oprd"
    ]
    return [e for node in named for e in ctx.ents(para, node) if ctx.etype_in(e, _STRIKERS)]


def _refers_back(ctx: ArticleContext, noun: Any) -> bool:
    """ "the attack", "Wednesday's attack", "the bombings": a strike noun that names no
    target or maker of its own ("an attack on a bus" is a new telling)."""
    kids = list(noun.children)
    if any(c.dep_ == "prep" for c in kids):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids)
    dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in kids)
    return definite or dated


def _strike_noun(ctx: ArticleContext, token: Any) -> bool:
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in ctx.cues.get("strike_nouns", ()) or _cameo(ctx, token) is not None
    )


def _cameo(ctx: ArticleContext, token: Any) -> str | None:
    """The CAMEO code of the word's own ``attacked`` trigger ("" with none), else None."""
    for t in ctx.lx.triggers.candidates(token.lemma_.lower(), token.pos_):
        if t.predicate is Predicate.ATTACKED and t.light is None:
            return t.cameo or ""
    return None


def _owners(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The striker a "by" names: the actor itself, or the owner of its force ("the X
    government's air force")."""
    found = [e for e in ctx.ents(para, noun) if ctx.etype_in(e, _STRIKERS)]
    if found:
        return found
    if ctx.lx.actors.sector_of(noun.lower_) is None and noun.lower_ not in ctx.cues.get(
        "force_nouns", ()
    ):
        return []
    return [
        e
        for c in noun.children
        if c.dep_ == "poss" and c.pos_ != "PRON"
        for e in ctx.ents(para, c)
        if ctx.etype_in(e, _STRIKERS)
    ]


def _earlier(
    ctx: ArticleContext, sents: list[tuple[Paragraph, int, int]], words: dict[str, Any]
) -> tuple[list[str], tuple[Paragraph, Any]] | None:
    """The strike with no striker nearest before the retelling ("The ship came under fire
    ... . Officials said the ship carried gypsum. It was the second strike by X"); a
    sentence in between telling another attack ends the search."""
    for para, start, end in reversed(sents):
        found = _agentless(ctx, para, start, end, words)
        if found is not None:
            return found
        if any(t.pos_ == "VERB" and _cameo(ctx, t) is not None for t in para.tokens[start:end]):
            return None
    return None


def _agentless(
    ctx: ArticleContext, para: Paragraph, start: int, end: int, words: dict[str, Any]
) -> tuple[list[str], tuple[Paragraph, Any]] | None:
    """(targets, (paragraph, verb)) of the one passive strike with no agent in a sentence
    ("A cargo ship was bombed off Libya"): what was hit if named, else its owner, else the
    place it was hit in."""
    found = []
    for verb in para.tokens[start:end]:
        if verb.pos_ != "VERB" or _cameo(ctx, verb) is None:
            continue
        kids = list(verb.children)
        if any(c.dep_ in ("nsubj", "agent") for c in kids):
            return None  # a striker named, or unnamed ("gunmen attacked"): not ours
        passive = [c for c in kids if c.dep_ == "nsubjpass"]
        if len(passive) == 1:
            found.append((verb, passive[0]))
    if len(found) != 1:
        return None
    verb, hit = found[0]
    # ("they were fired at X": a pronoun may stand for the weapons, not for what was hit)
    named = (
        []
        if hit.pos_ == "PRON"
        else [e for e in ctx.ents(para, hit, adjectives=True) if ctx.etype_in(e, _TARGETS)]
    )
    if not named:
        named = [
            e
            for c in hit.children
            if c.dep_ in ("poss", "compound", "amod", "nmod")
            for e in ctx.ents(para, c, adjectives=True)
            if ctx.etype_is(e, EntityType.COUNTRY)
        ]
    if not named:
        preps = tuple(words.get("place_preps", ()))
        named = [
            e
            for g in prep_objects(verb, preps) + prep_objects(hit, preps)
            for e in ctx.ents(para, g)
            if ctx.etype_in(e, _PLACES)
        ]
        if not named:
            # "were fired at the towns of X and Y": each town named after a place noun (att43)
            towns = [
                e
                for g in prep_objects(verb, preps)
                if g.lemma_.lower() in ctx.lx.words.town_nouns
                for o in prep_objects(g, ("of",))
                for node in (o, *(c for c in o.children if c.dep_ == "conj"))
                for e in ctx.ents(para, node)
                if ctx.etype_in(e, _PLACES)
            ]
            towns = list(dict.fromkeys(towns))
            return (towns, (para, verb)) if towns else None
    targets = list(dict.fromkeys(named))
    return (targets, (para, verb)) if len(targets) == 1 else None
