"""Place and person types repaired from a name's own phrase (issue 13, type1).

1. A one-word name after "the" in front of a town noun or, read as a person, a site noun,
   past quote marks and one lower-case noun ("the Mandala cattle market", "the Kalandia
   "border village"") is a place's (kg/resolve/entities.py ``_place_noun_after``).
2. A name with a town or area noun and a preposition in apposition ("Mafraq, a city near
   the border") or "in" a place the model tagged, after "in" itself ("in Karaköy, in
   Istanbul") is a place's (``_place_apposition``); "the locality of X" too (``area_nouns``).
3. A hyphenated place name round a lower-case particle ("Aulnay-sous-Bois", "Stoke-on-Trent";
   ``hyphen_particles`` of places.json) is one place (``_hyphen_places``).
4. A surname the model tagged as an organisation or a place, written without the glued
   Arabic article of the full name ("Kubaisi" of "Abu Omar al-Kubaisi"), is no vote
   (kg/resolve/resolver.py ``_votes``).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("A blast hit the Mandala cattle market in Kano on Friday.", "Mandala", "City"),
        ("A bomb exploded in the Hamdan vegetable market.", "Hamdan", "City"),
        ("A trader in Karaköy, in Istanbul, said prices rose.", "Karaköy", "City"),
        ("Police raided Mafraq, a city near the Syrian border.", "Mafraq", "City"),
        # an area noun in apposition: an area, not a town
        ("Protests spread to Ixtapan, a municipality in Mexico.", "Ixtapan", "Place"),
        (
            "Gunmen raided the locality of Bayda, in Hasakah province, residents said.",
            "Bayda",
            "City",
        ),
        ("Riots spread from Aulnay-sous-Bois to Sevran on Tuesday.", "Aulnay-sous-Bois", "City"),
        ("The mayor of Stoke-on-Trent resigned on Friday.", "Stoke-on-Trent", "City"),
    ],
)
def test_type1_place_from_own_phrase(extract: Any, text: str, name: str, kind: str) -> None:
    """The words round the name say it is a place, whatever the model's label."""
    assert node_types(extract(text)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the name's other mentions say person: one site phrase does not outvote them
        (
            "Ahmed Hamdan said the talks failed. Hamdan met the Mandala trade delegation in Kano.",
            "Mandala",
            "Person",
        ),
        # a body "in" a city after a verb of work, not after "in": no place
        ("Jones works for Chevron, in Houston, officials said.", "Chevron", "Organization"),
        # a hyphenated person's name with an Arabic article is no place
        ("Abd-al-Rahman spoke in Cairo on Monday.", "Abd-al-Rahman", "Person"),
    ],
)
def test_type1_no_place_cue(extract: Any, text: str, name: str, kind: str) -> None:
    """No place phrase, or one the name's other reads outweigh: the type stays."""
    assert node_types(extract(text)).get(name) == kind


def test_type1_hyphen_place_not_cut(extract: Any) -> None:
    """The parts of a hyphenated place name are no nodes of their own."""
    types = node_types(extract("Riots spread from Aulnay-sous-Bois to Sevran on Tuesday."))
    assert not {"Aulnay", "Aulnay-sous", "Bois"} & set(types)


def test_type1_surname_without_article_is_no_place_vote(extract: Any) -> None:
    """ "Kubaisi", which the model tags a place each time, is the surname of "Abu Omar
    al-Kubaisi": the model's labels of it are no votes against the person."""
    graph = extract(
        "The militia released a recording by its leader Abu Omar al-Kubaisi, calling on "
        "supporters to fight. If confirmed, it would be Kubaisi's first message since reports "
        "said he was wounded. Reports have circulated that Kubaisi had been seriously wounded. "
        "Kubaisi has issued several audio messages since 2014. At the end of his message "
        "Kubaisi saluted loyalists in several countries including Egypt."
    )
    assert node_types(graph).get("Abu Omar al-Kubaisi") == "Person"
