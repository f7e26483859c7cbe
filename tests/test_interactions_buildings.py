"""A party's building stormed, raided or set on fire (kg/extract/interactions.py, the
``owned_targets`` of kg/data/en/killings.json and the building entries of the lexicon), on
sentences of our own: the owner is attacked, where the building stands."""

from __future__ import annotations

from typing import Any

import pytest


def _attacks(graph: Any) -> set[tuple[str, str, str | None]]:
    """(doer, target, place) of every attacked claim."""
    return {
        (graph.entities[r.subject].label, graph.entities[r.object].label, r.qualifiers.place)
        for r in graph.claims
        if r.predicate.value == "attacked" and r.object is not None
    }


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        (
            "Kenyan troops stormed al-Shabaab's base in Kismayo.",
            ("Kenyan troops", "al-Shabaab", "Kismayo"),
        ),
        # (a police raid on a body's offices is a sanction: tests/test_police_raids.py)
        (
            "Russian troops raided Memorial's offices in Moscow.",
            ("Russian troops", "Memorial", "Moscow"),
        ),
        (
            "Houthi fighters stormed the headquarters of the Islah party in Sanaa.",
            ("Houthis", "Islah party", "Sanaa"),
        ),
        (
            "Zanu-PF supporters torched the offices of the Movement for Democratic Change in"
            " Bulawayo.",
            ("Zanu-PF supporters", "Movement for Democratic Change", "Bulawayo"),
        ),
        (
            "Protesters torched the CDP's headquarters in Ouagadougou.",
            ("Protesters", "CDP", "Ouagadougou"),
        ),
        (
            "Protesters burned the headquarters of the Awami League in Dhaka.",
            ("Protesters", "Awami League", "Dhaka"),
        ),
        (
            "Protesters set fire to the offices of the Muslim Brotherhood in Cairo.",
            ("Protesters", "Muslim Brotherhood", "Cairo"),
        ),
        (
            "Nigerian police said five officers died.\n\nBoko Haram fighters torched a police"
            " station in Kano.",
            ("Boko Haram", "Nigerian police", "Kano"),
        ),
        (
            "Nigerian police said five officers died.\n\nBoko Haram fighters stormed a police"
            " station in Kano.",
            ("Boko Haram", "Nigerian police", "Kano"),
        ),
    ],
)
def test_interactions_building_owner_attacked(
    extract: Any, text: str, attack: tuple[str, str, str]
) -> None:
    """Storming, raiding or torching a party's building attacks the party, at the place."""
    assert attack in _attacks(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram fighters torched a police station in Kano.",  # no police named: no target
        "Protesters torched cars and a bank in Bujumbura.",  # things, no party
        "Protesters set fire to tyres and ballot boxes in Guerrero.",
    ],
)
def test_interactions_building_no_party_no_attack(extract: Any, text: str) -> None:
    """A building with no party named for it is no attack on the town it stands in."""
    assert not _attacks(extract(text))


def test_interactions_building_place_only_its_attack(extract: Any) -> None:
    """The place of a party's building is the place of the act on it, not of another claim
    of the sentence about that party."""
    graph = extract(
        "Ali Abdullah Saleh announced an alliance with the Houthis after Saudi warplanes"
        " bombed his home in Sanaa."
    )
    places = {r.predicate.value: r.qualifiers.place for r in graph.claims}
    assert places.get("attacked") == "Sanaa"
    assert places.get("supported", "absent") is None  # the alliance (support, gen33)
