"""Quotes: ``stated`` claims, a quote attributed by a speech verb whose subject is a person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

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
        start = min(sentence.start_char, match.start())
        end = max(sentence.end_char, match.end())
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
) -> tuple[str | None, Any]:
    doc = para.doc
    sentences = [s for s in doc.sents if s.start_char <= qstart < s.end_char]
    sentences += [s for s in doc.sents if s.start_char < qend <= s.end_char]
    for sent in sentences:
        for token in sent:
            if token.idx >= qstart and token.idx < qend:
                continue
            if token.lemma_.lower() in ctx.cues["speech_verbs"] and token.pos_ == "VERB":
                for subj in token.children:
                    if subj.dep_ == "nsubj" and not (qstart <= subj.idx < qend):
                        label = para.links.get(subj.i)
                        if label and ctx.etype_is(label, EntityType.PERSON):
                            return label, sent
    return None, None
