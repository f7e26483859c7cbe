"""Wrong outputs around warnings and accusations (warn65): a joining after "against" or
"from" is not the warner's membership (kg/extract/memberships.py ``_subjects``, cue
``composition_verbs.gerund_preps``); an act one is advised not to do is only spoken
of (kg/extract/qualifiers.py ``_advised_against``); a preposition after an accusation's
charge noun is the deed's (kg/extract/interactions.py ``_after_charge``). Sentences of our
own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples

UNDONE_JOINING = [
    ("Moscow cautioned Georgia against joining NATO.", "NATO"),
    ("France blocked Turkey from joining the European Union.", "European Union"),
    ("Turkey was barred from joining the European Union.", "European Union"),
    ("Iran talked Syria into joining the Arab League.", "Arab League"),
]


@pytest.mark.parametrize(("text", "body"), UNDONE_JOINING)
def test_joining_warned_against_is_no_membership(extract: Any, text: str, body: str) -> None:
    """A joining after "against", "from" or "into" is nobody's membership done."""
    found = triples(extract(text))
    assert not {t for t in found if t[1] == "member_of" and t[2] == body}, found


DONE_JOINING = [
    (
        "Serbia angered Russia by joining the European Union.",
        ("Serbia", "member_of", "European Union"),
    ),
    ("Poland prospered after joining NATO.", ("Poland", "member_of", "NATO")),
]


@pytest.mark.parametrize(("text", "triple"), DONE_JOINING)
def test_joining_by_or_after_is_the_subjects(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A joining after "by" or "after" is the clause subject's membership."""
    assert triple in triples(extract(text))


HUNG_CHARGES = [
    (
        "Russia accused Kiev of atrocities against separatists.",
        ("Ukraine", "attacked", "separatists"),
        ("Russia", "criticized", "separatists"),
    ),
    (
        "Ukraine accused Russia of brutality against prisoners.",
        ("Ukraine", "criticized", "Russia"),
        ("Ukraine", "criticized", "prisoners"),
    ),
    (
        "Human Rights Watch blamed Nigeria for abuses against Boko Haram suspects.",
        ("Human Rights Watch", "criticized", "Nigeria"),
        ("Human Rights Watch", "criticized", "Boko Haram"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), HUNG_CHARGES)
def test_charge_preposition_is_the_deeds(
    extract: Any, text: str, wanted: tuple[str, str, str], unwanted: tuple[str, str, str]
) -> None:
    """ "accused X of NOUN against Y" with "against Y" hung on the verb: Y is the deed's
    target, not the one criticised."""
    found = triples(extract(text))
    assert wanted in found, found
    assert unwanted not in found, found


ADVISED_NOT_TO = [
    ("Germany advised its citizens not to travel to Yemen.", ("citizens", "visited", "Yemen")),
    ("Canada advised Canadians not to visit Syria.", ("Canadians", "visited", "Syria")),
    (
        "The president cautioned Congress not to impose sanctions on Iran.",
        ("Congress", "sanctioned", "Iran"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), ADVISED_NOT_TO)
def test_advised_not_to_is_hypothetical(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """An act advised or cautioned against ("not to") is only spoken of: hypothetical, never
    proposed as a request to do it would be."""
    assert statuses(extract(text), triple) == {"hypothetical"}


def test_urged_to_stays_proposed(extract: Any) -> None:
    """Without the negation the act urged is proposed."""
    found = statuses(
        extract("Japan urged its citizens to travel to Korea."), ("citizens", "visited", "Korea")
    )
    assert found == {"proposed"}, found
