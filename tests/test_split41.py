"""One node per real actor (split41): a country's judiciary beside the one court of it a
story reports on is that court (kg/resolve/courts.py); counted groups of one number are one
group (kg/resolve/merges.py ``counted_kin``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

Texts = tuple[str, ...]


def _labels(graph: Any) -> list[str]:
    return sorted(e.label for e in graph.entities.values())


def _node_of(graph: Any, text: str) -> str | None:
    """The label of the node a written form was linked to (the first such mention)."""
    for entity_id, mentions in sorted(graph.mentions.items()):
        if any(m.text == text for m in mentions):
            return str(graph.entities[entity_id].label)
    return None


@pytest.mark.parametrize(
    ("texts", "form", "court"),
    [
        (
            (
                "A Kenyan court sentenced the opposition leader John Mbugua to ten years in "
                "prison on Monday.",
                "Kenya has jailed dozens of critics this year.",
                "Now the judiciary stands accused of serving the government in Nairobi.",
            ),
            "judiciary",
            "Kenyan court",
        ),
        (
            (
                "An Ethiopian court convicted six bloggers of terrorism on Tuesday.",
                "Rights groups accused Ethiopia's judiciary of silencing dissent.",
            ),
            "Ethiopia's judiciary",
            "Ethiopian court",
        ),
        (
            (
                "A Moroccan court jailed the journalist Ali Lmrabet for three years.",
                "Morocco has prosecuted several reporters since 2012.",
                "The case has dragged on through the courts for months.",
            ),
            "courts",
            "Moroccan court",
        ),
    ],
)
def test_courts_judiciary_is_the_one_court(
    extract: Any, texts: Texts, form: str, court: str
) -> None:
    """The judiciary (or "the courts") beside the story's one court of its country is that
    court's node, not a second judicial node."""
    graph = extract(" ".join(texts), published="2015-06-10")
    assert _node_of(graph, form) == court
    assert not any(label.endswith("judiciary") for label in _labels(graph))


def test_courts_two_courts_keep_the_judiciary_apart(extract: Any) -> None:
    """Two courts of one country: the judiciary is neither of them."""
    graph = extract(
        "A Kenyan court sentenced the opposition leader John Mbugua to ten years in prison. "
        "Kenya's Supreme Court later overturned the verdict. "
        "Critics in Kenya say the judiciary has become a tool of the ruling party.",
        published="2015-06-10",
    )
    assert _node_of(graph, "judiciary") == "Kenyan judiciary"


def test_courts_judge_is_not_the_court(extract: Any) -> None:
    """A judge is a person, never taken for the court."""
    graph = extract(
        "A Kenyan court sentenced the opposition leader John Mbugua to ten years in prison. "
        "The judge said the evidence was overwhelming.",
        published="2015-06-10",
    )
    assert _node_of(graph, "judge") != "Kenyan court"


def test_courts_lower_court_keeps_the_judiciary_apart(extract: Any) -> None:
    """A court beside "a lower court" of the same country: "the judiciary" is neither."""
    graph = extract(
        "A Kenyan court on Monday overturned a lower court's decision to jail the opposition "
        "leader John Mbugua. Kenya has jailed dozens of critics this year. Now the judiciary "
        "stands accused of serving the government in Nairobi.",
        published="2015-06-10",
    )
    assert _node_of(graph, "judiciary") == "Kenyan judiciary"


@pytest.mark.parametrize(
    ("text", "forms", "node"),
    [
        (
            "Greek ships rescue 2,700 refugees in Aegean Sea. The Greek coastguard said it had "
            "coordinated the rescue of about 2,700 refugees from the boats. The refugees were "
            "taken to the island of Lesbos.",
            ("2,700 refugees", "about 2,700 refugees", "refugees"),
            "refugees",
        ),
        (
            "Spanish ships rescue 900 migrants off Ceuta. The Spanish navy said it had "
            "coordinated the rescue of about 900 migrants from the boats. The coastguard also "
            "rescued 300 migrants near Melilla.",
            ("900 migrants", "about 900 migrants"),
            "900 migrants",
        ),
    ],
)
def test_merges_counted_groups_of_one_number_are_one(
    extract: Any, text: str, forms: tuple[str, ...], node: str
) -> None:
    """A headline's "2,700 refugees" and the body's "about 2,700 refugees" are one group (the
    article's plain one, when it counts no other number of them)."""
    graph = extract(text, published="2015-06-10")
    assert {_node_of(graph, form) for form in forms} == {node}


