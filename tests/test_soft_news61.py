"""Sport and feature pages (soft61): a match or a competition is no place and no party
(``contest_names``), an honour no body (``honour_names``), a lead in a table or by a margin
no office (``ranking_nouns``), a side a match report puts "in" a town, or names as its own
town, plays there and does not lie there, a topic-tag line is no place with its country, and
an opening imperative verb is no part of the name after it (``opening_verbs``); a storm is no
actor (``hazard_names``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a party still leads by its person; a stadium still lies in its town
    (
        "Nawaz Sharif's Muslim League criticised the army on Monday.",
        ("Nawaz Sharif", "leader_of", "Muslim League"),
    ),
    (
        "Thousands of fans packed the Maracana Stadium in Rio de Janeiro on Sunday.",
        ("Maracana Stadium", "located_in", "Rio de Janeiro"),
    ),
    # a leading verb over a body, with no margin and no ranking
    ("Egypt leads the Arab League.", ("Egypt", "leader_of", "Arab League")),
    ("Ismail Haniyeh has led Hamas since 2017.", ("Ismail Haniyeh", "leader_of", "Hamas")),
    # a district in its own country's town; a town with its country
    ("Fans gathered in Brooklyn in New York on Sunday.", ("Brooklyn", "located_in", "New York")),
    # a match report's arena still lies in its town
    (
        "The Warriors beat the Rockets 104-90 in the first game of the NBA semi-final. Fans "
        "packed the Oracle Arena in Oakland on Thursday.",
        ("Oracle Arena", "located_in", "Oakland"),
    ),
    # out of a match report, a district may bear a foreign town's name
    (
        "Clashes broke out in Eastleigh, a suburb in the eastern part of Nairobi.",
        ("Eastleigh", "located_in", "Nairobi"),
    ),
    ("Protesters gathered in Nairobi, Kenya on Friday.", ("Nairobi", "located_in", "Kenya")),
    # the name after an opening verb is the body's
    (
        "Meet Boston Dynamics, the company behind the walking robots.\n\n"
        "Marc Raibert, Boston Dynamics CEO",
        ("Marc Raibert", "leader_of", "Boston Dynamics"),
    ),
]

REMOVED = [
    # a numbered game of a series is no place
    (
        "Dwyane Wade scored 30 points to lead the Miami Heat past the Indiana Pacers in Game "
        "Three of the conference final.",
        ("Indiana Pacers", "located_in", "Game Three"),
    ),
    (
        "Kevin Love scored 20 points for the Cleveland Cavaliers against the Boston Celtics in "
        "Game Two of the series.",
        ("Boston Celtics", "located_in", "Game Two"),
    ),
    # a contest "in" a town is held there: no body based there
    (
        "The next race is the Canadian Grand Prix in Montreal on June 7.",
        ("Canadian Grand Prix", "located_in", "Montreal"),
    ),
    (
        "The final of the Champions Trophy in London is on Sunday.",
        ("Champions Trophy", "located_in", "London"),
    ),
    # a competition is no party its player leads
    (
        "It was Messi's first Champions League away defeat this season.",
        ("Messi", "leader_of", "Champions League"),
    ),
    (
        "It was Ronaldo's first Champions League away win this term.",
        ("Ronaldo", "leader_of", "Champions League"),
    ),
    # a lead by a margin or in a ranking is no office
    (
        "Manchester United lead the Premier League by three points.",
        ("Manchester United", "leader_of", "Premier League"),
    ),
    (
        "Maria Sharapova leads the WTA rankings for a second year.",
        ("Maria Sharapova", "leader_of", "WTA"),
    ),
    (
        "Roger Federer leads the ATP rankings for a fourth year.",
        ("Roger Federer", "leader_of", "ATP"),
    ),
    # an honour is no body
    (
        "Golden State Warriors coach Steve Kerr praised All-Star guard Stephen Curry after the "
        "win.",
        ("Stephen Curry", "member_of", "All-Star"),
    ),
    # in a match report, a club named as its town plays in a town abroad: it does not lie there
    (
        "Chelsea beat Porto 2-1 in the first-leg of the semi-final on Tuesday. Chelsea will bid "
        "for a second title when they face Madrid in Lisbon on May 24.",
        ("Madrid", "located_in", "Lisbon"),
    ),
    (
        "Celtic drew 1-1 with Ajax in the second-leg of the quarter-final. Celtic will face "
        "Milan in Glasgow in the semi-final on Tuesday.",
        ("Milan", "located_in", "Glasgow"),
    ),
    # in a match report, a side "in" a town plays there
    (
        "The Warriors beat the Rockets 104-90 in the first game of the NBA semi-final. The "
        "Golden State Warriors host the Cleveland Cavaliers in Oakland on Thursday.",
        ("Cleveland Cavaliers", "located_in", "Oakland"),
    ),
    # a storm is no actor
    (
        "Typhoon Haiyan hit the Philippines in 2013, killing more than 6,000 people.",
        ("Typhoon Haiyan", "attacked", "Philippines"),
    ),
    ("Cyclone Pam struck Vanuatu on Saturday.", ("Cyclone Pam", "attacked", "Vanuatu")),
    # a topic-tag line under a standfirst
    (
        "Vote generates the biggest debate in the country's history.\n\nPolitics, Asia, Nepal",
        ("Asia", "located_in", "Nepal"),
    ),
    ("Refugees, Africa, Kenya", ("Africa", "located_in", "Kenya")),
    # the opening verb is no part of the company's name
    (
        "Meet Boston Dynamics, the company behind the walking robots.\n\n"
        "Marc Raibert, Boston Dynamics CEO",
        ("Marc Raibert", "leader_of", "Meet Boston Dynamics"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_soft_news_claims(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """Places, parties and bodies of real places and bodies are kept; those of a match, a
    competition, a sports lead, an honour, a club's town name, a tag line or an opening verb
    are not."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
