"""prec30: a work's title names no actor ("author of Answering the Call: ... in Sadat's
Egypt", "a book called A Narco History: How the United States and Mexico ..."), and a sector
noun coordinated with another whose "of" complement comes after both ("the armies and
intelligence services of powerful countries") is no bare sector noun of the story's country.
With the real model, on sentences of actors other than the articles that showed them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

TITLES = [
    # an author's line at the end of an opinion piece
    (
        "Karim Haddad is a lecturer at Cairo University and author of Pharaohs and Generals: "
        "How Nasser Ruled Egypt.",
        ("Egypt", "Nasser"),
    ),
    # a quoted title
    (
        'Jane Doe is the author of "Kabul Under Fire: How the Taliban Besieged Afghanistan".',
        ("Taliban",),
    ),
    # a book called ...
    (
        "In a new book called Red Lines: How Russia and Turkey Fought Over Syria, the historian "
        "Tom Baker retells the war.",
        ("Russia", "Turkey", "Syria"),
    ),
    # a report, titled ...
    (
        "The report, titled Iran Armed the Houthis, was published on Monday.",
        ("Iran", "Houthis"),
    ),
]


@pytest.mark.parametrize(("text", "names"), TITLES)
def test_prec30_work_title_names_no_actor(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """The names inside a work's title make no node and no claim."""
    graph = extract(text, published="2015-06-01")
    labels = set(node_types(graph))
    assert not labels.intersection(names), sorted(labels)
    assert not any(s in names or o in names for s, _, o in triples(graph)), triples(graph)


KEPT = [
    # an owner in front of the work: no title ("author of Amnesty's report")
    (
        "Sara Lopez, author of Amnesty International's report on Mexico, said police tortured "
        "detainees.",
        "Amnesty International",
    ),
    # "called" after a noun of no work names a group, not a title
    ("Gunmen from a group called Boko Haram attacked the village of Kawuri.", "Boko Haram"),
    # the author's own affiliation before "and author of" is kept
    (
        "Karim Haddad is a lecturer at Cairo University and author of Pharaohs and Generals.",
        "Cairo University",
    ),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_prec30_no_title_keeps_the_name(extract: Any, text: str, name: str) -> None:
    """A possessive owner after "author of", a name after "a group called", and the names
    outside the title stay."""
    assert name in node_types(extract(text, published="2015-06-01"))


STORY = (
    "Burundi police kill protesters\n\n"
    "Burundi has been in crisis since April. Protesters in Burundi marched again. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The armies and intelligence services of powerful countries tortured detainees, "
        "activists said.",
        "The army and the intelligence services of powerful countries tortured detainees, "
        "activists said.",
    ],
)
def test_prec30_shared_complement_is_no_bare_sector_noun(extract: Any, sentence: str) -> None:
    """A trailing "of" complement is each conjunct's: no Burundian army or intelligence
    tortured anyone."""
    found = {(s, p, o) for s, p, o in triples(extract(STORY + sentence)) if p == "attacked"}
    assert not any(o == "detainees" for _, _, o in found), found


def test_prec30_bare_coordination_stays_the_countrys(extract: Any) -> None:
    """With no complement, "the army and intelligence services" is still the story's army."""
    found = triples(
        extract(STORY + "The army and intelligence services tortured detainees, activists said.")
    )
    assert ("Burundian army", "attacked", "detainees") in found or (
        "Burundi army",
        "attacked",
        "detainees",
    ) in found, found


def test_prec30_title_of_possessives_makes_no_role(extract: Any) -> None:
    """ "author of Sadat's Egypt and Nasser's Legacy": a title, so no leader_of Egypt."""
    found = triples(extract("Abdullah Khan is the author of Sadat's Egypt and Nasser's Legacy."))
    assert not any(p == "leader_of" for _, p, _ in found), found


UNNAMED_BY = [
    (
        "Kenya's parliament has never investigated the mass deaths caused by the drought, nor "
        "the torture of detainees at Manda Bay, by the armies and intelligence services of "
        "powerful countries.",
        "Kenya's parliament",
    ),
    (
        "The African Union has never referred the killings in Darfur, nor the torture of "
        "prisoners at Abu Ghraib, by the armies of powerful countries.",
        "African Union",
    ),
]


@pytest.mark.parametrize(("text", "subject"), UNNAMED_BY)
def test_prec30_unnamed_by_doer_is_not_the_verb_subject(
    extract: Any, text: str, subject: str
) -> None:
    """An event noun whose "by" phrase names doers the text leaves unnamed ("by the armies of
    powerful countries") is not the deed of the subject of the verb above it."""
    found = triples(extract(text))
    assert not any(s == subject and p == "attacked" for s, p, _ in found), found


def test_prec30_named_by_doer_still_acts(extract: Any) -> None:
    """A "by" phrase that names its doer still gives the deed to it."""
    found = triples(extract("The UN condemned the torture of detainees by Egyptian police."))
    assert ("Egyptian police", "attacked", "detainees") in found, found


def test_prec30_light_verb_by_is_the_claims_owner(extract: Any) -> None:
    """Under its light verb ("denied claims by Syria's government") the noun's "by" is whose
    claim it was: the denier still rejects it."""
    found = triples(
        extract(
            "The Turkish army has denied claims by Syria's government that Turkish jets had "
            "bombed a border village."
        )
    )
    assert ("Turkish army", "criticized", "Syria's government") in found, found
