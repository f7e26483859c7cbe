"""An act listed after the charge of an accounting verb ("convicted X of inciting violence,
attacking Y") is the one held to account's, not the court's or the police's, even where the
parser hangs its gerund on the verb (kg/extract/interactions.py, ``_listed_charge``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

ROWS = [
    # the listed act is the accused's
    (
        "A Cairo court convicted Ahmed Salem of inciting violence, attacking Mona Ali and "
        "burning a police car.",
        ("Ahmed Salem", "attacked", "Mona Ali"),
        ("Cairo court", "attacked", "Mona Ali"),
    ),
    (
        "A court sentenced Ahmed Salem for insulting the judge, threatening Mona Ali.",
        ("Ahmed Salem", "threatened", "Mona Ali"),
        None,
    ),
    # no charge listed: the gerund is the doer's own manner ("arrested X, beating Y")
    (
        "Police arrested Ahmed Salem, beating Mona Ali in the process.",
        ("Police", "attacked", "Mona Ali"),
        ("Ahmed Salem", "attacked", "Mona Ali"),
    ),
    # no accounting verb
    (
        "Ahmed Salem accused Omar Nabil of lying, attacking Mona Ali in a speech.",
        None,
        ("Omar Nabil", "attacked", "Mona Ali"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), ROWS)
def test_interactions_listed_charge_is_the_accused(
    extract: Any,
    text: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """A gerund listed after a charge is done by the one charged; no other gerund is."""
    found = triples(extract(text, published="2015-05-15"))
    if kept is not None:
        assert kept in found, found
    if removed is not None:
        assert removed not in found, found
