"""perf64: stages that skip work their own evidence says cannot answer give the answers of
the stages that did it all. Real model, actors of our own.

- ``interactions._actors_of`` asks a word with entities of its own that is no common noun (a
  name, a pronoun) only the readings that can answer for one (``_NAMED_READINGS``);
- ``employment`` and ``country_bodies`` visit the paragraph's linked words
  (``Paragraph.linked``), not every word, as neither links a word while it walks them;
- ``node_types`` finds the mentions whose names can take a type once an article, for both
  its votes (``_retypable_roots``).
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from kg.extract import interactions, node_types
from kg.extract.context import Paragraph
from tests.conftest import node_types as types_of
from tests.conftest import triples

NAMED = [
    # a name and a pronoun as the doers, a titled apposition beside a name
    (
        "Uruguay's foreign minister, Rodolfo Nin Novoa, criticised Venezuela on Tuesday. "
        "He met Paraguayan officials in Asuncion.",
        ("Rodolfo Nin Novoa", "criticized", "Venezuela"),
    ),
    # common nouns still read by every reading: the troops stand for their owner
    (
        "Chadian troops attacked Boko Haram positions near Lake Chad, and Niger praised Chad.",
        ("Niger", "supported", "Chad"),
    ),
    # a counterpart of a named leader (a common noun beside names)
    (
        "Mongolian President Tsakhiagiin Elbegdorj met his Kazakh counterpart in Astana.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "claim"), NAMED)
def test_perf64_named_readings_as_every_reading(
    extract: Any, monkeypatch: pytest.MonkeyPatch, text: str, claim: Any
) -> None:
    """A name or a pronoun read by ``_NAMED_READINGS`` alone: the claims are those of every
    reading asked, as before perf64."""
    gated = triples(extract(text))
    if claim is not None:
        assert claim in gated, gated
    monkeypatch.setattr(interactions, "_NAMED_READINGS", interactions._READINGS)
    assert triples(extract(text)) == gated


def test_perf64_named_readings_are_used(extract: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate does take the short list for a name (else the cut saves nothing)."""
    asked: list[str] = []

    def counted(reading: Any) -> Any:
        def run(*args: Any) -> Any:
            asked.append(reading.__name__)
            return reading(*args)

        return run

    monkeypatch.setattr(
        interactions, "_NAMED_READINGS", tuple(counted(r) for r in interactions._NAMED_READINGS)
    )
    extract(NAMED[0][0])
    assert asked, "no name was read by the short list"


@pytest.mark.parametrize("reading", interactions._NAMED_READINGS)
def test_perf64_named_readings_keep_their_order(reading: Any) -> None:
    """The short list is in the full list's order (the first reading that answers wins)."""
    order = [interactions._READINGS.index(r) for r in interactions._NAMED_READINGS]
    assert reading in interactions._READINGS
    assert order == sorted(order)


LINKED = [
    # employment: a job noun in apposition, "X of ORG"
    (
        "Carlos Mendez, a professor at the University of Chile, said the protests would grow.",
        ("Carlos Mendez", "member_of", "University of Chile"),
    ),
    (
        "Ana Lucia Ferreira of the Brazilian Football Confederation said the league would "
        "resume. Tomas Kral, a spokesman for Skoda Auto, declined to comment.",
        ("Lucia Ferreira", "member_of", "Brazilian Football Confederation"),
    ),
    # country_bodies: a state body named with its country in front
    (
        "Bolivia's Foreign Ministry summoned the Chilean ambassador on Friday.",
        ("Bolivia's Foreign Ministry", "member_of", "Bolivia"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), LINKED)
def test_perf64_linked_walks_as_every_word(
    extract: Any, monkeypatch: pytest.MonkeyPatch, text: str, claim: Any
) -> None:
    """``employment`` and ``country_bodies`` walking the linked words make the claims of a
    walk over every word (``Paragraph.linked`` giving every index, unlinked ones skipped)."""
    gated = triples(extract(text))
    if claim is not None:
        assert claim in gated, gated
    linked = Paragraph.linked
    walked: list[str] = []

    def every_word(para: Paragraph) -> list[int]:
        # every index for the two stages (as their walk over every word read them), the
        # linked ones for every other caller
        name = sys._getframe(1).f_code.co_name
        if name not in ("employment", "country_bodies"):
            return linked(para)
        walked.append(name)
        return list(range(len(para.tokens)))

    monkeypatch.setattr(Paragraph, "linked", every_word)
    assert triples(extract(text)) == gated
    assert walked, "neither stage ran"


def test_perf64_retypable_roots_found_once(extract: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mention roots are walked once a paragraph for both votes, and the votes stand: a
    name placed twice is a place, one an organisation's words go with an organisation."""
    walked: list[int] = []
    roots = node_types._mention_roots

    def counted(para: Paragraph) -> Any:
        walked.append(1)
        return roots(para)

    monkeypatch.setattr(node_types, "_mention_roots", counted)
    text = (
        "A nurse from Tindouf spoke. Rebels seized Tindouf and then left Tindouf.\n\n"
        "The director of Zawadi said Zawadi had counted 30 deaths."
    )
    found = types_of(extract(text))
    assert found.get("Tindouf") in ("Place", "City"), found
    assert len(walked) == 2, walked  # two paragraphs, one walk each


COMMAS = [
    # a title phrase, a comma and a name the parser did not join
    (
        "Talks stalled on Monday, said a senior Kenyan lawmaker, Aden Duale, who called for calm.",
        ("Aden Duale", "member_of", "Kenya"),
    ),
    # a name, a comma, an owner and a lower-case title (``_owner_titles``)
    (
        "Jens Stoltenberg, NATO secretary-general, said the alliance would act.",
        ("Jens Stoltenberg", "leader_of", "NATO"),
    ),
    # a credit line: a paragraph of a name, a comma and an organisation
    (
        "Aid groups warned of famine.\n\nHanna Berg, Amnesty International",
        ("Hanna Berg", "member_of", "Amnesty International"),
    ),
    # a guest line has a dash, no comma: read in a paragraph the comma forms pass over
    (
        "Mariam Diallo - Spokeswoman for the African Union.",
        ("Mariam Diallo", "spokesperson_for", "African Union"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), COMMAS)
def test_perf64_surface_appositions_on_commas(extract: Any, text: str, claim: Any) -> None:
    """``surface_appositions`` visits a paragraph's commas only, and its credit lines and
    owner titles only in a paragraph with a comma: each form is still read."""
    assert claim in triples(extract(text))
