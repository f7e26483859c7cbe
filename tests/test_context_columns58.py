"""A paragraph's token data read in bulk (kg/extract/context.py ``Columns.of``) and its
cue sets told by bits (``_CueSets``, ``Paragraph.hits``): the same answers as a scan of
every token, whatever order the sets are first asked in."""

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

# sets asked of a paragraph, some holding its words, some not, some sharing words
SETS = [
    frozenset({"march", "protest"}),
    frozenset({"arrest", "detain", "police"}),
    frozenset({"sign", "pact"}),
    frozenset({"embargo", "tariff"}),
    frozenset({"the", "a", "an"}),
    frozenset({"watch", "escort", "navy", "guard"}),
    frozenset({"hold", "meet"}),
]


def _scan(para: Paragraph, words: frozenset[str]) -> list[int]:
    """The tokens whose lower-cased form or lemma is one of ``words``, by a scan."""
    return [i for i, t in enumerate(para.tokens) if {t.lower_, t.lemma_.lower()} & words]


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


@pytest.mark.parametrize("order", [1, -1])
def test_hits_by_bits_equal_a_scan_in_any_order(
    nlp: Any, order: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each set's hits are a scan's, though most sets get their bit after a paragraph made
    its mask (the mask is made again, not trusted without the new bit)."""
    monkeypatch.setattr(context, "_CUE_SETS", context._CueSets(most=64))
    monkeypatch.setattr(context, "_CUE_BITS", context._CUE_SETS.bits)
    paras = [Paragraph(nlp(text), 0) for text in TEXTS]
    found = 0
    for words in SETS[::order]:
        for para in paras:
            assert para.hits(words) == _scan(para, words)
            found += bool(para.hits(words))
    assert found >= len(TEXTS)  # (sets with hits, not only empty answers)
    assert len(context._CUE_SETS.bits) == len(SETS)


def test_hits_past_the_bits_or_of_a_plain_set_are_tested_as_sets(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A set asked once every bit is given, or a set that is not frozen, gets no bit and is
    still answered as a scan answers it."""
    monkeypatch.setattr(context, "_CUE_SETS", context._CueSets(most=2))
    monkeypatch.setattr(context, "_CUE_BITS", context._CUE_SETS.bits)
    para = Paragraph(nlp(TEXTS[1]), 0)
    for words in SETS:
        assert para.hits(words) == _scan(para, words)
    assert len(context._CUE_SETS.bits) == 2
    assert context._CUE_SETS.add(SETS[-1]) == 0
    plain = {"police", "quito"}
    assert para.hits(plain) == _scan(para, frozenset(plain))  # type: ignore[arg-type]
    assert para.hits(plain)  # type: ignore[arg-type]


def test_cue_set_mask_holds_the_bits_of_sets_named_before_it() -> None:
    """A mask has the bit of every set that holds one of the words, and its bound tells
    which sets it knew of."""
    sets = context._CueSets(most=8)
    first = sets.add(frozenset({"ruling", "court"}))
    mask, bound = sets.mask(["court", "judge"])
    assert mask == first
    assert first < bound
    later = sets.add(frozenset({"judge"}))
    assert later >= bound  # asked of that mask, it is made again
    assert sets.mask(["court", "judge"])[0] == first | later
    assert sets.add(frozenset({"court", "ruling"})) == first  # equal sets share a bit
