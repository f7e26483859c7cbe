"""Attacks and sanctions the text tells by other constructions (atk35). Sentences of our own,
about other actors than the articles the rules were learned from.

1. Resistance faced, met or encountered from a force is its attack on whoever faces it ("the
   Houthis faced fierce resistance from local militias"; kg/data/en/triggers.jsonl, the
   ``armed_sides`` flag read on nouns in kg/extract/interactions.py): between forces only
   ("faced resistance from Republicans" is politics), and not "little" or "no" resistance.
2. An unnamed plural "among" which a copula's subject is stands for that subject ("Two
   Chadian soldiers were among 30 people killed by Boko Haram"; ``_among_them``).
3. A passive harm with no agent of its own was done by the subject of an attack clause
   under it ("five people were killed after gunmen stormed a guesthouse"; ``_clause_doers``,
   ``harm_clauses`` of kg/data/en/cues.json): not by a clause of another act ("as they
   patrolled the border"), nor by a thing ("after the bomb exploded").
4. Counted people a sentence is passed against are a group of their article, as those a
   sentence verb takes ("upheld death sentences against 11 football fans";
   ``counted_targets.act_preps`` of kg/data/en/cues.json, kg/resolve/counted.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

RESISTANCE: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Al-Shabab is facing fierce resistance from the Kenyan army.",
        ("Kenyan army", "attacked", "al-Shabab"),
        None,
    ),
    (
        "The Houthis met stiff resistance from tribal fighters in Marib.",
        ("tribal fighters", "attacked", "Houthis"),
        None,
    ),
    (
        "Boko Haram fighters met little resistance from the Nigerian army.",
        None,
        ("Nigerian army", "attacked", "Boko Haram"),
    ),
    (
        "Obama faced resistance from Republicans in Congress.",
        None,
        ("Republicans", "attacked", "Barack Obama"),
    ),
    (
        "Merkel's refugee policy met resistance from the CSU.",
        None,
        ("CSU", "attacked", "Angela Merkel"),
    ),
    (
        "The Kurdish resistance in Kobane held off ISIL.",
        None,
        ("Kurdish", "attacked", "Kobane"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), RESISTANCE)
def test_resistance_from_a_force_attacks_who_faces_it(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Resistance met from a force is its fight; not from politicians, not when scant."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


AMONG: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Two Chadian soldiers were among 30 people killed by Boko Haram in Baga.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
        None,
    ),
    (
        "Two Kenyan soldiers were among 12 people killed by al-Shabab fighters in Lamu.",
        ("al-Shabab", "attacked", "Kenyan soldiers"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), AMONG)
def test_among_the_victims_stands_for_the_subject(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "X were among N people killed by Y": Y attacked X."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


SENTENCED: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "A Tunisian court upheld death sentences against seven club fans.",
        ("Tunisian court", "sanctioned", "seven club fans"),
        None,
    ),
    (
        "A Bahraini court upheld prison sentences against 12 football supporters on Tuesday.",
        ("Bahraini court", "sanctioned", "12 football supporters"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), SENTENCED)
def test_counted_people_sentenced_are_a_group(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A sentence passed against counted people sanctions them (a group of the article)."""
    check_kept_removed(extract(text, published="2015-06-10"), kept, removed)


CLAUSES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Two gunmen were killed after Tunisian police stormed the museum.",
        ("Tunisian police", "attacked", "gunmen"),
        None,
    ),
    (
        "A British citizen and two Kenyan soldiers are reported to be among five people killed "
        "after al-Shabab stormed a hotel in Mogadishu.",
        ("al-Shabab", "attacked", "Kenyan soldiers"),
        None,
    ),
    (
        "Two Kenyan soldiers were killed as al-Shabab fighters patrolled the border.",
        None,
        ("al-Shabab", "attacked", "Kenyan soldiers"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CLAUSES)
def test_harm_done_by_the_attack_clause_subject(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "X were killed after Y stormed Z": Y attacked X; a clause of no attack names no doer."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
