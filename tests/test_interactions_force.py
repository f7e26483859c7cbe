"""Force used by police and security forces, as journalists write it (issue 12): violent
repression (CAMEO 175: crackdowns, dispersals, harassment) is PLOVER ASSAULT, ``attacked``, as in
PLOVER's CAMEO2PLOVER table; a fight noun as the object of "fight" is fought with its "with"
side. Sentences of our own, real model."""

from __future__ import annotations

from typing import Any

import pytest

from kg.vocab import EventType, plover_of_cameo
from tests.conftest import triples

FOUND = [
    # a crowd dispersed, with or without the tool named
    (
        "Kenyan police fired tear gas to disperse the demonstrators in Kisumu.",
        ("Kenyan police", "attacked", "demonstrators"),
    ),
    (
        "Nepalese riot police used water cannon to disperse protesters in Kathmandu.",
        ("Nepalese riot police", "attacked", "protesters"),
    ),
    # a crackdown, launched or suffered ("faced ... by X", "harassment from X")
    (
        "The Ethiopian government launched a crackdown on Oromo protesters.",
        ("Ethiopian government", "attacked", "Oromo protesters"),
    ),
    (
        "Kenyan opposition supporters have faced a brutal crackdown by Kenyan police.",
        ("Kenyan police", "attacked", "Kenyan opposition"),
    ),
    (
        "Kenyan journalists face harassment from Kenyan police.",
        ("Kenyan police", "attacked", "Kenyan media"),
    ),
    # "fought (running, pitched, street) battles with X"
    (
        "Kenyan opposition supporters fought pitched battles with Kenyan police.",
        ("Kenyan opposition", "attacked", "Kenyan police"),
    ),
    (
        "Bangladeshi farmers fought running street battles with Bangladeshi police.",
        ("Bangladeshi civilians", "attacked", "Bangladeshi police"),
    ),
    (
        "Nigerian troops fought a fierce battle against Boko Haram near Maiduguri.",
        ("Nigerian troops", "attacked", "Boko Haram"),
    ),
    (
        "Kenyan opposition supporters waged street battles with Kenyan police.",
        ("Kenyan opposition", "attacked", "Kenyan police"),
    ),
]

NOT_FOUND = [
    # the police speaking is no force used
    (
        "Kenyan police said the opposition supporters had blocked roads in Kisumu.",
        ("Kenyan police", "attacked", "Kenyan opposition"),
    ),
    # tear gas found is no tear gas fired
    (
        "Tear gas canisters were found near the offices of the Kenyan opposition.",
        ("Kenyan police", "attacked", "Kenyan opposition"),
    ),
    # silencing is coercion without force: not an attack
    (
        "The Ethiopian government silenced Ethiopian journalists.",
        ("Ethiopian government", "attacked", "Ethiopian media"),
    ),
    # an ended crackdown is no crackdown
    (
        "The Ethiopian government ended its crackdown on Oromo protesters.",
        ("Ethiopian government", "attacked", "Oromo protesters"),
    ),
    # who endured or faced repression did not do it, and the place is not its doer's victim
    (
        "Ethiopian opposition supporters endured a crackdown in Ethiopia.",
        ("Ethiopian opposition", "attacked", "Ethiopia"),
    ),
    (
        "Most of the migrants are Rohingya Muslims facing persecution in Myanmar.",
        ("Rohingya Muslims", "attacked", "Myanmar"),
    ),
    # fighting a fire, fighting among themselves: no side named
    (
        "Kenyan police fought a fire in Kisumu.",
        ("Kenyan police", "attacked", "Kisumu"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_interactions_force_on_crowd_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Dispersals, crackdowns, harassment and street battles are attacks by their doer."""
    assert triple in triples(extract(sentence))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_force_on_crowd_not_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Speech, objects found, force-free coercion, ended or endured crackdowns are no attack."""
    assert triple not in triples(extract(sentence))


@pytest.mark.parametrize(
    ("cameo", "event"),
    [
        ("175", EventType.ASSAULT),
        ("173", EventType.COERCE),
        ("1721", EventType.COERCE),
        ("191", EventType.COERCE),
        ("190", EventType.ASSAULT),
    ],
)
def test_vocab_violent_repression_is_assault(cameo: str, event: EventType) -> None:
    """CAMEO 175 (violent repression) is PLOVER ASSAULT; the rest of root 17 stays COERCE."""
    assert plover_of_cameo(cameo) is event
