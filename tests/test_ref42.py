"""A bare "the group" past a tie of candidates (ref42).

"X and Y are the two main factions. Footage of an X camp was shown. The group seized Z": the
discourse rules leave X and Y tied; the latest sentence naming a candidate names X alone,
so "the group" is X (kg/extract/group_refs.py ``latest_named``, called from
kg/extract/nominals.py ``_group``). When that sentence names both, or "the group" is a
generic one ("the group of seven nations"), nothing is guessed. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hamas and Fatah are the two main Palestinian factions. Footage of a Hamas training "
            "camp was shown on Monday. The group has seized the town of Rafah.",
            ("Hamas", "attacked", "Rafah"),
        ),
        (
            "Hamas and Islamic Jihad are the two main armed factions in Gaza. Pictures of a "
            "Hamas training camp were published on Monday. The group has attacked the town of "
            "Sderot.",
            ("Hamas", "attacked", "Sderot"),
        ),
        (
            "The FARC and the ELN are the two largest rebel forces in Colombia. Footage of a "
            "FARC camp was shown on Monday. The group has attacked the town of Toribio.",
            ("FARC", "attacked", "Toribio"),
        ),
        (
            "The PKK and the YPG are fighting in the region. Images of a PKK camp were "
            "published on Friday. The group has attacked the city of Diyarbakir.",
            ("Kurdistan Workers' Party", "attacked", "Diyarbakir"),
        ),
    ],
)
def test_group_refs_the_group_takes_the_latest_named(
    extract: Any, text: str, expected: Triple
) -> None:
    """ "The group" is the one group of the latest sentence naming any, not its rival."""
    found = triples(extract(text, published="2015-06-10"))
    assert expected in found
    subject, predicate, place = expected
    assert not {t for t in found if t[1:] == (predicate, place) and t[0] != subject}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the latest sentence names both: either may be "the group"
        (
            "Hamas and Fatah are the two main Palestinian factions. Footage of Hamas and Fatah "
            "camps was shown on Monday. The group has seized the town of Rafah.",
            "Rafah",
        ),
        (
            "Hamas and Fatah are the two main Palestinian factions. The talks between Hamas and "
            "Fatah stalled on Monday. The group has seized the town of Rafah.",
            "Rafah",
        ),
    ],
)
def test_group_refs_two_groups_in_the_latest_sentence_stay_unresolved(
    extract: Any, text: str, place: str
) -> None:
    """Two candidate groups in the latest sentence: no one is made the attacker."""
    found = triples(extract(text, published="2015-06-10"))
    assert not {t for t in found if t[1:] == ("attacked", place)}


def test_group_refs_generic_group_is_no_reference(extract: Any) -> None:
    """ "The group of seven nations" is no reference back to the group just named."""
    text = (
        "Hamas and Fatah are the two main Palestinian factions. Footage of a Hamas training "
        "camp was shown on Monday. The group of seven nations condemned Israel."
    )
    found = triples(extract(text, published="2015-06-10"))
    assert ("Hamas", "criticized", "Israel") not in found
    assert ("Fatah", "criticized", "Israel") not in found
