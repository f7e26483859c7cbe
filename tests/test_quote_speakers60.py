"""Speakers of quotes whose own sentences name none (quotes60, kg/extract/speakers.py): a
paragraph of quotation is the words of the one person the paragraph before introduces (a
copula, an age in apposition, a line ending on a colon) or reports by a verb of voicing
something; a colon intro in the quote's own paragraph names its speaker; a quote carries on
over paragraphs, or with its opening mark dropped. Every stage that reads a quote's speaker
reads these (``stated``, first-person stances, a quoted "we"); a pronoun after a paragraph of
quotation takes up the story's person, not one the quote names. Sentences of our own, with the
model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Stated, Triple, check_kept_removed, kept_removed_cases, stated

WORDS = '"The clinic has no beds left for the sick."'  # a quote paragraph of our own

STATED_FOUND: list[tuple[str, Stated]] = [
    # a copular profile of one person before the quote paragraph
    (f"Maria Gonzalez is a nurse in Cadiz.\n\n{WORDS}", ("Maria Gonzalez", "The clinic has")),
    # an age in apposition: whatever the person is told doing
    (
        f"Tomas Varga, 61, a retired miner from Pecs, voted early.\n\n{WORDS}",
        ("Tomas Varga", "The clinic has"),
    ),
    # a line ending on a colon: a name with its description, or a clause
    (f"Tomas Varga, a retired miner from Pecs:\n\n{WORDS}", ("Tomas Varga", "The clinic has")),
    (
        f"Tomas Varga was even blunter on Friday:\n\n{WORDS}",
        ("Tomas Varga", "The clinic has"),
    ),
    # a colon intro in the quote's own paragraph, with no speech verb
    (
        'Maria Gonzalez, a nurse in Cadiz: "The clinic has no beds left for the sick."',
        ("Maria Gonzalez", "The clinic has"),
    ),
    # a verb of voicing something, not of speech, ends the paragraph before
    (
        f"Governor Sarah Collins condemned the cuts to the hospital budget.\n\n{WORDS}",
        ("Sarah Collins", "The clinic has"),
    ),
    (
        f"Sarah Collins urged lawmakers to restore the hospital budget.\n\n{WORDS}",
        ("Sarah Collins", "The clinic has"),
    ),
    # a quote left open at a paragraph's end, reopened in the next
    (
        'Sarah Collins said on Monday: "The budget will be restored next week.\n\n'
        '"The staff will be paid in full by the state."',
        ("Sarah Collins", "The staff will"),
    ),
    # a run of quote paragraphs, the first a short one, after a verb of voicing something
    (
        'Governor Sarah Collins described the fire as a tragedy.\n\n"It was arson.\n\n'
        '"The owners of the warehouse must be punished."',
        ("Sarah Collins", "The owners of"),
    ),
    # a second quote of the paragraph, after its attributed first
    (
        '"We will rebuild the clinic," Sarah Collins said. "The staff will be paid in full."',
        ("Sarah Collins", "The staff will"),
    ),
    # a paragraph carrying a quote on whose opening mark was dropped
    (
        'Sarah Collins said the budget was short.\n\nThe staff will be paid in full," Collins said '
        'at the "Riverside" clinic on Monday.',
        ("Sarah Collins", "The staff will"),
    ),
]

STATED_NOT_FOUND: list[tuple[str, Stated]] = [
    # a headline introduces no one
    (f"Maria Gonzalez is a nurse in Cadiz\n\n{WORDS}", ("Maria Gonzalez", "The clinic has")),
    # two persons introduced, or a subject of two speakers
    (
        f"Maria Gonzalez and Tomas Varga are nurses in Cadiz.\n\n{WORDS}",
        ("Maria Gonzalez", "The clinic has"),
    ),
    (
        f"Maria Gonzalez and Tomas Varga condemned the cuts to the budget.\n\n{WORDS}",
        ("Maria Gonzalez", "The clinic has"),
    ),
    # a deed told of someone given a title, not an age: news, no introduction
    (
        f"Sarah Collins, a senator from Ohio, visited the clinic on Monday.\n\n{WORDS}",
        ("Sarah Collins", "The clinic has"),
    ),
    # the quote speaks of the person introduced
    (
        'Maria Gonzalez is a nurse in Cadiz.\n\n"She works too hard. The clinic has no beds left."',
        ("Maria Gonzalez", "She works too"),
    ),
    # a paragraph of narrative ends the quote's run
    (
        'Sarah Collins said on Monday: "The budget will be restored next week."\n\n'
        "The clinic was damaged by a storm in May.\n\n"
        '"The staff will be paid in full by the state."',
        ("Sarah Collins", "The staff will"),
    ),
    # a quote paragraph with a speaker of its own, or a clause with a subject of its own
    (
        'Sarah Collins said on Monday: "The budget will be restored next week."\n\n'
        '"The staff will be paid in full," said Tomas Varga.',
        ("Sarah Collins", "The staff will"),
    ),
    (
        'Sarah Collins said on Monday: "The budget will be restored next week."\n\n'
        '"The staff will be paid in full," the mayor quipped.',
        ("Sarah Collins", "The staff will"),
    ),
    # a term quoted in a sentence whose speech verb is another's carries nobody's words on
    (
        'Sarah Collins visited the "model" clinic, which Tomas Varga says is a fraud.\n\n'
        '"The staff will be paid in full by the state."',
        ("Tomas Varga", "The staff will"),
    ),
    # a speech verb in a clause describing something names no speaker of the next quote
    (
        "Maria Gonzalez, 34, runs the clinic that Tomas Varga says is the best in Cadiz.\n\n"
        f"{WORDS}",
        ("Tomas Varga", "The clinic has"),
    ),
]


@pytest.mark.parametrize(("text", "found"), STATED_FOUND)
def test_quote_speakers_stated(extract: Any, text: str, found: Stated) -> None:
    """A quote whose own sentences name no speaker is stated by the one its paragraphs give."""
    got = stated(extract(text))
    assert found in got, sorted(got)


@pytest.mark.parametrize(("text", "found"), STATED_NOT_FOUND)
def test_quote_speakers_no_false_speaker(extract: Any, text: str, found: Stated) -> None:
    """No speaker from a headline, two people, a deed told, a person spoken of, a paragraph
    of narrative, a speaker or subject of the quote paragraph's own, or a term quoted."""
    got = stated(extract(text))
    assert found not in got, sorted(got)


