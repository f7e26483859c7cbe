"""Criticism read from how a side is named or how a verdict is reported (crit43).

A side named with "anti-" and a people's plural the article names ("anti-Christian
protesters" and "Christians") criticises that people (``kg/extract/loyalties.py``
``_article_actor``); a country's people ("anti-Russian") is no such group. Sentences of our
own, about actors other than the check sets'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

Pair = tuple[str, str]

# -- "anti-<people>" sides ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Christians gathered for prayers in Lahore. Hundreds of anti-Christian protesters "
            "marched on the church.",
            ("Hundreds of anti-Christian protesters", "Christians"),
        ),
        (
            "Hindus gathered at the temple in Karachi. Dozens of anti-Hindu protesters blocked "
            "the road to the temple.",
            ("anti-Hindu protesters", "Hindus"),
        ),
    ],
)
def test_loyalties_anti_people_side_criticises_the_people(
    extract: Any, text: str, expected: Pair
) -> None:
    """A side named "anti-" a people criticises the article's people of that name."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # "pro-": support is read only for names the gazetteer knows
        (
            "Christians gathered for prayers in Lahore. Hundreds of pro-Christian protesters "
            "marched on the church.",
            ("Hundreds of pro-Christian protesters", "Christians"),
        ),
        # a country's people: "anti-Russian" is against Russia, not the article's Russians
        (
            "Russians live in the city of Narva. Hundreds of anti-Russian protesters marched "
            "in Tallinn.",
            ("Hundreds of anti-Russian protesters", "Russians"),
        ),
    ],
)
def test_loyalties_no_anti_people_claim(extract: Any, text: str, unexpected: Pair) -> None:
    """Only "anti-" with a people's plural that is no country's people names a target."""
    graph = extract(text, published="2015-06-10")
    assert unexpected not in pairs(graph, "criticized")
    assert unexpected not in pairs(graph, "supported")


# -- urged acts: asking that an actor be pursued ----------------------------------------------
# (``urged_acts`` of cues.json; kg/extract/urged_acts.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Human Rights Watch urged the ICC to prosecute Omar al-Bashir.",
            ("Human Rights Watch", "Omar al-Bashir"),
        ),
        (
            "Transparency International demanded that prosecutors investigate Jacob Zuma.",
            ("Transparency International", "Jacob Zuma"),
        ),
        (
            "Human Rights Watch called on the Ugandan police to arrest Joseph Kony.",
            ("Human Rights Watch", "Joseph Kony"),
        ),
        (
            "Transparency International pressed prosecutors to indict Jacob Zuma.",
            ("Transparency International", "Jacob Zuma"),
        ),
    ],
)
def test_urged_acts_asking_for_pursuit_criticises_the_pursued(
    extract: Any, text: str, expected: Pair
) -> None:
    """Urging or demanding that someone prosecute, investigate or arrest an actor criticises it."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # asking that the actor be protected or freed: no fault found
        (
            "Human Rights Watch urged the ICC to protect Omar al-Bashir.",
            ("Human Rights Watch", "Omar al-Bashir"),
        ),
        (
            "Human Rights Watch urged the Ugandan police to free Joseph Kony.",
            ("Human Rights Watch", "Joseph Kony"),
        ),
        # the pursuit told, not asked for: the teller finds no fault
        (
            "Human Rights Watch said the ICC would prosecute Omar al-Bashir.",
            ("Human Rights Watch", "Omar al-Bashir"),
        ),
    ],
)
def test_urged_acts_no_pursuit_no_criticism(extract: Any, text: str, unexpected: Pair) -> None:
    """Asking for another act, or telling of a pursuit, criticises no one."""
    assert unexpected not in pairs(extract(text, published="2015-06-10"), "criticized")


def test_urged_acts_denied_request_is_denied(extract: Any) -> None:
    """A request not made ("did not urge") gives a denied claim, never an occurred one."""
    graph = extract(
        "Human Rights Watch did not urge the ICC to prosecute Omar al-Bashir.",
        published="2015-06-10",
    )
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.predicate.value == "criticized"
        and r.object is not None
        and graph.entities[r.subject].label == "Human Rights Watch"
    }
    assert "occurred" not in statuses


# -- grievances: a speaker who says an actor acts against the speaker -------------------------
# (``grievances`` of cues.json; kg/extract/grievances.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nicolás Maduro claimed the United States was plotting to oust him.",
            ("Nicolás Maduro", "United States"),
        ),
        (
            "Robert Mugabe suggested that Britain had tried to sabotage his campaign.",
            ("Robert Mugabe", "United Kingdom"),
        ),
        (
            "Viktor Orban came out fighting, implying that the European Commission timed the "
            "report to try to scupper his re-election bid.",
            ("Viktor Orbán", "European Commission"),
        ),
    ],
)
def test_grievances_act_against_the_speaker_accuses_its_doer(
    extract: Any, text: str, expected: Pair
) -> None:
    """Saying or implying that an actor acts against oneself accuses that actor."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a friendly act: no grievance
        (
            "Robert Mugabe said Britain had supported his campaign.",
            ("Robert Mugabe", "United Kingdom"),
        ),
        # a sanction told is an account, not an accusation
        (
            "Robert Mugabe said the ICC would prosecute him.",
            ("Robert Mugabe", "ICC"),
        ),
        # "them" need not be the speaker: the fighters ambushed the officers
        (
            "A Boko Haram spokesman, Abu Qaqa, said officers were killed when Boko Haram "
            "fighters ambushed them on Monday.",
            ("Abu Qaqa", "Boko Haram"),
        ),
    ],
)
def test_grievances_no_grievance(extract: Any, text: str, unexpected: Pair) -> None:
    """A friendly act, a sanction told, or an act on others accuses no one."""
    assert unexpected not in pairs(extract(text, published="2015-06-10"), "criticized")


