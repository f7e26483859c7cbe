"""Deeds condemned by their name and ships stopped (probeA66).

A definite act noun condemned after the act was told ("condemned the shelling", "criticised
the verdict", "condemned the expulsion": ``event_anaphora`` of cues.json, read by
kg/extract/event_coref.py) criticizes whoever did the act, the victim reacting included. A
ship, an aircraft or a convoy seized or blocked (``vessel_nouns``: kg/extract/interactions.py)
is coerced, not land taken (CAMEO 192) or a plan opposed (CAMEO 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CONDEMNED = [
    # an attack told by a verb, condemned by the noun of another attack word
    (
        "Burundian troops shelled villages in South Kivu on Sunday. Human Rights Watch "
        "condemned the shelling.",
        ("Human Rights Watch", "criticized", "Burundian troops"),
    ),
    (
        "Ethiopian forces bombarded Mekelle on Monday. The African Union condemned the "
        "bombardment.",
        ("African Union", "criticized", "Ethiopian forces"),
    ),
    # a sentence and an expulsion
    (
        "A court in Minsk sentenced blogger Ihar Losik to 15 years in prison. Lithuania "
        "condemned the verdict.",
        ("Lithuania", "criticized", "Belarusian court"),
    ),
    (
        "Nicaragua expelled the Spanish ambassador on Friday. Spain condemned the expulsion.",
        ("Spain", "criticized", "Nicaragua"),
    ),
    # the victim condemns the attack on it
    (
        "Venezuelan troops attacked Guyana on Monday. Guyana condemned the attack.",
        ("Guyana", "criticized", "Venezuelan troops"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), CONDEMNED)
def test_condemned_deed_criticizes_its_doer(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "X condemned the shelling": X criticized whoever shelled."""
    found = triples(extract(text))
    assert triple in found, sorted(found)


def test_condemned_deed_with_no_doer_criticizes_no_actor(extract: Any) -> None:
    """Shelling told with no doer: the condemnation has only the act itself as its object."""
    found = triples(
        extract("Shelling killed five people in Donetsk on Sunday. Germany condemned the shelling.")
    )
    assert {t for t in found if t[0] == "Germany"} == {("Germany", "criticized", "shelling")}


VESSELS = [
    (
        "Ukrainian border guards blocked a Russian aid convoy on Friday.",
        ("Ukrainian border guards", "coerced", "Russia"),
        ("Ukrainian border guards", "criticized", "Russia"),
    ),
    (
        "Eritrean sailors seized a Sudanese fishing boat in the Red Sea.",
        ("Eritrean sailors", "coerced", "Sudan"),
        ("Eritrean sailors", "attacked", "Sudan"),
    ),
]


@pytest.mark.parametrize(("text", "triple", "wrong"), VESSELS)
def test_vessel_seized_or_blocked_is_coerced(
    extract: Any, text: str, triple: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    """A ship or convoy seized or blocked is coercion of its flag's country."""
    found = triples(extract(text))
    assert triple in found, sorted(found)
    assert wrong not in found, sorted(found)


KEPT = [
    # land seized is still taken by force; a bid blocked is still rejected
    (
        "Islamist fighters seized the Malian town of Kidal.",
        ("Islamist fighters", "attacked", "Kidal"),
    ),
    ("Hungary blocked a Ukrainian bid to join NATO.", ("Hungary", "criticized", "Ukraine")),
]


@pytest.mark.parametrize(("text", "triple"), KEPT)
def test_no_vessel_keeps_the_reading(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """No ship or convoy as the object: the taking or the blocking reads as before."""
    found = triples(extract(text))
    assert triple in found, sorted(found)


RELEASES = [
    # the one held named by a pronoun owner, by a name after "of", by a demand
    (
        "Ugandan police arrested opposition leader Bobi Wine on Tuesday. The European Union "
        "called for his release.",
        ("European Union", "requested", "Ugandan police"),
    ),
    (
        "Iranian authorities detained French researcher Fariba Adelkhah in June. France "
        "demanded the release of Adelkhah.",
        ("France", "requested", "Iranian authorities"),
    ),
    (
        "Myanmar police detained 40 student protesters on Monday. Human Rights Watch urged "
        "their release.",
        ("Human Rights Watch", "requested", "Myanmar police"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), RELEASES)
def test_release_call_requests_the_holder(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "X called for his release": X asked whoever the article says holds him."""
    found = triples(extract(text))
    assert triple in found, sorted(found)


def test_release_call_pronoun_needs_a_holding_of_its_number(extract: Any) -> None:
    """ "their release" after one person's arrest asks no one to release that person."""
    found = triples(
        extract(
            "Turkish police detained 12 Kurdish activists. Sweden arrested Ahmed Ali. Germany "
            "called for their release."
        )
    )
    assert ("Germany", "requested", "Sweden") not in found, sorted(found)


ANSWERED = [
    (
        "Al-Shabab fired mortars at Mogadishu on Friday, and the Somali army responded with "
        "artillery fire on Baidoa.",
        ("al-Shabab", "attacked", "Baidoa"),
    ),
    (
        "Kurdish rebels shelled Cizre on Sunday, and Turkish troops retaliated with artillery "
        "fire on Semdinli.",
        ("Kurdish rebels", "attacked", "Semdinli"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), ANSWERED)
def test_fire_used_by_a_named_subject_is_not_the_last_strikers(
    extract: Any, text: str, wrong: tuple[str, str, str]
) -> None:
    """ "Y responded with fire on Z": the fire is Y's, not that of the striker named before
    (kg/extract/strike_coref.py)."""
    found = triples(extract(text))
    assert wrong not in found, sorted(found)
