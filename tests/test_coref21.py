"""Titled people whose country the sentence does not name (coref21).

A bare title that by itself names a member of a state sector ("Judge X", "lawmaker Y",
"Senator Z": legislature and judiciary, ``OWN_SECTORS`` of kg/extract/role_owners.py) is an
office of the one country the article is about, as "Interior Minister X" already is: member of
that country. Not for a guest ("visiting Senator X"), in a sentence naming another country, for
a person the gazetteer gives an office of their own, or in an article about no one country.
Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

_MOLDOVA = (
    "Protests spread across Moldova on Sunday.\n\n"
    "Thousands marched in Chisinau, the Moldovan capital, demanding new elections. {} "
    "Moldova has been in crisis since a bank fraud."
)
_CHILE = (
    "Chile faces a pension crisis.\n\n"
    "Protesters marched in Santiago, the Chilean capital, on Monday. {} "
    "Chile has been calm for years."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _MOLDOVA.format("Judge Vasile Ciobanu ordered the release of two activists."),
            ("Vasile Ciobanu", "Moldova"),
        ),
        (
            _MOLDOVA.format("Lawmaker Elena Popa said the vote was rigged."),
            ("Elena Popa", "Moldova"),
        ),
        (
            _CHILE.format("The vote was rigged, according to lawmaker Rosa Benitez."),
            ("Rosa Benitez", "Chile"),
        ),
        (
            _CHILE.format("Senator Ignacio Rojas criticised the reform on Tuesday."),
            ("Ignacio Rojas", "Chile"),
        ),
        # a country travelled to, or where the holder was born, is no owner of the title
        (
            _MOLDOVA.format(
                "To avoid the trial of Senator Mihai Dorval, the prime minister flew to Ukraine."
            ),
            ("Mihai Dorval", "Moldova"),
        ),
        (
            _MOLDOVA.format("Romanian-born Senator Dan Roman backed the protesters."),
            ("Dan Roman", "Moldova"),
        ),
    ],
)
def test_coref21_bare_title_is_the_article_country(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """ "Judge X", "lawmaker Y", "Senator Z" in an article about one country: its member."""
    assert expected in pairs(extract(text, published="2015-06-10"), "member_of")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a party before the title: the party's member, not the country's
        (
            _MOLDOVA.format("Senior Liberal lawmaker Ion Vrabie said the vote was rigged."),
            "Ion Vrabie",
        ),
        # a guest's title
        (_CHILE.format("Visiting Senator John Brack met students in Santiago."), "John Brack"),
        (_MOLDOVA.format("Foreign judge Anton Weiss ordered a new count."), "Anton Weiss"),
        # the sentence names another country: maybe its lawmaker
        (
            _CHILE.format("Lawmaker Tomas Vidal said Argentina must return the funds."),
            "Tomas Vidal",
        ),
        # a foreign minister meeting his counterpart: the counterpart is not the article's
        (
            _CHILE.format(
                "Foreign Minister Heraldo Munoz met his Peruvian counterpart Gonzalo Gutierrez "
                "in Santiago."
            ),
            "Gonzalo Gutierrez",
        ),
        # a business title is no state office
        (
            _CHILE.format("Chief executive Pablo Soto said the strike would cost millions."),
            "Pablo Soto",
        ),
    ],
)
def test_coref21_not_the_article_country(extract: Any, text: str, person: str) -> None:
    """A visiting or foreign title, another country in the sentence, a counterpart, a business
    title: no membership of the article's country."""
    graph = extract(text, published="2015-06-10")
    country = "Chile" if "Chile" in text else "Moldova"
    assert (person, country) not in pairs(graph, "member_of")


def test_coref21_two_countries_no_owner(extract: Any) -> None:
    """An article about two countries has no one country to own a bare "Judge X"."""
    graph = extract(
        "Moldova and Romania sign a border deal.\n\n"
        "Moldova and Romania signed a border deal in Bucharest on Monday. Romania and Moldova "
        "have argued over the border for years. Judge Vasile Ciobanu ordered a new survey. "
        "Romania said the deal was fair, and Moldova agreed.",
        published="2015-06-10",
    )
    found = {o for s, o in pairs(graph, "member_of") if s == "Vasile Ciobanu"}
    assert not found & {"Moldova", "Romania"}


def test_coref21_other_country_politicians(extract: Any) -> None:
    """A story on one country told by another's politicians: a bare "lawmaker X" may be
    theirs, and is given to neither."""
    text = (
        "Moldova jails former premier\n\n"
        "Moldova has jailed its former premier, Romania's spy agency has told Romanian "
        "politicians.\n\n"
        "The premier was taken to a prison in Chisinau, the Moldovan capital, in late April, "
        "according to lawmaker Radu Dinu.\n\n"
        "Moldova has not commented on the reports. Moldova has jailed several officials."
    )
    graph = extract(text, published="2015-06-10")
    assert not {o for s, o in pairs(graph, "member_of") if s == "Radu Dinu"}
    # without the other country's politicians, the lawmaker is the article country's
    alone = extract(
        text.replace(" Romania's spy agency has told Romanian politicians", " officials said"),
        published="2015-06-10",
    )
    assert ("Radu Dinu", "Moldova") in pairs(alone, "member_of")


def test_coref21_other_country_court_bars_only_judges(extract: Any) -> None:
    """Another country's court named in the article may own a bare "Judge X", not a bare
    "Senator Y": the rival must hold the same kind of title."""
    text = (
        "Moldova jails former premier\n\n"
        "Moldova has jailed its former premier after a Romanian court convicted him in 2012.\n\n"
        "Judge Ana Zane read the verdict in Chisinau, the Moldovan capital, on Monday.\n\n"
        "Senator Radu Dinu said the trial was fair. Moldova has not commented. Moldova has "
        "jailed several officials."
    )
    found = pairs(extract(text, published="2015-06-10"), "member_of")
    assert ("Radu Dinu", "Moldova") in found
    assert ("Ana Zane", "Moldova") not in found
