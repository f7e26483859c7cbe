"""Plural sites in a named place (loc46).

"17 human trafficking detention camps in Padang Besar" names one set of sites of its article,
a Place node that lies in the place, as a singular unnamed site does; not a bare plural
("toured clinics in X") or a vague number of them ("many schools in X"), not sites in a
country in general ("hospitals in Nigeria"), not a plural whose places the article names one
by one ("two hotels in X ... the Serena hotel"), not what an attack hits (the town is the
target) (kg/extract/plural_sites.py, kg/extract/sites.py). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

Pair = tuple[str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Soldiers found 12 training camps in the town of Kidal on Monday.",
            ("12 training camps", "Kidal"),
            None,
        ),
        (
            "Reporters visited refugee camps in Kilis province this week.",
            ("refugee camps", "Kilis province"),
            None,
        ),
        (
            "Investigators found 40 graves in three locations in the state of Sonora.",
            ("40 graves", "Sonora"),
            None,
        ),
        (
            "The floods damaged the makeshift camps in Chittagong on Monday.",
            ("makeshift camps", "Chittagong"),
            None,
        ),
        ("Many schools in Lagos were closed on Monday.", None, ("schools", "Lagos")),
        (
            "Doctors said hospitals in Nigeria had never been attacked before.",
            None,
            ("hospitals", "Nigeria"),
        ),
        (
            "Car bombs at two hotels in Nairobi killed ten people. The first bomb went off "
            "near the Serena hotel.",
            None,
            ("hotels", "Nairobi"),
        ),
        ("One of the camps in Dadaab was closed on Monday.", None, ("camps", "Dadaab")),
        ("The envoy toured clinics in Mopti on Tuesday.", None, ("clinics", "Mopti")),
        (
            "Rebel rockets hit the makeshift camps in Chittagong on Monday.",
            None,
            ("makeshift camps", "Chittagong"),
        ),
    ],
)
def test_plural_sites_lie_in_their_place(
    extract: Any, text: str, expected: Pair | None, absent: Pair | None
) -> None:
    """A plural site in a named place lies there; a vague, general or named-later one is no node."""
    found = pairs(extract(text, published="2015-06-10"), "located_in")
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found
