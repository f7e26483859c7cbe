"""Leaders a body elects or chooses (kg/extract/elections.py): "the party elected X as its
leader" -> the party supported X and X leads it. Sentences of our own about actors that are
neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, statuses

# (sentence, (subject, predicate, object), status)
CHOSEN = [
    (
        "The Labour Party elected Jeremy Corbyn as leader on Saturday.",
        ("Labour Party", "supported", "Jeremy Corbyn"),
        "occurred",
    ),
    (
        "The Labour Party elected Jeremy Corbyn as leader on Saturday.",
        ("Jeremy Corbyn", "leader_of", "Labour Party"),
        "occurred",
    ),
    (
        "Likud elected Benjamin Netanyahu as party chairman.",
        ("Benjamin Netanyahu", "leader_of", "Likud"),
        "occurred",
    ),
    (
        "The Muslim Brotherhood picked Mohamed Badie to lead the movement.",
        ("Muslim Brotherhood", "supported", "Mohamed Badie"),
        "occurred",
    ),
    (
        "The Muslim Brotherhood picked Mohamed Badie to lead the movement.",
        ("Mohamed Badie", "leader_of", "Muslim Brotherhood"),
        "occurred",
    ),
    (
        "The African National Congress chose Cyril Ramaphosa to lead the party.",
        ("Cyril Ramaphosa", "leader_of", "African National Congress"),
        "occurred",
    ),
    (
        "Jacob Zuma was elected by the African National Congress in 2007.",
        ("African National Congress", "supported", "Jacob Zuma"),
        "occurred",
    ),
    (
        "The Labour Party will elect Jeremy Corbyn as its leader on Saturday.",
        ("Labour Party", "supported", "Jeremy Corbyn"),
        "planned",
    ),
    (
        "The Labour Party chose Jeremy Corbyn to succeed Ed Miliband.",
        ("Labour Party", "supported", "Jeremy Corbyn"),
        "occurred",
    ),
    # a gathering that votes is its body's choice; "re-elected" as the parser splits it
    (
        "UEFA delegates gathered in Vienna. The UEFA congress re-elected Michel Platini.",
        ("UEFA", "supported", "Michel Platini"),
        "occurred",
    ),
    # the gathering a relative clause says the choice was made at
    (
        "Labour delegates met in Brighton. Jeremy Corbyn won at the Labour conference, at "
        "which he was elected on Saturday.",
        ("Labour", "supported", "Jeremy Corbyn"),
        "occurred",
    ),
]

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_CHOSEN = [
    # no body elects: the voters are unsaid
    ("Barack Obama was elected in 2008.", ("Barack Obama", "leader_of", "United States")),
    # a choice with no office said is no vote for a leader
    (
        "The Labour Party picked Jeremy Corbyn for the trip.",
        ("Labour Party", "supported", "Jeremy Corbyn"),
    ),
    # the led thing is no body
    (
        "The African National Congress chose Cyril Ramaphosa to lead the talks.",
        ("Cyril Ramaphosa", "leader_of", "African National Congress"),
    ),
    # another's leader: the chooser is not led by them
    (
        "The Labour Party elected Jeremy Corbyn as leader of the opposition.",
        ("Jeremy Corbyn", "leader_of", "Labour Party"),
    ),
    # "as president" with no owner may be of the country: no leader claim on the chooser
    (
        "The Justice and Development Party elected Abdullah Gul as president.",
        ("Abdullah Gul", "leader_of", "Justice and Development Party"),
    ),
    # a successor's office is unsaid: no leader claim
    (
        "The Labour Party chose Jeremy Corbyn to succeed Ed Miliband.",
        ("Jeremy Corbyn", "leader_of", "Labour Party"),
    ),
    # a person does not elect as a body does
    (
        "Tony Blair elected Gordon Brown as his successor.",
        ("Tony Blair", "supported", "Gordon Brown"),
    ),
    # no one is chosen: a leadership, not a person
    (
        "The Labour Party elected a new leadership after Ed Miliband quit.",
        ("Labour Party", "supported", "Ed Miliband"),
    ),
    # the candidate chosen for the party runs for office: the choice is the party's
    (
        "Jeremy Corbyn chose the Labour Party to lead the campaign.",
        ("Jeremy Corbyn", "supported", "Labour Party"),
    ),
    # a gathering no body of the article owns chooses for no one
    (
        "Delegates gathered in Vienna. The Vienna congress re-elected Michel Platini.",
        ("Vienna", "supported", "Michel Platini"),
    ),
    # the place of a choice is no chooser
    (
        "Jeremy Corbyn was elected in Brighton on Saturday.",
        ("Brighton", "supported", "Jeremy Corbyn"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "status"), CHOSEN)
def test_elections_body_backs_and_is_led_by_the_chosen(
    extract: Any, sentence: str, triple: tuple[str, str, str], status: str
) -> None:
    """A body that elects or chooses a person backs them, and is led by its own leader."""
    assert status in statuses(extract(sentence), triple)


@pytest.mark.parametrize(("sentence", "triple"), NOT_CHOSEN)
def test_elections_no_body_or_office_no_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """No electing body, no office, another's office or no person chosen gives no claim."""
    assert not claims_between(extract(sentence), *triple)
