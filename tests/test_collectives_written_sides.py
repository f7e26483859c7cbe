"""Armed and plain collectives shown as the articles write them, and people nouns that only
describe the persons named after them (kg/resolve/collectives.py: people_start,
written_collective, _names_people)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kg.lexicon import build_lexicon
from kg.resolve.collectives import written_collective
from tests.conftest import triples

PLAIN_LABELS = [
    # the nationality before a lower-case kind is part of the group's label
    (
        "Libyan opposition fighters shelled Derna on Monday.",
        ("Libyan opposition fighters", "attacked", "Derna"),
    ),
    (
        "Officials said Chadian rebel factions attacked Abeche on Monday.",
        ("Chadian rebel factions", "attacked", "Abeche"),
    ),
    # a sect's and a community's name too, before a kind of fighters of their own
    (
        "On Monday, the Christian Assyrian village fighters attacked Hasakah.",
        ("Christian Assyrian village fighters", "attacked", "Hasakah"),
    ),
    # no capitalised word in front: the label is as before
    ("Local fighters attacked Kobane on Monday.", ("Local fighters", "attacked", "Kobane")),
]


@pytest.mark.parametrize(("text", "claim"), PLAIN_LABELS)
def test_collectives_written_sides_plain_group_keeps_its_nationality(
    extract: Any, text: str, claim: tuple[str, str, str]
) -> None:
    """A plain group is labelled with the nationality or community written before its kind
    ("Libyan opposition fighters", not "opposition fighters")."""
    found = triples(extract(text, published="2015-05-15"))
    assert claim in found, sorted(found)


def test_collectives_written_sides_plain_group_is_not_the_country_side(extract: Any) -> None:
    """The nationality in a plain group's label gives it no country: "Libyan opposition
    fighters" stay apart from "Libyan fighters", the country's armed groups."""
    nodes = _groups(
        extract(
            "Libyan opposition fighters shelled Derna on Monday. Libyan fighters shelled "
            "Sirte on Tuesday.",
            published="2015-05-15",
        )
    )
    assert nodes.get("Libyan opposition fighters") == (None, "UAF"), nodes
    assert nodes.get("Libyan fighters") == ("LY", "UAF"), nodes


def _groups(graph: Any) -> dict[str, tuple[str | None, str | None]]:
    return {e.label: (e.country, e.sector) for e in graph.entities.values() if e.sector}


ARMED_SHOWN = [
    # the canonical label is never written: the form naming the country is shown
    ("Libyan fighters shelled Derna on Monday.", "Libyan fighters", ("LY", "UAF")),
    ("Malian insurgents attacked Gao on Monday.", "Malian insurgents", ("ML", "REB")),
    # the canonical label written: it stays
    (
        "Somali rebels attacked Baidoa. Somali insurgents later fled Kismayo.",
        "Somali rebels",
        ("SO", "REB"),
    ),
]


@pytest.mark.parametrize(("text", "label", "coded"), ARMED_SHOWN)
def test_collectives_written_sides_armed_side_shown_as_written(
    extract: Any, text: str, label: str, coded: tuple[str, str]
) -> None:
    """A country's armed side is shown under its canonical label if written, else the form
    the text writes ("Libyan fighters", not "Libyan armed groups"); its code is unchanged."""
    nodes = _groups(extract(text, published="2015-05-15"))
    assert nodes.get(label) == coded, nodes


@pytest.mark.parametrize(
    ("label", "code", "names", "shown"),
    [
        ("Libyan armed groups", "UAF", {"Libyan fighters": 2}, "Libyan fighters"),
        ("Libyan armed groups", "UAF", {"Libyan militants": 1, "fighters": 3}, "Libyan militants"),
        ("Libyan rebels", "REB", {"Libyan rebels": 1, "Libyan insurgents": 2}, "Libyan rebels"),
        # people of a kind stay under the canonical label
        ("Libyan civilians", "CVL", {"Libyan farmers": 2}, "Libyan civilians"),
    ],
)
def test_collectives_written_sides_written_collective_choice(
    label: str, code: str, names: dict[str, int], shown: str
) -> None:
    """written_collective shows armed sides as written, never people of a kind."""
    assert written_collective(label, "LY", code, Counter(names), build_lexicon()) == shown


NAMED_PEOPLE = [
    # the plural noun describes the persons named right after it: they are the targets
    (
        "Boko Haram abducted Nigerian schoolgirls Amina Ali and Rahila Dauda in Chibok.",
        ("Boko Haram", "attacked", "Amina Ali"),
        "Nigerian civilians",
    ),
    (
        "Gunmen killed Pakistani activists Sabeen Mahmud and Ali Raza in Karachi on Monday.",
        ("Gunmen", "attacked", "Sabeen Mahmud"),
        "Pakistani opposition",
    ),
]


@pytest.mark.parametrize(("text", "kept", "gone"), NAMED_PEOPLE)
def test_collectives_written_sides_description_of_named_people(
    extract: Any, text: str, kept: tuple[str, str, str], gone: str
) -> None:
    """ "Pakistani activists Sabeen Mahmud and Ali Raza": the named people are attacked, not
    the country's opposition."""
    graph = extract(text, published="2015-05-15")
    found = triples(graph)
    assert kept in found, sorted(found)
    assert all(gone not in (s, o) for s, _, o in found), sorted(found)


def test_collectives_written_sides_unnamed_people_stay(extract: Any) -> None:
    """With no names after it the collective is the target, as before."""
    found = triples(extract("Gunmen killed Pakistani activists in Karachi on Monday."))
    assert ("Gunmen", "attacked", "Pakistani opposition") in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "label", "sector"),
    [
        # a listed people phrase written with a hyphen is that phrase, not its last word
        ("Gunmen began kidnapping aid-workers and tourists in Mali.", "aid-workers", "NGO"),
        ("Gunmen abducted three aid workers in Mali on Monday.", "aid workers", "NGO"),
        ("Gunmen abducted three factory workers in Mali on Monday.", "factory workers", "LAB"),
    ],
)
def test_collectives_written_sides_hyphenated_people_phrase(
    extract: Any, text: str, label: str, sector: str
) -> None:
    """ "aid-workers" are aid workers (NGO), not "workers" (labour)."""
    graph = extract(text, published="2015-05-15")
    sectors = {e.label: e.sector for e in graph.entities.values() if e.sector}
    assert sectors.get(label) == sector, sectors
    assert "workers" not in sectors or label == "workers", sectors
