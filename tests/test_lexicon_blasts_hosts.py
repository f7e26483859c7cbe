"""Standard news frames: "X blasted Y" is scathing criticism of a person or organisation
(CAMEO 111) unless every subject is an armed force, whose blast is fire (194); "X played host
to Y" is a meeting hosted (043); fighters expelling an armed group, or wresting a place from a
fighting side, fight it (190); a videoconference held with Y is a call (041). Sentences about
actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, predicate, object), PLOVER type, CAMEO code)
SENT = [
    (
        "Hungarian Prime Minister Viktor Orban blasted the European Commission on Tuesday.",
        ("Viktor Orbán", "criticized", "European Commission"),
        "ACCUSE",
        "111",
    ),
    (
        "Erdogan blasted Angela Merkel in a speech in Ankara.",
        ("Recep Tayyip Erdogan", "criticized", "Angela Merkel"),
        "ACCUSE",
        "111",
    ),
    (
        "Syrian troops blasted the rebels near Aleppo.",
        ("Syrian troops", "attacked", "rebels"),
        "ASSAULT",
        "194",
    ),
    (
        "Kurdish fighters expelled al-Shabab from the town of Baidoa.",
        ("Kurdish fighters", "attacked", "al-Shabab"),
        "ASSAULT",
        "190",
    ),
    (
        "Angela Merkel held a videoconference with Francois Hollande on Monday.",
        ("Angela Merkel", "spoke_with", "François Hollande"),
        "CONSULT",
        "041",
    ),
    (
        "Kurdish fighters wrested Kobani from Islamic State.",
        ("Kurdish fighters", "attacked", "Islamic State"),
        "ASSAULT",
        "190",
    ),
    (
        "Kazakhstan played host to Iranian President Hassan Rouhani last week.",
        ("Hassan Rouhani", "met", "Kazakhstan"),
        "CONSULT",
        "043",
    ),
]

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_SENT = [
    (
        "The union wrested concessions from Toyota.",
        ("union", "attacked", "Toyota"),
    ),
    (
        "Angela Merkel watched a video with Francois Hollande on Monday.",
        ("Angela Merkel", "spoke_with", "François Hollande"),
    ),
    (
        "Ecuador expelled the American ambassador from Quito.",
        ("Ecuador", "attacked", "American ambassador"),
    ),
    (
        "Hungarian Prime Minister Viktor Orban blasted the European Commission on Tuesday.",
        ("Viktor Orbán", "attacked", "European Commission"),
    ),
    (
        "Syrian troops blasted the rebels near Aleppo.",
        ("Syrian troops", "criticized", "rebels"),
    ),
    (
        "Kazakhstan played a friendly against Iran in Astana.",
        ("Iran", "met", "Kazakhstan"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "event", "cameo"), SENT)
def test_blasts_hosts_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str, cameo: str
) -> None:
    """A politician's blast criticises, a force's blast fires, a host meets its guest."""
    claim = event_claim(extract(sentence), *triple, event)
    assert claim.qualifiers.cameo == cameo


@pytest.mark.parametrize(("sentence", "triple"), NOT_SENT)
def test_blasts_hosts_not_claimed(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A politician's blast is no attack, a force's blast no criticism, concessions wrested
    from a company are no fight, a match played is no hosting, and a video watched together
    is no call."""
    assert not claims_between(extract(sentence), *triple)
