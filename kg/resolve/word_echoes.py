"""One-word names the model tagged once in an article and passed over elsewhere in it
("Farkhunda", "Nusra", "Tanhuato"): mentions for kg/resolve/entities.py's article pass; and a
person's surname the words around made a place, given back to the person.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from kg.resolve.entities import MISREAD_LABELS, SpanMention

Paragraphs = list[tuple[list[Any], str, list[SpanMention]]]


def word_echoes(paragraphs: Paragraphs) -> Paragraphs:
    """A one-word name the model tagged somewhere in the article (no demonym, no collective)
    names the same where else it stands alone as a capitalised proper noun the model left
    untagged or read as a work's, a product's or a law's name ("Farkhunda was beaten" after
    "the killing of Farkhunda"; "Nusra follows al-Qaeda's ..." after "the Nusra Front's
    rival, Nusra,"): a mention with the label the model gave it most (the first in
    alphabetical order on a tie). Not a word inside a longer run of capitals ("Nusra
    Front"), nor a function word. First, a place read from the words around it that is a
    person's surname the article gives is dropped (``_surnames_stay``)."""
    paragraphs = _surnames_stay(paragraphs)
    labels = _tagged_words(paragraphs)
    if not labels:
        return paragraphs
    out = []
    for tokens, text, mentions in paragraphs:
        taken = {i for m in mentions for i in range(m.start, m.end)}
        extra = [
            SpanMention(t.i, t.i + 1, t.text, labels[t.text])
            for t in tokens
            if t.text in labels
            and t.i not in taken
            and t.pos_ == "PROPN"
            and t.ent_type_ in MISREAD_LABELS
            and _alone(tokens, t)
        ]
        if extra:
            mentions = sorted([*mentions, *extra], key=lambda m: m.start)
        out.append((tokens, text, mentions))
    return out


def _tagged_words(paragraphs: Paragraphs) -> dict[str, str]:
    """The one-word names of the model's entities in the article (capitalised letters, no
    function word), each with the label the model gave it most."""
    counts: dict[str, Counter[str]] = {}
    for tokens, _, mentions in paragraphs:
        for m in mentions:
            word = tokens[m.start]
            if (
                m.end - m.start == 1
                and not m.demonym
                and m.canonical is None
                and m.text == word.text
                and word.ent_type_ == m.label
                and word.text.isalpha()
                and word.text[:1].isupper()
                and word.lower_ not in STOP_WORDS
            ):
                counts.setdefault(m.text, Counter())[m.label] += 1
    return {w: min(c, key=lambda label: (-c[label], label)) for w, c in counts.items()}


def _alone(tokens: list[Any], t: Any) -> bool:
    """The word stands alone: no capitalised word right before it (but a sentence's
    opening) or right after it, and no compound of its own."""
    before = tokens[t.i - 1] if t.i > 0 else None
    after = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
    return not (
        (before is not None and before.text[:1].isupper() and not t.is_sent_start)
        or (after is not None and after.text[:1].isupper())
        or t.dep_ == "compound"
        or any(c.dep_ == "compound" for c in t.children)
    )


def _surnames_stay(paragraphs: Paragraphs) -> Paragraphs:
    """A one-word place the model did not tag, read from the words around it ("fired at
    Dasht", "fled to Dasht": kg/resolve/entities.py's ``_untagged_places``), whose word is
    the last of a person's full name the article gives ("Fatima Dasht"), is no place: the
    word is left to be read as that person's surname."""
    surnames = {
        m.text.rsplit(" ", 1)[-1]
        for _, _, mentions in paragraphs
        for m in mentions
        if m.label == "PERSON" and m.end - m.start > 1
    }
    if not surnames:
        return paragraphs
    return [
        (
            tokens,
            text,
            [
                m
                for m in mentions
                if not (
                    m.label == "GPE"
                    and m.end - m.start == 1
                    and m.text in surnames
                    and tokens[m.start].ent_type_ in MISREAD_LABELS
                )
            ],
        )
        for tokens, text, mentions in paragraphs
    ]
