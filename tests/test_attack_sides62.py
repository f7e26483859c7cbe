"""Attacks as journalists report them (attack62): the people nouns of a "between" phrase are
the sides of the event noun (kg/resolve/people.py ``event_role``: ``party_preps`` of
``region_people``), also where the parser hangs the phrase on the noun's verb; and an attack
noun's possessive, not the subject of the verb it is the object of, is who attacked the town
or area it names (kg/extract/target_areas.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

SIDES = [
    # the "between" phrase on the attack noun
    (
        "Clashes between herdsmen and farmers killed 30 people in Benue state.",
        ("herdsmen", "attacked", "farmers"),
    ),
    # on the noun's verb
    (
        "Fighting broke out between herders and farmers in central Mali.",
        ("herders", "attacked", "farmers"),
    ),
    (
        "Clashes erupted between Houthi rebels and tribesmen in Marib.",
        ("Houthis", "attacked", "tribesmen"),
    ),
    (
        "Heavy fighting raged between Kurdish fighters and local tribesmen near Tal Abyad.",
        ("Kurdish fighters", "attacked", "local tribesmen"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), SIDES)
def test_attack_sides_between_groups(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A group noun named as a side of clashes or fighting is an actor of the attack."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_SIDES = [
    # no event: a state between the groups
    "Tension between herdsmen and farmers is rising in Benue state.",
    # an event, but no attack
    "A meeting between herders and farmers was held in Jos.",
]


@pytest.mark.parametrize("text", NO_SIDES)
def test_attack_sides_no_attack(extract: Any, text: str) -> None:
    """Groups between whom there is a tension or a meeting attacked no one."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found


OWNED = [
    # (sentence, the doer's claim or None, the claim the verb's subject must not get)
    (
        "Residents fled the Iraqi army's assault on the town of Tikrit.",
        ("Iraqi army", "attacked", "Tikrit"),
        ("Residents", "attacked", "Tikrit"),
    ),
    (
        "Villagers escaped the rebels' attack on the village of Kidal.",
        ("rebels", "attacked", "Kidal"),
        ("Villagers", "attacked", "Kidal"),
    ),
    # an owner the article does not name: no doer at all
    (
        "Residents fled the army's assault on the town of Tikrit.",
        None,
        ("Residents", "attacked", "Tikrit"),
    ),
    # a pronoun owner is the subject's own attack
    (
        "The Iraqi army launched its assault on the town of Tikrit.",
        ("Iraqi army", "attacked", "Tikrit"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "made", "not_made"), OWNED)
def test_attack_sides_possessive_doer(
    extract: Any,
    text: str,
    made: tuple[str, str, str] | None,
    not_made: tuple[str, str, str] | None,
) -> None:
    """The possessive of an attack noun on a town is its doer, not the subject of the verb
    the noun is the object of ("fled the army's assault")."""
    found = triples(extract(text, published="2015-05-15"))
    if made is not None:
        assert made in found, found
    if not_made is not None:
        assert not_made not in found, found


FATAL = [
    # a verb of assault that needs an armed doer, with "to death": whoever did it
    ("A mob beat Ahmad Karimi to death in Kabul.", ("mob", "attacked", "Ahmad Karimi")),
    ("Ahmad Karimi was beaten to death by a mob in Kabul.", ("mob", "attacked", "Ahmad Karimi")),
]


@pytest.mark.parametrize(("text", "triple"), FATAL)
def test_attack_sides_beaten_to_death(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "beat X to death" is an attack by any doer, not only by an armed force."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


WINS = [
    "Federer beat Nadal in Rome.",
    "Juventus beat Real Madrid to reach the final.",
    "Obama beat Romney to the White House.",
]


@pytest.mark.parametrize("text", WINS)
def test_attack_sides_wins_stay_wins(extract: Any, text: str) -> None:
    """A win over someone, with or without a "to" phrase, is no attack."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found


TAKEN_EXAMPLES = [
    # the examples hung on the holder noun ("control"), not on the part
    (
        "Boko Haram took control of large areas of Borno state, including the town of Gwoza.",
        ("Boko Haram", "attacked", "Gwoza"),
    ),
    (
        "ISIL seized control of swathes of Syria, including Raqqa.",
        ("Islamic State", "attacked", "Raqqa"),
    ),
    # ... or on the verb of a relative clause, after the holder
    (
        "Yemen is in crisis. Houthi fighters, who seized control of parts of the country, "
        "including the capital Sanaa, rejected the talks.",
        ("Houthis", "attacked", "Sanaa"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), TAKEN_EXAMPLES)
def test_attack_sides_taken_examples(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A place named as an example of the ground taken ("including X") was taken too."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


ASIDES = [
    # a "who" clause after a comma-set participle is about the noun the participle describes
    (
        "The Houthis, backed by Iran, who seized Sanaa in September, rejected the talks.",
        ("Houthis", "attacked", "Sanaa"),
        ("Iran", "attacked", "Sanaa"),
    ),
    (
        "Kurdish fighters, backed by militias loyal to Masoud Barzani, who stormed Sinjar "
        "on Friday, raised their flag.",
        ("Kurdish fighters", "attacked", "Sinjar"),
        ("Masoud Barzani", "attacked", "Sinjar"),
    ),
]


@pytest.mark.parametrize(("text", "made", "not_made"), ASIDES)
def test_attack_sides_who_after_aside(
    extract: Any, text: str, made: tuple[str, str, str], not_made: tuple[str, str, str]
) -> None:
    """ "X, backed by Y, who seized Z": X seized Z, not Y."""
    found = triples(extract(text, published="2015-05-15"))
    assert made in found, found
    assert not_made not in found, found


def test_attack_sides_which_stays_near(extract: Any) -> None:
    """A "which" clause after the aside stays the aside's ("strikes, which have pounded
    ISIL positions" were the strikes' doing, not the fighters')."""
    found = triples(
        extract(
            "Kurdish fighters, backed by US air strikes, which have pounded ISIL positions, "
            "retook Kobani.",
            published="2015-05-15",
        )
    )
    assert ("Kurdish fighters", "attacked", "Islamic State") not in found, found
