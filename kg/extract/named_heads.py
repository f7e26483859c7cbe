"""Definite head nouns of named bodies: "the party", "the front", "the bloc" linked to the one
organisation or group just named whose name ends in that noun (or that the table names), and
"the group" the nominal rules left to the one organisation just named.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.extract.assaults import sector
from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import Discourse, Sighting, quoted
from kg.extract.nominals import nominal_words, unnamed_between
from kg.lexicon import Lexicon
from kg.vocab import EntityType


def _head_words(lx: Lexicon) -> Iterable[str]:
    """The nouns ``link_named_heads`` starts from: those of ``named_heads`` and the group
    nouns."""
    return {*lx.cues.get("named_heads", {}).get("nouns", ()), *nominal_words().group_nouns}


def link_named_heads(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "The Labour Party held a rally ... . The party criticised ...": a bare definite noun
    of ``named_heads`` ("the party", "the front", "the council") -> the one organisation or
    group named in this sentence or the three before whose name ends in that noun; "the
    bloc", "the alliance" -> such a body the table names ("the European Union", "NATO").
    "The group", "the organisation" the nominal rules left (a named organisation: "HRW
    said ... . The group described ...") -> the one organisation or group named in this
    sentence or the two before. The body must be named there as a subject, outside a
    quote, and not a name the noun's own phrase describes ("Bodil, a member of the
    movement": not Bodil); two candidates, or a modifier on the noun ("the ruling party"):
    no link."""
    table = ctx.cues.get("named_heads", {})
    nouns = frozenset(table.get("nouns", ()))
    names: dict[str, frozenset[str]] = {
        noun: frozenset(labels) for noun, labels in table.get("names", {}).items()
    }
    sectors: dict[str, str] = {
        noun: code for noun, code in table.get("sectors", {}).items() if noun != "_comment"
    }
    groups = nominal_words().group_nouns
    disc = Discourse(paras)
    for para in paras:
        lemmas, tags = para.lemmas, para.tags
        for i in para.hits(ctx.word_set(_head_words)):
            token = para.tokens[i]
            if i in para.links or tags[i] not in ("NN", "NNS") or not bare_definite(token):
                continue
            lemma = lemmas[i]
            # "Bodil, a member of the movement, told ...": a phrase holding the noun is never
            # what it takes up
            above = {t.i for t in token.ancestors}
            found = [
                s
                for s in disc.before(para, token, 2 if lemma in groups else 3)
                if s.proper
                and not (s.para is para and s.token.i in above)
                and not s.adjective
                and not quoted(s.para, s.token)
                and ctx.etype_in(s.label, (EntityType.ORGANIZATION, EntityType.GROUP))
            ]
            if lemma not in groups:
                named = names.get(lemma, frozenset())
                code = sectors.get(lemma)
                found = [
                    s
                    for s in found
                    if _holds(s.label, token.lower_, named)
                    or (code is not None and sector(ctx, s.label) == code)
                ]
            labels = list(dict.fromkeys(s.label for s in found))
            # the topic carried on as a subject ("lost his seat to the SNP" is no topic), and
            # no unnamed one in between ("... an armed group had fired first. The group")
            if (
                len(labels) == 1
                and any(s.subject for s in found)
                and not unnamed_between(disc, para, token, found[0], lemma)
                and not (
                    lemma not in groups and _nearer_body(ctx, disc, para, token, found[0], nouns)
                )
            ):
                para.links[i] = labels[0]
                ctx.reference(para, token, labels[0], "nominal")
                disc.add(para, token, labels[0])


def _nearer_body(
    ctx: ArticleContext,
    disc: Discourse,
    para: Paragraph,
    token: Any,
    since: Sighting,
    nouns: frozenset[str],
) -> bool:
    """Another organisation or group named by name as a subject after the candidate
    ``since`` and before the noun, whose kind nothing tells: unknown to the gazetteer, of no
    sector, its name ending in no head noun (``nouns``: "the Security Council" is a council).
    "The DUP won eight seats. Sinn Fein won four. Adams, the party's president": Sinn Fein
    may be the party its name does not say it is, so the noun is no one's."""
    return any(
        s.label != since.label
        and (s.sent, s.index) > (since.sent, since.index)
        and s.proper
        and s.subject
        and not s.adjective
        and not quoted(s.para, s.token)
        and ctx.etype_in(s.label, (EntityType.ORGANIZATION, EntityType.GROUP))
        and sector(ctx, s.label) is None
        and ctx.lx.lookup(s.label) is None
        and s.label.lower().rsplit(" ", 1)[-1] not in nouns
        for s in disc.before(para, token, 3)
    )


def bare_definite(token: Any) -> bool:
    """ "the party" as a noun phrase of its own: "the" and nothing else before or after it
    (not "the ruling party", "the party's leader" is fine, "the party of X", "the party
    congress")."""
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    if token.dep_ in ("compound", "appos", "attr"):
        return False
    after = token.i + 1
    if after < len(token.doc) and token.doc[after].pos_ == "PROPN":
        return False  # "the party Syriza": named here
    return not any(
        c.dep_ in ("amod", "compound", "nummod", "appos", "relcl", "acl", "poss")
        or (c.dep_ == "prep" and c.lower_ == "of")
        for c in kids
    )


def _holds(label: str, word: str, named: frozenset[str]) -> bool:
    """The label ends in ``word`` ("Labour Party", "Nusra Front") or is one ``named``."""
    lower = label.lower()
    return lower in named or lower.split()[-1] == word
