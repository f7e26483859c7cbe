"""Quotes: ``stated`` claims, a quote attributed by a speech verb whose subject is a person."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.vocab import EntityType, Predicate, Status

_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")


def quotes(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """``stated``: a quote attributed by a speech verb whose subject is a person."""
    text = para.text
    for match in _QUOTE.finditer(text):
        quote = (match.group(1) or match.group(2)).strip()
        if len(quote.split()) < 4:
            continue
        speaker, sentence = _speaker(ctx, para, match.start(), match.end())
        if speaker is None or sentence is None:
            continue
        start = min(sentence[0], match.start())
        end = max(sentence[1], match.end())
        yield Draft(
            speaker,
            Predicate.STATED,
            None,
            Status.OCCURRED,
            None,
            None,
            None,
            "010",
            (para.offset + start, para.offset + end),
            0.8,
            value=quote,
        )


def _speaker(
    ctx: ArticleContext, para: Paragraph, qstart: int, qend: int
) -> tuple[str | None, tuple[int, int] | None]:
    """The person a speech verb of the quote's sentences names as its subject, and the
    (start, end) chars of that sentence (``Span.start_char``, ``end_char``)."""
    tokens = para.tokens  # the sentences' bounds read from the paragraph (no Span made)
    spans = [
        (start, end, tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1].text))
        for start, end in para.sents
    ]
    sentences = [s for s in spans if s[2] <= qstart < s[3]]
    sentences += [s for s in spans if s[2] < qend <= s[3]]
    for start, end, start_char, end_char in sentences:
        for token in tokens[start:end]:
            if token.idx >= qstart and token.idx < qend:
                continue
            if token.lemma_.lower() in ctx.cues["speech_verbs"] and token.pos_ == "VERB":
                for subj in token.children:
                    if subj.dep_ == "nsubj" and not (qstart <= subj.idx < qend):
                        label = para.links.get(subj.i)
                        if label and ctx.etype_is(label, EntityType.PERSON):
                            return label, (start_char, end_char)
    return None, None
