"""Roles of people named by a title alone or in a guest line (act42, issue 13).

1. An organisation's or armed group's unnamed commander or judge written with its name in
   front ("a Taliban commander told Reuters", "an IOC judge reviewed the case") is one
   person of the article, ``member_of`` it, as its unnamed spokesperson is
   (``org_member_titles`` in kg/data/en/titles.json, kg/extract/role_forms.py
   ``_staff_owner``); its other staff ("a UN official said") stay sources.
2. A paragraph that is one guest line of a programme, a name, a dash and a title ("Sayed
   Hassan - Spokesman for the Sudanese Congress Party"), gives the person the title's role
   (kg/extract/role_forms.py ``_dash_line``); a name the parser hung on its own title as a
   compound owns no office.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected", "unexpected"),
    [
        (
            "A Taliban commander told Reuters the group would attack Kunduz.",
            "member_of",
            ("Taliban commander", "Taliban"),
            None,
        ),
        (
            "An al-Shabab commander said the fighters had withdrawn from the town.",
            "member_of",
            ("al-Shabab commander", "al-Shabab"),
            None,
        ),
        (
            "The sprinter was cleared after an IOC judge reviewed the case.",
            "member_of",
            ("IOC judge", "IOC"),
            None,
        ),
        (
            # a source, no actor: no node of its own
            "A UN official said aid had arrived in Sanaa.",
            "member_of",
            None,
            ("UN official", "United Nations"),
        ),
        (
            # a commander the sentence names is that person, no unnamed one
            "A Taliban commander, Mullah Abdul Salam, told Reuters the group would attack.",
            "member_of",
            None,
            ("Taliban commander", "Taliban"),
        ),
        (
            "Sayed Hassan - Spokesman for the Sudanese Congress Party",
            "spokesperson_for",
            ("Sayed Hassan", "Sudanese Congress Party"),
            None,
        ),
        (
            "Laila Haddad - Head of the Palestinian Medical Relief Society",
            "leader_of",
            ("Laila Haddad", "Palestinian Medical Relief Society"),
            None,
        ),
        (
            # a dash inside a sentence is an aside, no guest line
            "Pierre Krahenbuhl - himself a former aid worker - visited Gaza.",
            "member_of",
            None,
            ("Pierre Krahenbuhl", "Gaza"),
        ),
    ],
)
def test_act42_roles(
    extract: Any,
    text: str,
    predicate: str,
    expected: tuple[str, str] | None,
    unexpected: tuple[str, str] | None,
) -> None:
    """Each sentence makes the role it states and not the one it does not."""
    found = pairs(extract(text), predicate)
    if expected is not None:
        assert expected in found
    if unexpected is not None:
        assert unexpected not in found


def test_act42_guest_line_profession_has_no_role(extract: Any) -> None:
    """A guest line whose words after the dash are a profession ("a professor and author
    on Islam") gives no role at all."""
    graph = extract("Tariq Ramadan - a professor and author on Islam.")
    roles = {"member_of", "leader_of", "spokesperson_for", "adviser_to"}
    assert not [c for c in graph.claims if c.predicate.value in roles]


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        # the side written as one body with its country: that form is its name
        ({"Zambia's opposition": 2, "the opposition": 3}, "Zambia's opposition"),
        # the canonical label written keeps it
        ({"the Zambian opposition": 1, "Zambia's opposition": 2}, "Zambian opposition"),
        # the side's people are no name of it
        ({"Zambian protesters": 4}, "Zambian opposition"),
        ({"Zambian activists": 2, "the opposition": 1}, "Zambian opposition"),
    ],
)
def test_act42_opposition_shown_as_written(names: dict[str, int], shown: str) -> None:
    """A country's opposition is shown under the form naming the country that the corpus
    writes for the body ("Zambia's opposition"), never under its people's plural."""
    from kg.lexicon import build_lexicon
    from kg.resolve.collectives import written_collective

    assert written_collective("Zambian opposition", "ZM", "OPP", names, build_lexicon()) == shown


def test_act42_opposition_label_in_graph(extract: Any) -> None:
    """The opposition an article names only as "Kenya's opposition" is shown so, and it
    stays the one node of Kenya's opposition."""
    graph = extract(
        "Kenya's opposition boycotted parliament in March, accusing President Uhuru Kenyatta "
        "of rigging the vote.",
        published="2015-05-15",
    )
    nodes = [e for e in graph.entities.values() if e.sector == "OPP"]
    assert [(e.label, e.country) for e in nodes] == [("Kenya's opposition", "KE")]