STANCES_KEPT: list[tuple[str, Triple]] = [
    # a first-person stance in a quote paragraph spoken by the person introduced
    (
        "Maria Gonzalez is a nurse in Cadiz.\n\n"
        '"I condemn the Popular Party for these cuts to our hospitals."',
        ("Maria Gonzalez", "criticized", "Popular Party"),
    ),
    (
        "Tomas Varga, 61, a retired miner from Pecs, voted early.\n\n"
        '"I support the Socialist Party because it protects our pensions."',
        ("Tomas Varga", "supported", "Socialist Party"),
    ),
    # a stance in the third paragraph of a quote left open and reopened
    (
        'Maria Gonzalez said on Monday: "The vote was a disaster for the left.\n\n'
        '"We lost many seats in the south.\n\n"I condemn the Popular Party for its lies."',
        ("Maria Gonzalez", "criticized", "Popular Party"),
    ),
    # a quoted "we" of a quote paragraph carried on: the body the speaker speaks for
    (
        "Leila Haddad, a spokeswoman for Oxfam, said on Monday that aid was short.\n\n"
        '"We condemn Israel for blocking the convoys at the border."',
        ("Oxfam", "criticized", "Israel"),
    ),
]

STANCES_REMOVED: list[tuple[str, Triple]] = [
    # the paragraph before tells a deed of someone given a title: no speaker
    (
        "Sarah Collins, a senator from Ohio, visited the clinic on Monday.\n\n"
        '"I condemn the Republican Party for these cuts to our hospitals."',
        ("Sarah Collins", "criticized", "Republican Party"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(STANCES_KEPT, STANCES_REMOVED)
)
def test_quote_speakers_first_person_stances(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A first-person stance in a quote paragraph is its carried speaker's (or the body the
    speaker speaks for); none when no speaker is introduced."""
    check_kept_removed(extract(text), kept, removed)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a quote carried on with its opening mark dropped runs from the paragraph's start
        (
            'It was hard," Collins said of the "Riverside" clinic.',
            [(0, 12), (35, 44)],
        ),
        # a paragraph opening with no mark and an even count of marks: plain pairs
        ('Collins said "it was hard" on Monday.', [(14, 25)]),
    ],
)
def test_quote_speakers_dropped_opening_mark(text: str, spans: list[tuple[int, int]]) -> None:
    """A paragraph whose first straight mark closes a sentence's words carries a quote on."""
    from kg.extract.speakers import quote_spans

    assert quote_spans(text) == spans


PRONOUNS_KEPT: list[tuple[str, Triple]] = [
    # a person named only inside a paragraph of quotation is spoken of: the "he" after it is
    # the story's person, the speaker
    (
        "Peter Walsh said on Monday that the clinic would close.\n\n"
        '"Carlos Mendez has ruined the finances of this city.\n\n'
        "He also accused the Socialist Party of corruption.",
        ("Peter Walsh", "criticized", "Socialist Party"),
    ),
    # a name quoted in a paragraph of narrative is still the story's latest person
    (
        "Carlos Mendez spoke at the rally on Monday.\n\n"
        'Critics recalled what became known as the "Peter Walsh budget rule" of 2010.\n\n'
        "He famously accused the Socialist Party of corruption.",
        ("Peter Walsh", "criticized", "Socialist Party"),
    ),
]


@pytest.mark.parametrize(("text", "kept"), PRONOUNS_KEPT)
def test_quote_speakers_pronoun_after_quotation(extract: Any, text: str, kept: Triple) -> None:
    """A pronoun after a paragraph of quotation takes up the person before it, not one the
    quote speaks of (kg/extract/coref.py)."""
    check_kept_removed(extract(text), kept, None)