# -- a protest's demand: the article's protesters ask, and work under way is undone -----------
# (kg/extract/reproaches.py with ``nominal_protests.protest_holders``; ``work_nouns``)

_PROTEST = "Thousands of people have protested in Lusaka against a new copper mine. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _PROTEST + "The massive demonstrations on Sunday aimed to pressure the Zambian "
            "government to halt building work for the mine.",
            ("Thousands of people", "Zambian government"),
        ),
        (
            _PROTEST + "The demonstrations called on the Zambian government to halt the "
            "construction.",
            ("Thousands of people", "Zambian government"),
        ),
    ],
)
def test_reproaches_protest_demands_halt_criticises_addressee(
    extract: Any, text: str, expected: Pair
) -> None:
    """A protest that presses an actor to halt its work is its protesters' reproach."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the protest took place: its aim is a demand made, on the protest's day
        (
            _PROTEST + "The massive demonstrations on Sunday aimed to pressure the Zambian "
            "government to halt building work for the mine.",
            "occurred",
        ),
        # a protest still to come keeps its status
        (
            "Protests planned for next week aim to pressure the Zambian government to halt "
            "construction of the dam.",
            "planned",
        ),
    ],
)
def test_reproaches_protest_demand_has_the_protest_status(
    extract: Any, text: str, status: str
) -> None:
    """A protest's aimed demand has the protest's status, not the "aimed to" of its verb."""
    graph = extract(text, published="2015-06-10")
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.predicate.value == "criticized"
        and r.object is not None
        and graph.entities[r.object].label == "Zambian government"
    }
    assert statuses == {status}


@pytest.mark.parametrize(
    "text",
    [
        # a demand to act, not to undo
        _PROTEST + "The demonstrations aimed to pressure the Zambian government to build more "
        "schools.",
        # a report is no protest: no protesters ask
        "The report aimed to pressure the Zambian government to halt building work for the mine.",
    ],
)
def test_reproaches_no_protest_reproach(extract: Any, text: str) -> None:
    """A demand to act, or one made by no protest, reproaches no one for the protesters."""
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert not any(o == "Zambian government" for _, o in found)


# -- objections set against an act told -----------------------------------------------------
# (``objections`` of cues.json; kg/extract/objections.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Union unveiled plans to send troops to Burundi, although some "
            "countries such as Egypt are opposed.",
            ("Egypt", "African Union"),
        ),
        (
            "The Arab League proposed a ceasefire in Libya, but Qatar objects.",
            ("Qatar", "Arab League"),
        ),
    ],
)
def test_objections_objector_criticises_the_act_doer(
    extract: Any, text: str, expected: Pair
) -> None:
    """An objection set against a proposed act criticises the act's doer."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


