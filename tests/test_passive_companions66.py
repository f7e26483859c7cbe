"""The partner after "along with"/"together with" on a passive verb undergoes the act with
its subject (kg/extract/companions.py ``companion_partners``, read by the passive branch of
kg/extract/interactions.py): "was arrested along with his wife" arrests her too."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Jason Rezaian was arrested by Iranian authorities along with his wife Yeganeh Salehi.",
        ("Iranian authorities", "sanctioned", "Yeganeh Salehi"),
    ),
    (
        "Nasser al-Ansi was killed by a US drone along with Ibrahim al-Rubaish.",
        ("US army", "attacked", "Ibrahim al-Rubaish"),
    ),
    (
        "Mohamed Morsi was sentenced to death by an Egyptian court together with Mohamed Badie.",
        ("Egyptian court", "sanctioned", "Mohamed Badie"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_passive_partner_undergoes(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The passive's partner is a patient beside its subject."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


KEPT = [
    # the subject stays a patient
    (
        "Jason Rezaian was arrested by Iranian authorities along with his wife Yeganeh Salehi.",
        ("Iranian authorities", "sanctioned", "Jason Rezaian"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), KEPT)
def test_passive_subject_kept(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The passive's own subject keeps its claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NOT_DOER = [
    # an active verb's partner may be a second patient or a second doer: no claim either way
    (
        "Egyptian police arrested Mohamed Badie along with Khairat al-Shater.",
        ("Khairat al-Shater", "sanctioned", "Mohamed Badie"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NOT_DOER)
def test_active_partner_no_doer(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The partner of an active verb is not made its doer."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found
