"""A place or a facility seized by fighters from whoever held it is an assault on the holder,
not property confiscated (kg/extract/interactions.py, ``_forceful_sense``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

SEIZED = [
    # (sentence, the triple it gives, the triple it must not give)
    (
        "Taliban fighters seized a town controlled by the Afghan government.",
        ("Taliban", "attacked", "Afghan government"),
        ("Taliban", "coerced", "Afghan government"),
    ),
    (
        "Houthi fighters seized a base held by the Yemeni army.",
        ("Houthis", "attacked", "Yemeni army"),
        ("Houthis", "coerced", "Yemeni army"),
    ),
]


@pytest.mark.parametrize(("sentence", "given", "wrong"), SEIZED)
def test_interactions_seized_places_attack_the_holder(
    extract: Any, sentence: str, given: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    """Fighters seizing a held town or base attack its holder."""
    found = triples(extract(sentence))
    assert given in found, sorted(found)
    assert wrong not in found, sorted(found)


def test_interactions_seized_places_property_stays_seized(extract: Any) -> None:
    """Assets seized by the police are no place taken by force: no attack."""
    found = triples(extract("Egyptian police seized the assets of the Muslim Brotherhood."))
    assert ("Egyptian police", "attacked", "Muslim Brotherhood") not in found, sorted(found)
    assert ("Egyptian police", "sanctioned", "Muslim Brotherhood") in found, sorted(found)
