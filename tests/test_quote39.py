"""Criticism said in reported speech and quotes by other constructions (quote39). Sentences of
our own, about other actors than the articles the rules were learned from.

1. A negative verdict in -ing ("concerning", "worrying") that the parser made the clause's
   head, the copula its auxiliary, is the predicate adjective of the clause: "Japan said
   China's missile test was concerning" criticises the test's owner, as "was alarming" does
   (kg/extract/evaluations.py ``_verdict_participle``); not "would be worrying" (no verdict
   given), nor a progressive with an object ("was worrying its neighbours").
2. A virtue an actor is said to lack is a fault: "said Kenya lacked the will to end the war",
   '"Kenya has no respect for refugees," X said' (kg/extract/faults.py ``_lacked``,
   ``faults.lacked`` of kg/data/en/cues.json); not a virtue held, nor the narrator's words.
3. A verdict of shame on a day or moment shames whom it is "for": "said it was a shameful day
   for Kenya's justice system" (kg/extract/evaluations.py ``_shamed``,
   ``evaluations.shame_words``); a sad day or a disaster "for" someone is no verdict on them.
4. A speaker's bare surname the model did not tag ('"...," Ouattara was quoted as saying'
   after "Major-General Alassane Ouattara") is the one person the article named before with
   that surname (kg/extract/speaker_surnames.py), so the quote has its speaker; two people
   of that surname: no one.
5. A criticism noun under its light verb whose subject is a thing, no actor named in it, is
   the speaker's stance, as for "it": '"The scale of the killings raises grave concerns about
   Ethiopia's compliance with the law," said Kenneth Roth' -> Roth criticised Ethiopia
   (kg/extract/interactions.py ``_concern_raised_by_thing``); not in the narrator's words.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

STANCES: list[tuple[str, str, tuple[str, str]]] = [
    ("Japan has said that China's missile test was concerning.", "criticized", ("Japan", "China")),
    (
        "Japan said China's recent test-firing of a ballistic missile was"
        ' "very serious and concerning".',
        "criticized",
        ("Japan", "China"),
    ),
    (
        '"China\'s missile test is deeply worrying," said Fumio Kishida.',
        "criticized",
        ("Fumio Kishida", "China"),
    ),
    (
        '"Cambodia clearly has no will or capacity to integrate refugees," said Phil Robertson.',
        "criticized",
        ("Phil Robertson", "Cambodia"),
    ),
    (
        "Ali Bongo said Kenya lacked the political will to end the war.",
        "criticized",
        ("Ali Bongo", "Kenya"),
    ),
    (
        '"Kenya has shown no regard for the lives of civilians," Amnesty International said.',
        "criticized",
        ("Amnesty International", "Kenya"),
    ),
    (
        'Maina Kiai said it "was a truly shameful day for Kenya\'s justice system".',
        "criticized",
        ("Maina Kiai", "Kenya"),
    ),
    (
        "\"The scale of the killings raises grave concerns about Ethiopia's compliance with the"
        ' law," said Kenneth Roth.',
        "criticized",
        ("Kenneth Roth", "Ethiopia"),
    ),
    (
        "Kenneth Roth said the scale of the killings raised concerns about Ethiopia's conduct.",
        "criticized",
        ("Kenneth Roth", "Ethiopia"),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), STANCES)
def test_quote39_stance_in_speech(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """A verdict in -ing, a virtue lacked, a shameful day, a concern: the speaker criticises."""
    assert expected in pairs(extract(text), predicate)


@pytest.mark.parametrize(
    "text",
    [
        # no verdict given, or a progressive verb with an object
        "Japan said China's missile test would be worrying.",
        "Japan said China's missile test was worrying its neighbours.",
        # a virtue held; the narrator's own words
        '"Kenya has the will to end the war," said Ali Bongo.',
        "Kenya has no respect for refugees.",
        # no shame: harm suffered by whom it is "for"
        "Maina Kiai said it was a sad day for Kenya.",
        "Maina Kiai said it was a disaster for Kenya.",
        # a thing's concern in the narrator's words: no speaker
        "The scale of the killings raises grave concerns about Ethiopia's compliance.",
    ],
)
def test_quote39_no_stance(extract: Any, text: str) -> None:
    """No verdict said, or no speaker who says it: no criticism."""
    assert not pairs(extract(text), "criticized")


def _coup_article(first: str, surname: str) -> str:
    """A coup leader named in full (a name the model reads as an organisation), then quoted
    under his surname alone."""
    return (
        f"Major-General {first} {surname}, who was fired by Kabila as intelligence chief"
        " in February, made the announcement at a military barracks, reports said.\n\n"
        "\"Regarding President Kabila's arrogance and defiance of the region, the council"
        ' decides: President Kabila is dismissed, his government is dismissed too,"'
        f" {surname} was quoted as saying."
    )


@pytest.mark.parametrize(("first", "surname"), [("Blaise", "Compaore"), ("Alassane", "Ouattara")])
def test_quote39_speaker_surname(extract: Any, first: str, surname: str) -> None:
    """A quote's speaker under a surname the model passed over is the person named before."""
    found = pairs(extract(_coup_article(first, surname)), "criticized")
    assert (f"{first} {surname}", "Kabila") in found


def test_quote39_speaker_surname_shared(extract: Any) -> None:
    """Two people named before with the speaker's surname: the quote has no speaker."""
    text = (
        "Major-General Blaise Compaore and his brother, Major-General Francois Compaore, made"
        ' the announcement at a military barracks, reports said.\n\n"Regarding President'
        " Kabila's arrogance and defiance of the region, the council decides: President Kabila"
        ' is dismissed, his government is dismissed too," Compaore was quoted as saying.'
    )
    assert not pairs(extract(text), "criticized")
