"""Wire datelines whose town is written with hyphens (probeC66): "PORT-AU-PRINCE (AP) -",
"SAINT-DENIS (AFP) -". The hyphens glued inside the town's name are words of the dateline
(kg/nlp/datelines.py ``_place_word``), so neither the agency nor the town is the subject of
the sentence's verb; a spaced dash still closes no wire dateline. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.nlp.datelines import wire_dateline
from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        (
            "PORT-OF-SPAIN (Reuters) - Trinidad's prime minister Keith Rowley met opposition "
            "leader Kamla Persad-Bissessar on Monday.",
            ("Kamla Persad-Bissessar", "met", "Keith Rowley"),
            [("Kamla Persad-Bissessar", "met", "Reuters")],
        ),
        (
            "AIX-EN-PROVENCE (AFP) - French police arrested 12 protesters on Monday.",
            ("French police", "sanctioned", "12 protesters"),
            [
                ("AFP", "sanctioned", "12 protesters"),
                ("AIX-EN-PROVENCE", "sanctioned", "12 protesters"),
            ],
        ),
        (
            "PORT-AU-PRINCE, Haiti (AP) - The United Nations criticized Haiti's government.",
            ("United Nations", "criticized", "Haiti's government"),
            [
                ("AP", "criticized", "Haiti's government"),
                ("Haiti", "criticized", "Haiti's government"),
            ],
        ),
    ],
)
def test_dateline66_hyphenated_town_is_no_actor(
    extract: Any, text: str, kept: Triple, absent: list[Triple]
) -> None:
    found = triples(extract(text))
    assert kept in found
    for triple in absent:
        assert triple not in found


@pytest.mark.parametrize(
    ("text", "dash"),
    [
        ("PORT-AU-PRINCE (AP) - Gunmen attacked a convoy.", 8),
        ("WINSTON-SALEM, N.C. (AP) - Gunmen attacked a convoy.", 8),
        # a spaced dash inside what would be the town: no dateline
        ("PORT - AU (AP) - Gunmen attacked a convoy.", -1),
    ],
)
def test_dateline66_finds_a_hyphenated_town(nlp: Any, text: str, dash: int) -> None:
    assert wire_dateline(next(iter(nlp(text).sents))) == dash
