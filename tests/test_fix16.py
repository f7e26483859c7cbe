"""Wrong claims of the sixteenth round (fix16): who speaks or acts "against" an event noun
did not do it (kg/extract/interactions.py); a hyphened title such as "secretary-general"
takes no owner from the article's one country (kg/extract/roles.py). Real model; actors
other than the articles the rules came from, each with a right look-alike."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed

OPPOSED: list[Case] = [
    # the subject opposes the event: not its doer
    (
        "Angela Merkel spoke out against the arrest of Alexei Navalny.",
        None,
        ("Angela Merkel", "sanctioned", "Alexei Navalny"),
    ),
    (
        "Amnesty International protested against the detention of Mahmoud Hussein.",
        None,
        ("Amnesty International", "sanctioned", "Mahmoud Hussein"),
    ),
    (
        "The European Union warned against the arrest of Alexei Navalny.",
        None,
        ("European Union", "sanctioned", "Alexei Navalny"),
    ),
    # look-alikes: the subject does the event it carries out or takes part in
    (
        "Russian police carried out the arrest of Alexei Navalny.",
        ("Russian police", "sanctioned", "Alexei Navalny"),
        None,
    ),
    (
        "Nigerian troops took part in an attack against Boko Haram.",
        ("Nigerian troops", "attacked", "Boko Haram"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), OPPOSED)
def test_interactions_opposed_event_not_done(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """An event noun after "against" under a verb is opposed, not done, by its subject."""
    check_kept_removed(extract(text), kept, removed)


_TURKEY = (
    "Turkey's President Recep Tayyip Erdogan condemned the bombing in Suruc. "
    "Turkish police arrested five suspects in Ankara. "
)
_PERU = (
    "Peru's President Ollanta Humala condemned the attack in Ayacucho. "
    "Peruvian police arrested five suspects in Lima. "
)

TITLES: list[Case] = [
    # an organisation's head named by a hyphened title: no office of the article's country
    (
        _TURKEY + "Jens Stoltenberg, the secretary-general, echoed Erdogan's remarks.",
        None,
        ("Jens Stoltenberg", "leader_of", "Turkey"),
    ),
    (
        _PERU + "Jose Miguel Insulza, the secretary-general, spoke in Washington.",
        None,
        ("Jose Miguel Insulza", "leader_of", "Peru"),
    ),
    # look-alikes: a minister with no owner is the article country's; a named owner holds
    (
        _TURKEY + "Efkan Ala, the interior minister, echoed Erdogan's remarks.",
        ("Efkan Ala", "member_of", "Turkey"),
        None,
    ),
    (
        _TURKEY + "Jens Stoltenberg, the NATO secretary-general, echoed Erdogan's remarks.",
        ("Jens Stoltenberg", "leader_of", "NATO"),
        ("Jens Stoltenberg", "leader_of", "Turkey"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), TITLES)
def test_roles_hyphened_title_not_the_country(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "X, the secretary-general" takes no owner from the article's one country."""
    check_kept_removed(extract(text), kept, removed)
