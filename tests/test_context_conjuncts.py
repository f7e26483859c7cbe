"""A paragraph's conjuncts one level down (kg/extract/context.py ``Paragraph.conj_kids`` and
``Paragraph.with_conjuncts``): what the rules read as "the object and its conjuncts"."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract import Paragraph

CASES = [
    # (sentence, word asked, with_conjuncts' texts)
    ("Ghana and Togo signed a deal with Benin and Niger.", "Ghana", ["Ghana", "Togo"]),
    ("Ghana and Togo signed a deal with Benin and Niger.", "Benin", ["Benin", "Niger"]),
    ("Ghana and Togo signed a deal with Benin and Niger.", "Togo", ["Togo"]),
    ("Ghana and Togo signed a deal with Benin and Niger.", "deal", ["deal"]),
    ("Rebels seized Aleppo and shelled Homs.", "seized", ["seized", "shelled"]),
    # one level down: a conjunct the parser hangs on the second word is that word's
    ("The court fined Shell, BP and Total on Monday.", "Shell", ["Shell", "BP"]),
    ("The court fined Shell, BP and Total on Monday.", "BP", ["BP", "Total"]),
]


@pytest.mark.parametrize(("text", "word", "texts"), CASES)
def test_context_with_conjuncts_one_level_down(
    nlp: Any, text: str, word: str, texts: list[str]
) -> None:
    """The word, then the conjuncts hung on it, as the paragraph's own tokens."""
    para = Paragraph(nlp(text), 0)
    token = next(t for t in para.tokens if t.text == word)
    found = para.with_conjuncts(token)
    assert [t.text for t in found] == texts
    assert all(t is para.tokens[t.i] for t in found)


def test_context_conj_kids_of_several_in_order(nlp: Any) -> None:
    """Each token's conjuncts, the first token's first; none for a word with none."""
    para = Paragraph(nlp("Ghana and Togo signed a deal with Benin and Niger."), 0)
    ghana, deal, benin = (
        next(t for t in para.tokens if t.text == w) for w in ("Ghana", "deal", "Benin")
    )
    assert [t.text for t in para.conj_kids([benin, deal, ghana])] == ["Niger", "Togo"]
    assert para.conj_kids([deal]) == []
