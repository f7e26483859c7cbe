"""The doer of an event noun that is the charge of a verb of blame (accuse64): "accused the army
of attacks on civilians", "charged X with the killing of Y", "criticised Hamas for attacks on
Z" are the deeds of the one accused, charged or criticised (or the passive's subject), never
of the accuser (``blamed_deeds`` in kg/data/en/cues.json). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, claims_between, triples

CASES: list[Case] = [
    # accuse ... of: the accused does the act, the accuser does not
    (
        "Human Rights Watch accused the Nigerian army of attacks on civilians.",
        ("Nigerian army", "attacked", "civilians"),
        ("Human Rights Watch", "attacked", "civilians"),
    ),
    (
        "Amnesty International accused the Burmese military of violence against Rohingya "
        "villagers.",
        ("Burmese military", "attacked", "Rohingya villagers"),
        ("Amnesty International", "attacked", "Rohingya villagers"),
    ),
    (
        "Pakistan accused India of the torture of Kashmiri prisoners.",
        ("India", "attacked", "Kashmiri prisoners"),
        ("Pakistan", "attacked", "Kashmiri prisoners"),
    ),
    (
        "Human Rights Watch accused Uganda of the arrest of opposition leaders.",
        ("Uganda", "sanctioned", "opposition leaders"),
        ("Human Rights Watch", "sanctioned", "opposition leaders"),
    ),
    (
        "The United States accused Russia of aggression against Ukraine.",
        ("Russia", "attacked", "Ukraine"),
        ("United States", "attacked", "Ukraine"),
    ),
    # charge ... with, blame / criticise ... for, convict ... of
    (
        "Prosecutors charged Ratko Mladic with the killing of thousands of Bosnian Muslims.",
        ("Ratko Mladic", "attacked", "Bosnian Muslims"),
        None,
    ),
    (
        "Kenya blamed al-Shabaab for the bombing of the Kenyan embassy.",
        ("al-Shabaab", "attacked", "Kenyan embassy"),
        ("Kenya", "attacked", "Kenyan embassy"),
    ),
    (
        "Egypt criticised Hamas for attacks on Egyptian soldiers.",
        ("Hamas", "attacked", "Egyptian soldiers"),
        ("Egypt", "attacked", "Egyptian soldiers"),
    ),
    (
        "The court convicted Charles Taylor of the murder of civilians in Sierra Leone.",
        ("Charles Taylor", "attacked", "civilians"),
        None,
    ),
    # the passive's subject is the one charged
    (
        "The Nigerian army was accused of attacks on civilians.",
        ("Nigerian army", "attacked", "civilians"),
        None,
    ),
    # the parser hangs the charge on the object's noun: an event of the object's "of"
    # phrase is not the deed of the one accused when the charge is another "of"
    (
        "Moscow accused the victims of the attack on Odessa of lying.",
        None,
        ("victims", "attacked", "Odessa"),
    ),
    # an accused the sentence does not name leaves the deed with no doer, not the accuser's
    (
        "The opposition accused the police of the arrest of dozens of protesters.",
        None,
        ("opposition", "sanctioned", "protesters"),
    ),
    (
        "Ukrainian officials blamed unknown gunmen for attacks on Kharkiv residents.",
        None,
        ("Ukrainian officials", "attacked", "Kharkiv residents"),
    ),
]


@pytest.mark.parametrize(("sentence", "found", "absent"), CASES)
def test_blamed_deed_is_the_accused_ones(
    extract: Any, sentence: str, found: Any, absent: Any
) -> None:
    """The event noun of a charge is the deed of the one charged, never of the accuser."""
    got = triples(extract(sentence))
    if found is not None:
        assert found in got, sorted(got)
    if absent is not None:
        assert absent not in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "triple", "status"),
    [
        # an accusation reports the deed as alleged, as with a gerund ("accused X of
        # attacking Y"); a criticism for it takes it as done
        (
            "Serbia accused Kosovo police of the beating of Serb protesters.",
            ("Kosovo police", "attacked", "Serb protesters"),
            "hypothetical",
        ),
        (
            "Egypt criticised Hamas for attacks on Egyptian soldiers.",
            ("Hamas", "attacked", "Egyptian soldiers"),
            "occurred",
        ),
    ],
)
def test_blamed_deed_status(extract: Any, sentence: str, triple: Any, status: str) -> None:
    """The charged deed's status is the accusation's (alleged) or the criticism's (done)."""
    found = claims_between(extract(sentence), *triple)
    assert {c.qualifiers.status.value for c in found} == {status}, found
