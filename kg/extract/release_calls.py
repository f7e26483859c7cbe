"""Calls for the release of someone held: "Police detained 30 activists. Amnesty called for
their release", "Brazil demanded the release of Anez" after "Bolivia arrested Anez" -> the
caller requested the release from whoever the article says holds them (CAMEO 0253 appeal,
1053 demand for the release of persons). The holder is the doer of the last arrest,
detention, sentence or abduction of that person told before; a call naming its addressee
("the release of X by Y") is the trigger lexicon's. Words: ``release_calls`` of
``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.event_coref import events_before
from kg.extract.interactions import subjects_of
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate, Status

_APPEAL = "0253"  # CAMEO "appeal for release of persons or property"
_DEMAND = "1053"  # CAMEO "demand release of persons or property"
_HOLDING = frozenset({Predicate.COERCED, Predicate.ATTACKED})
_TAKING = "181"  # CAMEO abduction, hostage taking: the only attacks that hold someone


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The release nouns (the stage's cues)."""
    nouns: list[str] = lx.cues["release_calls"]["nouns"]
    return nouns


def release_calls(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """requested claims from a call for the release of someone held to their holder."""
    words = ctx.cues["release_calls"]
    for para in paras:
        for i in para.hits(ctx.word_set(cue_words)):
            noun = para.tokens[i]
            verb = _calling_verb(noun, words)
            if verb is None or noun.pos_ != "NOUN":
                continue
            if any(c.dep_ == "agent" or c.lower_ == "by" for c in noun.children):
                continue  # "the release of X by Y": the lexicon's trigger names Y
            cameo = _DEMAND if verb.lemma_.lower() in words["demand_verbs"] else _APPEAL
            status = qualifiers.status(ctx, verb, verb)
            where = para.offset + noun.sent.start_char
            callers = subjects_of(ctx, para, verb)
            for held, holder in _holds(ctx, para, noun, callers, where):
                for caller in callers:
                    if caller in (holder, held):
                        continue
                    draft = ctx.draft(para, verb, caller, Predicate.REQUESTED, holder, 0.6)
                    yield replace(draft, status=status, cameo=cameo)


def _calling_verb(noun: Any, words: dict[str, Any]) -> Any | None:
    """The verb that calls for the release: its object ("demanded their release") or, through
    a preposition, its "for" object ("called for his release", "pressed for the release")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in words["verbs"]:
        return head
    if noun.dep_ == "pobj" and head.lower_ in words["preps"]:
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in words["verbs"]:
            return verb
    return None


def _released(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who is to be released: the noun's owner ("their release", "Anez's release") or its
    "of" object ("the release of the journalists")."""
    found: list[str] = []
    for child in noun.children:
        if child.dep_ == "poss":
            found.extend(ctx.ents(para, child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            found.extend(e for g in child.children if g.dep_ == "pobj" for e in ctx.ents(para, g))
    return list(dict.fromkeys(found))


def _holds(
    ctx: ArticleContext, para: Paragraph, noun: Any, callers: list[str], where: int
) -> list[tuple[str, str]]:
    """(held, holder) pairs: the one named to be released with the doer of their last
    holding told before the char offset ``where``. An owner pronoun the coreference leaves
    with no one held (unresolved, read as the caller or as another: "Amnesty called for
    their release", "the Pope appealed for his release") is the one last held, a person for
    "his"/"her", else a group."""
    holdings = [
        c
        for c in events_before(ctx, set(_HOLDING), where)
        if c.object is not None
        and c.status is Status.OCCURRED
        and (c.predicate is Predicate.COERCED or (c.cameo or "").startswith(_TAKING))
    ]
    named = [h for h in _released(ctx, para, noun) if h not in callers]
    found = [(h, c.subject) for h in named for c in holdings[::-1] if c.object == h][:1]
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if found or owner is None or not holdings:
        return found
    last = holdings[-1]
    person = ctx.etype_is(last.object or "", EntityType.PERSON)
    if person != (owner.lower_ in ctx.cues["release_calls"]["person_pronouns"]):
        return []
    return [(last.object or "", last.subject)]
