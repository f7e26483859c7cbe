"""Where organisations are: a common noun or a group's facility gets no place (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

NO_PLACE = [
    (
        "FIFA's 209 member associations will vote at the annual congress in Zurich on May 29.",
        ("congress", "located_in", "Zurich"),
    ),
    (
        "Muslims in Arizona will fear worshipping in their mosques.",
        ("mosques", "located_in", "Muslims"),
    ),
    # a place fused into the body's modifier describes it, no located_in claim (place8)
    (
        "The UK-based Syrian Observatory for Human Rights said 20 were killed.",
        ("Syrian Observatory for Human Rights", "located_in", "United Kingdom"),
    ),
]

PLACED = [
    (
        "NIS officials said Hyon was killed at Pyongyang's Kang Kon Military Academy.",
        ("Kang Kon Military Academy", "located_in", "Pyongyang"),
    ),
    (
        "Robert Kelly is a professor at South Korea's Pusan National University.",
        ("Pusan National University", "located_in", "South Korea"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=PLACED, removed=NO_PLACE),
)
def test_bases_only_named_facility_has_a_place(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "the annual congress in Zurich", "their mosques": no located_in claim; a named facility
    or body with a place owner or base is located there."""
    check_kept_removed(extract(text), kept, removed)


NATIONALITY = [
    (
        "German sportswear company Puma, long associated with the league, said it was worried.",
        ("Puma", "located_in", "Germany"),
    ),
    (
        "The Chilean copper company Codelco cut output.",
        ("Codelco", "located_in", "Chile"),
    ),
    (
        "Farah Haddad, a journalist with Mashreq, a Lebanese business magazine, said it.",
        ("Mashreq", "located_in", "Lebanon"),
    ),
    (
        "American beverage company Coca-Cola, a sponsor of the games, said it was concerned.",
        ("Coca-Cola", "located_in", "United States"),
    ),
]

NAMED_TOWN = [
    ("Acme, a Geneva trading firm, was fined on Monday.", ("Acme", "located_in", "Geneva")),
    (
        "Lee Wai, a Hong Kong construction firm, was fined on Monday.",
        ("Lee Wai", "located_in", "Hong Kong"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=NAMED_TOWN, removed=NATIONALITY),
)
def test_bases_nationality_is_no_place(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "German sportswear company Puma": a demonym says whose the firm is, no located_in
    claim; a town named in front of the firm's noun still sites it."""
    check_kept_removed(extract(text), kept, removed)


FAITH_NOT_PLACED = [
    (
        "Kenya's Anglican Church said it would not endorse the vote.",
        ("Anglican Church", "located_in", "Kenya"),
    ),
    (
        "Uganda's influential Catholic Church has withdrawn its support for the referendum.",
        ("Catholic Church", "located_in", "Uganda"),
    ),
    (
        "The Roman Catholic Church in Zambia said the law was unjust.",
        ("Roman Catholic Church", "located_in", "Zambia"),
    ),
    # nor is it a body of its country's state (fp66: open_fps62 q1_04, two readers WRONG)
    (
        "Kenya's Anglican Church said it would not endorse the vote.",
        ("Anglican Church", "member_of", "Kenya"),
    ),
    (
        "Uganda's influential Catholic Church has withdrawn its support for the referendum.",
        ("Catholic Church", "member_of", "Uganda"),
    ),
]
# ... while the church keeps its own acts
CHURCH_ACTS = [
    (
        "Kenya's Anglican Church criticised President Kenyatta.",
        ("Anglican Church", "criticized", "Uhuru Kenyatta"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=CHURCH_ACTS, removed=FAITH_NOT_PLACED),
)
def test_bases_faith_church_is_no_place_nor_state_body(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A church named by its faith alone ("Kenya's Anglican Church") is neither located_in its
    country nor a body of its state (member_of), nor in the country of "the Catholic Church in
    X"); its own acts stay."""
    check_kept_removed(extract(text), kept, removed)


OWNED_PARTS = [
    (
        "Hezbollah's Al Manar TV channel said the group had killed 20 fighters.",
        ("Al Manar", "member_of", "Hezbollah"),
    ),
    (
        "The ships worked under the auspices of the EU's Frontex border agency.",
        ("Frontex", "member_of", "European Union"),
    ),
]

NOT_OWNED_PARTS = [
    # a person owning the noun is no body the name is part of
    (
        "Silvio Berlusconi's Mediaset TV channel aired the interview.",
        ("Mediaset", "member_of", "Silvio Berlusconi"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=OWNED_PARTS, removed=NOT_OWNED_PARTS),
)
def test_bases_name_before_a_bodys_owned_noun_is_its_part(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "Hezbollah's Al Manar TV channel": a name before a descriptive noun a known body owns
    is part of that body (member_of); a person's is not."""
    check_kept_removed(extract(text), kept, removed)


SITED = [
    # a firm, an institute, a magazine after a bare "in" lies there (CoNLL04's OrgBased_In)
    (
        "Drexel Burnham Lambert Inc. in New York said it would appeal.",
        ("Drexel Burnham Lambert Inc.", "located_in", "New York"),
    ),
    (
        "Anna Berg, a researcher at the Karolinska Institute in Stockholm, said it was clear.",
        ("Karolinska Institute", "located_in", "Stockholm"),
    ),
    (
        "Hulya Aslan is the editor of Ala, a monthly fashion magazine in Istanbul.",
        ("Ala", "located_in", "Istanbul"),
    ),
]

BRANCHED = [
    # a party, an agency, a league "in" a place works there: its seats, its office (fp32)
    (
        "The Labour Party in Wales lost two seats.",
        ("Labour Party", "located_in", "Wales"),
    ),
    (
        "The Arab League in Cairo issued a statement on Sunday.",
        ("Arab League", "located_in", "Cairo"),
    ),
    (
        "Maria Lopez, deputy chief of mission at the International Organisation for Migration "
        "in Nairobi, said 300 people had arrived.",
        ("International Organisation for Migration", "located_in", "Nairobi"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=SITED, removed=BRANCHED),
)
def test_bases_branched_body_is_not_sited_by_in(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "the Labour Party in Wales", "the IOM in Nairobi": no located_in claim; a firm, an
    institute or a magazine "in" a town still lies there."""
    check_kept_removed(extract(text), kept, removed)
