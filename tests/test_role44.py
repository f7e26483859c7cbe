"""Leaders and members (role44): name spellings of dated role holders.

"Prime Minister Haidar al-Abbadi" is the Haider al-Abadi of ``kg/data/roles.jsonl``: the
spellings the press writes are aliases of the tenure, so the title takes his office.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        ("Prime Minister Haidar al-Abbadi visited the troops in Anbar.", "Haidar al-Abbadi"),
        ("Prime Minister Haider al-Abbadi met tribal leaders in Baghdad.", "Haider al-Abbadi"),
        ("Prime Minister Haidar al-Abadi ordered the army to hold Ramadi.", "Haidar al-Abadi"),
    ],
)
def test_roles_abadi_spellings_take_the_tenure(extract: Any, text: str, leader: str) -> None:
    """A spelling of Haider al-Abadi with his title leads Iraq on a 2015 date."""
    graph = extract(text, published="2015-06-10")
    assert (leader, "Iraq") in pairs(graph, "leader_of")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Haidar al-Abbadi, a lawmaker, visited the troops in Baghdad.", "2012-06-10"),
        ("Shirin Ebadi criticised the Iraqi government in Baghdad.", "2015-06-10"),
    ],
)
def test_roles_abadi_spelling_outside_the_tenure_leads_nothing(
    extract: Any, text: str, published: str
) -> None:
    """Before his tenure, or another name like his, leads no Iraq."""
    graph = extract(text, published=published)
    assert not any(o == "Iraq" for _, o in pairs(graph, "leader_of"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics say Vladimir Putin has tightened his grip on Russia.",
            ("Vladimir Putin", "Russia"),
        ),
        (
            "Angela Merkel spoke with reporters about the budget of Germany.",
            ("Angela Merkel", "Germany"),
        ),
        (
            "Some ministers were appointed by Recep Tayyip Erdogan. Turkey's new cabinet met.",
            ("Recep Tayyip Erdogan", "Turkey"),
        ),
        # an international body's head, whose dated role names no country
        (
            "Jens Stoltenberg spoke about the budget of NATO on Monday.",
            ("Jens Stoltenberg", "NATO"),
        ),
    ],
)
def test_held_offices_dated_role_of_a_bare_name(extract: Any, text: str, expected: Any) -> None:
    """A person named with no title leads the country the article names, while the dated
    role holds."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "leader_of")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the tenure ended in 2011
        ("Hosni Mubarak spoke about the economy of Egypt.", "Egypt"),
        # a crown prince's title is a member's
        ("Mohammed bin Nayef visited the border of Saudi Arabia with Yemen.", "Saudi Arabia"),
        # a body named after the person, not the person
        ("The Merkel government in Germany raised taxes.", "Germany"),
        # an armed group's leader is one the text must say
        ("Abubakar Shekau released a new video about Boko Haram.", "Boko Haram"),
        # the country written only as a demonym
        ("Matteo Renzi opened the summit in Milan. The Italian economy grew.", "Italy"),
    ],
)
def test_held_offices_no_role_outside_a_held_leading_title(
    extract: Any, text: str, country: str
) -> None:
    """An ended tenure, a member's title, a name standing for a body, a group's leader or a
    country written as a demonym: no role from the data."""
    graph = extract(text, published="2015-06-10")
    assert not any(o == country for _, o in pairs(graph, "leader_of"))


def test_held_offices_needs_the_object_named(extract: Any) -> None:
    """A holder named in an article that never names the country leads no node."""
    graph = extract("Vladimir Putin spoke with reporters on Monday.", published="2015-06-10")
    assert pairs(graph, "leader_of") == set()


_KENYA = "Kenya's parliament voted on the budget. Kenya is in debt. Kenya wants loans. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The parliamentary speaker, Justin Muturi, said the vote was valid.",
        "Parliamentary speaker Justin Muturi said the vote was valid.",
        "Justin Muturi, the parliamentary speaker, said the vote was valid.",
    ],
)
def test_role_owners_parliamentary_speaker_leads_the_parliament(
    extract: Any, sentence: str
) -> None:
    """ "parliamentary" before a title names the legislature of a one-country story, as
    "parliament speaker" does."""
    graph = extract(_KENYA + sentence, published="2015-06-10")
    assert ("Justin Muturi", "Kenya's parliament") in pairs(graph, "leader_of")


def test_role_owners_parliamentary_elections_make_no_legislature(extract: Any) -> None:
    """ "parliamentary elections" is no legislature node, and no one leads one."""
    graph = extract(
        "Kenya will hold parliamentary elections. Kenya is in debt. Kenya wants loans. "
        "Justin Muturi said the parliamentary vote was close.",
        published="2015-06-10",
    )
    assert not any("arliament" in o for _, o in pairs(graph, "leader_of"))
    assert not any("arliament" in label for label in node_types(graph))
