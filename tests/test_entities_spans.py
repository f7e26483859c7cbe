"""Names cut short or run long (kg/resolve/entities.py: _org_tails, _dash_parts,
_known_pair, _listed_places, _collective_groups): the span of a name is the whole name, and
only it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jens Laerke, a spokesman for the United Nations Office for the Coordination of "
            "Humanitarian Affairs, said aid arrived.",
            "United Nations Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "Omar Khalil, head of the US Campaign to End the Occupation, condemned the raid.",
            "US Campaign to End the Occupation",
        ),
        (
            "Ahmed Bello, a member of the Union for the Peace in Central Africa, was arrested.",
            "Union for the Peace in Central Africa",
        ),
        (
            "Keith Mills, a member of Mothers and Fathers Matter, said the law was wrong.",
            "Mothers and Fathers Matter",
        ),
        (
            "Maria Lopez of the Committee to Protect Journalists said the arrest was illegal.",
            "Committee to Protect Journalists",
        ),
    ],
)
def test_entities_spans_org_name_goes_on_over_function_word(
    extract: Any, text: str, name: str
) -> None:
    """An organisation's name the model cut at "for", "to", "in" or "and" is the whole name."""
    labels = set(node_types(extract(text, published="2015-05-15")))
    assert name in labels, labels


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Britain and France condemned the attack.", {"United Kingdom", "France"}),
        (
            "The Ministry of Defence and the Army denied the report.",
            {"Ministry of Defence", "Army"},
        ),
        (
            "Amnesty International and Human Rights Watch criticised the trial.",
            {"Amnesty International", "Human Rights Watch"},
        ),
        ("Hamas and Islamic Jihad fired rockets at Israel.", {"Hamas", "Islamic Jihad"}),
        # a plural place noun and its "of" announce several places (place11)
        (
            "Rockets were fired at the towns of Sderot and Ashkelon on Wednesday.",
            {"Sderot", "Ashkelon"},
        ),
        (
            "Fighters overran the villages of Tal Tamr and Ras al-Ain in Syria.",
            {"Tal Tamr", "Ras al-Ain"},
        ),
    ],
)
def test_entities_spans_two_names_stay_two(extract: Any, text: str, names: set[str]) -> None:
    """Two names joined by "and" stay two names, none run into the other."""
    labels = set(node_types(extract(text, published="2015-05-15")))
    assert names <= labels, labels
    assert not [x for x in labels if " and " in x], labels


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Security Council on Monday condemned the attack in Aden.", "on Monday"),
        ("Lena Berg wrote to the Commission for months before she sued.", "Commission for"),
    ],
)
def test_entities_spans_org_name_stops_at_lower_case_or_date(
    extract: Any, text: str, absent: str
) -> None:
    """A function word followed by a date or lower-case words adds nothing to the name."""
    labels = set(node_types(extract(text, published="2015-05-15")))
    assert not [x for x in labels if absent in x], labels


@pytest.mark.parametrize(
    ("text", "place", "wrong"),
    [
        (
            "Cork, Ireland - Ireland will vote on the new law on Friday.",
            "Ireland",
            "Ireland - Ireland",
        ),
        (
            "Leeds, United Kingdom - Activists marched on the town hall.",
            "United Kingdom",
            "United Kingdom - Activists",
        ),
    ],
)
def test_entities_spans_dateline_dash_ends_the_name(
    extract: Any, text: str, place: str, wrong: str
) -> None:
    """A dateline's spaced dash is no part of the place's name nor of the next word's."""
    labels = set(node_types(extract(text, published="2015-05-15")))
    assert place in labels, labels
    assert wrong not in labels, labels
    assert not [x for x in labels if " - " in x], labels


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Obama met Middle East leaders at Camp David.", "Middle East leaders"),
        ("Kerry met West African leaders in Accra.", "West African leaders"),
    ],
)
def test_entities_spans_two_word_area_opens_the_group(extract: Any, text: str, group: str) -> None:
    """ "Middle East leaders" is the group, not "East leaders"."""
    labels = set(node_types(extract(text, published="2015-05-15")))
    assert group in labels, labels
    assert group.split(" ", 1)[1] not in labels, labels


@pytest.mark.parametrize(
    ("text", "span", "names"),
    [
        (
            "The opposition alliance - Sinar Baru - made big gains in the election.",
            "alliance - Sinar Baru",
            ["Sinar Baru"],
        ),
        ("Amman, Jordan - Jordan will hold a vote.", "Jordan - Jordan", ["Jordan", "Jordan"]),
        ("Leeds, England - Marchers filled the streets.", "England - Marchers", ["England"]),
    ],
)
def test_entities_spans_entity_over_a_spaced_dash_is_cut(
    nlp: Any, text: str, span: str, names: list[str]
) -> None:
    """A model entity running over a spaced dash gives the name before it (a dateline) and,
    when known or after a common noun, the name after it."""
    from kg.lexicon import default_lexicon
    from kg.resolve.entities import find_mentions

    doc = nlp(text)
    start = text.index(span)
    ent = doc.char_span(start, start + len(span), label="GPE")
    doc.ents = [ent]
    found = [m.text for m in find_mentions(doc, default_lexicon()) if m.start >= ent.start]
    assert [x for x in found if x in names or " - " in x] == names, found
