"""Whose plan "the plan" is: a definite plan noun with no owner ("opposing that plan", "calling
the proposal mad") stands for the owner of the plan the article last named ("a planned EU quota
system", "Germany's proposal"), so that rejecting or backing it is aimed at that owner. Words
are data (``plan_nouns``, ``plan_modifiers`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES


def link_plans(ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
    """Point each definite, ownerless plan noun at the owners of the last plan named within
    ``plan_window`` sentences before it (in ``Paragraph.groups``)."""
    cues = ctx.cues
    window = int(cues["plan_window"])
    last: list[str] = []
    at = -window - 1
    speaker: list[str] = []
    spoke = -window - 1
    count = 0
    vessels: dict[str, tuple[list[str], int]] = {}  # "ship" -> (owners, sentence)
    # the word lists read once, not per noun and verb
    # (as sets: asked of every noun of the article, ~280 asks an article)
    vessel_nouns, said_nouns = frozenset(cues["vessel_nouns"]), frozenset(cues["said_nouns"])
    documents: dict[str, tuple[list[str], int]] = {}  # "resolution" -> (issuers, sentence)
    document_nouns = frozenset(cues["statement_nouns"])
    plan_nouns, plan_modifiers = frozenset(cues["plan_nouns"]), cues["plan_modifiers"]
    plan_words = ctx.word_set(_plan_modifiers)
    speech_verbs = frozenset(cues["speech_verbs"])
    noun_words = document_nouns | vessel_nouns | said_nouns | plan_nouns
    for para in paragraphs:
        tokens, poses, lemmas, lowers, deps, heads, links, groups = (
            para.tokens,
            para.poses,
            para.lemmas,
            para.lowers,
            para.deps,
            para.heads,
            para.links,
            para.groups,
        )
        # the nouns a plan modifier describes ("a planned quota"): found from the modifiers'
        # tokens (``Paragraph.hits``), not by reading every noun's children
        planned = {
            heads[c]
            for c in para.hits(plan_words)
            if deps[c] == "amod" and lowers[c] in plan_modifiers
        }
        # the tokens every rule below starts from: a noun of one of the lists, or a planned
        # thing (``Paragraph.hits``, in order), not every token (perf43)
        nouns = sorted({*para.hits(noun_words), *planned})
        verbs = para.hits(speech_verbs)
        n = 0
        for start, end in para.sents:
            count += 1
            while n < len(nouns) and nouns[n] < start:
                n += 1
            for i in nouns[n:]:
                if i >= end:
                    break
                if i in links or i in groups or poses[i] not in ("NOUN", "PROPN"):
                    continue
                token, lemma = tokens[i], lemmas[i]
                if lemma in document_nouns and _document(ctx, para, token, documents, count):
                    continue
                if poses[i] != "NOUN":
                    continue  # ("Resolution 2216": a document's name, for the lines above)
                if lemma in vessel_nouns:
                    # "an Iranian cargo ship ... had warned the ship not to proceed"
                    owned = _owners(ctx, para, token)
                    if owned:
                        vessels[lemma] = (owned, count)
                    elif _bare_definite(para, token, cues) and lemma in vessels:
                        owners_then, seen = vessels[lemma]
                        if count - seen <= window:
                            para.groups[token.i] = list(owners_then)
                            vessels[lemma] = (owners_then, count)
                    continue
                if (
                    lemma in said_nouns
                    and _bare_definite(para, token, cues)
                    and speaker
                    and count - spoke <= 2
                ):
                    # "Carter said ... . The comments were rejected by ...": the last speaker's
                    para.groups[token.i] = list(speaker)
                    continue
                if lemma not in plan_nouns and i not in planned:
                    continue  # neither a plan noun nor a planned thing
                owners = _owners(ctx, para, token)
                if owners:
                    last, at = owners, count
                elif (
                    lemma in plan_nouns
                    and _bare_definite(para, token, cues)
                    and last
                    and count - at <= window
                ):
                    # "that plan": the plan just named; a plan "for X" or "to do Y" is its own
                    para.groups[token.i] = list(last)
                    at = count
            # who spoke last, after this sentence's own references were read
            for i in verbs:
                if i < start or i >= end:
                    continue
                if poses[i] == "VERB" and lemmas[i] in speech_verbs:
                    verb = tokens[i]
                    said = [
                        e
                        for c in verb.children
                        if c.dep_ == "nsubj"
                        for e in ctx.ents(para, c)
                        if ctx.etype_in(e, ACTOR_TYPES)
                    ]
                    if said:
                        speaker, spoke = said, count


def _plan_modifiers(lx: Lexicon) -> Iterable[str]:
    """The modifiers of a planned thing (``plan_modifiers``), for ``Paragraph.hits``."""
    return tuple(lx.cues["plan_modifiers"])


def _document(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    documents: dict[str, tuple[list[str], int]],
    count: int,
) -> bool:
    """A statement noun (``statement_nouns``) as the doer of its sentence ("X's statement
    condemned", "The UN Security Council resolution called on", "The April resolution
    called on" after "UN Security Council Resolution 2216") stands for its issuers: its own
    (``_issuers``), else, when it is definite and ownerless, those of the same noun named
    with its issuers within ``plan_window`` sentences before. Whether the noun was linked."""
    owners = _issuers(ctx, para, token)
    window = int(ctx.cues["plan_window"])
    if owners:
        documents[token.lemma_.lower()] = (owners, count)
    elif _ownerless_document(para, token, ctx.cues) and token.lemma_.lower() in documents:
        earlier, seen = documents[token.lemma_.lower()]
        if count - seen <= window:
            owners = earlier
    if not owners or not _doer(ctx, token):
        return False
    para.groups[token.i] = list(owners)
    return True


def _doer(ctx: ArticleContext, token: Any) -> bool:
    """The noun is a doer: the subject of a verb, the root of a sentence whose verb the
    parser made a participle on it ("The resolution called on X"), the noun an adjective
    with its own complement describes ("a report critical of X"), or the antecedent of a
    relative clause's subject ("the report, which condemns X")."""
    if token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX"):
        return True
    if any(c.dep_ == "relcl" and _relative_subject(c) for c in token.children):
        return True  # "its reports, which are critical of the military"
    if any(
        c.dep_ == "amod" and c.pos_ == "ADJ" and any(g.dep_ == "prep" for g in c.children)
        for c in token.children
    ):
        return True
    return bool(
        token.dep_ == "ROOT"
        and any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ") for c in token.children)
    )


def _relative_subject(clause: Any) -> bool:
    """The relative clause's subject is its relative pronoun ("which condemns X")."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)


def _issuers(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """Who a statement noun is of: its owner ("the EU's statement", "the UN Security Council
    resolution", "an Iranian statement"), the actor "from"/"by"/"of" it ("a statement on
    Thursday from the ministry"), or the subject that gives it ("X said in a statement", "X
    issued a statement")."""
    if token.tag_ not in ("NN", "NNP") and not any(c.dep_ == "poss" for c in token.children):
        return []  # "reports": several, whoever made them ("its reports" are its own)
    found = owner_ents(ctx, para, token)
    found += [
        # "the report, released by X on Monday" (not "a letter obtained by X": who obtains
        # a document did not issue it)
        e
        for c in token.children
        if c.dep_ == "acl" and c.lemma_.lower() in ctx.cues["document_verbs"]
        for a in c.children
        if a.dep_ == "agent"
        for p in a.children
        if p.dep_ == "pobj"
        for e in ctx.ents(para, p)
    ]
    verb = token.head
    if verb.dep_ == "prep" and verb.lower_ == "in" and token.dep_ == "pobj":
        verb = verb.head  # "X said in a statement", "X, in a letter, called on Y"
    elif token.dep_ != "dobj" or verb.lemma_.lower() not in ctx.cues["document_verbs"]:
        verb = None  # "X issued a statement", "the council adopted a resolution"
    if not found and verb is not None and verb.pos_ == "VERB":
        found = [e for c in verb.children if c.dep_ == "nsubj" for e in ctx.ents(para, c)]
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, ACTOR_TYPES)]


