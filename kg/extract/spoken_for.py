"""Whom a spokesman with no owner speaks for: "The new president is travelling to Chad,
spokesman X said" -> X is the spokesperson for the one the reported clause is about.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

# whom a spokesman speaks for: a person, a body or a group (a country's words are its
# government's, whose spokesman the sentence does not say)
_OWNERS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP)
_SUBJECTS = ("nsubj", "nsubjpass")
# the words of a speaker's phrase that may say whose spokesman he is
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "det", "nmod", "prep", "appos"})


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The spokesman titles of the lexicon (``spokesman``, ``spokeswoman``, ...)."""
    return (word for word, p in lx.roles.items() if p is Predicate.SPOKESPERSON_FOR)


def reported_owners(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "The new president is travelling to Chad, spokesman X said", "The Taliban carried out
    the attack, said X, a spokesman", "Spokesman X said the secretary-general would travel":
    a speaker whose spokesman title has no owner of its own (no "Kremlin", "its", "of the
    ministry") speaks for the one subject of the clause they report, a person, body or
    group the article named (or a title it linked to one). None for a speaker the article
    or the gazetteer already gives an office, nor for a clause with two subjects."""
    speech = ctx.cues["speech_verbs"]
    for verb in para.tokens:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in speech:
            continue
        speakers = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i in para.links]
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if len(speakers) != 1 or len(clauses) != 1:
            continue
        speaker = speakers[0]
        person = para.links[speaker.i]
        title = _bare_title(ctx, para, speaker, person)
        if title is None or not ctx.etype_is(person, EntityType.PERSON):
            continue
        owner = _clause_subject(ctx, para, clauses[0])
        if owner is None or owner == person or _has_office(ctx, person):
            continue
        yield ctx.draft(
            para, verb, person, Predicate.SPOKESPERSON_FOR, owner, 0.65, title=title.lower_
        )


def _bare_title(ctx: ArticleContext, para: Paragraph, speaker: Any, person: str) -> Any:
    """The spokesman title of the speaker's phrase, when nothing in the phrase names whose
    it is: "spokesman X" (the title first, with no word of its own), "X, a spokesman"."""
    roles = ctx.lx.roles
    found = None
    for child in speaker.children:
        if roles.get(child.lemma_.lower()) is not Predicate.SPOKESPERSON_FOR:
            if child.dep_ in _OWNER_DEPS and para.links.get(child.i) != person:
                return None  # "Kremlin spokesman X", "X of the ministry"
            continue
        if child.i in para.links or found is not None:
            return None
        if child.dep_ == "compound" and child.i < speaker.i:
            first = min(t.i for t in speaker.subtree)
            if child.i != first or any(True for _ in child.children):
                return None  # "the ministry's spokesman X", "deputy spokesman X"
        elif child.dep_ == "appos":
            if any(c.dep_ not in ("det", "punct") for c in child.children):
                return None  # "X, a spokesman for the army", "X, the ministry's spokesman"
            if any(c.dep_ == "det" and c.lower_ not in ("a", "the") for c in child.children):
                return None
        else:
            return None
        found = child
    return found


def _clause_subject(ctx: ArticleContext, para: Paragraph, clause: Any) -> str | None:
    """The one entity the reported clause's subject names (a person, body or group)."""
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1:
        return None
    labels = {para.links[t.i] for t in subjects[0].subtree if t.i in para.links}
    if len(labels) != 1 or subjects[0].i not in para.links:
        return None
    (label,) = labels
    return label if ctx.etype_in(label, _OWNERS) else None


def _has_office(ctx: ArticleContext, person: str) -> bool:
    """The article or the gazetteer already says whom ``person`` works for."""
    if any(
        c.subject == person
        and c.predicate
        in (
            Predicate.SPOKESPERSON_FOR,
            Predicate.LEADER_OF,
            Predicate.MEMBER_OF,
            Predicate.ADVISER_TO,
            Predicate.ENVOY_OF,
        )
        for c in ctx.claims
    ):
        return True
    entry = ctx.lx.lookup(person)
    return bool(entry is not None and entry.roles)
