"""Offices the dated roles say a named person holds: "Assad and his decades' old regime" in a
story on Syria, "Netanyahu appointed them" in one on Israel -> leader_of a state or an
international body, when the person's tenure (``kg/data/roles.jsonl``) holds on the
published date and the article writes the object's name too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.coref import held_on
from kg.extract.role_owners import role_of
from kg.lexicon import Role
from kg.vocab import EntityType, Predicate


def held_offices(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """leader_of from a person's dated role held on the published date, for a person the
    article names by name and a state or intergovernmental body it names by name too (not
    only by a demonym: "Italian"); once a pair, at the person's first name, with the role's
    title. None without a published date, for a role that ended or had not begun
    ("Mubarak" in 2015), for an undated role, or for a pair an earlier stage already
    claimed (with its own title or end)."""
    if ctx.published is None:
        return
    done: set[tuple[str, str]] = {
        (c.subject, c.object)
        for c in ctx.claims
        if c.predicate is Predicate.LEADER_OF and c.object is not None
    }
    first: dict[str, tuple[Paragraph, Any]] = {}
    for para in paras:
        for i in para.linked():
            token, label = para.tokens[i], para.links[i]
            if token.pos_ == "PROPN" and label not in first and _as_person(para, i, label):
                first[label] = (para, token)
    for person, (para, token) in first.items():
        if not ctx.etype_is(person, EntityType.PERSON):
            continue
        for role in _held_roles(ctx, person):
            if (person, role.object) in done or not ctx.named_here(role.object):
                continue
            if not _written(ctx, paras, role.object):
                continue
            done.add((person, role.object))
            yield ctx.draft(
                para, token, person, Predicate.LEADER_OF, role.object, 0.55, title=role.title
            )


def _state_office(ctx: ArticleContext, person: str, obj: str) -> bool:
    """The office is a state's ("Syria") or an international body's, whose dated role names
    no country ("the United Nations"): the press names such holders bare. A party's or an
    armed group's leader, whose role names a country ("Meshaal", "Shekau"), is one the text
    must say."""
    if ctx.etype_is(obj, EntityType.COUNTRY):
        return True
    return any(
        t.person == person and t.object == obj and t.country is None for t in ctx.lx.actors.tenures
    )


def _written(ctx: ArticleContext, paras: list[Paragraph], obj: str) -> bool:
    """The article writes the object's name or one of its aliases ("Syria", "UN"), not only
    a demonym ("the Italian deputy prime minister")."""
    entry = ctx.lx.lookup(obj)
    names = {obj, *(entry.aliases if entry is not None else ())}
    found = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    return any(found.search(para.text) for para in paras)


def _as_person(para: Paragraph, i: int, label: str) -> bool:
    """The name at ``i`` stands for the person, not a thing named after them ("the Assad
    government", "the Obama administration": a body, whose own rules read it)."""
    if i > 0 and para.links.get(i - 1) == label:
        return False  # not the name's first word
    name = para.tokens[para.name_end(i, label)]
    return not (name.dep_ == "compound" and name.head.pos_ == "NOUN")


def _held_roles(ctx: ArticleContext, person: str) -> list[Role]:
    """The dated leader_of roles of ``person``'s gazetteer entry held on the published date,
    under a title that leads ("Crown Prince" is a member's: ``titles.json``)."""
    entry = ctx.lx.lookup(person)
    if entry is None or entry.type is not EntityType.PERSON or ctx.published is None:
        return []
    return [
        r
        for r in entry.roles
        if r.predicate is Predicate.LEADER_OF
        and r.start is not None
        and held_on(r.start, r.end, ctx.published)
        and (r.title is None or role_of(ctx, r.title.lower()) is Predicate.LEADER_OF)
        and _state_office(ctx, entry.label, r.object)
    ]