def test_merges_counted_groups_of_two_numbers_stay_apart(extract: Any) -> None:
    """ "900 migrants" and "300 migrants" are two groups."""
    graph = extract(
        "Spanish ships rescue 900 migrants off Ceuta. The coastguard also rescued 300 migrants "
        "near Melilla.",
        published="2015-06-10",
    )
    assert _node_of(graph, "900 migrants") != _node_of(graph, "300 migrants")


@pytest.mark.parametrize(
    ("text", "forms", "node"),
    [
        (
            "The Alawite minority has long backed the government in Damascus. Many Alawites "
            "fear reprisals if the government falls.",
            ("Alawite minority", "Alawites"),
            "Alawites",
        ),
        (
            "The Rohingya Muslims have fled Myanmar by boat. Thousands of Rohingya have "
            "reached Malaysia.",
            ("Rohingya Muslims", "Rohingya"),
            "Rohingya",
        ),
    ],
)
def test_merges_people_with_group_noun_is_the_people(
    extract: Any, text: str, forms: tuple[str, ...], node: str
) -> None:
    """ "the Alawite minority" beside "Alawites" is that people, one node (as "Rohingya
    Muslims" is the Rohingya)."""
    graph = extract(text, published="2015-06-10")
    assert {_node_of(graph, form) for form in forms} == {node}


def test_merges_nation_with_group_noun_stays_apart(extract: Any) -> None:
    """A nation's adjective with a group noun ("the Ethiopian community") is no nation's
    people as a whole."""
    graph = extract(
        "The Ethiopian community protested in Tel Aviv. Ethiopians make up two percent of "
        "Israel's population.",
        published="2015-06-10",
    )
    assert _node_of(graph, "Ethiopian community") != _node_of(graph, "Ethiopians")


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        (
            "Earlier in the capital Nairobi, a group of church members held prayers outside the "
            "parliament.",
            "Nairobi",
        ),
        (
            "A bomb exploded in central Kabul on Monday. Kabul was rocked by a blast last week.",
            "Kabul",
        ),
        (
            "Two bombs went off in central Damascus. Damascus has been shaken by mortar attacks "
            "in recent months.",
            "Damascus",
        ),
    ],
)
def test_capital_places_capital_is_the_town(extract: Any, text: str, capital: str) -> None:
    """A capital after "the capital" in a place phrase, or rocked by blasts, is the town: no
    country node takes its name."""
    graph = extract(text, published="2015-06-10")
    assert {
        graph.entities[eid].type.value
        for eid, mentions in graph.mentions.items()
        if any(m.text == capital for m in mentions)
    } == {"City"}


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("Moscow was rocked by the sanctions imposed by the European Union.", "Moscow", "Russia"),
        ("The capital Nairobi condemned the attack.", "Nairobi", "Kenya"),
    ],
)
def test_capital_places_government_reading_stays(
    extract: Any, text: str, capital: str, country: str
) -> None:
    """Rocked by a decision, or acting as a subject, the capital is still its country."""
    graph = extract(text, published="2015-06-10")
    assert _node_of(graph, capital) == country


