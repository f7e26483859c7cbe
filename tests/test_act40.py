"""Role relations the open sets missed (act40).

1. A party named without the word "party" before a politician's noun ("his Fatah rival X")
   or as the compound of one in apposition ("X, a Likud candidate"): the person is
   ``member_of`` it (kg/extract/party_titles.py); a name the model read as an organisation
   right after such a noun is a person's.
2. A described body owning an office ("the athletics body's long-time president X", "the
   governing body's president X") is the body named nearest before it in its sentence, not
   a state's body (kg/extract/coref.py ``link_described_orgs``).
3. A hyphened tenure before a head's title ("long-time president") names no domain of the
   organisation: its holder leads it (``tenure_nouns``, kg/extract/roles.py).
4. A possessive region noun the model left out of a place's name ("Texas state's governor")
   stands for the place (kg/extract/nominals.py ``_named_area``); "in Anbar province" keeps
   the resolver's own name.
5. A "shadow" portfolio is an opposition party's, no office of the article's country
   (``shadow_words``, kg/extract/role_owners.py ``main_country_office``).
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
            "Miri Regev, a Likud candidate from Ashdod, said the vote was fair. Likud won "
            "30 seats.",
            "member_of",
            ("Miri Regev", "Likud"),
            None,
        ),
        (
            "Beji Caid Essebsi, a Nidaa Tounes candidate, won the vote. Nidaa Tounes came first.",
            "member_of",
            ("Beji Caid Essebsi", "Nidaa Tounes"),
            None,
        ),
        (
            "Podemos gained ground. Mariano Rajoy faced his Podemos rival Pablo Iglesias on "
            "Monday.",
            "member_of",
            ("Pablo Iglesias", "Podemos"),
            ("Mariano Rajoy", "Podemos"),
        ),
        (
            "Ada Colau, a Podemos-backed candidate, won in Barcelona. Podemos celebrated.",
            "member_of",
            None,
            ("Ada Colau", "Podemos"),
        ),
        (
            "The scandal has engulfed UEFA and led the governing body's president Michel "
            "Platini to step down.",
            "leader_of",
            ("Michel Platini", "UEFA"),
            None,
        ),
        (
            "Among the questions the FBI is examining is the running of UEFA by Lennart "
            "Johansson, the football body's long-time president, who resigned in 2007.",
            "leader_of",
            ("Lennart Johansson", "UEFA"),
            ("Lennart Johansson", "FBI"),
        ),
        (
            "Yoweri Museveni, Uganda's long-time president, won a fifth term.",
            "leader_of",
            ("Yoweri Museveni", "Uganda"),
            None,
        ),
        (
            "The law was signed by Texas state's governor, Greg Abbott, on Monday.",
            "leader_of",
            ("Greg Abbott", "Texas"),
            None,
        ),
        (
            "The bill was signed by New York state's governor, Andrew Cuomo, on Monday.",
            "leader_of",
            ("Andrew Cuomo", "New York"),
            None,
        ),
        (
            "Reuters bureau chief Andrew Hammond said the office would stay open.",
            "leader_of",
            None,
            ("Andrew Hammond", "Reuters"),
        ),
    ],
)
def test_act40_roles(
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


def test_act40_area_name_keeps_province_places(extract: Any) -> None:
    """A region noun that is no possessive ("in Anbar province") is left to the resolver:
    the town stays in the province named with its noun."""
    graph = extract("Fighters seized Ramadi, the capital of Anbar province, on Sunday.")
    assert ("Ramadi", "Anbar") not in pairs(graph, "located_in")


def test_act40_shadow_portfolio_is_no_government_office(extract: Any) -> None:
    """ "Shadow Foreign Secretary X" in a story on one country is no member of its
    government; "Foreign Secretary Y" still is."""
    graph = extract(
        "Britain voted on Thursday. Britain's economy grew last year, and Britain's pound "
        "rose. Shadow Foreign Secretary Hilary Benn lost his seat, while Foreign Secretary "
        "Philip Hammond kept his."
    )
    found = pairs(graph, "member_of")
    assert ("Philip Hammond", "United Kingdom") in found
    assert ("Hilary Benn", "United Kingdom") not in found
