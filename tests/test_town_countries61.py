"""A town's country from the large-town table where the gazetteer has none (capitals61): the
gazetteer knows few towns ("Kampala", "Minsk", "Manila" are not in it), so the checks that
ask which country a town lies in (kg/extract/place_intros.py ``town_country``) read
``kg.cities`` by a town's own name after it. A town the data puts in one country is in no
town of another ("will meet Mogadishu's envoys in Kampala": the "in" phrase is the verb's),
while a town in a town of its own country, or a suburb the text places in a town, stays."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # two towns of one country: the data agrees with the text
    (
        "Protesters marched in Kowloon in Hong Kong on Sunday.",
        ("Kowloon", "located_in", "Hong Kong"),
    ),
    # the text itself says where the suburb lies, though a large town abroad shares its name
    (
        "Police raided a house in Brighton, a suburb of Melbourne.",
        ("Brighton", "located_in", "Melbourne"),
    ),
    ("Gunmen opened fire in Camden, a suburb of Sydney.", ("Camden", "located_in", "Sydney")),
]

REMOVED = [
    # a town used for its government, the object of a verb, and the town of another country
    # the verb's "in" phrase names: neither is in the gazetteer
    ("Kenya will meet Mogadishu in Kampala next week.", ("Mogadishu", "located_in", "Kampala")),
    ("The rebels will meet Kabul in Islamabad on Monday.", ("Kabul", "located_in", "Islamabad")),
    ("Sudan will meet Juba in Addis Ababa next week.", ("Juba", "located_in", "Addis Ababa")),
    ("Algeria will host Tripoli in Algiers on Monday.", ("Tripoli", "located_in", "Algiers")),
    ("Egypt will meet Khartoum in Cairo on Friday.", ("Khartoum", "located_in", "Cairo")),
    ("Manila will meet Hanoi in Jakarta on Friday.", ("Hanoi", "located_in", "Jakarta")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_town_countries(
    extract: Any, text: str, kept: tuple[str, str, str] | None, removed: tuple[str, str, str] | None
) -> None:
    """A town is in no large town of another country the data knows, the text aside."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
