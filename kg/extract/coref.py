"""Coreference without a neural model: definite titles and pronouns linked to the
entities they stand for, so that relations found on them attach to the right node.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.vocab import EntityType, Predicate


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
        leader = ctx.lx.roles[token.lemma_.lower()] is Predicate.LEADER_OF
        country = None
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in para.links:
                label = para.links[child.i]
                if ctx.etype(label) is EntityType.COUNTRY:
                    country = label
        if token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children):
            continue  # "Cyril Ramaphosa, South Africa's president": a role, not a reference
        has_det = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        poss = any(c.dep_ == "poss" for c in token.children)
        if not (has_det or poss) or token.tag_ in ("NNS", "NNPS"):
            continue
        if country is None or not leader:
            # "the president", "the minister": the one the article named with that title
            bare = (
                has_det
                and not poss
                and not any(
                    c.dep_ in ("amod", "compound") and c.i in para.links for c in token.children
                )
            )
            holder = _named_before(ctx, para, token) if bare else None
        else:
            holder = ctx.role_holders.get((Predicate.LEADER_OF, country)) or dated_holder(
                ctx, country, token.lemma_.lower()
            )
        if holder is not None:
            para.links[token.i] = holder
            ctx.reference(para, token, holder, "title")


def _named_before(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The person the article last named with this title word before ``token``."""
    where = para.offset + token.idx
    named = [p for at, p in ctx.titled.get(token.lemma_.lower(), []) if at < where]
    return named[-1] if named else None


def dated_holder(ctx: ArticleContext, country: str, word: str) -> str | None:
    """Who led ``country`` under the title ``word`` on the article's published date.

    A specific title ("president", "prime minister") resolves through the dated roles of the
    gazetteer; "leader" only to a holder the article itself mentions. Without a published
    date, or with no single holder, the title stays unresolved rather than guessed. An
    undated gazetteer role counts only for an office no dated role covers."""
    if ctx.published is None:
        return None
    generic = word in ("leader", "head", "ruler")
    holders: list[str] = []
    for entry in ctx.lx.entries:
        for role in entry.roles:
            if role.predicate is not Predicate.LEADER_OF or role.object != country:
                continue
            if not generic and not _title_matches(word, role.title):
                continue
            if role.start is None and role.end is None:
                if _has_dated(ctx, country):
                    continue
            elif not _held_on(role.start, role.end, ctx.published):
                continue
            holders.append(entry.label)
    holders = list(dict.fromkeys(holders))
    if generic:
        holders = [h for h in holders if ctx.article_id in _articles(ctx, h)]
    return holders[0] if len(holders) == 1 else None


def _title_matches(word: str, title: str | None) -> bool:
    return title is None or title.lower().replace("-", " ").split()[-1] == word


def _held_on(start: str | None, end: str | None, date: str) -> bool:
    day = date[:10] if len(date) >= 10 else (date + "-01-01")[:10]
    return (start is None or start[:10] <= day) and (end is None or day < end[:10])


def _has_dated(ctx: ArticleContext, country: str) -> bool:
    return any(
        r.object == country and r.predicate is Predicate.LEADER_OF and r.start is not None
        for e in ctx.lx.entries
        for r in e.roles
    )


def _articles(ctx: ArticleContext, label: str) -> set[str]:
    cluster = ctx.resolver.clusters.get(label)
    return cluster.articles if cluster is not None else set()


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
            if token.lower_ in ctx.lx.words.person_pronouns and token.pos_ == "PRON":
                target = sent_subject.get(token.sent.start) or last_subject or last_person
                target = target or carry
                if target is not None:
                    para.links[token.i] = target
                    ctx.reference(para, token, target, "pronoun")
        carry = last_subject or last_person or carry
