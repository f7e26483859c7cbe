"""Roles as news writes them (kg/extract/roles.py ``_past_before_owner``, kg/extract/role_forms.py
``pronoun_titles``): "then-President X" is a past holder's title, read as "former President X"
is; "the movement's leader X" is owned by the body the definite noun refers back to."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

# a holder whose dated tenure ended before the article, named with "then" before the title
PAST_HOLDERS = [
    (
        "Protests in Iraq grew in 2013 against then-Prime Minister Nouri al-Maliki over the"
        " arrests.",
        ("Nouri al-Maliki", "leader_of", "Iraq"),
    ),
    (
        "The deal was signed in 2009 by then President Nicolas Sarkozy in Paris.",
        ("Nicolas Sarkozy", "leader_of", "France"),
    ),
    (
        "Rallies against then-President Mohamed Morsi filled Cairo in June 2013.",
        ("Mohamed Morsi", "leader_of", "Egypt"),
    ),
    # a head of state's bare title for a tenure over by the published date, told of that
    # time (sup41: ``roles.office_of``)
    (
        "Protests in Iraq grew in 2013 against Prime Minister Nouri al-Maliki over the arrests.",
        ("Nouri al-Maliki", "leader_of", "Iraq"),
    ),
]
# look-alikes: a candidate, a past holder of a minister's office (no leader)
PAST_LOOKALIKES = [
    (
        "Marine Le Pen, a candidate for president, attacked the government in Paris.",
        ("Marine Le Pen", "leader_of", "France"),
    ),
    (
        "The deal was signed in 2009 by then-Foreign Minister Bernard Kouchner in Paris.",
        ("Bernard Kouchner", "leader_of", "France"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=PAST_HOLDERS, removed=PAST_LOOKALIKES)
)
def test_roles4_then_title_is_a_past_holders(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "then-Prime Minister X" names the office X held before the article (the gazetteer's
    dated tenure), as "former Prime Minister X" does, and so does a head of state's bare
    title for an ended tenure; a candidate and a past minister lead nothing."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)


def test_roles4_then_title_keeps_then(extract: Any) -> None:
    """The claim's title is written as the article wrote it, with "then"."""
    graph = extract(
        "Protests in Iraq grew in 2013 against then-Prime Minister Nouri al-Maliki over the"
        " arrests.",
        published="2015-05-20",
    )
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.predicate.value == "leader_of" and graph.entities[r.subject].label == "Nouri al-Maliki"
    }
    assert titles == {"then-Prime Minister"}, titles


NOMINAL_OWNERS = [
    (
        "Hamas fired rockets at Israel. The movement's leader Khaled Meshaal said the attacks"
        " would continue.",
        ("Khaled Meshaal", "leader_of", "Hamas"),
    ),
    (
        "Amnesty International criticised the verdict. The organisation's spokeswoman Jane"
        " Doe said it was unfair.",
        ("Jane Doe", "spokesperson_for", "Amnesty International"),
    ),
]
NOMINAL_LOOKALIKES = [
    # a spokesman of the movement is no leader of it
    (
        "Hamas fired rockets at Israel. The movement's spokesman Sami Abu Zuhri said the"
        " attacks would continue.",
        ("Sami Abu Zuhri", "leader_of", "Hamas"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=NOMINAL_OWNERS, removed=NOMINAL_LOOKALIKES),
)
def test_roles4_definite_noun_owns_the_title(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "the movement's leader X" after "Hamas ...": the title is the body's, as "its leader
    X" is; with no body to refer back to, none is guessed."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)


def test_roles4_definite_noun_title_has_no_possessive(extract: Any) -> None:
    """The title starts after "'s": "spokeswoman", not "'s spokeswoman"."""
    graph = extract(
        "Amnesty International criticised the verdict. The organisation's spokeswoman Jane"
        " Doe said it was unfair.",
        published="2015-05-20",
    )
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.object is not None and graph.entities[r.subject].label == "Jane Doe"
    }
    assert titles == {"spokeswoman"}, titles


KENYA = (
    "Kenya protest\n\nKenyan police fired tear gas at students in Nairobi on Monday. Kenya's"
    " government has banned the march. {}"
)
SECTOR_SPOKESPEOPLE = [
    (
        KENYA.format("The police arrested 20 students, a police spokesman said."),
        ("police spokesman", "spokesperson_for", "Kenyan police"),
    ),
    (
        KENYA.format("A police spokeswoman told reporters that 20 students were held."),
        ("police spokeswoman", "spokesperson_for", "Kenyan police"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), SECTOR_SPOKESPEOPLE)
def test_roles4_sector_spokesperson_speaks_for_the_countrys_sector(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "a police spokesman said" in an article about one country whose police it names: an
    unnamed person of the article, spokesperson_for that country's police."""
    check_kept_removed(extract(text, published="2015-05-20"), triple, None)


SECTOR_LOOKALIKES = [
    # the army is no actor of the article: no army to speak for is guessed
    KENYA.format("The students were freed on Tuesday, an army spokesman said."),
    # a hospital is no state sector
    KENYA.format("The police arrested 20 students, a hospital spokesman said."),
]


@pytest.mark.parametrize("text", SECTOR_LOOKALIKES)
def test_roles4_sector_spokesperson_needs_a_named_state_sector(extract: Any, text: str) -> None:
    """No spokesperson node for a sector the article does not name, nor for a body that is
    no state sector."""
    graph = extract(text, published="2015-05-20")
    spokes = [
        r
        for r in graph.claims
        if r.predicate.value == "spokesperson_for"
        and "spokesman" in graph.entities[r.subject].label
    ]
    assert spokes == [], spokes


def test_roles4_sector_spokesperson_not_in_a_two_country_article(extract: Any) -> None:
    """With no one country the article is about, "a police spokesman" has no sector to speak
    for."""
    graph = extract(
        "Border clash\n\nKenyan police and Ugandan police clashed at the border on Monday."
        " Uganda and Kenya blamed each other. Two officers were hurt, a police spokesman said.",
        published="2015-05-20",
    )
    spokes = [
        r
        for r in graph.claims
        if r.predicate.value == "spokesperson_for"
        and graph.entities[r.subject].label == "police spokesman"
    ]
    assert spokes == [], spokes


def test_roles4_definite_noun_title_stops_before_a_rank(extract: Any) -> None:
    """ "the army's spokesman Colonel X": no claim takes "spokesman Colonel" for its title
    (the rank before the name is its own rule's)."""
    graph = extract(
        "Kenya clash\n\nThe Kenyan army fought militants near the Somali border on Monday."
        " Five soldiers died, the army's spokesman Colonel David Obonyo said.",
        published="2015-05-20",
    )
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.object is not None and graph.entities[r.subject].label == "David Obonyo"
    }
    assert not any(t and "spokesman Colonel" in t for t in titles), titles