def test_objections_need_an_act_told(extract: Any) -> None:
    """An objection set against no act (a meeting) criticises no one."""
    found = pairs(
        extract(
            "The African Union met in Addis Ababa, although Egypt is opposed.",
            published="2015-06-10",
        ),
        "criticized",
    )
    assert ("Egypt", "African Union") not in found


def test_objections_denied_objection_is_not_occurred(extract: Any) -> None:
    """ "although Egypt is not opposed" gives no occurred criticism."""
    graph = extract(
        "The African Union unveiled plans to send troops to Burundi, although Egypt is not "
        "opposed.",
        published="2015-06-10",
    )
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.predicate.value == "criticized"
        and r.object is not None
        and graph.entities[r.subject].label == "Egypt"
    }
    assert "occurred" not in statuses


# -- an event disparaged by name --------------------------------------------------------------
# (kg/extract/verdicts.py ``_named``, ``verdict_words.news_nouns``; "joke" disparages)

_COUP = "Soldiers staged a coup in Harare on Monday. "


def test_verdicts_news_of_event_dismissed_criticises_the_event(extract: Any) -> None:
    """Dismissing the news of an event as a joke criticises the event."""
    found = pairs(
        extract(
            _COUP
            + 'A presidential spokesman, George Charamba, dismissed the news of the coup as "a '
            'joke".',
            published="2015-06-10",
        ),
        "criticized",
    )
    assert ("George Charamba", "coup") in found


@pytest.mark.parametrize(
    "text",
    [
        # no disparaging word
        _COUP + "A presidential spokesman, George Charamba, described the news of the coup as "
        "accurate.",
        # no naming verb
        _COUP + "A presidential spokesman, George Charamba, confirmed the news of the coup.",
    ],
)
def test_verdicts_event_not_disparaged(extract: Any, text: str) -> None:
    """Without a naming verb and a disparaging word, an event is criticised by no one."""
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert ("George Charamba", "coup") not in found


# -- exits wanted from an organisation --------------------------------------------------------
# (``exits`` of cues.json; kg/extract/exits.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Golden Dawn, which wants Greece to withdraw from the European Union, won seven "
            "percent of the vote.",
            ("Golden Dawn", "European Union"),
        ),
        (
            "The Five Star Movement wants Italy to leave NATO.",
            ("Five Star Movement", "NATO"),
        ),
    ],
)
def test_exits_wanted_exit_criticises_the_organisation(
    extract: Any, text: str, expected: Pair
) -> None:
    """Wanting someone to leave an organisation criticises the organisation."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a place is withdrawn from, not criticised
        (
            "The Five Star Movement wants Italian troops to withdraw from Syria.",
            ("Five Star Movement", "Syria"),
        ),
        # leaving told, not wanted
        ("Greece will leave NATO next year.", ("Greece", "NATO")),
    ],
)
def test_exits_no_wanted_exit(extract: Any, text: str, unexpected: Pair) -> None:
    """A place left, or a leaving told rather than wanted, criticises no one."""
    assert unexpected not in pairs(extract(text, published="2015-06-10"), "criticized")
