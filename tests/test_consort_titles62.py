"""A queen's title makes her leader_of a country only when she reigned (``consort_titles``
of titles.json, the dated roles of kg/data/roles.jsonl: kg/extract/role_owners.py
``reigns``): a king's wife bears the title too, and heads no state."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

REIGNED = [
    ("Denmark's Queen Margrethe opened the new bridge.", "2015-05-15", "Margrethe II", "Denmark"),
    (
        "Queen Beatrix of the Netherlands visited Paris on Monday.",
        "2010-05-15",
        "Beatrix",
        "Netherlands",
    ),
    (
        "Britain's Queen Elizabeth opened the new hospital.",
        "2015-05-15",
        "Elizabeth II",
        "United Kingdom",
    ),
    # a king's title is unchanged
    ("Jordan's King Abdullah visited the school.", "2015-05-15", "Abdullah", "Jordan"),
]


@pytest.mark.parametrize(("text", "published", "queen", "country"), REIGNED)
def test_consort_titles_reigning_queen_leads(
    extract: Any, text: str, published: str, queen: str, country: str
) -> None:
    """A queen the dated roles say reigned leads her country."""
    found = triples(extract(text, published=published))
    assert (queen, "leader_of", country) in found, found


CONSORTS = [
    "Jordan's Queen Rania visited a school in Amman.",
    "Queen Silvia of Sweden attended the gala on Friday.",
    "Rania, the queen of Jordan, opened the new library.",
    "Jordanian Queen Noor visited the refugee camp.",
    "King Carl Gustaf and Queen Silvia of Sweden visited Paris.",
]


@pytest.mark.parametrize("text", CONSORTS)
def test_consort_titles_consort_leads_nothing(extract: Any, text: str) -> None:
    """A queen with no reign in the dated roles (a king's wife) leads no country."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "leader_of" and t[0] in ("Rania", "Silvia", "Noor")}, (
        found
    )
