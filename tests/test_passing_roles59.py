"""Places and memberships the text states in passing (role59): a title-case dateline's places,
each in the next (kg/extract/dateline_places.py); a part of an organisation set beside it in
brackets or between dashes, or called its military or militia (``affiliate_nouns``,
kg/extract/role_forms.py ``_parts``); who joined "the X group" (``org_after_nouns``,
kg/extract/memberships.py ``_named_bodies``); a named site set beside its site noun ("Ain
al-Asad, a military base in Anbar": kg/extract/sites.py ``_apposed_name``). Sentences of our
own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs, triples

DATELINES = [
    # towns the model does not tag as places (or takes for a person: "Ras Lanuf")
    ("Kakuma, Kenya - Refugees queued for water on Monday.", [("Kakuma", "Kenya")]),
    ("Ras Lanuf, Libya - Oil workers fled the terminal.", [("Ras Lanuf", "Libya")]),
    ("Agadez, Niger - Smugglers drove north across the desert.", [("Agadez", "Niger")]),
    # a town, its region and its country
    (
        "Galle, Southern Province, Sri Lanka - Fishermen returned to the harbour on Monday.",
        [("Galle", "Southern Province"), ("Southern Province", "Sri Lanka")],
    ),
    # the town's edge: the town itself
    ("Maaloula outskirts, Syria - On one of the roads, a tank stood.", [("Maaloula", "Syria")]),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline_places_found(extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    """Each place of a title-case dateline lies in the next, down to its country."""
    found = pairs(extract(text), "located_in")
    assert set(expected) <= found


NO_DATELINES = [
    # a lower-case word after the dash: an aside, no story's first sentence
    "Ahmed Rashid, Pakistan - the writer - spoke on Monday.",
    # a guest's title after the dash, no story: no verb
    "Maha Azzam, Egypt - Head of the Egyptian Revolutionary Council",
    # a date word, a wire agency before the country
    "Yesterday, Pakistan - The talks failed.",
    "Reuters, Britain - The agency cut 300 jobs on Monday.",
    # two countries, two people: no place in another
    "Iraq, Syria - The two countries signed a deal.",
    "Obama, Merkel - The two leaders met in Berlin.",
]


@pytest.mark.parametrize("text", NO_DATELINES)
def test_dateline_places_not_found(extract: Any, text: str) -> None:
    """A name, a comma and a country before a dash that opens no story place nothing."""
    assert not pairs(extract(text), "located_in")


PARTS = [
    (
        "The Badr Organisation (the militia of the Supreme Islamic Iraqi Council) fought near "
        "Tikrit.",
        ("Badr Organisation", "member_of", "Supreme Islamic Iraqi Council"),
    ),
    (
        "The Quds Force - the foreign arm of the Revolutionary Guards - trained the fighters.",
        ("Quds Force", "member_of", "Revolutionary Guards"),
    ),
    (
        "The Peshmerga, the military of the Kurdistan Regional Government, advanced on Mosul.",
        ("Peshmerga", "member_of", "Kurdistan Regional Government"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_affiliates_bracketed_part(extract: Any, text: str, expected: tuple[str, ...]) -> None:
    """A part set beside its organisation in brackets, between dashes or as its military."""
    assert expected in triples(extract(text))


NO_PARTS = [
    # the part's owner after "of" is a place, no organisation
    "The Peshmerga (the military of Iraqi Kurdistan) advanced on Mosul.",
    # a superlative with a place: no owner at all
    "Egypt's army, the largest military in the Arab world, deployed to Sinai.",
    "Hamas (the largest militia in Gaza) fired rockets.",
]


@pytest.mark.parametrize("text", NO_PARTS)
def test_affiliates_no_owner(extract: Any, text: str) -> None:
    """A military or militia noun with no organisation owning it makes no member."""
    assert not pairs(extract(text), "member_of")


JOINED = [
    # a noun of an organisation's kind after the body's name names the body itself
    (
        "Hundreds of Tunisians have joined the Islamic State group in Libya.",
        ("Tunisians", "Islamic State"),
    ),
    ("Ali Hassan joined the al-Shabab group in 2010.", ("Ali Hassan", "al-Shabab")),
    ("Hundreds of Kenyans have joined the al-Shabab movement.", ("Kenyans", "al-Shabab")),
]


@pytest.mark.parametrize(("text", "pair"), JOINED)
def test_memberships_joined_kind_noun(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """Who joined "the X group" is a member of X."""
    assert pair in pairs(extract(text), "member_of")


NOT_JOINED = [
    # a person's name before the kind noun: no body named
    "Ali Hassan joined the Obama campaign group in 2008.",
    # a kind noun of a place's name, no body's
    "Ali Hassan joined the Nairobi group of volunteers in 2010.",
]


@pytest.mark.parametrize("text", NOT_JOINED)
def test_memberships_joined_no_named_body(extract: Any, text: str) -> None:
    """A kind noun after no body's name makes no membership."""
    assert not pairs(extract(text), "member_of")


APPOSED_SITES = [
    # a site noun set beside a name says what the name is: the named place lies there
    ("Gunmen stormed Al-Shifa, the largest hospital in Gaza.", ("Al-Shifa", "Gaza"), "hospital"),
    (
        "Fighters seized Ain al-Asad, a military base in Anbar province.",
        ("Ain al-Asad", "Anbar"),
        "military base",
    ),
    (
        "Troops surrounded Camp Bastion, a British base in Helmand province.",
        ("Camp Bastion", "Helmand"),
        "British base",
    ),
    ("Refugees fled to Dadaab, the largest camp in Kenya.", ("Dadaab", "Kenya"), "camp"),
]


@pytest.mark.parametrize(("text", "pair", "site"), APPOSED_SITES)
def test_unnamed_sites_apposed_name(
    extract: Any, text: str, pair: tuple[str, str], site: str
) -> None:
    """The named place lies where its site noun does, and the noun is no site of its own."""
    found = pairs(extract(text), "located_in")
    assert pair in found
    assert not {p for p in found if p[0] == site}


def test_unnamed_sites_apposed_name_is_place(extract: Any) -> None:
    """A name the model reads as a person's is a place when a site noun describes it, and an
    organisation described so stays an organisation."""
    types = node_types(extract("Fighters seized Ain al-Asad, a military base in Anbar province."))
    assert types["Ain al-Asad"] == "Place"
    types = node_types(extract("Al Jazeera, the largest station in Qatar, aired the video."))
    assert types["Al Jazeera"] == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Ali Hassan, a hospital director in Gaza, said 20 people died.",
        "Egypt, the largest country in the region, closed its border.",
    ],
)
def test_unnamed_sites_no_apposed_place(extract: Any, text: str) -> None:
    """A person whose title holds a site noun, or a country, is not put in a place."""
    assert not pairs(extract(text), "located_in")
