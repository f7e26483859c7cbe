"""A speaking "she" ('"...," she said') after a person of unknown gender who never spoke in
the article (a titled surname: "Sergeant Dunmore", "Captain Rusu") is the article's latest
woman who did (kg/extract/coref.py ``_by_gender``, ``speakers``); a person who spoke, a "he",
and a woman who never spoke keep the pronoun where it was."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import stated

# (paragraphs, the (speaker, quote) the "she" makes)
SHE_SAID = [
    (
        (
            "Karen Whitfield, the county prosecutor, said on Friday that three guards would"
            " be charged.",
            '"The inmate was beaten and left without care," Whitfield told reporters.',
            "Sergeant Dunmore then dragged the inmate across the yard.",
            '"Our inquiry found that the guards lied in their reports," she said.',
        ),
        ("Karen Whitfield", "Our inquiry found"),
    ),
    (
        (
            "Linda Okafor, the city's health director, said the clinic would close.",
            "Officer Dunmore carried the last patient out of the building on Tuesday.",
            '"Nobody should have been treated in that room," she told reporters.',
        ),
        ("Linda Okafor", "Nobody should have"),
    ),
    (
        (
            "Ms. Varga, a spokeswoman for the airline, said the flight had been delayed.",
            "Captain Rusu landed the plane in Cluj after the engine failed.",
            '"The crew did everything right," she added.',
        ),
        ("Varga", "The crew did"),
    ),
    # "Mr." shows a man, wherever the woman spoke
    (
        (
            "Ms. Varga, a spokeswoman for the airline, said the flight had been delayed.",
            "The airline has flown to Cluj since 2004 and added two routes last year.",
            "Its planes are serviced in Vienna every six months.",
            "Mr. Rusu landed the plane in Cluj after the engine failed.",
            '"The crew did everything right," she added.',
        ),
        ("Varga", "The crew did"),
    ),
    # a full name whose given name tells no gender
    (
        (
            "Helen Marsh, the ferry company's director, said the crossing would reopen.",
            "Officer Tevita Fonua pulled two passengers from the water on Sunday.",
            '"We will pay for every family\'s losses," she said.',
        ),
        ("Helen Marsh", "We will pay"),
    ),
]


@pytest.mark.parametrize(
    ("texts", "claim"), SHE_SAID, ids=["prosecutor", "director", "ms", "mr", "full-name"]
)
def test_coref_speaking_she_after_a_silent_person(
    extract: Any, texts: tuple[str, ...], claim: Any
) -> None:
    """The quote goes to the woman who spoke before, not to the silent person between."""
    found = stated(extract("\n\n".join(texts), published="2015-05-15"))
    assert claim in found, found
    assert not {s for s in found if s[1] == claim[1] and s[0] != claim[0]}, found


# (paragraphs, the (speaker, quote) the pronoun keeps)
KEPT = [
    # the person between spoke: a speaking "she" may be theirs
    (
        (
            "Karen Whitfield, the county prosecutor, said on Friday that three guards would"
            " be charged.",
            "Sergeant Dunmore said the inmate had attacked the guards first.",
            '"I was there and I saw it," she said.',
        ),
        ("Sergeant Dunmore", "I was there"),
    ),
    # "he" is a fair pronoun for a person of unknown gender
    (
        (
            "Linda Okafor, the city's health director, said the clinic would close.",
            "Officer Dunmore carried the last patient out of the building on Tuesday.",
            '"It was the hardest day of my career," he told reporters.',
        ),
        ("Dunmore", "It was the"),
    ),
    # a woman who spoke long before does not go on speaking
    (
        (
            "Linda Okafor, the city's health director, said the clinic would close.",
            "The clinic opened in 1990 with forty beds.",
            "It was the only clinic in the district for ten years.",
            "Officer Dunmore carried the last patient out of the building on Tuesday.",
            '"The children were very brave," she said.',
        ),
        ("Dunmore", "The children were"),
    ),
    # a woman who never spoke is no likelier than the person just named
    (
        (
            "Queen Rania visited the school in Amman on Monday.",
            "Deputy Alvarez carried a wounded pupil out of the building.",
            '"The children were very brave," she said.',
        ),
        ("Alvarez", "The children were"),
    ),
]


@pytest.mark.parametrize(
    ("texts", "claim"), KEPT, ids=["spoke", "he", "long-before", "silent-woman"]
)
def test_coref_speaking_pronoun_kept(extract: Any, texts: tuple[str, ...], claim: Any) -> None:
    """A speaker between, a "he", or no woman who spoke: the pronoun keeps its person."""
    found = stated(extract("\n\n".join(texts), published="2015-05-15"))
    assert claim in found, found
