"""Wrong claims of wire copy (wrong67): a text someone blocks, vetoes, rejects or withdraws says
nothing of its fighter's ("blocked a statement condemning X"), only of its issuer's if it came
out ("rejected a UN report accusing X"); co-mediators, co-hosts and co-brokers of talks or a
deal are no sides of them; refugees or migrants who return from a place did not visit it.
Sentences of our own, about other actors than the probe articles that showed the wrongs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # the issuer of a text still says what it says
    ("Amnesty issued a statement condemning Syria.", ("Amnesty", "criticized", "Syria")),
    ("France drafted a statement condemning Syria.", ("France", "criticized", "Syria")),
    ("Kenya agreed to sign a declaration condemning Somalia.", ("Kenya", "criticized", "Somalia")),
    # a text rejected or dismissed came out: its own issuer says what it says
    (
        "Iran rejected a Saudi statement condemning Hezbollah.",
        ("Saudi Arabia", "criticized", "Hezbollah"),
    ),
    (
        "Israel rejected an Amnesty report accusing Hamas of war crimes.",
        ("Amnesty", "criticized", "Hamas"),
    ),
    (
        "The army dismissed a UN report accusing Boko Haram of abuses.",
        ("United Nations", "criticized", "Boko Haram"),
    ),
    # sides named after "between" still meet, whoever hosts or brokers
    ("Egypt hosted talks between Israel and Hamas.", ("Hamas", "met", "Israel")),
    ("Algeria and Morocco held talks on Monday.", ("Algeria", "met", "Morocco")),
    ("Iran and Iraq negotiated for weeks.", ("Iran", "negotiated_with", "Iraq")),
    # the parties of a brokered deal agree, named after "between" or as the subject
    (
        "Egypt and Qatar brokered a ceasefire between Israel and Hamas.",
        ("Hamas", "agreed_with", "Israel"),
    ),
    (
        "Israel and Hamas agreed to a ceasefire brokered by Egypt.",
        ("Hamas", "agreed_with", "Israel"),
    ),
    # a mediator deals with each side it mediates between
    ("Kenya mediated between Sudan and South Sudan.", ("Kenya", "negotiated_with", "Sudan")),
    # an official back from a trip visited the place; so did refugees who arrived somewhere
    (
        "Prime Minister Nawaz Sharif returned from Beijing on Friday.",
        ("Nawaz Sharif", "visited", "Beijing"),
    ),
    ("Refugees arrived in Kenya on Monday.", ("Refugees", "visited", "Kenya")),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # a text fought: its content is not the fighter's act, however the parser hangs it
    ("Russia blocked a statement condemning Ukraine.", ("Russia", "criticized", "Ukraine")),
    ("China vetoed a draft condemning North Korea.", ("China", "criticized", "North Korea")),
    ("Pakistan rejected a draft criticizing India.", ("Pakistan", "criticized", "India")),
    ("Egypt opposed a declaration criticizing Ethiopia.", ("Egypt", "criticized", "Ethiopia")),
    (
        "Saudi Arabia blocked a joint communique condemning Iran.",
        ("Saudi Arabia", "criticized", "Iran"),
    ),
    ("Britain withdrew a text accusing Iran of abuses.", ("Britain", "criticized", "Iran")),
    ("Iran rejected a Saudi statement condemning Hezbollah.", ("Iran", "criticized", "Hezbollah")),
    # nor is a text the subject refuses to sign or back
    ("Japan declined to endorse a statement criticizing China.", ("Japan", "criticized", "China")),
    (
        "Iran refused to back a resolution to impose sanctions on Iraq.",
        ("Iran", "sanctioned", "Iraq"),
    ),
    # nor is a text kept from coming out its issuer's act
    ("Russia vetoed a British statement condemning Syria.", ("Russia", "criticized", "Syria")),
    (
        "Russia vetoed a British statement condemning Syria.",
        ("United Kingdom", "criticized", "Syria"),
    ),
    (
        "Russia blocked a Security Council statement condemning Ukraine.",
        ("Security Council", "criticized", "Ukraine"),
    ),
    # co-mediators and co-hosts are not sides of the talks
    (
        "Japan and Mexico, which mediated the talks, welcomed the deal.",
        ("Japan", "negotiated_with", "Mexico"),
    ),
    (
        "Colombia and the FARC held talks in Havana mediated by Cuba and Norway.",
        ("Cuba", "negotiated_with", "Norway"),
    ),
    ("Qatar and Turkey hosted the talks.", ("Qatar", "met", "Turkey")),
    # co-brokers of a deal are not its parties
    ("Egypt and Qatar brokered a ceasefire on Tuesday.", ("Egypt", "agreed_with", "Qatar")),
    (
        "Turkey and Iran, which brokered the deal, praised the outcome.",
        ("Iran", "agreed_with", "Turkey"),
    ),
    # refugees and migrants coming back from where they sheltered
    ("Thousands of refugees returned from Kenya last week.", ("refugees", "visited", "Kenya")),
    (
        "Burundian refugees returned from Rwanda on Monday.",
        ("Burundian refugees", "visited", "Rwanda"),
    ),
    (
        "Somali refugees returned from Yemen this month.",
        ("Somali refugees", "visited", "Yemen"),
    ),
    (
        "Displaced families returned from Uganda to South Sudan.",
        ("families", "visited", "Uganda"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_wire_wrongs_kept(extract: Any, sentence: str, triple: Triple) -> None:
    """A text's issuer (also of one rejected once out), the named sides of hosted talks or a
    brokered deal, a mediator and a traveller back from a trip keep their claims."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_wire_wrongs_not_made(extract: Any, sentence: str, triple: Triple) -> None:
    """No criticism by whoever fights a text, no talks between co-mediators or co-hosts, no
    visit by refugees coming back from where they sheltered."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)
