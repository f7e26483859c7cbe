"""Precision on unseen news (prec16): a bare sector noun that an organisation's name
modifies ("UDSM authorities", "CHP officials") is that organisation's people, not the state
actor of the article's country (kg/resolve/collectives.py, _bare_sector); the same noun with
no owner ("the authorities", "authorities") still is. A lower-case kind noun before an armed
collective ("volunteer fighters", "clan fighters") makes a side of its own, never the armed
group the article named (kg/resolve/collectives.py, _unowned_item); bare "fighters" and "other
fighters" still are that group. The troops of a person titled as his state's leader ("President
Salva Kiir's troops") are that state's forces, not the person (kg/resolve/collectives.py,
_titled_leader_country); a former leader's are not. Sentences are about other actors than
the articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

_TZ = (
    "Police in Tanzania arrested dozens of students in Dar es Salaam on Monday. "
    "The Tanzanian government said the protest was illegal. "
)
_CL = (
    "Police in Chile arrested dozens of students in Santiago on Monday. "
    "The Chilean government said the march was illegal. "
)

KEPT = [
    # no owner in front: the article country's government
    (
        _TZ + "The authorities insisted they are committed to continuing talks with student "
        "protesters.",
        ("Tanzanian government", "met", "student protesters"),
    ),
    (
        _CL + "Authorities said they would hold talks with the students.",
        ("Chilean government", "met", "students"),
    ),
]

REMOVED = [
    # a university's (or other organisation's) authorities are not the state's
    (
        _TZ + "UDSM authorities insisted they are committed to continuing talks with student "
        "protesters.",
        ("Tanzanian government", "met", "student protesters"),
    ),
    (
        _CL + "UCH authorities said they would hold talks with the students.",
        ("Chilean government", "met", "students"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_prec16_organisation_owned_sector_nouns(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """An organisation's "authorities" never become the country's government; bare ones do."""
    check_kept_removed(extract(text), kept, removed)


_BH = "Boko Haram fighters seized the town of Baga on Sunday. "
_AS = "Al-Shabab fighters seized the town of Baidoa on Sunday. "

ARMED_KEPT = [
    # bare or "other" fighters after a named armed group: that group
    (
        _BH + "The Nigerian government is arming fighters in Borno state.",
        ("Nigerian government", "supported", "Boko Haram"),
    ),
    (
        _AS + "Somali troops killed the leader and other fighters.",
        ("Somali troops", "attacked", "al-Shabab"),
    ),
    (_AS + "Fighters later attacked the town of Afgoye.", ("al-Shabab", "attacked", "Afgoye")),
    # a kind of fighters is a side of its own
    (
        _AS + "Ethiopian troops and clan fighters recaptured the town of Burhakaba on Monday.",
        ("clan fighters", "attacked", "Burhakaba"),
    ),
]

ARMED_REMOVED = [
    (
        _BH + "The Nigerian government should be supplying weapons to volunteer fighters in "
        "Borno state.",
        ("Nigerian government", "supported", "Boko Haram"),
    ),
    (
        _AS + "Ethiopian troops and clan fighters recaptured the town of Burhakaba on Monday.",
        ("al-Shabab", "attacked", "Burhakaba"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(ARMED_KEPT, ARMED_REMOVED))
def test_prec16_kinds_of_fighters(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "volunteer fighters" are not the armed group named before; "fighters" are."""
    check_kept_removed(extract(text), kept, removed)


LEADER_KEPT = [
    (
        "South Sudanese rebels attacked President Salva Kiir's troops near Malakal.",
        ("South Sudanese rebels", "attacked", "South Sudanese army"),
    ),
    # the leader keeps his own mention and role
    (
        "South Sudanese rebels attacked President Salva Kiir's troops near Malakal.",
        ("Salva Kiir", "leader_of", "South Sudan"),
    ),
    (
        "Taliban fighters attacked President Ashraf Ghani's troops near Kunduz on Monday.",
        ("Taliban", "attacked", "Afghan army"),
    ),
]

LEADER_REMOVED = [
    (
        "South Sudanese rebels attacked President Salva Kiir's troops near Malakal.",
        ("South Sudanese rebels", "attacked", "Salva Kiir"),
    ),
    (
        "Taliban fighters attacked President Ashraf Ghani's troops near Kunduz on Monday.",
        ("Taliban", "attacked", "Ashraf Ghani"),
    ),
    # a former president's troops are no state's forces
    (
        "Al-Shabab fighters attacked former president Sharif Ahmed's troops near Kismayo.",
        ("al-Shabab", "attacked", "Somali army"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(LEADER_KEPT, LEADER_REMOVED)
)
def test_prec16_titled_leaders_troops(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "President X's troops" are X's state's forces; a former president's are not."""
    check_kept_removed(extract(text), kept, removed)
