"""Roles and memberships written in ways the role stages used to miss (role54): belonging to
a body ("X, who belongs to the Y union"), a title after "worked as" ("worked as a consultant
for X"), a plural title held by each of several named people ("its founders - A, B and C",
"A and B, leaders of X": each one of several, a member) and a deputy "of" a leader (a
member of the body the leader leads, no member of the person). Real model, actors other
than the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # belonging to a named body (kg/extract/memberships.py, ``taking_part.to``)
    (
        "Elena Petrova, who belongs to the Union of Rural Teachers, spoke on Monday.",
        ("Elena Petrova", "member_of", "Union of Rural Teachers"),
    ),
    (
        "Karl Bauer belongs to the Social Democratic Party.",
        ("Karl Bauer", "member_of", "Social Democratic Party"),
    ),
    (
        "The Justice Party belongs to the Liberal International.",
        ("Justice Party", "member_of", "Liberal International"),
    ),
    # a title after "worked as" (kg/extract/role_forms.py accessions)
    (
        "Juan Monedero worked as a consultant for Recep Tayyip Erdogan.",
        ("Juan Monedero", "adviser_to", "Recep Tayyip Erdogan"),
    ),
    (
        "Tom Hughes worked as an adviser to Angela Merkel for three years.",
        ("Tom Hughes", "adviser_to", "Angela Merkel"),
    ),
    (
        "Juan Monedero worked as a consultant for the World Bank.",
        ("Juan Monedero", "member_of", "World Bank"),
    ),
    # ... a gerund after "after" takes the clause's subject
    (
        "Sofia Marin resigned after working as a consultant for Nicolas Maduro.",
        ("Sofia Marin", "adviser_to", "Nicolás Maduro"),
    ),
    (
        "Tom Hughes, who resigned after serving as an aide to Angela Merkel, spoke.",
        ("Tom Hughes", "adviser_to", "Angela Merkel"),
    ),
    # a title after "who was" on the name (kg/extract/roles.py)
    (
        "Maria Santos, who was an adviser to Dilma Rousseff, resigned.",
        ("Maria Santos", "adviser_to", "Dilma Rousseff"),
    ),
    (
        "Karl Bauer, who is the leader of the Social Democratic Party, resigned.",
        ("Karl Bauer", "leader_of", "Social Democratic Party"),
    ),
    # a plural title, each holder one of several (kg/extract/roles.py)
    (
        "The Green Party lost the election. Its founders - John Walker, Peter Brown and"
        " Mary Jones - left.",
        ("Peter Brown", "member_of", "Green Party"),
    ),
    (
        "The Green Party lost the election. Its leaders, John Walker and Peter Brown, left.",
        ("John Walker", "member_of", "Green Party"),
    ),
    (
        "John Walker and Peter Brown, leaders of the Green Party, left.",
        ("Peter Brown", "member_of", "Green Party"),
    ),
    (
        "John Walker, Peter Brown and Mary Jones, founders of the Green Party, left.",
        ("John Walker", "member_of", "Green Party"),
    ),
    # one founder, one leader: the head
    (
        "The Green Party lost the election. Its leader, John Walker, left.",
        ("John Walker", "leader_of", "Green Party"),
    ),
    # a state head's plural title: each leads their own country
    (
        "The presidents of Russia and China, Vladimir Putin and Xi Jinping, met.",
        ("Xi Jinping", "leader_of", "China"),
    ),
    # a leader's deputy: a member of the body the leader leads
    (
        "Khalid Hamdan, the leader of the Popular Front, fled. Ahmed Darwish, the deputy of"
        " Khalid Hamdan, was arrested.",
        ("Ahmed Darwish", "member_of", "Popular Front"),
    ),
    (
        "The Popular Front is banned. Khalid Hamdan, the group's imprisoned supreme guide, was"
        " sentenced. Ahmed Darwish, Hamdan's deputy, fled.",
        ("Khalid Hamdan", "leader_of", "Popular Front"),
    ),
]

REMOVED = [
    # no actor belongs: a thing owned, a seat held
    (
        "The rifles belonged to the Free Syrian Army, said Ahmed Jabouri.",
        ("Ahmed Jabouri", "member_of", "Free Syrian Army"),
    ),
    ("Mohammed Saleh does not belong to Hezbollah.", ("Mohammed Saleh", "member_of", "Hezbollah")),
    # a plural leaders' title is no head's
    (
        "The Green Party lost the election. Its leaders, John Walker and Peter Brown, left.",
        ("John Walker", "leader_of", "Green Party"),
    ),
    (
        "The rebels' commanders, Abu Omar and Abu Khalid, were killed.",
        ("Abu Omar", "leader_of", "rebels"),
    ),
    # a person's deputy or lawyer is no member of the person
    (
        "Ahmed Darwish, the deputy of Khalid Hamdan, was arrested. Khalid Hamdan leads the"
        " Popular Front.",
        ("Ahmed Darwish", "member_of", "Khalid Hamdan"),
    ),
    (
        "Ahmed Darwish, the lawyer of Khalid Hamdan, was arrested.",
        ("Ahmed Darwish", "member_of", "Khalid Hamdan"),
    ),
    # a relative clause that denies or foretells the title
    (
        "Karl Bauer, who is not a member of the Social Democratic Party, resigned.",
        ("Karl Bauer", "member_of", "Social Democratic Party"),
    ),
    (
        "Karl Bauer, who will be the next leader of the Social Democratic Party, spoke.",
        ("Karl Bauer", "leader_of", "Social Democratic Party"),
    ),
    # a gerund after "instead of" is no title taken
    (
        "Peter Walker resigned instead of becoming an adviser to Angela Merkel.",
        ("Peter Walker", "adviser_to", "Angela Merkel"),
    ),
    # "heads" read as a noun is no title
    (
        "Maria Lopez, a biologist, heads to Boston.",
        ("Maria Lopez", "leader_of", "Boston"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_role54_roles(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """Each construction gives its role for any actors; the lookalikes give none."""
    check_kept_removed(extract(text, published="2015-06-05"), kept, removed)
