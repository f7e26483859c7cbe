"""Round 24 (gen51): a rescue written as a noun is aid to the rescued (CAMEO 073, as the verb),
"coastguard" in one word is the coast guard, and a pronoun of quantity before "of" ("many of
the militias", "some of the rebels") stands for the people it picks out. Sentences of our own
about actors that are neither the motivating articles' nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim

# (sentence, claim made, PLOVER type, CAMEO code)
RESCUES = [
    (
        "The Greek coastguard carried out the rescue of 300 refugees near Lesbos.",
        ("Greek coastguard", "supported", "refugees"),
        "AID",
        "073",
    ),
    (
        "Spanish police conducted the rescue of 50 migrants from a sinking boat.",
        ("Spanish police", "supported", "migrants"),
        "AID",
        "073",
    ),
    (
        "Malta's rescue of the migrants drew praise.",
        ("Malta", "supported", "migrants"),
        "AID",
        "073",
    ),
    (
        "The Turkish coastguard rescued 200 migrants off Bodrum.",
        ("Turkish coastguard", "supported", "migrants"),
        "AID",
        "073",
    ),
]


@pytest.mark.parametrize(("sentence", "claim", "event", "cameo"), RESCUES)
def test_interactions_rescue_noun_is_aid(
    extract: Any, sentence: str, claim: tuple[str, str, str], event: str, cameo: str
) -> None:
    """ "the rescue of X" by its owner or a light verb's subject is aid to X (CAMEO 073)."""
    made = event_claim(extract(sentence), *claim, event)
    assert made.qualifiers.cameo == cameo


# (sentence, claim kept or None, claim not made or None)
PARTS = [
    (
        "Many of the Kurdish militias are trained by Britain.",
        ("United Kingdom", "supported", "Kurdish militias"),
        None,
    ),
    ("Some of the Tuareg rebels attacked Gao.", ("Tuareg rebels", "attacked", "Gao"), None),
    (
        "Several of the Kenyan opposition parties boycotted the elections.",
        ("Kenyan opposition", "criticized", "elections"),
        None,
    ),
    (
        "Many of the protesters were arrested by Tunisian police.",
        ("Tunisian police", "sanctioned", "protesters"),
        None,
    ),
    # "few" says the rest did not act; a thing counted is no actor
    ("Few of the Tuareg rebels attacked Gao.", None, ("Tuareg rebels", "attacked", "Gao")),
    ("Some of the money was sent to Hamas.", None, ("money", "supported", "Hamas")),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), PARTS)
def test_interactions_part_pronoun_stands_for_its_people(
    extract: Any,
    sentence: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """ "many of the X", "some of the X" act as X; "few of the X" do not."""
    check_kept_removed(extract(sentence), kept, removed)
