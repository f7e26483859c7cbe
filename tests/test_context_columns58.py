"""A paragraph's token data read in bulk (kg/extract/context.py ``Columns.of``) and its
plain tokens' children made from the heads in one pass (``_plain_tokens``): the same as
spaCy's per token."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract import Paragraph, context

TEXTS = [
    # heads before and after their words (negative and positive offsets), three sentences
    "Norway's envoy, who arrived late, met officials of Fiji. They signed a pact. It holds.",
    "Protesters in Quito marched on Tuesday; police dispersed them and arrested two leaders.",
    "The Danish navy escorted Latvian ships while Estonia's coast guard watched the strait.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_read_in_bulk_equal_each_tokens_own(nlp: Any, text: str) -> None:
    """Heads (read as signed offsets), sentence starts and strings equal spaCy's per token."""
    doc = nlp(text)
    columns = context.Columns.of(doc, [])
    assert columns.heads == [t.head.i for t in doc]
    assert any(h < i for i, h in enumerate(columns.heads))  # a head before its word
    assert any(h > i for i, h in enumerate(columns.heads))  # and one after
    assert columns.starts == [s.start for s in doc.sents][1:]
    assert columns.lower == [t.lower_ for t in doc]
    assert columns.lemma == [t.lemma_.lower() for t in doc]
    assert columns.text == [t.text for t in doc]
    assert columns.dep == [t.dep_ for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_plain_tokens_children_are_spacys_in_order(nlp: Any, text: str) -> None:
    """Each plain token's children, heads and subtree are spaCy's, in spaCy's order; a leaf's
    children are the one shared empty tuple."""
    doc = nlp(text)
    para = Paragraph(doc, 0)
    for token, theirs in zip(para.tokens, doc, strict=True):
        assert [k.i for k in para.children(token)] == [k.i for k in theirs.children]
        assert token.head.i == theirs.head.i
        assert [k.i for k in token.subtree] == [k.i for k in theirs.subtree]
    leaves = [t for t in para.tokens if not list(t.children)]
    assert leaves
    assert all(t._kids is context._LEAF for t in leaves)
    assert para.kids == [[k.i for k in t.children] or context._LEAF for t in doc]
