"""A speaker's bare surname the model did not tag: '"...," Niyombare said' after "Major-General
Godefroid Niyombare" -> the person the article named, so that the quote has its speaker.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.vocab import EntityType

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def link_speaker_surnames(ctx: ArticleContext, para: Paragraph) -> None:
    """A capitalised word with no link that is the subject of a speech verb ("Niyombare said",
    "said Niyombare", "Niyombare was quoted as saying") -> the one person the article named
    before it whose name ends in that word. News gives a person's full name once, then the
    surname alone; a surname the model passed over leaves the quote with no speaker. Two
    people of that surname, or none named before: no link."""
    speech = ctx.cues["speech_verbs"]
    for token in para.tokens:
        if token.i in para.links or token.pos_ != "PROPN" or token.dep_ not in _SUBJECTS:
            continue
        if not token.text[:1].isupper() or not token.text.isalpha() or _named_more(token):
            continue
        if not _speaks(token.head, speech):
            continue
        person = _named_before(ctx, para, token)
        if person is not None:
            para.links[token.i] = person
            ctx.reference(para, token, person, "name")


def _named_more(token: Any) -> bool:
    """The word has words of a name of its own ("Mr X", "General X"): not a bare surname."""
    return any(c.dep_ in ("compound", "flat", "amod") for c in token.children)


def _speaks(verb: Any, speech: list[str]) -> bool:
    """A speech verb, or "was quoted as saying"."""
    if verb.lemma_.lower() in speech:
        return True
    return verb.lemma_.lower() == "quote" and any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(p.lemma_.lower() in speech for p in c.children)
        for c in verb.children
    )


def _named_before(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The one person linked before ``token`` in the article whose label ends in its word."""
    found: set[str] = set()
    for other in ctx.paragraphs:
        before = other is not para
        for i, label in other.links.items():
            if not before and i >= token.i:
                continue
            if label.rsplit(" ", 1)[-1] == token.text and ctx.etype_is(label, EntityType.PERSON):
                found.add(label)
        if other is para:
            break
    return found.pop() if len(found) == 1 else None
