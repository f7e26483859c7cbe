"""Coordinated doers of a hostile act do not act on one another: the object of "X and Y
attacked rebel positions" is never X or Y, whatever a bare owner ("rebel", "militant") was
resolved to; a single doer, another named object, and sides written as fighting each other
keep their claims."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, triples it must give, triples it must not give)
CASES: list[tuple[str, list[tuple[str, str, str]], list[tuple[str, str, str]]]] = [
    (
        "Hezbollah and the Syrian army attacked rebel positions in Qalamoun.",
        [],
        [("Syrian army", "attacked", "Hezbollah"), ("Hezbollah", "attacked", "Syrian army")],
    ),
    (
        "Iraqi forces and Kurdish fighters attacked militant positions near Mosul.",
        [],
        [
            ("Iraqi army", "attacked", "Kurdish fighters"),
            ("Kurdish fighters", "attacked", "Iraqi army"),
        ],
    ),
    (
        "The Syrian army and Hezbollah shelled rebel positions.",
        [],
        [("Syrian army", "attacked", "Hezbollah"), ("Hezbollah", "attacked", "Syrian army")],
    ),
    # another named object is kept for every doer
    (
        "Hezbollah and the Syrian army attacked ISIL positions in Qalamoun.",
        [("Hezbollah", "attacked", "Islamic State"), ("Syrian army", "attacked", "Islamic State")],
        [("Syrian army", "attacked", "Hezbollah")],
    ),
    # sides written as fighting one another still fight
    (
        "Government troops and rebels clashed in Aleppo.",
        [("Government troops", "attacked", "rebels")],
        [],
    ),
]


@pytest.mark.parametrize(("sentence", "given", "wrong"), CASES)
def test_interactions_co_agents(
    extract: Any,
    sentence: str,
    given: list[tuple[str, str, str]],
    wrong: list[tuple[str, str, str]],
) -> None:
    """No hostile claim between the coordinated doers of one act."""
    found = {(s.casefold(), p, o.casefold()) for s, p, o in triples(extract(sentence))}
    for s, p, o in given:
        assert (s.casefold(), p, o.casefold()) in found, sorted(found)
    for s, p, o in wrong:
        assert (s.casefold(), p, o.casefold()) not in found, sorted(found)
