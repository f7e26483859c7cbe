"""Given names that tell a gender (``given_names.json``, generated from census data by
tools/lexicon/given_names.py) vote in ``person_genders``, and a subject "she" ("..., she
said") after a man skips him for the latest woman the article named, paragraphs back too
(kg/extract/coref.py ``_by_gender``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import stated

SPEAKERS = [
    # a woman named paragraphs before a man named by his given name: "she" is hers
    (
        (
            "Karen Bass, the city's mayor, said on Friday that six officers would face charges.",
            "Bass said the medical examiner had ruled the death a homicide.",
            "Dwayne Harris, an officer, then carried the man to the bench.",
            '"The finding of our investigation is that the death was a homicide," she said.',
        ),
        ("Karen Bass", "The finding of"),
    ),
    (
        (
            "Deborah Lowe, the school's head, said on Monday the building would close.",
            "Lowe said the inspectors had found asbestos in two classrooms.",
            "Gregory Pratt, a builder, has worked on the roof since March.",
            '"We cannot let the children back in until it is safe," she told reporters.',
        ),
        ("Deborah Lowe", "We cannot let"),
    ),
    # a name that is a man's outside the census's country keeps its "he"
    (
        (
            "Andrea Orlando, the justice minister, met the judges in Rome on Monday.",
            '"The law will change this year," he said.',
        ),
        ("Andrea Orlando", "The law will"),
    ),
]


@pytest.mark.parametrize(("texts", "claim"), SPEAKERS)
def test_given_names_she_said(extract: Any, texts: tuple[str, ...], claim: Any) -> None:
    """The quote goes to the person of the pronoun's gender."""
    found = stated(extract("\n\n".join(texts), published="2015-05-15"))
    assert claim in found, found


NOT_HIS = [
    (
        "Dwayne Harris, a police officer, arrested the woman on Friday.",
        '"I did nothing wrong," she said.',
    ),
    (
        "Gregory Pratt, a builder, found the girl in the ruins.",
        '"I was so scared," she told reporters.',
    ),
]


@pytest.mark.parametrize("texts", NOT_HIS)
def test_given_names_she_is_no_man(extract: Any, texts: tuple[str, ...]) -> None:
    """A man known by his given name is never the speaker of "she said"."""
    found = stated(extract("\n\n".join(texts), published="2015-05-15"))
    assert not {s for s in found if s[0] in ("Dwayne Harris", "Gregory Pratt")}, found
