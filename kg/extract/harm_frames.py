"""Victims harmed in an attack told beside the harm verb, not as its cause noun: "73 soldiers
have been killed since the group began its offensive" (a clause telling the attack's start, its
subject the attacker); and the people added to the victims ("in addition to 26 civilians").
Words are data (``assaults`` in ``kg/data/en/killings.json``).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.killings import assault_words


def onset_attackers(
    ctx: ArticleContext, para: Paragraph, verb: Any, attack_noun: Any, actors: Any
) -> list[str]:
    """The actors who began the attack a clause under the harm verb tells: "killed since the
    group began its offensive", "wounded after rebels launched an attack" -> the clause's
    subject, when its verb starts (``onset_verbs``) an attack noun (``attack_noun``) and the
    clause is marked as a time (``onset_marks``). ``actors`` reads a subject's actors."""
    words = assault_words()
    found: list[str] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in words.onset_verbs:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in words.onset_marks for c in clause.children):
            continue
        if not any(c.dep_ == "dobj" and attack_noun(ctx, c) for c in clause.children):
            continue
        found += [e for c in clause.children if c.dep_ == "nsubj" for e in actors(ctx, para, c)]
    return found


def added_victims(
    ctx: ArticleContext, para: Paragraph, verb: Any, subjects: list[Any], actors: Any
) -> list[str]:
    """The people the harm adds to its subject: "73 soldiers, in addition to 26 civilians,
    have been killed", "ten soldiers, including two officers, were killed" (``added_victims``
    words, on the subject or on the verb). ``actors`` reads a noun's actors."""
    words = assault_words().added_victims
    found: list[str] = []
    for head in (verb, *subjects):
        for prep in head.children:
            if prep.dep_ == "prep":
                found += [
                    e for noun in phrase_objects(prep, words) for e in actors(ctx, para, noun)
                ]
    return found


def phrase_objects(prep: Any, words: Collection[str]) -> list[Any]:
    """The objects of a chain of prepositions written as one of ``words``: "including X",
    "in addition to X", "along with X" (at most three words deep); "together with X" too,
    where the parser hangs "together" on "with"."""
    lead = [c.lower_ for c in prep.children if c.dep_ == "advmod" and c.i == prep.i - 1]
    phrase, node = [*lead, prep.lower_], prep
    for _ in range(3):
        objects = [c for c in node.children if c.dep_ == "pobj"]
        if " ".join(phrase) in words:
            return objects
        if objects:
            node = objects[0]
            phrase.append(node.lower_)
        nxt = next((c for c in node.children if c.dep_ == "prep"), None)
        if nxt is None:
            return []
        phrase.append(nxt.lower_)
        node = nxt
    return []


def of_whom(noun: Any) -> list[Any]:
    """The people a death noun is of: "the death of X", "of a senior figure, his son and
    other fighters", "of its commander X" (the "of" object, its appositions and conjuncts)."""
    found: list[Any] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for p in prep.children:
            if p.dep_ == "pobj":
                found.append(p)
    # the parser hangs a list after the first one on the noun ("death of X, his son")
    found += [c for c in noun.children if c.dep_ == "appos"]
    more = [c for f in found for c in f.children if c.dep_ in ("appos", "conj")]
    more += [c for m in more for c in m.children if c.dep_ == "conj"]
    return list(dict.fromkeys([*found, *more]))