def test_entities_dateline_with_lower_case_region_word(extract: Any) -> None:
    """ "Ramallah, occupied West Bank - X has ...": a dateline, where the story is filed; the
    seat is the town, not its government."""
    graph = extract(
        "Ramallah, occupied West Bank - Abdulfattah Arar, 47, has a huge responsibility to "
        "shoulder. Palestinians await the FIFA decision.",
        published="2015-06-10",
    )
    assert _node_of(graph, "Ramallah") == "Ramallah"


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "Platini suspected the arrests were an attempt to interfere with the congress. "
            "Platini was elected at the UEFA congress, held in Vienna.",
            ("congress", "UEFA congress"),
        ),
        (
            "Riots broke out near the congress on Monday. Delegates at the Labour Party "
            "congress in Brighton voted for the plan.",
            ("congress", "Labour Party congress"),
        ),
    ],
)
def test_gatherings_bare_noun_is_the_named_gathering(
    extract: Any, text: str, forms: tuple[str, ...]
) -> None:
    """ "the congress" read as a name, beside the article's one "<X> congress", is that
    gathering's node."""
    graph = extract(text, published="2015-06-10")
    assert len({_node_of(graph, form) for form in forms}) == 1


def test_gatherings_bare_name_with_no_article_stays(extract: Any) -> None:
    """ "Congress passed the bill" (no "the") is a legislature, not the party's congress."""
    graph = extract(
        "The ANC congress opened in Durban. Congress passed the bill on Tuesday.",
        published="2015-06-10",
    )
    assert _node_of(graph, "Congress") != _node_of(graph, "ANC congress")


def test_dated_coups_bare_coup_is_the_dated_one(extract: Any) -> None:
    """ "the coup" after the article's one "2013 coup" is that coup, one node."""
    graph = extract(
        "Egypt's July 3, 2013 coup came after months of protests. It has been a long year "
        "since the coup, activists said.",
        published="2014-07-10",
    )
    events = {e.label for e in graph.entities.values() if e.type.value == "Event"}
    assert events == {"2013 coup"}


@pytest.mark.parametrize(
    "text",
    [
        "The 2006 coup ousted Thaksin Shinawatra. The 2014 coup ousted his sister. Since the "
        "coup, hundreds have been detained.",
        "The 2013 coup in Egypt ousted Mohamed Morsi. A failed coup in Burundi followed.",
    ],
)
def test_dated_coups_two_coups_stay_apart(extract: Any, text: str) -> None:
    """Two dated coups, or "a failed coup" of its own, leave the bare one apart."""
    graph = extract(text, published="2015-06-10")
    events = {e.label for e in graph.entities.values() if e.type.value == "Event"}
    assert "coup" in events


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "His rival for the presidency, Prince Faisal bin al Saud, comes from Riyadh. The "
            "vote was won after Al Saud conceded defeat.",
            "Al Saud",
            "Faisal bin al Saud",
        ),
        (
            "The cleric Sheikh Ahmed bin al Rashid arrived in Doha on Monday. Al Rashid met "
            "the foreign minister.",
            "Al Rashid",
            "Ahmed bin al Rashid",
        ),
    ],
)
def test_resolver_article_word_short_name_is_the_full_name(
    extract: Any, text: str, short: str, full: str
) -> None:
    """ "Al Saud" after "Faisal bin al Saud": the family name with its article written apart
    is the article's one person whose name ends so."""
    graph = extract(text, published="2015-06-10")
    assert _node_of(graph, short) == full


def test_resolver_article_word_other_family_stays(extract: Any) -> None:
    """ "Al Rashid" beside "Faisal bin al Saud" is another person."""
    graph = extract(
        "Prince Faisal bin al Saud met the envoy. Later, Al Rashid, a businessman, spoke to "
        "reporters.",
        published="2015-06-10",
    )
    assert _node_of(graph, "Al Rashid") == "Al Rashid"


def test_names_jail_and_prison_are_one_site(extract: Any) -> None:
    """ "Evin Prison" and "Evin jail" are two spellings of one site."""
    graph = extract(
        "She was released on bail from Evin Prison last year. Conditions in Evin jail are "
        "harsh, her lawyer said.",
        published="2015-06-10",
    )
    assert _node_of(graph, "Evin jail") == _node_of(graph, "Evin Prison")


def test_names_other_sites_stay_apart(extract: Any) -> None:
    """A prison and a camp of one name are two sites."""
    graph = extract(
        "She was moved from Evin Prison last year. Her husband is held in Evin camp.",
        published="2015-06-10",
    )
    assert _node_of(graph, "Evin camp") != _node_of(graph, "Evin Prison")
