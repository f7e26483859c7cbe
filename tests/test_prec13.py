"""Wrong claims found on held-out news (prec13), each fixed for a general reason: an act an
actor only claims to do is hypothetical, and the content of a decision is planned
(kg/extract/qualifiers.py), while a speaker who quotes such a claim still accuses its doer
(kg/extract/quotes.py); a crown prince is a member of the state, not its leader
(kg/data/en/titles.json); an envoy with a sender does not stand for the country it is sent
for, who calls for an ouster does not oust, and who alludes to talks or an alliance is no
party to them (kg/extract/interactions.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, statuses, triples

STATUSES = [
    # an act its actor claims or purports to do is its word, not a reported deed
    (
        "The Turkish government claims to be fighting the PKK.",
        ("Turkish government", "attacked", "Kurdistan Workers' Party"),
        "hypothetical",
    ),
    # ... a plain statement of it is not touched
    (
        "Turkey is fighting the PKK.",
        ("Turkey", "attacked", "Kurdistan Workers' Party"),
        "occurred",
    ),
    # ... nor a claim of responsibility (a finite "claimed", no infinitive)
    (
        "Boko Haram claimed the attack on the Nigerian army.",
        ("Boko Haram", "attacked", "Nigerian army"),
        "occurred",
    ),
    # what a decision is to bring about has not happened yet
    (
        "The decision to send Kenyan troops to retake Kismayo was welcomed.",
        ("Kenyan troops", "attacked", "Kismayo"),
        "planned",
    ),
    ("Uganda decided to send troops to Somalia.", ("Uganda", "mobilized", "Somalia"), "planned"),
    # ... the deed itself is still told as done
    ("Kenyan troops retook Kismayo.", ("Kenyan troops", "attacked", "Kismayo"), "occurred"),
]


@pytest.mark.parametrize(("sentence", "triple", "status"), STATUSES)
def test_prec13_statuses(extract: Any, sentence: str, triple: Triple, status: str) -> None:
    """The claim is made with exactly this status."""
    assert statuses(extract(sentence), triple) == {status}


WRONG = [
    # a crown prince is the heir, not the head of state
    (
        "Bahrain's Crown Prince Salman bin Hamad met Angela Merkel in Berlin.",
        ("Salman bin Hamad", "leader_of", "Bahrain"),
    ),
    (
        "The Jordanian crown prince, Hussein bin Abdullah, met John Kerry.",
        ("Hussein bin Abdullah", "leader_of", "Jordan"),
    ),
    # the country an envoy with a sender is sent for is not the one who talks
    ("The UN's envoy for Syria held talks with Iran in Geneva.", ("Iran", "met", "Syria")),
    (
        "The Arab League's envoy for Libya met Egyptian officials in Cairo.",
        ("Egyptian officials", "met", "Libya"),
    ),
    # who calls for someone's ouster or overthrow does not oust them (whoever is asked would)
    (
        "Erdogan called for the ousting of Syrian President Bashar al-Assad.",
        ("Recep Tayyip Erdogan", "attacked", "Bashar al-Assad"),
    ),
    (
        "The opposition called for the overthrow of President Robert Mugabe.",
        ("opposition", "attacked", "Robert Mugabe"),
    ),
    # who alludes to talks is not a party to them
    (
        "Lavrov alluded to last year's talks with Iran in his speech.",
        ("Iran", "met", "Sergei Lavrov"),
    ),
]


@pytest.mark.parametrize(("sentence", "wrong"), WRONG)
def test_prec13_wrong_claims_dropped(extract: Any, sentence: str, wrong: Triple) -> None:
    """None of these claims is made (in either direction)."""
    found = triples(extract(sentence))
    assert wrong not in found, sorted(found)
    assert (wrong[2], wrong[1], wrong[0]) not in found, sorted(found)


KEPT = [
    # the crown prince is still a member of the state, and a king still leads it
    (
        "The Jordanian crown prince, Hussein bin Abdullah, met John Kerry.",
        ("Hussein bin Abdullah", "member_of", "Jordan"),
    ),
    ("Jordan's King Abdullah met Angela Merkel in Berlin.", ("Abdullah", "leader_of", "Jordan")),
    # envoys with no sender in front stand for the parties they come from or are sent for
    ("Envoys from Ukraine and Russia held talks in Minsk.", ("Russia", "met", "Ukraine")),
    (
        "Envoys for Sudan and South Sudan held talks in Addis Ababa.",
        ("South Sudan", "met", "Sudan"),
    ),
    # an alliance formed is still one
    ("Kenya formed an alliance with Uganda last year.", ("Kenya", "supported", "Uganda")),
    # ... the call reproaches the one to go, and a call for sanctions still proposes them
    (
        "Erdogan called for the ousting of Syrian President Bashar al-Assad.",
        ("Recep Tayyip Erdogan", "criticized", "Bashar al-Assad"),
    ),
    ("France called for sanctions against Nigeria.", ("France", "sanctioned", "Nigeria")),
    # a speaker who gives an act as its doer's own claim accuses the doer
    (
        '"Damascus claims to be fighting terrorists, but its jets keep hitting hospitals," '
        "Fabius said.",
        ("Fabius", "criticized", "Syria"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept"), KEPT)
def test_prec13_look_alikes_kept(extract: Any, sentence: str, kept: Triple) -> None:
    """The look-alike claim is still made."""
    found = triples(extract(sentence))
    assert kept in found, sorted(found)
