"""An attack noun whose clause is itself an attack ("launched raids that killed X", "the
strikes, which hit X") makes the noun's maker attack the clause's object
(kg/extract/attack_clauses.py). Sentences of our own about actors that are neither the
seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples

CASES: list[Case] = [
    # the subject of the verb that launched the attack
    (
        "Kenyan troops carried out raids that killed two al-Shabab commanders.",
        ("Kenyan troops", "attacked", "al-Shabab"),
        None,
    ),
    (
        "The Nigerian army launched an offensive that has driven out Boko Haram from several "
        "towns.",
        ("Nigerian army", "attacked", "Boko Haram"),
        None,
    ),
    (
        "The Saudi-led coalition launched air strikes that hit Houthi positions in Sanaa.",
        ("Saudi-led coalition", "attacked", "Houthis"),
        None,
    ),
    # the attack's owner, or its "by" agent
    (
        "Egypt's air strikes, which hit Islamic State fighters in Derna, drew praise.",
        ("Egypt", "attacked", "Islamic State"),
        None,
    ),
    (
        "Air strikes by the Syrian government, which killed 20 Free Syrian Army fighters, drew "
        "protests.",
        ("Syrian government", "attacked", "Free Syrian Army"),
        None,
    ),
    # a demonym or a side named in front of the attack
    (
        "An Israeli raid that killed three Hamas commanders drew protests.",
        ("Israel", "attacked", "Hamas"),
        None,
    ),
    (
        "Kenya condemned an al-Shabab attack that killed two Ethiopian soldiers.",
        ("al-Shabab", "attacked", "Ethiopian soldiers"),
        ("Kenya", "attacked", "Ethiopian soldiers"),
    ),
    # a place in front is where the attack struck, not who made it
    (
        "The Aleppo offensive that killed 20 Free Syrian Army fighters continued.",
        None,
        ("Aleppo", "attacked", "Free Syrian Army"),
    ),
    # a campaign or an operation is an attack when an armed word stands in front
    (
        "Turkey launched a military operation targeting Kurdish militants in northern Iraq.",
        ("Turkey", "attacked", "Kurdish militants"),
        None,
    ),
    (
        "The talks came amid Russia's air campaign targeting the Free Syrian Army.",
        ("Russia", "attacked", "Free Syrian Army"),
        None,
    ),
    (
        "The Labour party launched an advertising campaign targeting Conservative voters.",
        None,
        ("Labour party", "attacked", "Conservative voters"),
    ),
    # decoys: who condemned or repelled the attack did not make it; an object relative
    (
        "Ukraine condemned air strikes that killed ten Donetsk separatists.",
        None,
        ("Ukraine", "attacked", "Donetsk separatists"),
    ),
    (
        "Chad repelled an offensive that targeted Boko Haram fighters.",
        None,
        ("Chad", "attacked", "Boko Haram"),
    ),
    (
        "Mali's raid, which Algeria criticised, targeted the Tuareg rebels.",
        None,
        ("Algeria", "attacked", "Tuareg rebels"),
    ),
]


@pytest.mark.parametrize(("sentence", "made", "not_made"), CASES)
def test_attack_clauses_maker_attacks_clause_object(
    extract: Any, sentence: str, made: Any, not_made: Any
) -> None:
    """The maker of an attack told by its own attack clause attacked the clause's object."""
    found = triples(extract(sentence))
    if made is not None:
        assert made in found, found
    if not_made is not None:
        assert not_made not in found, found
