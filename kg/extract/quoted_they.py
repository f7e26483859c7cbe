"""A speaker's "they" in quotes: 'The militias took the town. "They shot at everyone," a
resident said' -> the plural group or coordinated actors the narrator named last before the
quote, so that the acts a speaker tells of attach to them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from kg.extract.actor_coref import compatible, plural_between, unnamed_subject
from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import Discourse, quoted
from kg.extract.speakers import speakers_of_quotes
from kg.vocab import EntityType

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OPENING = frozenset({'"', "\u201c"})
_BODIES = (EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY)


def link_quoted_they(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "They"/"them"/"their" inside a direct quote -> the one plural group or set of
    coordinated actors (``actor_coref._compatible``) the narrator's text names in the
    sentence that opens the quote (before it) and the sentence before that. None when the
    quote itself names an actor or an unnamed plural noun before the pronoun (the speaker's
    own antecedent), when the narrator names two candidates, when the one found is the
    speaker or the body the speaker leads or speaks for (the speaker's own side), or when
    the pronoun is in a quote within the quote."""
    they = frozenset(ctx.cues["quoted_they"]["they"])
    # a pronoun is linked only after an opening mark of its own paragraph (``_antecedent``):
    # no paragraph with both, no link (perf60); none after the last whose words (forms
    # and lemmas, as ``hits`` reads them) may hold both, whose quotes' speakers need not
    # be found (each paragraph's are found from those before it only)
    able = [k for k, p in enumerate(paras) if _both(p.words, they)]
    if not any(_both(paras[k].lowers, they) for k in able):
        return
    disc = Discourse(paras)
    for para, own in speakers_of_quotes(ctx, paras[: able[-1] + 1]):
        if not own:
            continue
        for i in para.hits(they):
            token = para.tokens[i]
            if token.pos_ != "PRON" or i in para.links or i in para.groups:
                continue
            span = next(((a, b, s) for a, b, s in own if a <= token.idx < b), None)
            if span is None or not quoted(para, token) or _nested(para, token, span[0]):
                continue
            found = _antecedent(ctx, disc, para, token, span[0], span[2])
            if set(found) & _attribution(disc, para, span[1]):
                continue  # "..., said X, a spokesman for the rebels": the speaker's side
            if not found:
                continue
            if len(found) == 1:
                para.links[i] = found[0]
            else:
                para.groups[i] = found
            for label in found:
                ctx.reference(para, token, label, "pronoun")


def _both(words: Collection[str], they: frozenset[str]) -> bool:
    """Whether ``words`` hold one of ``they`` and an opening quotation mark."""
    return not they.isdisjoint(words) and not _OPENING.isdisjoint(words)


def _antecedent(
    ctx: ArticleContext,
    disc: Discourse,
    para: Paragraph,
    token: Any,
    start: int,
    speaker: str | None,
) -> list[str]:
    """The narrator's one plural antecedent for a quoted pronoun (``link_quoted_they``)."""
    # (the quote's span starts after its opening mark)
    opening = next((t for t in reversed(para.tokens[: token.i]) if t.idx < start), None)
    if opening is None or opening.text not in _OPENING:
        return []
    if any(not t.is_punct for t in para.tokens[para.sent_starts[opening.i] : opening.i]):
        return []  # 'officials told the paper that "they were hoping"': reported speech
    we = ctx.cues["quoted_they"]["we"]
    if any(t.lower_ in we for t in para.sent_of(token) if quoted(para, t)):
        return []  # "we cannot accept more of them": the speaker's side against another
    inside = para.tokens[opening.i + 1 : token.i]
    if any(t.i in para.links or (t.dep_ in _SUBJECTS and t.pos_ == "NOUN") for t in inside):
        return []  # "the police claim they ...": the speaker names their own antecedent
    if plural_between(ctx, para, opening, token, True, inclusive=True):
        return []  # "the talks ... they", an unnamed plural noun of the quote
    window = [
        s
        for s in disc.before(para, opening, 1)
        if not quoted(s.para, s.token) and not (s.para is para and s.token.i > opening.i)
    ]
    if any(unnamed_subject(s.para, s.para.sent_of(s.token), "NNS") for s in window):
        return []  # "Sunni politicians say ... 'For them'": the unnamed plural subject
    # (a clause's subject is the narrator's topic: "militias have been asked to fight ISIL.
    # 'They ...'" -> the militias, not ISIL)
    labels = compatible(ctx, [s for s in window if s.subject], True)
    if len(labels) != 1 or set(labels[0]) & _side(ctx, speaker):
        return []
    return labels[0]


def _attribution(disc: Discourse, para: Paragraph, end: int) -> set[str]:
    """What the narrator names after the quote in the sentence it ends in ('"...," said
    X, a spokesman for Y'): the speaker and the speaker's own side."""
    after = [t for t in para.tokens if t.idx >= end]
    if not after:
        return set()
    here = disc.sent(para, after[0])
    return {
        s.label
        for s in disc.sightings
        if s.para is para and s.sent == here and s.token.idx >= end and not quoted(para, s.token)
    }


def _side(ctx: ArticleContext, speaker: str | None) -> set[str]:
    """The speaker and the bodies they lead or speak for: a "they" is never their own."""
    if speaker is None:
        return set()
    side = {speaker}
    for (_, body), holder in ctx.role_holders.items():
        if holder == speaker and ctx.etype_in(body, _BODIES):
            side.add(body)
    return side


def _nested(para: Paragraph, token: Any, start: int) -> bool:
    """In a quote within the quote (single marks: "they said 'they will leave'")."""
    inner = para.text[start : token.idx]
    return inner.count("'") % 2 == 1 and " '" in f" {inner}"
