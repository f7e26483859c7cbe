"""A people on the move as a collective actor (coll43).

A people named by its demonym or ethnic name that the resolver makes a node of its own
("Somalis", "Eritreans") arriving in or fleeing to a place visits it, as migrants and refugees
do (kg/extract/interactions.py ``_travelling_people``); a demonym read as its country
("Bangladeshis" as Bangladesh) and bare civilians on the move visit nowhere. Sentences of our
own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]

PEOPLE_ON_THE_MOVE: list[tuple[str, Triple | None, Triple | None]] = [
    # (text, a visit kept, a visit never made)
    ("Hundreds of Afghans have fled to Iran since the Taliban offensive began.",
     ("Afghans", "visited", "Iran"), ("Afghanistan", "visited", "Iran")),
    ("Some 300 Somalis have fled to Kenya since the fighting began.",
     ("Somalis", "visited", "Kenya"), ("Somalia", "visited", "Kenya")),
    ("About 400 Eritreans landed in Malta on Sunday.",
     ("Eritreans", "visited", "Malta"), None),
    # a demonym read as its country: no state's visit
    ("More than 2,000 Bangladeshis have arrived in Malaysia since May.",
     None, ("Bangladesh", "visited", "Malaysia")),
    # civilians fleeing: no visit
    ("Thousands of civilians fled to Jordan on Sunday.",
     None, ("civilians", "visited", "Jordan")),
    # a leader travelling still visits
    ("Afghan President Ashraf Ghani travelled to Iran on Sunday.",
     ("Ashraf Ghani", "visited", "Iran"), ("Afghanistan", "visited", "Iran")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kept", "never"), PEOPLE_ON_THE_MOVE)
def test_interactions_people_of_their_own_node_visit_where_they_go(
    extract: Any, text: str, kept: Triple | None, never: Triple | None
) -> None:
    """A people of its own node fleeing to or landing in a country visits it; a demonym read
    as its country and bare civilians do not."""
    found = triples(extract(text, published="2015-06-10"))
    if kept is not None:
        assert kept in found
    if never is not None:
        assert never not in found


COUNTED_REFS: list[tuple[tuple[str, ...], Triple | None, Triple | None]] = [
    # (paragraphs, a claim on the people just named, a claim never made)
    (("More than 1,500 migrants reached Lampedusa this week.",
      "The Italian coastguard rescued hundreds on Saturday."),
     ("Italian coastguard", "supported", "migrants"), None),
    (("Thousands of students gathered in Santiago.", "Chilean police arrested dozens."),
     ("Chilean police", "sanctioned", "students"), None),
    # two people collectives just named: whose count, the text does not say
    (("Thousands of students and farmers gathered in Santiago.",
      "Chilean police arrested dozens."),
     None, ("Chilean police", "sanctioned", "students")),
    (("Protesters gathered in Lima.", "Refugees arrived in Lima.",
      "Peruvian police arrested dozens."),
     None, ("Peruvian police", "sanctioned", "Refugees")),
    # the count with its own noun is that noun's people
    (("Thousands of students gathered in Santiago.",
      "Chilean police arrested dozens of journalists."),
     ("Chilean police", "sanctioned", "journalists"),
     ("Chilean police", "sanctioned", "students")),
]  # fmt: skip


@pytest.mark.parametrize(("paras", "kept", "never"), COUNTED_REFS)
def test_counted_refs_bare_count_is_the_people_just_named(
    extract: Any, paras: tuple[str, ...], kept: Triple | None, never: Triple | None
) -> None:
    """A bare "hundreds"/"dozens" acted on is the one people collective of the sentence or
    the two before; none when two are named or the count has its own noun."""
    found = triples(extract("\n\n".join(paras), published="2015-06-10"))
    if kept is not None:
        assert kept in found
    if never is not None:
        assert never not in found
