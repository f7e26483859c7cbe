"""Strikes told without their striker: "One barrel bomb hit the Shaar neighbourhood", "Arms
depots of X also came under air attack", "The village was shelled". In a run of reports on
one side's strikes, such an attack is that side's: the one actor who struck (or whose bombs,
jets or shells were named) with weapons of the same kind in this sentence or the two before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.event_coref import actor_country
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate, Status

# how many sentences before the strike its striker may have been named in
_WINDOW = 2
_PLACES = (EntityType.CITY, EntityType.PLACE)


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The words a strike told without its striker starts from: an attack verb of the
    trigger index, "come" ("came under attack"), a strike noun or a weapon's
    (``strike_nouns``, ``strike_instruments``)."""
    yield "come"
    yield from (
        t.lemma for t in lx.triggers if t.pos == "VERB" and t.predicate is Predicate.ATTACKED
    )
    yield from lx.cues.get("strike_nouns", ())
    for key, words in lx.cues.get("strike_instruments", {}).items():
        if not key.startswith("_"):
            yield from words


def agentless_strikes(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Yield ``attacked`` from the striker the context gives to each strike told without
    one: an instrument as the subject ("bombs hit a market in al-Bab"), a passive with no
    agent ("the town was shelled"), "came under (air) attack", a strike named by a noun
    with no owner ("air strikes on Saada"). The weapon's kind (``air``,
    ``ground``: ``strike_instruments`` in the cues) must be named with the striker; two
    strikers of that kind in the window, or one that is the target, give nothing."""
    kinds = _kinds(ctx)
    if not kinds:
        return
    sents = _sentences(paras)
    kinds_words = frozenset(ctx.cues.get("strike_nouns", ())).union(*kinds.values())
    attack_verbs: dict[str, bool] = {}  # lemma -> ``_attack_verb``, asked once a lemma
    words = ctx.word_set(cue_words)
    for para in paras:
        poses, lemmas, tokens = para.poses, para.lemmas, para.tokens
        # only the tokens of ``cue_words`` (the tests below pick the strikes), not every token
        for token in map(tokens.__getitem__, para.hits(words)):
            if poses[token.i] == "VERB":
                lemma = lemmas[token.i]
                if lemma != "come":
                    # ``_strike`` finds nothing for a verb other than "come" that is no
                    # attack verb: not walked
                    attack = attack_verbs.get(lemma)
                    if attack is None:
                        attack = attack_verbs[lemma] = _attack_verb(ctx, token)
                    if not attack:
                        continue
                found = _strike(ctx, para, token, kinds)
            elif poses[token.i] == "NOUN" and para.lemmas[token.i] in kinds_words:
                found = _strike_noun(ctx, para, token, kinds)
            else:
                continue
            if found is None:
                continue
            kind, targets, verb = found
            status = qualifiers.status(ctx, verb, verb)
            if status in (Status.DENIED, Status.HYPOTHETICAL):
                continue
            here = para.offset + token.idx
            armed: list[tuple[Paragraph, Any]] = []
            striker = _one_side(ctx, _strikers(ctx, sents, here, kind, kinds, armed))
            if striker is None:
                continue
            date = qualifiers.date(ctx, para, verb, verb, status) or _date_before(ctx, armed)
            for target in targets:
                if target == striker or _told(ctx, target, para, verb):
                    continue
                draft = ctx.draft(para, verb, striker, Predicate.ATTACKED, target, 0.6)
                yield replace(draft, status=status, date=date)


def _kinds(ctx: ArticleContext) -> dict[str, frozenset[str]]:
    table: dict[str, list[str]] = ctx.cues.get("strike_instruments", {})
    return {k: frozenset(v) for k, v in table.items() if not k.startswith("_")}


def _kind_of(token: Any, kinds: dict[str, frozenset[str]], strike: bool = False) -> str | None:
    """The weapon kind a word names: its lemma ("bomb", "shell"), or an "air"/"artillery"
    modifier of it ("air attack", "artillery fire"). For the strike itself (``strike``),
    a noun in front of another kind ("car bomb", "roadside bomb", "suicide bombing") says
    it is no weapon of the kinds."""
    mods = [c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")]
    every = frozenset().union(*kinds.values())
    if strike and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in every
        for c in token.children
    ):
        return None
    for word in (token.lemma_.lower(), *mods):
        for kind, nouns in kinds.items():
            if word in nouns:
                return kind
    return None


def _attack_verb(ctx: ArticleContext, verb: Any) -> bool:
    return any(t.predicate is Predicate.ATTACKED for t in ctx.lx.triggers.verb_senses(verb))


def _strike(
    ctx: ArticleContext, para: Paragraph, verb: Any, kinds: dict[str, frozenset[str]]
) -> tuple[str, list[str], Any] | None:
    """(weapon kind, targets, verb) of a strike told with no striker, else None."""
    kids = list(verb.children)
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    passive = [c for c in kids if c.dep_ == "nsubjpass"]
    agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() == "come" and subjects:
        # "Arms depots of X came under air attack"
        under = [
            g
            for c in kids
            if c.dep_ == "prep" and c.lower_ == "under"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if len(under) != 1 or under[0].lemma_.lower() not in ctx.cues.get("strike_nouns", ()):
            return None
        kind = _kind_of(under[0], kinds, strike=True)
        targets = _targets(ctx, para, subjects[0])
        return (kind, targets, verb) if kind and targets else None
    if not _attack_verb(ctx, verb):
        return None
    if subjects:
        # "One barrel bomb hit the Shaar neighbourhood": a weapon, nobody named in it
        subject = subjects[0]
        kind = _kind_of(subject, kinds, strike=True)
        if kind is None or any(t.i in para.links for t in subject.subtree):
            return None
        objects = [c for c in kids if c.dep_ == "dobj"]
        targets = _targets(ctx, para, objects[0]) if objects else []
        return (kind, targets, verb) if targets else None
    if passive and not any(t.i in para.links for a in agents for t in a.subtree):
        # "The village was shelled", "X was hit by an air strike", "killed in an air raid"
        kind = _kind_of(agents[0], kinds, strike=True) if agents else None
        kind = kind or _kind_of(verb, kinds)
        if kind is None:
            # "X was killed in an air strike": the strike named, nobody owning it
            means = prep_objects(verb, ("in",))
            if len(means) != 1 or means[0].lemma_.lower() not in ctx.cues.get("strike_nouns", ()):
                return None
            if _owners(ctx, para, means[0]) or any(c.dep_ == "poss" for c in means[0].children):
                return None
            kind = _kind_of(means[0], kinds, strike=True)
        targets = _targets(ctx, para, passive[0])
        return (kind, targets, verb) if kind and targets else None
    return None


def _strike_noun(
    ctx: ArticleContext, para: Paragraph, noun: Any, kinds: dict[str, frozenset[str]]
) -> tuple[str, list[str], Any] | None:
    """ "Air strikes on Saada also killed ...", "the shelling of Martuni": a strike noun of
    a weapon kind, with a target and no one named as its author in its clause."""
    kind = _kind_of(noun, kinds, strike=True)
    if kind is None or _owners(ctx, para, noun):
        return None
    if any(c.dep_ in ("poss", "agent") or c.lower_ == "by" for c in noun.children):
        return None  # "their shelling", "strikes by X": told with the striker
    clause = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB":
        clause = noun.head.head  # "the army responded with artillery fire on X": its means
    if noun.dep_ in ("dobj", "pobj") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    ):
        return None  # "X launched air strikes on Y", "Z condemned the strikes": not ours
    targets = [
        e
        for g in prep_objects(noun, ("on", "against", "of"))
        for e in _named(ctx, para, g) or ctx.ents(para, g)
    ]
    return (kind, targets, clause) if targets else None


def _targets(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """What a strike hit: the entity the noun is or names in front ("the Shaar
    neighbourhood"), else the one its "of" names ("arms depots of pro-Saleh forces"), else a
    place it (or the verb) puts it in ("a busy market in al-Bab city")."""
    found = _named(ctx, para, noun)
    if found:
        return found
    for g in prep_objects(noun, ("of",)):
        found = ctx.ents(para, g) or _named(ctx, para, g)
        if found:
            return found
    for g in [*prep_objects(noun, ("in",)), *prep_objects(noun.head, ("in",))]:
        places = [e for e in _named(ctx, para, g) if ctx.etype_in(e, _PLACES)]
        if places:
            return places
    return []


def _named(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The entity a noun is, or the one it names in front ("the Shaar neighbourhood")."""
    if noun.i in para.links:
        return [para.links[noun.i]]
    return list(
        dict.fromkeys(
            para.links[c.i]
            for c in noun.children
            if c.dep_ in ("compound", "nmod") and c.i in para.links and c.i < noun.i
        )
    )


def _sentences(paras: list[Paragraph]) -> list[tuple[int, int, Paragraph, int, int]]:
    """(article char start, end, paragraph, first token, end token) of each sentence."""
    out = []
    for para in paras:
        tokens = para.tokens
        for start, end in para.sents:
            last = tokens[end - 1]
            first = para.offset + tokens[start].idx
            out.append((first, para.offset + last.idx + len(last.text), para, start, end))
    return out


def _strikers(
    ctx: ArticleContext,
    sents: list[tuple[int, int, Paragraph, int, int]],
    here: int,
    kind: str,
    kinds: dict[str, frozenset[str]],
    armed_at: list[tuple[Paragraph, Any]],
) -> list[str]:
    """Who struck with weapons of ``kind`` in the strike's sentence (before it) or the
    ``_WINDOW`` sentences before: an attack claim in a sentence naming such a weapon
    ("Coalition warplanes bombed ..."), or a weapon with an owner ("bombs dropped by X",
    "X's warplanes"). Each weapon word is added to ``armed_at``."""
    at = next((n for n, s in enumerate(sents) if s[0] <= here < s[1] + 1), None)
    if at is None:
        return []
    found: list[str] = []
    for first, end, para, start, stop in sents[max(0, at - _WINDOW) : at + 1]:
        armed = False
        for token in para.tokens[start:stop]:
            if para.offset + token.idx >= here:
                break
            if token.pos_ not in ("NOUN", "VERB") or _kind_of(token, kinds) != kind:
                continue
            armed = True
            armed_at.append((para, token))
            found.extend(_owners(ctx, para, token))
        if not armed:
            continue
        for claim in ctx.claims:
            if (
                claim.predicate is Predicate.ATTACKED
                and claim.sentence == (first, end)
                and claim.status is Status.OCCURRED
            ):
                found.append(claim.subject)
    return list(dict.fromkeys(found))


def _date_before(ctx: ArticleContext, armed: list[tuple[Paragraph, Any]]) -> str | None:
    """The date told with the latest weapons named before ("helicopters dropped barrels on
    Saturday ... One barrel bomb hit X"): the run of strikes is one day's."""
    for para, token in reversed(armed):
        verb = token if token.pos_ == "VERB" else token.head
        found = qualifiers.date(ctx, para, verb, token, Status.OCCURRED)
        if found:
            return found
    return None


def _one_side(ctx: ArticleContext, strikers: list[str]) -> str | None:
    """The one striker; or the first named of several of one country (\"bombs dropped by
    Syria's government ... helicopters\" the army's): one state's forces are one side."""
    if len(strikers) <= 1:
        return strikers[0] if strikers else None
    if not all(state_actor(ctx, s) for s in strikers):
        return None  # "Syrian rebels" and "the Syrian army" share a country, not a side
    countries = {actor_country(ctx, s) for s in strikers}
    return strikers[0] if len(countries) == 1 and None not in countries else None


def state_actor(ctx: ArticleContext, label: str) -> bool:
    """A country, or a state body of one (its government, army, police)."""
    return ctx.etype_is(label, EntityType.COUNTRY) or ctx.resolver.sector_in(label, _STATE)


_STATE = frozenset({"GOV", "MIL", "COP", "SPY"})


def _owners(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """Whose weapon this is: "X's jets", "Saudi-led coalition warplanes", "(a series of)
    bombs dropped by X", "X fired shells"."""
    owners = [
        para.links[c.i]
        for c in token.children
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in para.links
    ]
    launch = frozenset(ctx.cues.get("strike_launch_verbs", ()))  # not "X condemned bombs"
    top = token
    verbs = [c for c in top.children if c.dep_ == "acl"]
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "NOUN":
        top = top.head.head  # "a series of barrel bombs"
        verbs.extend(c for c in top.children if c.dep_ == "acl")
    if top.dep_ in ("nsubj", "nsubjpass", "dobj") and top.head.pos_ == "VERB":
        verbs.append(top.head)  # the parse may make "dropped by" the clause's own verb
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "agent":
                owners.extend(e for g in child.children for e in ctx.ents(para, g))
            elif child.dep_ == "nsubj" and top.dep_ == "dobj" and verb.lemma_.lower() in launch:
                owners.extend(ctx.ents(para, child))  # "government forces fired shells"
    return [o for o in owners if not ctx.etype_in(o, _PLACES)]


def _told(ctx: ArticleContext, target: str, para: Paragraph, verb: Any) -> bool:
    """The sentence already has an attack on ``target`` (by whomever): it named its striker."""
    span = ctx.sentence_span(para, verb)
    return any(
        c.sentence == span and c.predicate is Predicate.ATTACKED and c.object == target
        for c in ctx.claims
    )
