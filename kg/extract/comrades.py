"""Sides that fight side by side: "Hezbollah is fighting alongside government forces" -> the
subject supports the side it fights beside; "Syrian army forces alongside Hezbollah pushed X"
and "Hezbollah's presence alongside the Syrian army" -> the side named after the preposition
(or the owner of the presence) supports the one it is beside (supported, CAMEO 070: aid,
here military). Both sides must fight (a country, an armed group, an army or police
force): "shot dead alongside his bodyguard", "fleeing alongside the army" name no
comrades. Words are data (``comrades`` in ``kg/data/en/cues.json``) (gen39).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import assaults
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.harm_frames import phrase_objects
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The side-by-side prepositions (the stage's cues)."""
    preps: list[str] = lx.cues["comrades"]["preps"]
    return preps


def comrades(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims of one paragraph's side-by-side fighters."""
    words = ctx.cues["comrades"]
    verbs, nouns, cameo = frozenset(words["verbs"]), frozenset(words["nouns"]), words["cameo"]
    for i in para.hits(ctx.word_set(cue_words)):
        prep = para.tokens[i]
        if prep.dep_ != "prep":
            continue
        beside = _fighters(
            ctx, para, [p for p in para.children(prep) if p.dep_ == "pobj"], conjuncts=True
        )
        if not beside:
            continue
        head = prep.head
        trigger = Trigger(prep.lower_, "ADP", Predicate.SUPPORTED, cameo)
        if head.pos_ == "VERB" and head.lemma_.lower() in verbs and not _passive(head):
            # "Hezbollah is fighting alongside government forces": it joins their fight
            helpers = _fighters_of(ctx, subjects_of(ctx, para, head))
            helped = beside
            clause = head
        elif (
            head.pos_ in ("NOUN", "PROPN")
            and head.dep_ == "nsubj"
            and _fights(head.head, verbs | ctx.word_set(_attack_words))
        ):
            # "Syrian army forces alongside Hezbollah pushed the groups back"
            helpers, helped, clause = beside, _fighters(ctx, para, [head]), head.head
        elif head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
            # "its presence alongside the Syrian army in Syria"
            owners = [c for c in para.children(head) if c.dep_ == "poss"]
            helpers, helped, clause = _fighters(ctx, para, owners), beside, head
        else:
            continue
        helped = [e for e in helped if e not in helpers]
        if helpers and helped:
            yield from emit(ctx, para, clause, clause, trigger, helpers, helped, confidence=0.7)


def act_cue_words(lx: Lexicon) -> Iterable[str]:
    """The first words of the phrases that put a side beside an attack's subject."""
    phrases: list[str] = lx.cues["comrades"]["act_phrases"]
    return [p.split()[0] for p in phrases]


def comrade_acts(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "Syrian army forces alongside Hezbollah pushed the groups back", "Houthi rebels,
    along with units loyal to Saleh, stormed Aden", "Iraqi troops attacked Tikrit alongside
    Shia militias": the side beside the subject of an attack does what the subject's attack
    claims of that sentence say (the claims the earlier passes made, copied with the side as
    their subject). After the verb's object the phrase may add victims ("executed the
    soldiers along with their commander"): then only a place the object names is shared."""
    words = ctx.cues["comrades"]
    verbs = frozenset(words["verbs"]) | ctx.word_set(_attack_words)
    cues = ctx.word_set(act_cue_words)
    for para in paras:
        for i in para.hits(cues):
            found = _beside(para.tokens[i], words["act_phrases"])
            fight = None if found is None else _comrade_fight(found[0], verbs)
            if found is None or fight is None:
                continue
            verb, subjects = fight
            beside = _fighters(ctx, para, found[1], conjuncts=True)
            leaders = set(_fighters(ctx, para, subjects))
            hit = {e for c in verb.children if c.dep_ == "dobj" for e in ctx.ents(para, c)}
            after = any(c.dep_ == "dobj" and c.i < found[0].i for c in verb.children)
            span = ctx.sentence_span(para, verb)
            attacks = [
                c for c in ctx.claims if c.predicate is Predicate.ATTACKED and c.object is not None
            ]
            told = {(c.subject, c.object) for c in attacks}
            for claim in attacks:
                if claim.subject not in leaders or claim.sentence != span:
                    continue
                place = claim.object is None or ctx.etype_in(claim.object, PLACE_TYPES)
                if (place or after) and not (place and claim.object in hit):
                    # a place is shared only as what the verb hit ("pushed into" a place is
                    # territory the side's own claim may have read wrongly); after the object,
                    # only a place (the phrase may add victims)
                    continue
                for side in beside:
                    if side != claim.object and (side, claim.object) not in told:
                        told.add((side, claim.object))
                        yield replace(claim, subject=side)


def _beside(token: Any, phrases: list[str]) -> tuple[Any, list[Any]] | None:
    """(the preposition, the nouns after it) of a phrase of ``phrases`` that starts at the
    token ("alongside X", "along with X"; "together with X", where the parser hangs
    "together" on "with")."""
    prep = token.head if token.dep_ == "advmod" and token.head.dep_ == "prep" else token
    if prep.dep_ != "prep":
        return None
    nouns = phrase_objects(prep, phrases)
    return (prep, nouns) if nouns else None


def _comrade_fight(prep: Any, verbs: frozenset[str]) -> tuple[Any, list[Any]] | None:
    """(the attack verb, its subjects) of a side-by-side phrase on the verb's subject (or on
    the comma after it: "Houthi rebels, along with ...") or on the active verb itself."""
    head = prep.head
    if head.dep_ == "punct" and head.head.dep_ == "nsubj":
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "nsubj" and _fights(head.head, verbs):
        return head.head, [head]
    if head.pos_ == "VERB" and _fights(head, verbs):
        # "shelled and stormed the area, along with X": the conjunct shares its head's subject
        for node in (head, head.head) if head.dep_ == "conj" else (head,):
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if subjects:
                return head, subjects
    return None


def _attack_words(lx: Lexicon) -> Iterable[str]:
    """The lemmas of the trigger index's attacks ("pushed", "recaptured", "shelled")."""
    return (t.lemma for t in lx.triggers if t.predicate is Predicate.ATTACKED)


def _fights(verb: Any, verbs: frozenset[str]) -> bool:
    """An active verb of fighting or attack."""
    return verb.pos_ == "VERB" and not _passive(verb) and verb.lemma_.lower() in verbs


def _passive(verb: Any) -> bool:
    """A passive verb: "was shot dead alongside his bodyguard" has no comrades."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _fighters(
    ctx: ArticleContext, para: Paragraph, nouns: list[Any], conjuncts: bool = False
) -> list[str]:
    """The fighting sides the nouns name (and their conjuncts)."""
    found: list[str] = []
    for noun in nouns:
        found += ctx.ents(para, noun)
        if conjuncts:
            found += [e for c in para.children(noun) if c.dep_ == "conj" for e in ctx.ents(para, c)]
    return _fighters_of(ctx, found)


def _fighters_of(ctx: ArticleContext, labels: list[str]) -> list[str]:
    """The labels that name a side that fights."""
    return [e for e in dict.fromkeys(labels) if assaults.fighter(ctx, e)]
