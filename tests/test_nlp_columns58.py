"""kg's spaCy components read a Doc's columns, not its tokens one by one (dispatch58): the
spaced hyphens ``kg.nlp.dashes`` swaps and the bracket ``kg.nlp.datelines`` looks for are
found as the token-by-token reading found them. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from kg.nlp.dashes import spaced_hyphens, swap_dashes
from kg.nlp.datelines import holds_token


@pytest.fixture(scope="module")
def blank() -> Any:
    return spacy.blank("en")


def _by_tokens(doc: Any) -> list[int]:
    """The spaced hyphens read token by token (the reading the columns replace)."""
    return [
        t.i for t in doc if t.text == "-" and t.i and t.whitespace_ and doc[t.i - 1].whitespace_
    ]


HYPHENS = [
    ("Borrell - the EU's top diplomat - met Wang Yi in Beijing.", [1, 7]),
    ("A well-known Chilean poet spoke in Valparaiso.", []),
    ("- Santiago, the capital, voted first.", []),  # no space before it: no dash
    ("The vote ended 3 - 2 in Lima -", [4]),  # the last has no space after it
    ("Quito -- a city of hills - woke early.", [6]),  # "--" is not a hyphen
    ("Bogota-based lawyers -and judges- met.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENS)
def test_dashes_spaced_hyphens_read_from_columns(
    blank: Any, text: str, expected: list[int]
) -> None:
    """The hyphens with a space on each side, read from the ORTH and SPACY columns, are the
    ones the token-by-token reading finds."""
    doc = blank(text)
    assert spaced_hyphens(doc) == expected == _by_tokens(doc)


def test_dashes_swap_leaves_a_doc_without_one(blank: Any) -> None:
    """A Doc with no spaced hyphen (a joining one only) comes back as it is; one with a
    spaced hyphen comes back a new Doc with a dash there and the same text otherwise."""
    joined = blank("A well-known Peruvian judge ruled.")
    assert swap_dashes(joined) is joined
    spaced = blank("Lula - Brazil's president - met Petro.")
    swapped = swap_dashes(spaced)
    assert swapped is not spaced
    assert [t.text for t in swapped][1] == "\u2013"
    assert swapped.text.replace("\u2013", "-") == spaced.text


@pytest.mark.parametrize(
    ("text", "word", "held"),
    [
        ("LIMA (EFE) - Peru's congress met.", "(", True),
        # written inside a word, not a token: ``wire_dateline`` reads none there either
        ("Boric spoke(briefly) in Santiago.", "(", False),
        ("Boric spoke briefly in Santiago.", "(", False),
        ("A cross-border raid near Tumbes.", "-", True),  # the joiner is a token too
        ("A raid near Tumbes.", "Tumbes", True),
        ("A raid near Tumbes.", "tumbes", False),  # the written form, case and all
    ],
)
def test_datelines_holds_token_reads_the_written_form(
    blank: Any, text: str, word: str, held: bool
) -> None:
    """``holds_token`` tells whether a token is written exactly ``word``, as a token-by-token
    reading would."""
    doc = blank(text)
    assert holds_token(doc, word) is held
    assert held == any(t.text == word for t in doc)
