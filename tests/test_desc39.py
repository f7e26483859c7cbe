"""Actors written as a description, not a name (desc39).

1. "a presidential adviser dismissed ...", "a presidential spokesman said ...": an unnamed
   adviser or spokesperson the office's adjective alone owns (``presidential_words``) is one
   person of the article, adviser or spokesperson to the one person it titles "President"
   (kg/extract/role_forms.py ``_presidential_owner``), as a named "presidential spokesman X"
   already is; with no president, or another owner written, no such role.
2. "the country's Alawite minority", "the Shia Hazara minority", "the Alevi community": a
   people's singular whole written behind its community's name is a group of the article,
   as "Sunni tribes" is (``community_groups`` of kg/data/en/sector_nouns.json, singular
   heads allowed in kg/resolve/collectives.py ``find_groups``), labelled as written with all
   its community names; one community word the lexicon knows ("China's Uighur minority")
   stays that community's node, and a lower-case modifier ("the business community", "the
   international community") makes no such group.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan President Uhuru Kenyatta flew to Nairobi on Monday. A presidential adviser"
            ' dismissed the report as "a joke".',
            ("presidential adviser", "adviser_to", "Uhuru Kenyatta"),
        ),
        (
            "Ghana's President John Mahama met farmers on Tuesday. A presidential spokesman"
            " condemned the strike.",
            ("presidential spokesman", "spokesperson_for", "John Mahama"),
        ),
        (
            "President Ashraf Ghani returned to Kabul. A senior presidential aide criticised"
            " Abdullah Abdullah.",
            ("senior presidential aide", "adviser_to", "Ashraf Ghani"),
        ),
    ],
)
def test_desc39_presidential_staff(extract: Any, text: str, expected: Triple) -> None:
    """An unnamed presidential adviser or spokesperson serves the article's one president."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    "text",
    [
        # no one the article titles President
        'A presidential adviser dismissed the report as "a joke".',
        # two presidents: whose the adviser is the words do not say
        "President Uhuru Kenyatta met President Yoweri Museveni. A presidential adviser"
        " praised the talks.",
        # another owner written in the title
        "President Uhuru Kenyatta flew to Nairobi. A Kremlin adviser criticised the talks.",
    ],
)
def test_desc39_presidential_staff_no_owner(extract: Any, text: str) -> None:
    """No single president, or an owner of its own: no role toward a president."""
    found = triples(extract(text, published="2015-06-10"))
    presidents = {"Uhuru Kenyatta", "Yoweri Museveni"}
    assert not {
        t for t in found if t[1] in ("adviser_to", "spokesperson_for") and t[2] in presidents
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram leader Abubakar Shekau said his group would not target the country's"
            " Christian minority.",
            ("Boko Haram", "attacked", "Christian minority"),
        ),
        (
            "Gunmen attacked the Shia Hazara minority in Quetta.",
            ("Gunmen", "attacked", "Shia Hazara minority"),
        ),
        (
            "The Alevi community protested against Recep Tayyip Erdogan.",
            ("Alevi community", "criticized", "Recep Tayyip Erdogan"),
        ),
        # a community the lexicon knows by its one word stays that community's node
        ("Beijing cracked down on China's Uighur minority.", ("China", "attacked", "Uighur")),
    ],
)
def test_desc39_community_whole(extract: Any, text: str, expected: Triple) -> None:
    """A people's minority or community behind its name is a group that acts or is acted on."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The business community criticised Jacob Zuma's new tax.", "business community"),
        ("Critics in the local community condemned Ramzan Kadyrov.", "local community"),
        # a modifier of another noun: the closures, not the community, are rallied against
        (
            "Thousands of people rallied against Aboriginal community closures.",
            "aboriginal community",
        ),
    ],
)
def test_desc39_community_lower_case(extract: Any, text: str, unwanted: str) -> None:
    """A lower-case modifier before "community", or "community" modifying another noun,
    names no people's group."""
    found = triples(extract(text, published="2015-06-10"))
    assert unwanted not in {label.lower() for s, _, o in found for label in (s, o)}
