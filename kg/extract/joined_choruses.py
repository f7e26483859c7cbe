"""Voices joined: "the UN joined a chorus of countries that called for X to be pardoned", "the
EU joined a growing list of states that have condemned X" -> the one who joined does what the
relative clause says (its relative pronoun links to the joiner). The verbs and nouns are data
(``joined_choruses`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.resolve.resolver import ACTOR_TYPES


def link_joined_choruses(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """Link the relative pronoun subject of a clause on a chorus the subject joined ("joined
    a chorus of countries that called for ...") to the one actor who joined."""
    words = ctx.cues["joined_choruses"]
    verbs, nouns = frozenset(words["verbs"]), frozenset(words["nouns"])
    relatives = frozenset(words["relatives"])
    for para in paras:
        for i in para.hits(verbs):
            verb = para.tokens[i]
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            joiners = [
                e
                for c in para.children(verb)
                if c.dep_ == "nsubj"
                for e in ctx.ents(para, c)
                if ctx.etype_in(e, ACTOR_TYPES)
            ]
            if len(joiners) != 1:
                continue
            for chorus in para.children(verb):
                if chorus.dep_ != "dobj" or chorus.lemma_.lower() not in nouns:
                    continue
                for head, pronoun in _relative_subjects(para, chorus, relatives):
                    if pronoun.i in para.links or pronoun.i in para.groups:
                        continue
                    # "a chorus of countries, including the US, that called ...": the named
                    # members call too
                    clause = {t.i for t in pronoun.head.subtree}
                    members = [
                        e
                        for t in head.subtree
                        if t.i not in clause and t.i != head.i
                        for e in ctx.ents(para, t)
                        if ctx.etype_in(e, ACTOR_TYPES) and e != joiners[0]
                    ]
                    if members:
                        para.groups[pronoun.i] = list(dict.fromkeys([joiners[0], *members]))
                    else:
                        para.links[pronoun.i] = joiners[0]
                    for label in [joiners[0], *members]:
                        ctx.reference(para, pronoun, label, "pronoun")


def _relative_subjects(
    para: Paragraph, chorus: Any, relatives: frozenset[str]
) -> Iterator[tuple[Any, Any]]:
    """The relative pronoun subjects of the clauses on the chorus noun or on its unnamed "of"
    members ("a chorus of countries that called ..."), with the noun they hang on; not on a
    named member ("a chorus of voices including Amnesty, which called ...": Amnesty called)."""
    heads = [chorus]
    heads += [
        p
        for prep in para.children(chorus)
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in para.children(prep)
        if p.dep_ == "pobj" and p.i not in para.links
    ]
    for head in heads:
        for clause in para.children(head):
            if clause.dep_ != "relcl":
                continue
            for c in para.children(clause):
                if c.dep_ == "nsubj" and c.lower_ in relatives:
                    yield head, c
