"""Support told by other constructions (sup36). Sentences of our own, about other actors than
the articles the rules were learned from.

1. Vigilantes and youth groups are collective actors (kg/data/en/sector_nouns.json), and a
   "civilian" collective is a side of its own, never the armed group named before it
   (``other_sides`` of kg/data/en/cues.json): "civilian vigilantes assisting the army".
2. An actor called the source, supplier or provider of aid for another supports it
   (``stance_roles.source_nouns`` of kg/data/en/cues.json, kg/extract/stance_roles.py):
   "Iran, the main source of support for Hezbollah"; not "a source close to Hamas", nor "a
   source of concern for Israel".
3. Echoing an actor's call backs the caller, as welcoming or backing it does ("echo" is no
   light verb of the "call" noun in kg/data/en/triggers.jsonl).
4. An actor of its own name after "and allied" supported the one before "and" ("Syrian
   troops and allied Hezbollah fighters"; kg/extract/loyalties.py ``_allied_conjunct``); a
   bare "allied forces" names nobody.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

COLLECTIVES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Christian youth groups praised the Kenyan army.",
        ("Christian youth groups", "supported", "Kenyan army"),
        None,
    ),
    (
        "Kenyan police were praised by Christian youth groups for their work.",
        ("Christian youth groups", "supported", "Kenyan police"),
        None,
    ),
    (
        "Civilian vigilantes attacked al-Shabab near the border.",
        ("Civilian vigilantes", "attacked", "al-Shabab"),
        None,
    ),
    (
        "Local vigilantes assisting the Cameroonian army repelled the attack.",
        ("Local vigilantes", "supported", "Cameroonian army"),
        None,
    ),
    (
        "Al-Shabab fighters raided a village on Monday. A member of the civilian vigilantes"
        " assisting the Kenyan army in the fight against al-Shabab said the raid was a"
        " reprisal.",
        ("civilian vigilantes", "supported", "Kenyan army"),
        ("al-Shabab", "supported", "Kenyan army"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), COLLECTIVES)
def test_collectives_vigilantes_and_youth_groups_act(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Vigilantes and youth groups are actors; civilian vigilantes are not the armed group."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


SOURCES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Iran, the main source of support for Hezbollah, sent advisers.",
        ("Iran", "supported", "Hezbollah"),
        None,
    ),
    (
        "Qatar is a major source of funding for Hamas.",
        ("Qatar", "supported", "Hamas"),
        None,
    ),
    (
        "Russia, the main supplier of arms to Venezuela, signed a deal.",
        ("Russia", "supported", "Venezuela"),
        None,
    ),
    (
        "A source close to Hamas said the talks failed in Cairo.",
        None,
        ("Hamas", "supported", "Hamas"),
    ),
    (
        "Egypt, a source of concern for Israel, held talks with Jordan.",
        None,
        ("Egypt", "supported", "Israel"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), SOURCES)
def test_stance_roles_source_of_aid_supports(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """The source of aid for an actor supports it; a source of anything else does not."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


ECHOES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "John Mahama echoed Amnesty International's call for an inquiry.",
        ("John Mahama", "supported", "Amnesty International"),
        None,
    ),
    (
        "John Mahama echoed calls for the release of Ahmed Mansoor.",
        ("John Mahama", "supported", "Ahmed Mansoor"),
        None,
    ),
    (
        "John Mahama rejected Amnesty International's call for an inquiry.",
        ("John Mahama", "criticized", "Amnesty International"),
        ("John Mahama", "supported", "Amnesty International"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), ECHOES)
def test_interactions_echoed_call_backs_the_caller(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Echoing an actor's call backs it; rejecting the call does not."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


ALLIED: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Ethiopian troops and allied Somali militiamen attacked Baidoa.",
        ("Somali militiamen", "supported", "Ethiopian troops"),
        None,
    ),
    (
        "Thousands of Chadian troops and allied Sudanese militiamen have been deployed to the"
        " border.",
        ("Sudanese militiamen", "supported", "Chadian troops"),
        None,
    ),
    (
        "Government troops and allied forces attacked Baidoa.",
        None,
        ("forces", "supported", "Government troops"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), ALLIED)
def test_loyalties_allied_conjunct_supports(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "X and allied Y": Y supported X; a bare "allied forces" is no actor."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
