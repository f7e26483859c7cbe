"""Readings of attacks (fixa51).

A partner after "along with" or "together with" acts with the subject and is no object of the
verb (kg/extract/companions.py); a force's site named with its sector noun ("Somali army
positions") is the force's, so an attack on it attacks the force, not its country
(kg/resolve/site_owners.py); a country's armed collective in the lead ("Afghan insurgents") is
not the armed group named only later beside another one (kg/resolve/later_groups.py).
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Houthi rebels stormed Aden along with forces loyal to Saleh.",
            ("Houthis", "attacked", "Aden"),
            ("Houthis", "attacked", "pro-Saleh forces"),
        ),
        (
            "Rebels stormed Bangui together with forces loyal to former president Bozize.",
            ("pro-Bozize forces", "supported", "Bozize"),
            ("Rebels", "attacked", "pro-Bozize forces"),
        ),
        (
            "Islamist militants stormed Sirte together with forces loyal to former leader Gaddafi.",
            ("Islamist militants", "attacked", "Sirte"),
            ("Islamist militants", "attacked", "pro-Gaddafi forces"),
        ),
    ],
)
def test_companions_partner_is_no_target(
    extract: Any, text: str, expected: Triple, absent: Triple
) -> None:
    """The side "along with" or "together with" the subject is not what it attacked."""
    found = triples(extract(text, published="2015-06-10"))
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian troops clashed with separatists near Donetsk.",
            ("Ukrainian troops", "attacked", "separatists"),
        ),
        ("Obama met with Putin along with Merkel.", ("Barack Obama", "met", "Vladimir Putin")),
    ],
)
def test_companions_plain_with_keeps_its_object(extract: Any, text: str, expected: Triple) -> None:
    """A plain "with" still names the other side ("clashed with X", "met with X")."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sunni tribes banded together with the Iraqi army against ISIL.",
            ("Iraqi army", "cooperated_with", "Sunni tribes"),
        ),
        (
            "France worked together with Germany to fight IS.",
            ("France", "cooperated_with", "Germany"),
        ),
        ("Turkey will cooperate together with Russia.", ("Russia", "cooperated_with", "Turkey")),
    ],
)
def test_companions_verb_taking_with_keeps_its_partner(
    extract: Any, text: str, expected: Triple
) -> None:
    """A verb whose own row takes "with" ("worked together with X") keeps X as its object."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Al-Shabab militants shelled Somali army positions near Mogadishu.",
            ("al-Shabab", "attacked", "Somali army"),
            ("al-Shabab", "attacked", "Somalia"),
        ),
        (
            "Taliban fighters stormed Afghan police checkpoints in Kunduz.",
            ("Taliban", "attacked", "Afghan police"),
            ("Taliban", "attacked", "Afghanistan"),
        ),
        (
            # the tagger makes "military" an adjective here
            "Boko Haram attacked Nigerian military bases.",
            ("Boko Haram", "attacked", "Nigerian military"),
            ("Boko Haram", "attacked", "Nigeria"),
        ),
        (
            "Rebels fired on Iraqi police positions.",
            ("Rebels", "attacked", "Iraqi police"),
            ("Rebels", "attacked", "Iraq"),
        ),
    ],
)
def test_site_owners_force_holds_its_site(
    extract: Any, text: str, expected: Triple, absent: Triple
) -> None:
    """An attack on "Somali army positions" attacks the Somali army, not Somalia."""
    found = triples(extract(text, published="2015-06-10"))
    assert expected in found
    assert absent not in found


def test_site_owners_modifier_without_site_is_no_actor(extract: Any) -> None:
    """A sector noun before a noun that is no held site ("police watchtower") is no actor."""
    graph = extract("The army built a police watchtower in Gao.", published="2015-06-10")
    assert not any(s == "police" or o == "police" for s, _, o in triples(graph))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Afghan insurgents attacked Pakistani troops near the border on Monday.\n\n"
            "The Taliban and al-Qaeda are strong in the area, officials said.",
            ("Afghan insurgents", "attacked", "Pakistani troops"),
            ("Taliban", "attacked", "Pakistani troops"),
        ),
        (
            "Pakistani militants attacked Indian troops in Kashmir on Monday.\n\n"
            "Lashkar-e-Taiba and al-Qaeda are active in the region, officials said.",
            ("Pakistani militants", "attacked", "Indian troops"),
            ("Lashkar-e-Taiba", "attacked", "Indian troops"),
        ),
        (
            # the one armed group the article names still takes the collective over
            "Nigerian militants attacked Chadian troops in Baga on Monday.\n\n"
            "Boko Haram has waged an insurgency since 2009.",
            ("Boko Haram", "attacked", "Chadian troops"),
            ("Nigerian militants", "attacked", "Chadian troops"),
        ),
        (
            "Yemeni rebels attacked Saudi troops near Najran on Monday.\n\n"
            "The Houthi fighters have fired rockets before, officials said.",
            ("Houthis", "attacked", "Saudi troops"),
            ("Yemeni rebels", "attacked", "Saudi troops"),
        ),
    ],
)
def test_later_groups_one_of_several_named_later(
    extract: Any, text: str, expected: Triple, absent: Triple
) -> None:
    """A group named only after the collective, beside another armed group, is not it."""
    found = triples(extract(text, published="2015-06-10"))
    assert expected in found
    assert absent not in found
