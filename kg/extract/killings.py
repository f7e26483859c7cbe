"""Who killed whom when no verb has the killer as subject and the victim as object: killer
titles ("Kennedy's assassin, Lee Harvey Oswald", "King assassin James Earl Ray"), legal
findings ("Adamson, convicted of murdering Don Bolles", "suspected of the assassination of
King"), agents of a killing noun ("the assassination of Franz Ferdinand by Gavrilo Princip"),
weapons ("Oswald fired the shots that killed Kennedy") and orders ("murdered on the orders of
Pizarro") -> attacked. Word lists are data
(``kg/data/en/killings.json``; killer titles from ``titles.json``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.language import data_file, reading_language
from kg.vocab import EntityType, Predicate, Status


@dataclass(frozen=True, slots=True)
class KillWords:
    """The word lists of ``kg/data/en/killings.json``."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    assassination: frozenset[str]
    culpability: dict[str, Status]
    weapons: frozenset[str]
    orders: frozenset[str]


@cache
def _data(language: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(data_file("killings.json", language).read_text("utf-8"))
    return data


def kill_words() -> KillWords:
    """The killing word lists of the language being read."""
    return _kill_words(reading_language())


@cache
def _kill_words(language: str) -> KillWords:
    data = _data(language)
    return KillWords(
        verbs=frozenset(data["kill_verbs"]),
        nouns=frozenset(data["kill_nouns"]),
        assassination=frozenset(data["assassination_words"]),
        culpability={k: Status(v) for k, v in data["culpability"].items()},
        weapons=frozenset(data["weapons"]),
        orders=frozenset(data["order_nouns"]),
    )


@dataclass(frozen=True, slots=True)
class AssaultWords:
    """The assault word lists of ``kg/data/en/killings.json``."""

    harm_verbs: frozenset[str]
    fight_nouns: frozenset[str]
    fight_frames: frozenset[str]
    span_nouns: frozenset[str]
    order_verbs: frozenset[str]
    under_nouns: frozenset[str]
    under_verbs: frozenset[str]
    weapon_modifiers: frozenset[str]
    force_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    target_sectors: frozenset[str]
    group_heads: frozenset[str]
    claim_verbs: dict[str, str]  # verb -> status of the attack claimed ("deny": denied)
    claim_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    owned_targets: frozenset[str]
    insurgency_nouns: frozenset[str]
    wage_verbs: frozenset[str]
    region_words: frozenset[str]
    onset_verbs: frozenset[str]  # "killed since the group began its offensive" (atk41)
    onset_marks: frozenset[str]
    added_victims: frozenset[str]  # "soldiers, in addition to 26 civilians, were killed"
    death_nouns: frozenset[str]  # "the death of X in a US raid" (atk41)
    fall: dict[str, list[str]]  # "Ramadi fell to X", "fell into the hands of X"


def assault_words() -> AssaultWords:
    """The assault word lists of the language being read."""
    return _assault_words(reading_language())


@cache
def _assault_words(language: str) -> AssaultWords:
    data = _data(language)["assaults"]
    lists: dict[str, Any] = {
        k: dict(v) if isinstance(v, dict) else frozenset(v)
        for k, v in data.items()
        if not k.startswith("_")
    }
    return AssaultWords(**lists)


def killings(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from killer titles, legal findings, "the killing of X by Y" and
    weapons that kill."""
    words = kill_words()
    killers = killer_words(ctx.lx.roles)
    lemmas, poses, deps = para.lemmas, para.poses, para.deps
    for token in para.tokens:
        if token.i in para.links:
            continue
        lemma = lemmas[token.i]
        if lemma in killers:  # whatever the tagger said ("Gandhi assassin Singh" as a verb)
            victims = _victims(ctx, para, _title_victims(token)) or _sentence_victim(
                ctx, para, token
            )
            for killer in _titled_killers(ctx, para, token):
                for victim in victims:
                    yield from _claim(ctx, para, token, killer, victim, Status.OCCURRED)
        elif lemma in words.culpability:
            for killer in _culprits(ctx, para, token):
                for word, victim in _victims_of_killing(ctx, para, token):
                    yield from _claim(ctx, para, word, killer, victim, words.culpability[lemma])
        elif lemma in words.nouns and poses[token.i] == "NOUN":
            for agent in _by_agents(ctx, para, token):
                for victim in _victims(ctx, para, _noun_victims(token)):
                    yield from _claim(ctx, para, token, agent, victim, Status.OCCURRED)
        elif lemma in words.weapons and deps[token.i] in ("dobj", "nsubjpass"):
            yield from _weapon(ctx, para, token)
        if lemma in words.verbs and poses[token.i] == "VERB":
            yield from _ordered(ctx, para, token)
            yield from _stray_agent(ctx, para, token)


# the lexicon's one-word killer titles, by the roles table they come from (made once)
_KILLERS: dict[int, tuple[dict[str, Predicate], frozenset[str]]] = {}


def killer_words(roles: dict[str, Predicate]) -> frozenset[str]:
    """The one-word role nouns that name an attacker ("gunman", "bomber"), kept per role
    table."""
    held = _KILLERS.get(id(roles))
    if held is None or held[0] is not roles:
        found = frozenset(k for k, p in roles.items() if p is Predicate.ATTACKED and " " not in k)
        held = _KILLERS[id(roles)] = (roles, found)
    return held[1]


def _claim(
    ctx: ArticleContext, para: Paragraph, token: Any, killer: str, victim: str, status: Status
) -> Iterator[Draft]:
    if killer == victim:
        return
    cameo = "186" if token.lemma_.lower() in kill_words().assassination else "1823"
    date = qualifiers.date(ctx, para, token, token, status)
    yield replace(
        ctx.draft(para, token, killer, Predicate.ATTACKED, victim, 0.8),
        status=status,
        cameo=cameo,
        date=date,
    )


def _people(ctx: ArticleContext, para: Paragraph, tokens: list[Any]) -> list[str]:
    """People the tokens name (victims of a killing are people)."""
    found = [e for t in tokens for e in ctx.ents(para, t)]
    return [e for e in dict.fromkeys(found) if ctx.etype_is(e, EntityType.PERSON)]


_NOT_VICTIMS = (EntityType.ORGANIZATION, EntityType.CITY, EntityType.PLACE)


def _victims(ctx: ArticleContext, para: Paragraph, tokens: list[Any]) -> list[str]:
    """People a killing names as its victims. The victim of an assassin or a murder is a
    person: a one-word name the model took for an organisation or a town ("the assassin of
    Lincoln", "the murder of Palme") is voted one."""
    for token in tokens:
        label = para.links.get(token.i)
        if (
            label is not None
            and token.pos_ == "PROPN"
            and " " not in label
            and ctx.etype_in(label, _NOT_VICTIMS)
            and ctx.lx.lookup(label) is None
            and not token.text.isupper()  # "the killing of UNICEF staff": an acronym
        ):
            ctx.resolver.add_vote(label, EntityType.PERSON, 3)
    return _people(ctx, para, tokens)


def _titled_killers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who a killer title names: the name it is a compound of ("assassin Lee Harvey Oswald"),
    its apposition either way, the name right after its comma ("Kennedy's assassin, Lee
    Harvey Oswald", however the parser attached it), or the subject of "X was the assassin
    of Y"."""
    candidates = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ in ("compound", "appos") and noun.head.i > noun.i:
        candidates.append(noun.head)
    if noun.dep_ == "appos":
        candidates.append(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        candidates += [c for c in noun.head.children if c.dep_ == "nsubj"]
    tokens = para.tokens
    nxt = noun.i + 1
    if nxt < len(tokens) and tokens[nxt].text == ",":
        nxt += 1
    if nxt < len(tokens) and tokens[nxt].i in para.links and tokens[nxt].dep_ != "poss":
        candidates.append(tokens[nxt])
    return _people(ctx, para, candidates)


def _title_victims(noun: Any) -> list[Any]:
    """The victim of a killer title: its owner or a name before it ("Kennedy's assassin",
    "King assassin") or its "of" object ("the assassin of King")."""
    # "his assassin" names no victim; "McKinley's assassin Czolgosz": the owner hangs on the
    # name the title is a compound of
    owners = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    found = [
        c
        for owner in owners
        for c in owner.children
        if c.dep_ in ("poss", "compound", "nmod") and c.i < noun.i and c.pos_ != "PRON"
    ]
    return found + prep_objects(noun, ("of",))


def _sentence_victim(ctx: ArticleContext, para: Paragraph, title: Any) -> list[str]:
    """ "after the murder of Anna Lindh ... Mijailovic was the killer": a killer title that
    names no victim is about the one person a killing noun of its sentence names."""
    nouns = kill_words().nouns
    found = {
        victim
        for noun in title.sent
        if noun.lemma_.lower() in nouns and noun.pos_ == "NOUN"
        for victim in _victims(ctx, para, _noun_victims(noun))
    }
    return list(found) if len(found) == 1 else []


def _culprits(ctx: ArticleContext, para: Paragraph, word: Any) -> list[str]:
    """Who a legal word is said of: the subject of "X was convicted", "X is serving", "X
    pleaded guilty", the object of "a jury convicted X of ..." (then not the jury), or the
    name it modifies ("Adamson, convicted of ...")."""
    convicted = _people(ctx, para, [c for c in word.children if c.dep_ == "dobj"])
    if convicted and word.pos_ == "VERB":
        return convicted
    heads = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")]
    if word.dep_ in ("acl", "amod", "relcl", "appos") and word.head.i in para.links:
        # "Adamson, convicted of ...", "Oswald, the only suspect in Kennedy's assassination"
        heads.append(word.head)
    if word.dep_ in ("acomp", "oprd"):  # "Y was found guilty of", "X pleaded guilty to"
        heads += [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not heads and word.dep_ == "relcl":
        return [e for e in ctx.antecedent(para, word.head) if ctx.etype_is(e, EntityType.PERSON)]
    tokens = para.tokens
    if not heads and word.tag_ == "VBN" and word.i >= 2 and tokens[word.i - 1].text == ",":
        heads.append(tokens[word.i - 2])  # "Adamson, convicted of ...", however it is parsed
    return _people(ctx, para, heads)


def _victims_of_killing(ctx: ArticleContext, para: Paragraph, word: Any) -> list[tuple[Any, str]]:
    """(killing word, victim) named under a legal word's "of/for/with/to/in" phrase: "of
    murdering X", "for the murder of X", "with the killing of X", "pleaded guilty to killing
    X", "arrested in the assassination of X"; the phrase may hang on the convicted
    ("convicted the sniper of killing X")."""
    words = kill_words()
    found: list[tuple[Any, str]] = []
    owners = [word, *(c for c in word.children if c.dep_ == "dobj")]
    for prep in (
        c
        for owner in owners
        for c in owner.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "with", "to", "in")
    ):
        for obj in prep.children:
            lemma = obj.lemma_.lower()
            if obj.dep_ == "pcomp" and lemma in words.verbs:
                victims = [c for c in obj.children if c.dep_ == "dobj"]
            elif obj.dep_ == "pobj" and lemma in words.nouns:
                victims = _noun_victims(obj)
            else:
                continue
            found += [(obj, v) for v in _victims(ctx, para, victims)]
    return found


def _noun_victims(noun: Any) -> list[Any]:
    """The victim of a killing noun: "the murder of X", "X's murder"."""
    dates = [p for p in prep_objects(noun, ("in", "on")) if p.like_num or p.ent_type_ == "DATE"]
    # "the assassination in 1914 of X": the parser hangs "of X" on the date
    return [
        *(c for c in noun.children if c.dep_ == "poss"),
        *prep_objects(noun, ("of",)),
        *(p for d in dates for p in prep_objects(d, ("of",))),
    ]


def _by_agents(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The agent of a killing noun: "the assassination of X by Y"."""
    # the parser often hangs "by Y" on the victim: "the assassination of X by Y"
    return _people(
        ctx,
        para,
        [
            *prep_objects(noun, ("by",)),
            *(a for v in prep_objects(noun, ("of",)) for a in prep_objects(v, ("by",))),
        ],
    )


def _weapon(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "Y fired the shots that killed X": the subject of the verb governing the weapon
    killed the objects of the weapon's relative clause."""
    words = kill_words()
    verb = noun.head
    killers = _people(ctx, para, [c for c in verb.children if c.dep_ == "nsubj"])
    for rel in (c for c in noun.children if c.dep_ == "relcl"):
        if not any(
            c.dep_ == "nsubj" and c.lower_ in ctx.lx.words.relative_pronouns for c in rel.children
        ):
            continue
        # "the shots that wounded and killed X": the verbs share the relative subject
        kills = [
            v
            for v in (rel, *(c for c in rel.children if c.dep_ == "conj"))
            if v.lemma_.lower() in words.verbs
        ]
        objects = [c for v in (rel, *kills) for c in v.children if c.dep_ == "dobj"]
        if not kills:
            continue
        victims = _people(ctx, para, objects)
        for killer in killers:
            for victim in victims:
                yield from _claim(ctx, para, kills[0], killer, victim, Status.OCCURRED)


def _ordered(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "X was murdered on the orders of Y", "killed on Y's orders": whoever ordered the
    killing attacked its victim (the passive subject)."""
    words = kill_words()
    victims = _people(ctx, para, [c for c in verb.children if c.dep_ == "nsubjpass"])
    if not victims:
        return
    bosses = [
        owner
        for order in prep_objects(verb, ("on", "at", "under"))
        if order.lemma_.lower() in words.orders or order.lower_ in words.orders
        for owner in (
            *(c for c in order.children if c.dep_ == "poss"),
            *prep_objects(order, ("of",)),
        )
    ]
    found = dict.fromkeys(e for t in bosses for e in ctx.ents(para, t))
    actors = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP)
    for boss in (e for e in found if ctx.etype_in(e, actors)):  # "on the orders of the junta"
        for victim in victims:
            yield from _claim(ctx, para, verb, boss, victim, Status.OCCURRED)


def _stray_agent(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Lennon was shot to death in the courtyard of his building by Mark David Chapman":
    a passive killing with no agent of its own, whose "by" the parser hung on a noun of its
    place phrase; the person named there killed the victim."""
    if any(c.dep_ == "agent" for c in verb.children):
        return  # the verb rules read a real agent
    victims = _people(ctx, para, [c for c in verb.children if c.dep_ == "nsubjpass"])
    if not victims:
        return
    agents = []
    for place in prep_objects(verb, ("in", "at", "on")):
        hosts = [t for t in place.subtree if t.pos_ in ("NOUN", "PROPN")]
        agents += [p for n in hosts for p in prep_objects(n, ("by",)) if p.pos_ == "PROPN"]
    for killer in _people(ctx, para, agents):
        for victim in victims:
            yield from _claim(ctx, para, verb, killer, victim, Status.OCCURRED)
