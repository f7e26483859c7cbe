"""Custody told by its noun: "the captain was in police custody", "he died in Egyptian
custody", "was taken into custody by the police", "police took three men into custody" ->
the holder sanctioned the one held (CAMEO 173, a detention, exported as ``sanctioned``).

The holder is written on the noun ("police custody", "Egyptian custody", "the custody of the
army"), in a "by" phrase, or as the subject of an active verb of taking ("police took X into
custody"); only a state holds (a country or a body or force of ``state_sectors``), so "child
custody", "a custody battle" and "in the custody of his grandmother" make none. Words are data
(``custody_nouns`` in ``kg/data/en/cues.json``); holding verbs with a place of custody are
``custody_holds``'.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import assaults, custody_holds
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.vocab import EntityType, Predicate

# the detention's CAMEO code and the kinds of node that can be held, as for a holding verb
_DETENTION = custody_holds.DETENTION
_HELD_TYPES = custody_holds.HELD_TYPES


def cue_words(lx: Lexicon) -> list[str]:
    """The custody nouns' lemmas, the words this stage starts from."""
    words: list[str] = lx.cues["custody_nouns"]["nouns"]
    return words


def custody_nouns(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """sanctioned claims from the holder of someone "in" or taken "into" custody."""
    words = {k: frozenset(v) for k, v in ctx.cues["custody_nouns"].items() if k[0] != "_"}
    nouns = words["nouns"]
    holding = frozenset(custody_holds.cue_words(ctx.lx))
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.dep_ != "pobj":
            continue
        prep = noun.head
        if prep.lower_ not in ("in", "into") or prep.dep_ != "prep":
            continue
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in holding:
            continue  # "held in custody": custody_holds
        lemma = verb.lemma_.lower()
        kids = para.children(verb)
        passive = any(k.dep_ == "auxpass" for k in kids)
        if prep.lower_ == "into" and lemma not in words["taking_verbs"]:
            continue
        if prep.lower_ == "in" and lemma not in words["being_verbs"] | words["taking_verbs"]:
            continue
        if lemma in words["taking_verbs"] and not passive:
            held_nouns = [k for k in kids if k.dep_ == "dobj"]
        else:
            held_nouns = [k for k in kids if k.dep_ in ("nsubj", "nsubjpass")]
        held_nouns += para.conj_kids(held_nouns)
        holders = _written_holders(ctx, para, noun, verb)
        if not holders and lemma in words["taking_verbs"] and not passive:
            holders = subjects_of(ctx, para, verb)
        holders = [h for h in dict.fromkeys(holders) if _state(ctx, h)]
        held = [
            e
            for n in held_nouns
            for e in _held(ctx, para, n, verb)
            if ctx.etype_in(e, _HELD_TYPES) and e not in holders
        ]
        if not holders or not held:
            continue
        trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.COERCED, _DETENTION)
        yield from emit(ctx, para, verb, verb, trigger, holders, held, confidence=0.7)


def _held(ctx: ArticleContext, para: Paragraph, noun: Any, verb: Any) -> list[str]:
    """Whom the one held stands for: its own node, or, for the pronoun of a relative clause,
    what the clause is about ("Ahmed Hassan, who was in police custody")."""
    if noun.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return ctx.antecedent(para, verb.head)
    return actors_of(ctx, para, noun)


def _written_holders(ctx: ArticleContext, para: Paragraph, noun: Any, verb: Any) -> list[str]:
    """The holders the custody noun or its verb names: a modifier ("police custody",
    "Egyptian custody", "Iran's custody"), an "of" phrase ("the custody of the army") or a
    "by" phrase on the verb or the noun ("taken into custody by police")."""
    found: list[str] = []
    for mod in para.children(noun):
        if mod.i < noun.i and mod.dep_ in ("compound", "amod", "nmod", "poss"):
            found += ctx.ents(para, mod, adjectives=True) or actors_of(ctx, para, mod)
    bys = [k for k in para.children(verb) if k.dep_ == "agent"]
    bys += [k for k in para.children(verb) if k.dep_ == "prep" and k.lower_ == "by"]
    bys += [k for k in para.children(noun) if k.dep_ == "prep" and k.lower_ in ("by", "of")]
    for by in bys:
        for obj in para.children(by):
            if obj.dep_ == "pobj":
                found += actors_of(ctx, para, obj)
    return found


def _state(ctx: ArticleContext, label: str) -> bool:
    """Whether the holder is a state's: a country, or a body or force of a state sector
    (police, army, government, court); a person, a family or an armed group is not ("in
    the custody of his grandmother", "in Islamic State custody")."""
    if ctx.etype_is(label, EntityType.COUNTRY):
        return True
    code = assaults.sector(ctx, label)
    return code is not None and code in ctx.cues["state_sectors"]["codes"]


def taken_into(ctx: ArticleContext, para: Paragraph, verb: Any) -> Trigger | None:
    """The detention a verb of taking tells with a custody noun after "in" or "into" on it
    ("was taken into custody on Monday", "was remanded in custody", for
    ``kg/extract/custody_passives.py``), else None."""
    words = ctx.cues["custody_nouns"]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["taking_verbs"]:
        return None
    for prep in para.children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "into"):
            continue
        for noun in para.children(prep):
            if noun.dep_ == "pobj" and noun.lemma_.lower() in words["nouns"]:
                return Trigger(noun.lemma_.lower(), "NOUN", Predicate.COERCED, _DETENTION)
    return None
