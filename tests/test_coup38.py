"""The sides of a coup (coup38). Sentences of our own, about other countries and coups than the
articles the rules were learned from.

1. The coup's sides written as plain phrases are groups of their article, not the country's
   army: "coup leaders", "putschists", "mutineers", "mutinous soldiers" (REB) and "loyalist
   troops", "loyal soldiers" (MIL; ``plain_nouns`` of kg/data/en/sector_nouns.json, and
   "loyal", "loyalist" in ``not_our_sector_modifiers`` of kg/data/en/words.json, so "loyalist
   troops in Guinea" are not Guinea's army).
   Troops with a backing participle after them ("troops backing the coup leaders") are a side
   too, not the country's army (``not_our_sector_modifiers`` read on an ``acl`` child in
   kg/resolve/collectives.py ``_bare_sector``).
2. A perpetrator's title after a coup word ("deputy coup leader X", "coup mastermind X") ties
   its holder to the article's coup plotters (``perpetrator_titles``, ``perpetrator_labels``;
   kg/resolve/sides.py ``_event_titles``), not to the country's army.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

SIDES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "On Friday, loyalist troops in Guinea arrested Colonel Moussa Camara.",
        ("loyalist troops", "sanctioned", "Moussa Camara"),
        ("Guinean army", "sanctioned", "Moussa Camara"),
    ),
    (
        "On Wednesday, putschists detained President Michel Kafando.",
        ("putschists", "sanctioned", "Michel Kafando"),
        None,
    ),
    (
        "On Tuesday mutinous soldiers attacked President Mamadou Tandja.",
        ("mutinous soldiers", "attacked", "Mamadou Tandja"),
        None,
    ),
    (
        "The mutineers arrested Prime Minister Isaac Zida.",
        ("mutineers", "sanctioned", "Isaac Zida"),
        None,
    ),
    (
        "The coup leaders arrested Prime Minister Isaac Zida.",
        ("coup leaders", "sanctioned", "Isaac Zida"),
        None,
    ),
    (
        # a country's troops with no side word stay its army
        "Guinean troops arrested Colonel Moussa Camara on Friday.",
        ("Guinean troops", "sanctioned", "Moussa Camara"),
        ("loyalist troops", "sanctioned", "Moussa Camara"),
    ),
    (
        "Mali has been in crisis since April. Mali's president Ibrahim Keita was abroad when "
        "the coup began. The attempted coup triggered fierce fighting in Bamako between troops "
        "backing coup leaders and those loyal to Keita. Mali's army said order was restored.",
        ("Ibrahim Keita", "leader_of", "Mali"),
        ("Mali's army", "supported", "coup leaders"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), SIDES)
def test_coup_sides_are_groups_of_their_article(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Plotters, mutineers and loyalist troops are sides of the article, not its army."""
    check_kept_removed(extract(text, published="2015-09-18"), kept, removed)


TITLES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        # a deputy's title makes a member of the plotters (member63: ``_deputy_before_owner``)
        "Police in Bamako arrested deputy coup leader Moussa Diallo on Friday.",
        ("Moussa Diallo", "member_of", "coup plotters"),
        ("Moussa Diallo", "leader_of", "coup plotters"),
    ),
    (
        "Coup leader General Gilbert Diendere fled to the Ivorian embassy.",
        ("Gilbert Diendere", "leader_of", "coup plotters"),
        None,
    ),
    (
        "The mutineers seized the radio. Police arrested coup leader Amadou Konare on Friday.",
        ("Amadou Konare", "leader_of", "mutineers"),
        None,
    ),
    (
        # a rebel's title is still the rebels', and a plain "leader" no coup's
        "Opposition leader Cellou Diallo criticized the army.",
        None,
        ("Cellou Diallo", "leader_of", "coup plotters"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), TITLES)
def test_coup_titles_tie_their_holder_to_the_plotters(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "coup leader X" leads the article's coup plotters."""
    check_kept_removed(extract(text, published="2015-09-18"), kept, removed)
