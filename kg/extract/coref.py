"""Coreference without a neural model: definite titles and pronouns linked to the
entities they stand for, so that relations found on them attach to the right node.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.vocab import EntityType, Predicate

_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})


def _is_the_two(token: Any) -> bool:
    """ "the two" standing alone as a noun phrase (not "the two leaders")."""
    return (
        token.lower_ == "two"
        and token.dep_ in ("pobj", "nsubj", "dobj", "conj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def link_titles(ctx: ArticleContext, para: Paragraph) -> None:
    """Definite titles ("the Russian leader", "Russia's president") -> the role holder."""
    for token in para.tokens:
        if token.i in para.links or token.lemma_.lower() not in ctx.lx.roles:
            continue
        if ctx.lx.roles[token.lemma_.lower()] is not Predicate.LEADER_OF:
            continue
        country = None
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in para.links:
                label = para.links[child.i]
                if ctx.etype(label) is EntityType.COUNTRY:
                    country = label
        has_det = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        poss = any(c.dep_ == "poss" for c in token.children)
        if country is None or not (has_det or poss) or token.tag_ in ("NNS", "NNPS"):
            continue
        holder = ctx.role_holders.get((Predicate.LEADER_OF, country)) or _gazetteer_holder(
            ctx, country
        )
        if holder is not None:
            para.links[token.i] = holder
            ctx.reference(para, token, holder, "title")


def _gazetteer_holder(ctx: ArticleContext, country: str) -> str | None:
    for entry in ctx.lx.entries:
        for role in entry.roles:
            if role.predicate is Predicate.LEADER_OF and role.object == country:
                return entry.label
    return None


def link_pronouns(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """He/she/his/her -> the most recent person, preferring a subject, in the paragraph
    (or the last person subject of the paragraph before when the paragraph has none)."""
    carry: str | None = None
    for para in paras:
        last_person: str | None = None
        last_subject: str | None = None
        sent_subject: dict[int, str] = {}
        recent: list[str] = []  # persons, most recent last
        for token in para.tokens:
            label = para.links.get(token.i)
            if label is None and _is_the_two(token) and len(set(recent)) >= 2:
                # "a meeting between the two": the last two people named
                pair = list(dict.fromkeys(reversed(recent)))[:2]
                para.groups[token.i] = pair
                continue
            if label is not None and ctx.etype(label) is EntityType.PERSON:
                recent.append(label)
                last_person = label
                if token.dep_ in ("nsubj", "nsubjpass"):
                    last_subject = label
                    sent_subject[token.sent.start] = label
                continue
            if token.lower_ in _PRONOUNS and token.pos_ == "PRON":
                target = sent_subject.get(token.sent.start) or last_subject or last_person
                target = target or carry
                if target is not None:
                    para.links[token.i] = target
                    ctx.reference(para, token, target, "pronoun")
        carry = last_subject or last_person or carry
