"""Stages and finders that visit only the tokens they can start from (perf51).

The cuts are exact: each finds what it found before. ``fallen_places`` walks the tokens of
its fall words (by form or lemma: "fell"), ``person_read_places`` passes over an article with
no verb of going and region noun in one paragraph, ``find_headed_units`` runs only on a
paragraph with a title and a body's last word, and ``find_units`` visits the names' ends.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs, triples

Triple = tuple[str, str, str]

_HOUTHIS = (
    "The Houthis have grown stronger in the north. The Houthis said their fighters were ready. "
)
_HOUTHIS_END = " The Houthis raised their flag on Tuesday."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb's form is not the cue word: found by its lemma ("fell" -> "fall")
        (
            _HOUTHIS + "Soldiers were asleep when Amran fell." + _HOUTHIS_END,
            ("Houthis", "attacked", "Amran"),
        ),
        (
            _HOUTHIS + "The loss of Amran stunned the governor." + _HOUTHIS_END,
            ("Houthis", "attacked", "Amran"),
        ),
    ],
)
def test_perf51_fall_words_found_by_form_or_lemma(
    extract: Any, text: str, expected: Triple
) -> None:
    """A fall told by a fall word's form or its lemma is the armed group's taking."""
    assert expected in triples(extract(text, published="2015-06-10"))


def test_perf51_fall_with_a_taker_gives_none(extract: Any) -> None:
    """A fall to a side written in its phrase is no taking by the article's group."""
    text = _HOUTHIS + "The fall of Amran to the army stunned the governor." + _HOUTHIS_END
    assert ("Houthis", "attacked", "Amran") not in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volunteers hurried to Kuala Krai in Kelantan state, where the river rose.",
            ("Kuala Krai", "Kelantan"),
        ),
        # the verb of going in the past: found by its lemma ("drove" -> "drive")
        (
            "Medics drove to Kampung Raja in Terengganu state after the storm.",
            ("Kampung Raja", "Terengganu"),
        ),
    ],
)
def test_perf51_person_read_place_gone_to_in_a_region(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """A verb of going and a region noun in the name's paragraph: the place is placed."""
    assert expected in pairs(extract(text, published="2015-06-10"), "located_in")


def test_perf51_person_read_place_region_in_another_paragraph(extract: Any) -> None:
    """The region noun in another paragraph places no one."""
    graph = extract(
        "Volunteers hurried to Kuala Krai on Monday.",
        "Kelantan state said the river rose.",
        published="2015-06-10",
    )
    assert "Kuala Krai" not in {s for s, _ in pairs(graph, "located_in")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The water is gone," said Amina Yusuf, the director of a local aid network.',
            ("Amina Yusuf", "leader_of", "local aid network"),
        ),
        (
            '"We stay," said Tomas Varga, the chairman of a local farmers association.',
            ("Tomas Varga", "leader_of", "local farmers association"),
        ),
    ],
)
def test_perf51_headed_unit_with_title_and_body_word(
    extract: Any, text: str, expected: Triple
) -> None:
    """A title "of" a lower-case body with a word in front: the body is a node it leads."""
    assert expected in triples(extract(text, published="2015-06-10"))


def test_perf51_headed_unit_without_a_body_word(extract: Any) -> None:
    """A title "of" a noun that is no body's last word makes no body."""
    graph = extract('"We stay," said Tomas Varga, the chairman of a local farmers market.')
    assert "local farmers market" not in node_types(graph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UEFA's disciplinary committee fined the club on Monday.",
            ("UEFA disciplinary committee", "member_of", "UEFA"),
        ),
        (
            "The African Union's peace council met in Addis Ababa.",
            ("African Union peace council", "member_of", "African Union"),
        ),
    ],
)
def test_perf51_unit_after_a_name(extract: Any, text: str, expected: Triple) -> None:
    """A unit written after its organisation's name (the name's end) is part of it."""
    assert expected in triples(extract(text))


def test_perf51_no_unit_of_a_country(extract: Any) -> None:
    """A country's body is no unit of the country."""
    assert "Kenya top court" not in node_types(extract("Kenya's top court rejected the appeal."))
