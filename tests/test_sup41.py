"""Leaders named by a relative clause on an organisation's noun or beside a name (sup41).

"Hamas, the group he leads" / "Egin, the newspaper he was running": a relative clause with
no relative word and no object, whose verb is a leading or governing one, on an organisation's
noun set beside a name makes its person subject lead the named body
(kg/extract/led_groups.py ``_gap_bodies``); "Hamas, a Palestinian group that rules over
Gaza": a governing verb's place after "over", its leader the name the clause's noun is set
beside (``_governed_places``, ``_leaders``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples


def _holds(extract: Any, text: str, expected: Any, forbidden: Any) -> None:
    """The expected triple is found and the forbidden one is not (either may be None)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


GAP_RELATIVES: list[Case] = [
    (
        "Ahmed Yassin spoke at the office of Hamas, the group he leads.",
        ("Ahmed Yassin", "leader_of", "Hamas"),
        None,
    ),
    (
        "Karl Weber was jailed in 2003. His ordeal began with the closure of Tagesblatt, "
        "the Swiss newspaper he was running.",
        ("Karl Weber", "leader_of", "Tagesblatt"),
        None,
    ),
    (
        "Maria Lopez visited the headquarters of Oxfam, the charity she heads.",
        ("Maria Lopez", "leader_of", "Oxfam"),
        None,
    ),
    # joining is no leading
    (
        "Moshe Levy quit Likud, the party he joined in 1990.",
        None,
        ("Moshe Levy", "leader_of", "Likud"),
    ),
    # an object: the body is not what the clause is about
    (
        "Ahmed Yassin criticised Hamas, the group he fought for years.",
        None,
        ("Ahmed Yassin", "leader_of", "Hamas"),
    ),
    # a relative word: the noun itself leads (no person subject)
    (
        "Ahmed Yassin praised Hamas, the group that leads the protests.",
        None,
        ("Ahmed Yassin", "leader_of", "Hamas"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), GAP_RELATIVES)
def test_led_groups_relative_on_organisation_noun(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """The person who leads or runs the body a noun names beside its name leads it."""
    _holds(extract, text, expected, forbidden)


RULED_OVER: list[Case] = [
    (
        "The report blamed the war between Egypt and Hamas, a Palestinian group that rules "
        "over Gaza.",
        ("Hamas", "leader_of", "Gaza"),
        None,
    ),
    ("Hamas, which rules over Gaza, fired rockets.", ("Hamas", "leader_of", "Gaza"), None),
    # a past rule is no rule now
    (
        "The report blamed Hezbollah, a Lebanese group that ruled over Beirut until 2008.",
        None,
        ("Hezbollah", "leader_of", "Beirut"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), RULED_OVER)
def test_led_groups_rules_over_a_place(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """An actor that rules over a place now, named beside the noun the clause is on, leads it."""
    _holds(extract, text, expected, forbidden)


PAST_TITLES: list[Case] = [
    (
        "The 2003 invasion ordered by President George W. Bush toppled Saddam Hussein.",
        ("George W. Bush", "leader_of", "United States"),
        None,
    ),
    (
        "Prime Minister Tony Blair sent British troops to Iraq in 2003.",
        ("Tony Blair", "leader_of", "United Kingdom"),
        None,
    ),
    # a title held only after the article's date is no office at its time
    (
        "President Donald Trump spoke at a rally in Ohio.",
        None,
        ("Donald Trump", "leader_of", "United States"),
    ),
    (
        "President Joe Biden met Chinese officials in Beijing.",
        None,
        ("Joe Biden", "leader_of", "United States"),
    ),
    # no year of the tenure in the sentence: the bare title is not told of that time
    (
        "Prime Minister Tony Blair refused to resign on Sunday.",
        None,
        ("Tony Blair", "leader_of", "United Kingdom"),
    ),
    # a generic title may be another body's: the group's leader, not the country's
    (
        "The Afghan Taliban are split over the absence of its elusive leader Mullah Omar.",
        None,
        ("Mullah Omar", "leader_of", "Afghanistan"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), PAST_TITLES)
def test_roles_past_office_under_bare_title(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """A head of state's bare title a person held only before the article (the gazetteer's
    dated roles), in a sentence dated within that tenure, names that office; one held only
    after it, or an undated one, names none."""
    _holds(extract, text, expected, forbidden)


RULE_OF: list[Case] = [
    (
        "Kenya is in turmoil. The government of Uhuru Kenyatta has jailed thousands.",
        ("Uhuru Kenyatta", "leader_of", "Kenya"),
        None,
    ),
    (
        "The military regime of Omar al-Bashir has jailed thousands of protesters.",
        ("Omar al-Bashir", "leader_of", "Sudan"),
        None,
    ),
    # the gazetteer makes him leader of no country
    (
        "Zurich is in turmoil. The administration of Sepp Blatter was criticised.",
        None,
        ("Sepp Blatter", "leader_of", "Switzerland"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), RULE_OF)
def test_roles_rule_noun_of_a_person(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """ "the regime of X", "the government of X": X leads the country, as "X's regime" does."""
    _holds(extract, text, expected, forbidden)


FRONTED: list[Case] = [
    (
        "With the support of Matteo Renzi, Ciudadanos became the leading force.",
        ("Matteo Renzi", "supported", "Ciudadanos"),
        None,
    ),
    # the clause has its own subject: the names listed after "of" are all backers
    (
        "With the support of Matteo Renzi, Ciudadanos and Podemos, the rebels won the vote.",
        None,
        ("Matteo Renzi", "supported", "Ciudadanos"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), FRONTED)
def test_interactions_subject_hung_on_fronted_phrase(
    extract: Any, text: str, expected: tuple[str, str, str] | None, forbidden: Any
) -> None:
    """A clause's subject the parser hung on its fronted "with the support of X" phrase is
    still the one supported."""
    _holds(extract, text, expected, forbidden)
