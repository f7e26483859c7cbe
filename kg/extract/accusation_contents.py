"""Accusations told by their content: an accusation noun whose maker is named and whose content
is a clause of wrongdoing ("Kenya's claims that Somalia harboured the gunmen", "allegations by
Amnesty that the army tortured detainees") or a wrong after "of" ("Palestinian accusations of
Israeli war crimes", "charges by Germany of spying by the US"): the maker criticises the one
the content accuses (PLOVER ACCUSE, CAMEO 112). The lexicon keys these nouns by an "against"
object only. Words are data (``accusation_contents`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.evaluations import wrongdoing
from kg.extract.interactions import actors_of, emit, owners_of, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.people import clause_doers
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status

_HOSTILE = frozenset({Predicate.ATTACKED, Predicate.COERCED, Predicate.THREATENED})


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The accusation nouns, singular and plural (the stage's cue words)."""
    for noun in lx.cues["accusation_contents"]["nouns"]:
        yield noun
        yield f"{noun}s"


def accusation_contents(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from a named maker to the one its accusation's content accuses."""
    words = ctx.cues["accusation_contents"]
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["nouns"]:
            continue
        trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.CRITICIZED, "112")
        # a claim of a hostile act may be a boast ("Kurdish claims that Peshmerga fighters
        # killed 30 militants"); an accusation or a complaint of one accuses its doer
        hostile = noun.lemma_.lower() in words["accusing"]
        accused = _clause_accused(ctx, para, noun, hostile) or _act_doers(
            ctx, para, noun, trigger, hostile
        )
        if not accused:
            continue
        makers = [m for m in _makers(ctx, para, noun, trigger, words) if m not in accused]
        # "allegations by X ... were denied": the denial is the accused's, the accusation made
        disputed = noun.head.lemma_.lower() in ctx.cues["evaluations"]["disputed"]["verbs"]
        for draft in emit(ctx, para, noun, noun, trigger, makers, accused, confidence=0.7):
            yield replace(draft, status=Status.OCCURRED) if disputed else draft


def _makers(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger, words: dict[str, Any]
) -> list[str]:
    """Who makes the accusation: the noun's owner ("Kenya's claims", "Palestinian claims",
    "accusations by Germany", "allegations made by X"), the actor "from" it ("complaints from
    the PFA"), or the subject of a verb that makes it ("Amnesty made allegations that ...")."""
    found = owners_of(ctx, para, noun, trigger)
    found += [e for p in prep_objects(noun, ("from",)) for e in actors_of(ctx, para, p)]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["making_verbs"]:
        found += subjects_of(ctx, para, noun.head)
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, ACTOR_TYPES)]


def _clause_accused(ctx: ArticleContext, para: Paragraph, noun: Any, hostile: bool) -> list[str]:
    """The doers of the noun's "that" clause when it tells a wrong ("claims that Israel
    committed war crimes", "allegations that the police tortured detainees"; a hostile act
    only when ``hostile``); a clause of no wrong ("claims that Iran is ready to talk")
    accuses no one."""
    found: list[str] = []
    for clause in para.children(noun):
        # (a "that" marking a relative clause is its subject or object, not its mark: the
        # parser may read a content clause as one, "filed a complaint that police beat him")
        if clause.dep_ not in ("acl", "ccomp", "relcl") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in para.children(clause)
        ):
            continue
        negated = any(c.dep_ == "neg" for c in para.children(clause))
        if negated or not _wrong(ctx, para, clause, hostile):
            continue
        found += [e for d in clause_doers(clause) for e in actors_of(ctx, para, d)]
    return found


def _wrong(ctx: ArticleContext, para: Paragraph, clause: Any, hostile: bool) -> bool:
    """Whether a clause tells a wrong: a verb of wrongdoing (``evaluations.wrong_verbs``), a
    hostile act of the lexicon ("shelled", "arrested": when ``hostile``), a wrong as its
    object ("committed war crimes") or the culprit's place behind a harm ("was behind the
    attack")."""
    if wrongdoing(clause, ctx.cues["evaluations"]):
        return True
    if hostile and _hostile(ctx, clause):
        return True
    verdicts = ctx.cues["verdict_words"]
    for child in para.children(clause):
        if child.dep_ in ("dobj", "attr") and _wrong_act(ctx, child):
            return True
        if child.dep_ == "prep" and child.lower_ in verdicts["culprit_preps"]:
            harms = prep_objects(clause, (child.lower_,))
            if any(h.lemma_.lower() in verdicts["culprit_nouns"] for h in harms):
                return True
    return False


def _wrong_act(ctx: ArticleContext, noun: Any) -> bool:
    """Whether a noun names a wrong one does: an act an accusation charges
    (``accusation_contents.acts``), an abuse, a fault or a word of negative verdict."""
    lemma = noun.lemma_.lower()
    return (
        lemma in ctx.cues["accusation_contents"]["acts"]
        or lemma in ctx.cues["abuse_nouns"]
        or lemma in ctx.cues["faults"]["nouns"]
        or lemma in ctx.cues["evaluations"]["negative"]
    )


def _hostile(ctx: ArticleContext, token: Any) -> bool:
    """Whether the lexicon reads the word as a hostile act (an attack, coercion, a threat)."""
    trigger = ctx.lx.triggers.match(token)
    return trigger is not None and trigger.predicate in _HOSTILE


def _act_doers(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger, hostile: bool
) -> list[str]:
    """The doer of the wrong after "of" ("accusations of Israeli war crimes", "allegations of
    espionage by China"; a hostile act only when ``hostile``). The parser may hang the "of"
    on the maker after "by" ("allegations by Amnesty of abuses by the army") and the doer's
    "by" on the accusation noun."""
    holders = [noun, *prep_objects(noun, ("by", "from"))]
    acts = [
        a
        for h in holders
        for a in prep_objects(h, ("of",))
        if _wrong_act(ctx, a) or (hostile and _hostile(ctx, a))
    ]
    found: list[str] = []
    for act in dict.fromkeys(acts):
        doers = owners_of(ctx, para, act, trigger)
        if not doers:
            # "charges by Germany of spying by the US": the doer's "by" after the act
            doers = [
                e
                for p in prep_objects(noun, ("by",))
                if p.i > act.i
                for e in actors_of(ctx, para, p)
            ]
        found += doers
    return list(dict.fromkeys(found))
