"""Roles: titles before names ("Ukrainian President Volodymyr Zelensky") and appositions
("Yuri Ushakov, the Russian leader's foreign policy adviser").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.entities import SpanMention
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.vocab import EntityType, Predicate


def title_roles(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Titles before names: "Ukrainian President Volodymyr Zelensky"."""
    for token in para.tokens:
        label = para.links.get(token.i)
        if label is not None and token.pos_ != "PRON" and _is_name_start(ctx, para, token):
            yield from _title_before(ctx, para, token, label)


def appositions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Appositions: "Yuri Ushakov, the Russian leader's foreign policy adviser", and the
    reverse, "Russia's foreign minister, Sergei Lavrov"."""
    for token in para.tokens:
        label = para.links.get(token.i)
        if label is None or token.pos_ == "PRON":
            continue
        for child in token.children:
            if child.dep_ == "appos" and child.i not in para.links:
                yield from _role_noun(ctx, para, child, label, token)
        if token.dep_ == "appos" and token.head.i not in para.links:
            yield from _role_noun(ctx, para, token.head, label, token)
        if token.dep_ == "nsubj" and token.head.lemma_ == "be":
            # "Cicippio was acting comptroller at the American University of Beirut"
            for attr in token.head.children:
                if attr.dep_ == "attr" and attr.i not in para.links:
                    yield from _role_noun(ctx, para, attr, label, token)
        yield from _affiliated_at(ctx, para, token, label)


def _affiliated_at(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> Iterator[Draft]:
    """ "Wang Ziqiang at the Institute of Mechanics", "Roger Crouch of NASA": a person with
    an organisation attached by "at" or "of" is a member of it (weaker evidence)."""
    if ctx.etype(person) is not EntityType.PERSON or para.links.get(token.head.i) == person:
        return
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "of"):
            continue
        for pobj in prep.children:
            org = para.links.get(pobj.i)
            if pobj.dep_ == "pobj" and org and ctx.etype(org) is EntityType.ORGANIZATION:
                yield ctx.draft(para, token, person, Predicate.MEMBER_OF, org, 0.6)


def _is_name_start(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    return token.i == 0 or para.links.get(token.i - 1) != para.links.get(token.i)


def _title_before(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> Iterator[Draft]:
    if ctx.etype(person) is not EntityType.PERSON:
        return
    i = token.i - 1
    title_words: list[Any] = []
    while i >= 0 and len(title_words) < 4:
        word = para.tokens[i]
        capitalised = word.text[:1].isupper()
        if word.i in para.links or not (capitalised or word.pos_ in ("NOUN", "ADJ")):
            break
        title_words.insert(0, word)
        i -= 1
    # strip honorifics that are not roles ("Sheikh")
    while title_words and _role_of(ctx, " ".join(w.text for w in title_words)) is None:
        title_words = title_words[1:]
    if not title_words or i < 0 or i not in para.links:
        return
    title = " ".join(w.text for w in title_words)
    predicate = _role_of(ctx, title)
    country = para.links[i]
    if predicate is None or ctx.etype(country) not in (
        EntityType.COUNTRY,
        EntityType.ORGANIZATION,
    ):
        return
    ctx.role_holders.setdefault((predicate, country), person)
    yield ctx.draft(para, token, person, predicate, country, title=title, confidence=0.85)


def _role_of(ctx: ArticleContext, title: str) -> Predicate | None:
    key = title.lower()
    if key in ctx.lx.roles:
        return ctx.lx.roles[key]
    last = key.split()[-1] if key else ""
    if key.split() and last in ctx.lx.roles and all(w.isalpha() for w in key.split()):
        return ctx.lx.roles[last]
    return None


def _role_noun(
    ctx: ArticleContext, para: Paragraph, noun: Any, person: str, anchor: Any
) -> Iterator[Draft]:
    if ctx.etype(person) is not EntityType.PERSON:
        return
    skip = {t.i for c in noun.children if c.dep_ in ("poss", "det", "predet") for t in c.subtree}
    words = [
        t
        for t in noun.subtree
        if t.i < noun.i
        and t.i not in skip
        and t.i not in para.links
        and t.dep_ in ("compound", "amod", "nmod")
    ]
    title_key = " ".join([*(w.lower_ for w in words), noun.lower_])
    predicate = _role_of(ctx, title_key) or ctx.lx.roles.get(noun.lemma_.lower())
    if predicate is None:
        return
    target: str | None = None
    title_of = None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                phrase = f"{noun.lower_} of {pobj.lower_}"
                if pobj.dep_ == "pobj" and phrase in ctx.lx.roles:
                    predicate, title_of = ctx.lx.roles[phrase], f"{noun.text} of {pobj.text}"
    for child in noun.children:
        if title_of and child.dep_ == "prep" and child.lower_ == "of":
            continue
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in para.links:
            target = para.links[child.i]
        elif child.dep_ == "prep" and child.lower_ in ("of", "to", "for", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = ctx.ents(para, pobj)
                    target = found[0] if found else _org_from_chunk(ctx, para, pobj)
    if target is None or target == person:
        return
    ctx.resolver.add_vote(person, EntityType.PERSON, 2)
    title = " ".join(w.text for w in words if w.dep_ != "poss") + (" " if words else "")
    title = (title + (title_of or noun.text)).strip()
    if predicate is Predicate.LEADER_OF:
        ctx.role_holders.setdefault((predicate, target), person)
    yield ctx.draft(para, anchor, person, predicate, target, title=title, confidence=0.9)


def _org_from_chunk(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """An organisation named by a noun phrase with a named owner ("Russia's wealth fund")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    tokens = [t for t in noun.subtree if t.dep_ not in ("det", "punct", "prep", "relcl", "cc")]
    tokens = [t for t in tokens if t.i <= noun.i]
    if not any(t.i in para.links for t in tokens) or len(tokens) < 2:
        return None
    text = para.text[tokens[0].idx : noun.idx + len(noun.text)].replace("’", "'")
    mention = SpanMention(tokens[0].i, noun.i + 1, text, "ORG")
    ctx.record(para, mention, text)
    return str(text)
