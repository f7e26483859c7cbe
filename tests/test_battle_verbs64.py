"""Verbs of battle mined from news2015 (tools/lexicon/seeds/assault.txt, coerce.txt: verbs64):
a side defeated, crushed, routed, overwhelmed, taken on or confronted is fought, and one
surrounded is hemmed in, between armed forces only; land taken over is occupied. A phrasal
entry ("take on", "take over") makes no trigger of its bare verb (``TriggerIndex.verb_senses``).
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import default_lexicon
from tests.conftest import statuses, triples

FIRES = [
    (
        "Kurdish fighters defeated the Islamic State group near Kobane last week.",
        ("Kurdish fighters", "attacked", "Islamic State"),
    ),
    (
        "The Nigerian army routed Boko Haram fighters in Borno state on Monday.",
        ("Nigerian army", "attacked", "Boko Haram"),
    ),
    (
        "Government troops crushed the rebels in the northern hills.",
        ("Government troops", "attacked", "rebels"),
    ),
    (
        "Taliban fighters overwhelmed Afghan police at a checkpoint in Helmand.",
        ("Taliban", "attacked", "Afghan police"),
    ),
    (
        "Syrian rebels took on Hezbollah fighters in the Qalamoun mountains.",
        ("Syrian rebels", "attacked", "Hezbollah"),
    ),
    (
        "Shia militias confronted Islamic State fighters outside Tikrit.",
        ("Shia militias", "attacked", "Islamic State"),
    ),
    # the passive: the "by" side fought the subject
    (
        "The Peshmerga were defeated by Islamic State fighters near Sinjar.",
        ("Islamic State", "attacked", "Peshmerga"),
    ),
    # a force surrounding another hems it in (as "encircled")
    (
        "Houthi fighters surrounded the army in Sanaa.",
        ("Houthis", "coerced", "Yemeni army"),
    ),
    (
        "Hezbollah and Syrian troops surrounded the rebels in Qalamoun.",
        ("Hezbollah", "coerced", "rebels"),
    ),
    # a town taken over is occupied
    (
        "Boko Haram fighters took over Baga on Saturday.",
        ("Boko Haram", "attacked", "Baga"),
    ),
    (
        "Islamic State fighters took over Palmyra on Wednesday.",
        ("Islamic State", "attacked", "Palmyra"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_battle_verbs_fire(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A battle verb between two armed sides, or land taken over, is a claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # a match, a vote, a question, a crowd of aides: no armed sides
    "Serena Williams crushed Maria Sharapova in the final.",
    "The Labour Party defeated the Conservatives in the by-election.",
    "Rafael Nadal was defeated by Novak Djokovic in Paris.",
    "Chelsea overwhelmed Arsenal at the Emirates on Sunday.",
    "Reporters confronted the minister about the scandal.",
    "The president was surrounded by his aides.",
    # taking over an office or an economy takes no one
    "Muhammadu Buhari took over as head of state in May.",
    "The AK party took over an economy reeling from inflation.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_battle_verbs_no_claim(extract: Any, text: str) -> None:
    """Sides that are not armed forces, or a non-actor taken over: no attacked or coerced."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] in ("attacked", "coerced")}, found


STATUS = [
    (
        "The Nigerian army vowed to defeat Boko Haram.",
        ("Nigerian army", "attacked", "Boko Haram"),
        "planned",
    ),
    (
        "Afghan forces failed to take on the Taliban in Kunduz.",
        ("Afghan forces", "attacked", "Taliban"),
        "denied",
    ),
]


@pytest.mark.parametrize(("text", "triple", "status"), STATUS)
def test_battle_verbs_status(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """A defeat vowed is planned; a side that failed to take on another did not fight it."""
    assert status in statuses(extract(text, published="2015-05-15"), triple)


SENSES = [
    ("Afghan soldiers took a tour of the base with Turkish officers.", "took", ()),
    ("Syrian rebels took on the army in Idlib.", "took", (("take", "on"),)),
    ("The rebels took over the base in Idlib.", "took", (("take", "over"),)),
    ("The rebels defeated the army in Idlib.", "defeated", (("defeat", None),)),
]


@pytest.mark.parametrize(("text", "word", "senses"), SENSES)
def test_lexicon_verb_senses_need_particle(
    nlp: Any, text: str, word: str, senses: tuple[tuple[str, str | None], ...]
) -> None:
    """A verb's entries less the phrasal ones whose particle it lacks: "took a tour" is
    neither "take on" nor "take over"."""
    token = next(t for t in nlp(text) if t.text == word)
    found = default_lexicon().triggers.verb_senses(token)
    assert tuple((t.lemma, t.particle) for t in found) == senses
