"""Bans of an activity: "the government banned Labour Day rallies in Cairo", "authorities
imposed a ban on street demonstrations", "put a ban on travel for people held in quarantine" -> the
banner sanctioned (CAMEO 172, exported as ``sanctioned``) the people the ban falls on when the
text names them ("for students", "by the opposition"), else the activity, an Event node of its
article labelled as written ("Labour Day rallies"; a bare "protests" is a kind of act, no node).

Only a ban that is imposed: the verb itself, or the noun under a verb of imposing ("impose",
"put", "announce"); "lifted the ban on protests", "called for a ban on rallies" and "the ban
was lifted" make none here (the lexicon reads concessions and requests). A ban on a named actor
("banned the Muslim Brotherhood") is the trigger lexicon's. Words are data (``activity_bans``
in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, subjects_of
from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

# CAMEO 172: impose administrative sanctions (a ban; exported as sanctioned)
_BAN = "172"
# the modifiers in front of the activity that are part of its label ("Labour Day rallies")
_MODIFIERS = ("compound", "amod", "nmod", "nummod")


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The ban verbs and nouns (the stage's cue words)."""
    words = lx.cues["activity_bans"]
    return [*words["verbs"], *words["nouns"]]


def activity_bans(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """sanctioned claims from the one who bans an activity to the people it falls on, else
    to the activity as an Event node."""
    words = {k: frozenset(v) for k, v in ctx.cues["activity_bans"].items() if k[0] != "_"}
    for i in para.hits(ctx.word_set(cue_words)):
        tok = para.tokens[i]
        found = _ban(ctx, para, tok, words)
        if found is None:
            continue
        verb, banners, acts = found
        banners = [b for b in dict.fromkeys(banners) if ctx.etype_in(b, ACTOR_TYPES)]
        if not banners:
            continue
        status = qualifiers.status(ctx, verb, verb)
        date = qualifiers.date(ctx, para, verb, verb, status)
        for act in acts:
            if any(ctx.etype_in(e, ACTOR_TYPES) for e in actors_of(ctx, para, act)):
                continue  # a ban on a named actor: the trigger lexicon's
            heads = [act, tok] if tok.pos_ == "NOUN" else [act]
            objects = [
                e
                for e in _people(ctx, para, heads, words)
                if e not in banners and not ctx.etype_in(e, _NOT_BANNED)
            ]
            if not objects:
                node = _node(ctx, para, act)
                if node is None:
                    continue  # "bans protests": no one activity, no one banned
                objects = [node]
            yield from ctx.pair_drafts(
                para,
                verb,
                banners,
                Predicate.COERCED,
                objects,
                status=status,
                date=date,
                cameo=_BAN,
            )


_NOT_BANNED = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})


def _ban(
    ctx: ArticleContext, para: Paragraph, tok: Any, words: dict[str, frozenset[str]]
) -> tuple[Any, list[str], list[Any]] | None:
    """The clause's verb, the banners and the activity nouns of a ban at ``tok``: a ban verb
    with the activity its object ("banned rallies", "rallies were banned by X"), or a ban
    noun under a verb of imposing with the activity after "on" ("imposed a ban on
    protests"); None for anything else ("banned substances", "lifted the ban")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in words["verbs"]:
        verb = tok
        if tok.dep_ == "amod":
            return None  # "banned substances", "the banned group"
        objects = [k for k in para.children(verb) if k.dep_ in ("dobj", "nsubjpass")]
        if any(k.dep_ == "prep" and k.lower_ == "from" for k in para.children(verb)):
            return None  # "banned her from politics": a ban on someone, the lexicon's
    elif tok.pos_ == "NOUN" and lemma in words["nouns"] and tok.dep_ == "dobj":
        verb = tok.head
        if verb.lemma_.lower() not in words["imposing_verbs"]:
            return None  # "lifted the ban", "called for a ban"
        ons = [k for k in para.children(tok) if k.dep_ == "prep" and k.lower_ == "on"]
        ons += [k for k in para.children(verb) if k.dep_ == "prep" and k.lower_ == "on"]
        objects = [p for on in ons for p in para.children(on) if p.dep_ == "pobj"]
    else:
        return None
    objects += para.conj_kids(objects)
    acts = [
        o
        for o in objects
        if o.pos_ == "NOUN" and o.lemma_.lower() in words["activities"] and o.dep_ != "compound"
    ]
    if not acts:
        return None
    if any(k.dep_ == "auxpass" for k in para.children(verb)):
        banners = [
            e
            for agent in para.children(verb)
            if agent.dep_ == "agent"
            for p in para.children(agent)
            if p.dep_ == "pobj"
            for e in actors_of(ctx, para, p)
        ]
    else:
        banners = subjects_of(ctx, para, verb)
    return verb, banners, acts


def _people(
    ctx: ArticleContext, para: Paragraph, heads: list[Any], words: dict[str, frozenset[str]]
) -> list[str]:
    """The people a ban falls on, after a preposition of ``people_preps`` on the activity or
    the ban noun ("protests by students", "a ban on travel for foreign workers"), or the
    people a clause after a plain noun of ``generic_people`` sets apart ("for people held in
    quarantine")."""
    generic = words["generic_people"]
    found: list[str] = []
    for head in heads:
        for prep in para.children(head):
            if prep.dep_ != "prep" or prep.lower_ not in words["people_preps"]:
                continue
            for p in para.children(prep):
                if p.dep_ != "pobj":
                    continue
                named = actors_of(ctx, para, p)
                if not named and prep.lower_ == "for" and p.lemma_.lower() in generic:
                    named = _set_apart(ctx, para, p)
                found += named
    return found


def _set_apart(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """A Group node of plain people a participle or relative clause sets apart, labelled as
    written ("people held in quarantine", "those who travelled abroad"); none without one."""
    clause = [c for c in para.children(noun) if c.dep_ in ("acl", "relcl") and c.i > noun.i]
    if not clause:
        return []
    last = max(t.i for t in clause[0].subtree)
    if last - noun.i > 8:
        return []
    label = para.text[noun.idx : para.tokens[last].idx + len(para.tokens[last].text)]
    mention = SpanMention(noun.i, last + 1, label, "NORP", canonical=label, scoped=True)
    ctx.resolver.add_vote(label, EntityType.GROUP, 3)
    return [ctx.record_aside(para, mention, label)]


def _node(ctx: ArticleContext, para: Paragraph, act: Any) -> str | None:
    """The article's Event node of the banned activity, labelled by its noun and the
    modifiers in front of it ("Labour Day rallies", "public gatherings"); None for a bare
    noun ("bans protests and gatherings", "a ban on travel"), a kind of act and no one
    event."""
    mods = [c for c in para.children(act) if c.i < act.i and c.dep_ in _MODIFIERS]
    if not mods:
        return None
    first = min((t.i for m in mods for t in m.subtree), default=act.i)
    while first < act.i and para.tokens[first].dep_ in ("det", "predet", "punct"):
        first += 1
    label = para.text[para.tokens[first].idx : act.idx + len(act.text)]
    mention = SpanMention(first, act.i + 1, label, "EVENT", canonical=label, scoped=True)
    ctx.resolver.add_vote(label, EntityType.EVENT, 3)
    return ctx.record_aside(para, mention, label)