def _ownerless_document(para: Paragraph, token: Any, cues: dict[str, Any]) -> bool:
    """ "the resolution", "the April resolution", "the letter obtained by X": definite, with
    no owner of its own (no possessive, no named modifier, no "from"/"by"/"of" phrase)."""
    kids = list(token.children)
    return any(c.dep_ == "det" and c.lower_ in cues["plan_determiners"] for c in kids) and not any(
        c.dep_ in ("poss", "nmod")
        or (c.dep_ in ("compound", "amod") and c.i in para.links)
        or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of"))
        for c in kids
    )


def _bare_definite(para: Paragraph, token: Any, cues: dict[str, Any]) -> bool:
    """ "the plan", "that proposal", "the comments": definite, with no owner or complement."""
    kids = list(token.children)
    return any(c.dep_ == "det" and c.lower_ in cues["plan_determiners"] for c in kids) and not any(
        c.dep_ in ("prep", "acl", "relcl", "poss", "compound", "nmod")
        or (c.dep_ == "amod" and c.i in para.links)
        for c in kids
    )


def _owners(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """Who owns a plan: "the EU's plan", "a planned EU quota system", "a plan proposed by X",
    "X unveiled a plan"."""
    found = [
        e
        for c in token.children
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            found += [
                e
                for a in child.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
                for e in ctx.ents(para, p)
            ]
    verb = token.head
    if (
        not found
        and token.dep_ == "dobj"
        and verb.lemma_.lower() in ctx.cues["plan_verbs"]
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    ):
        found = [e for c in verb.children if c.dep_ == "nsubj" for e in ctx.ents(para, c)]
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, ACTOR_TYPES)]


def owner_ents(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The entities that own a noun, in order, not yet filtered: its possessive or modifier
    ("ISIL's advance", "the Houthi offensive", "the UN resolution") and what follows "by",
    "from" or "of" ("the offensive by ISIL", "a statement from the ministry")."""
    found = [
        e
        for c in noun.children
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        for e in ctx.ents(para, c, adjectives=True)
    ]
    found += [
        e
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of")
        for p in prep.children
        if p.dep_ == "pobj"
        for e in ctx.ents(para, p)
    ]
    return found
