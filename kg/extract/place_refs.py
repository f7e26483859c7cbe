"""Places taken up again: "Insurgents shelled the town of Kobani. Jets struck there on
Saturday", "... carried out air strikes in the area": a strike told with "there" (or a bare
"the area") happened in the one town the sentence before named, and hit it when it hit
nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers, sites
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.discourse import Discourse, Sighting
from kg.vocab import EntityType, Predicate, Status

_PLACES = (EntityType.CITY, EntityType.PLACE)
_STRIKERS = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP)
# an attack of no more precise kind (CAMEO 190: use conventional military force)
_CAMEO = "190"


def there_strikes(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Yield ``attacked`` from a named striker to the place "there" (or "in the area")
    stands for: an attack verb with no named target ("jets struck there"), or a strike noun
    done by the striker ("conducted an air strike there") with no "on"/"against" target.
    The place is the one town or place (not an adjective) named in this sentence before the
    word or in the sentence before; two, or none, give nothing."""
    words = ctx.cues.get("place_anaphors", {})
    adverbs = frozenset(words.get("adverbs", ()))
    nouns = frozenset(words.get("nouns", ()))
    if not adverbs:
        return
    disc = Discourse(paras)
    anaphors = adverbs | nouns
    for para in paras:
        lowers = para.lowers
        for i in para.hits(anaphors):  # only the tokens that can be "there" or "the area"
            token = para.tokens[i]
            if lowers[token.i] in adverbs and token.dep_ == "advmod":
                verb = token.head
                if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                    verb = verb.head  # "conducted an air strike there"
            elif _bare_place(para, token, nouns):
                verb = token.head.head
                if verb.pos_ == "NOUN":
                    verb = verb.head  # "carried out strikes in the area"
            else:
                continue
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            found = _strike(ctx, para, verb, frozenset(words.get("do_verbs", ())))
            if found is None:
                continue
            strikers, cameo = found
            place = _antecedent(ctx, disc, para, token)
            if place is None:
                continue
            status = qualifiers.status(ctx, verb, verb)
            if status in (Status.DENIED, Status.HYPOTHETICAL):
                continue
            date = qualifiers.date(ctx, para, verb, verb, status)
            told = {(c.subject, c.object) for c in ctx.claims if c.predicate is Predicate.ATTACKED}
            for striker in strikers:
                if striker == place or (striker, place) in told:
                    continue
                draft = ctx.draft(para, verb, striker, Predicate.ATTACKED, place, 0.6)
                yield replace(draft, status=status, date=date, cameo=cameo)


def _bare_place(para: Paragraph, token: Any, nouns: frozenset[str]) -> bool:
    """ "in the area": a bare definite place noun after "in" that nothing links yet."""
    return (
        token.lemma_.lower() in nouns
        and token.i not in para.links
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and [c.lower_ for c in token.children] == ["the"]
    )


def _strike(
    ctx: ArticleContext, para: Paragraph, verb: Any, do_verbs: frozenset[str]
) -> tuple[list[str], str] | None:
    """The strikers of an attack verb with no named target ("jets bombed targets"), or of a
    verb of doing whose object is a strike noun with none ("launched air strikes")."""
    kids = list(verb.children)
    objects = [c for c in kids if c.dep_ == "dobj"]
    if any(c.dep_ in ("nsubjpass", "agent") for c in kids) or len(objects) > 1:
        return None
    cameo = _attack(ctx, verb.lemma_.lower(), "VERB")
    if cameo is not None:
        if objects and any(t.i in para.links for t in objects[0].subtree):
            return None  # "bombed rebel positions there": the rebels were the target
        if _aimed(ctx, verb):
            return None
    elif verb.lemma_.lower() in do_verbs and objects:
        noun = objects[0]
        cameo = _attack(ctx, noun.lemma_.lower(), "NOUN")
        if cameo is None and noun.lemma_.lower() not in ctx.cues.get("strike_nouns", ()):
            return None
        if _aimed(ctx, noun) or _aimed(ctx, verb):
            return None
        if any(c.dep_ == "poss" for c in noun.children):
            return None  # "carried out its own strikes": told of another's
    else:
        return None
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    strikers = [e for e in ctx.ents(para, subjects[0]) if ctx.etype_in(e, _STRIKERS)]
    return (strikers, cameo or _CAMEO) if strikers else None


def _aimed(ctx: ArticleContext, token: Any) -> bool:
    """ "on Houthi positions", "against the rebels": a target of its own (not "on
    Saturday")."""
    preps = tuple(ctx.cues["place_anaphors"].get("aim_preps", ()))
    return any(g.ent_type_ not in ("DATE", "TIME") for g in prep_objects(token, preps))


def _attack(ctx: ArticleContext, lemma: str, pos: str) -> str | None:
    """The CAMEO code of the word's own ``attacked`` trigger ("" when it has none), else
    None: the word names no attack."""
    for t in ctx.lx.triggers.candidates(lemma, pos):
        if t.predicate is Predicate.ATTACKED and t.light is None:
            return t.cameo or ""
    return None


def _antecedent(ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any) -> str | None:
    """The one town or place named in this sentence before the word, or in the one
    before."""
    labels = {s.label for s in disc.before(para, token, 1) if _place(ctx, s)}
    return labels.pop() if len(labels) == 1 else None


def _place(ctx: ArticleContext, sighting: Sighting) -> bool:
    return (
        not sighting.adjective
        and ctx.etype_in(sighting.label, _PLACES)
        and not sites.unnamed_site(ctx, sighting.label)  # "a mosque in Tal Afar": the town
    )
