"""Precision on unseen news (prec17). A body's people named with a place ("arrested six FIFA
officials in Zurich", "Hamas leaders in Doha") are where those people are, not where the body
lies (kg/extract/bases.py, _people_of); a facility, a body "based in" a town and a site of a
body keep their place. "X is the first N to V Y" in the plain present tells of the article's
coming event when the article has told that event as planned ("will fly to Pakistan on
Sunday"; kg/extract/qualifiers.py, ranked_present): it is no event that took place; with no
such plan, and in the past ("was the first ... to visit"), it still took place. Someone's
event after "of" on a closing part ("will play the last ODI of their tour", "on the final day
of his visit") is under way, whatever the clause's future says of the part
(kg/extract/qualifiers.py, _closing_part). Sentences are about other actors than the
articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases, statuses

PEOPLE_KEPT = [
    # a facility, a body based in a town: their place
    (
        "A bomb hit the Red Cross hospital in Kandahar.",
        ("Red Cross hospital", "located_in", "Kandahar"),
    ),
    (
        "Garissa University in Kenya was attacked on Thursday.",
        ("Garissa University", "located_in", "Kenya"),
    ),
    ("Acme, a company based in Lyon, said profits fell.", ("Acme", "located_in", "Lyon")),
    # the arrest itself is still made
    (
        "Turkish police have detained three Hamas leaders in Istanbul.",
        ("Turkish police", "sanctioned", "Hamas"),
    ),
]

PEOPLE_REMOVED = [
    (
        "Turkish police have detained three Hamas leaders in Istanbul.",
        ("Hamas", "located_in", "Istanbul"),
    ),
    ("Hamas leaders in Doha rejected the offer.", ("Hamas", "located_in", "Doha")),
    (
        "Swiss authorities have arrested six leading FIFA officials in Zurich on racketeering "
        "charges.",
        ("FIFA", "located_in", "Zurich"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(PEOPLE_KEPT, PEOPLE_REMOVED)
)
def test_prec17_body_people_in_a_place(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "FIFA officials in Zurich" site no FIFA; "the Red Cross hospital in Kandahar" is sited."""
    check_kept_removed(extract(text), kept, removed)


_IE = "Ireland will fly to Bangladesh on Sunday for a limited-overs tour, their coach has said. "
_MODI = "Modi will visit Israel next week, his office said. "

RANKED = [
    # the present ranking of an event the article plans: that plan
    (
        _IE + "Ireland are the first Test-playing nation to tour Bangladesh since a 2016 attack "
        "on a cafe in Dhaka.",
        ("Ireland", "visited", "Bangladesh"),
        {"planned"},
    ),
    (
        _MODI + "Modi is the first Indian prime minister to visit Israel.",
        ("Narendra Modi", "visited", "Israel"),
        {"planned"},
    ),
    # no plan told: the tour under way took place
    (
        "Ireland are the first Test-playing nation to tour Bangladesh since a 2016 attack on a "
        "cafe in Dhaka.",
        ("Ireland", "visited", "Bangladesh"),
        {"occurred"},
    ),
    # a plan only of the tour's last match: the tour is under way
    (
        "The board said Ireland will play the last ODI of their tour of Bangladesh despite a "
        "blast near the stadium. Ireland are the first Test nation to tour Bangladesh since "
        "the attack in 2016.",
        ("Ireland", "visited", "Bangladesh"),
        {"occurred"},
    ),
    (
        "Modi will address students on the final day of his visit to Japan.",
        ("Narendra Modi", "visited", "Japan"),
        {"occurred"},
    ),
    # no one's event, or the event itself ahead: planned
    (
        "Modi will begin his visit to Japan on Friday.",
        ("Narendra Modi", "visited", "Japan"),
        {"planned"},
    ),
    (
        "The final round of talks between Serbia and Kosovo will be held in Brussels next week.",
        ("Kosovo", "met", "Serbia"),
        {"planned"},
    ),
    # the past: it took place, whatever the article planned
    (
        _MODI + "Modi was the first Indian prime minister to visit Israel in 2017.",
        ("Narendra Modi", "visited", "Israel"),
        {"occurred", "planned"},
    ),
]


@pytest.mark.parametrize(("text", "triple", "expected"), RANKED)
def test_prec17_ranked_present_of_a_planned_event(
    extract: Any, text: str, triple: Triple, expected: set[str]
) -> None:
    """ "X are the first nation to tour Y" after "X will fly to Y on Sunday" is planned."""
    assert statuses(extract(text, published="2015-05-15"), triple) == expected


HOME_KEPT = [
    # a place noun between places still sites the name
    (
        "Violence erupted in the southern town of Santa Margarita, in Colombia's department "
        "of Antioquia.",
        ("Antioquia", "located_in", "Colombia"),
    ),
    (
        "Fighting spread to the Shaar neighbourhood of the city of Aleppo.",
        ("Shaar neighbourhood", "located_in", "Aleppo"),
    ),
]

HOME_REMOVED = [
    (
        "The blow came from Harper's home province of Alberta, where the NDP won.",
        ("Stephen Harper", "located_in", "Alberta"),
    ),
    (
        "Speaking from his home country of Australia, Peter Greste said it had never happened.",
        ("Peter Greste", "located_in", "Australia"),
    ),
    (
        "Trudeau returned to his home province of Quebec.",
        ("Justin Trudeau", "located_in", "Quebec"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(HOME_KEPT, HOME_REMOVED))
def test_prec17_person_owned_place_noun(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "Harper's home province of Alberta" puts no Harper in Alberta; places still nest."""
    check_kept_removed(extract(text), kept, removed)
