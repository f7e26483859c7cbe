"""An attack on a held place named by its noun hits that place, not its holder; an attack on a
country's minority is not on the country; who looks away from an act ("turned a blind eye to",
"ignored") did not do it; who was held in detention did not detain."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, a triple it must give, a triple it must not give)
SITES: list[tuple[str, tuple[str, str, str] | None, tuple[str, str, str]]] = [
    # the stronghold's place is named after "of": the place was hit, not its holder
    (
        "The Taliban advanced on Ghani's northern stronghold of Kunduz last week.",
        ("Taliban", "attacked", "Kunduz"),
        ("Taliban", "attacked", "Ashraf Ghani"),
    ),
    # ... or in an apposition after the noun
    (
        "Al-Shabab fighters stormed the president's stronghold, the port town of Kismayo.",
        ("al-Shabab", "attacked", "Kismayo"),
        ("al-Shabab", "attacked", "Somalia"),
    ),
    # who looks away from an act did not do it
    (
        "The European Union turned a blind eye to the torture of prisoners in Egypt.",
        None,
        ("European Union", "attacked", "prisoners"),
    ),
    (
        "The Nigerian army turned a blind eye to attacks on Christians.",
        None,
        ("Nigerian army", "attacked", "Christians"),
    ),
    (
        "Moscow overlooked the shelling of Donetsk.",
        None,
        ("Russia", "attacked", "Donetsk"),
    ),
    # a country's minority is not the country
    (
        "ISIL fighters attacked Iraq's Yazidi minority.",
        None,
        ("Islamic State", "attacked", "Iraq"),
    ),
    (
        "Boko Haram fighters attacked Nigeria's Christian minority.",
        None,
        ("Boko Haram", "attacked", "Nigeria"),
    ),
    # the passive's subject underwent the victim's event
    (
        "Eritrean refugees were held in detention on the island of Malta.",
        None,
        ("Eritrean refugees", "sanctioned", "Malta"),
    ),
    (
        "Beijing cracked down on China's Uighur minority.",
        ("China", "attacked", "Uighur"),
        ("China", "attacked", "China"),
    ),
]


@pytest.mark.parametrize(("sentence", "given", "wrong"), SITES)
def test_interactions_held_sites_target_and_onlookers(
    extract: Any,
    sentence: str,
    given: tuple[str, str, str] | None,
    wrong: tuple[str, str, str],
) -> None:
    """A named held place is the target; a minority is not its country; an onlooker is no
    attacker."""
    found = {(s.casefold(), p, o.casefold()) for s, p, o in triples(extract(sentence))}
    if given is not None:
        assert (given[0].casefold(), given[1], given[2].casefold()) in found, sorted(found)
    assert (wrong[0].casefold(), wrong[1], wrong[2].casefold()) not in found, sorted(found)


# a holder still stands for what it holds when no place is named
HELD = [
    ("Israeli jets struck Hamas positions in Gaza.", ("Israeli army", "attacked", "Hamas")),
    (
        "Turkish warplanes bombed PKK positions in northern Iraq.",
        ("Turkish army", "attacked", "Kurdistan Workers' Party"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), HELD)
def test_interactions_held_sites_holder_without_place(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """ "shelled Hezbollah positions": the holder of an unnamed held thing is the target."""
    found = {(s.casefold(), p, o.casefold()) for s, p, o in triples(extract(sentence))}
    assert (triple[0].casefold(), triple[1], triple[2].casefold()) in found, sorted(found)
