"""Trigger seeds of this round (tools/lexicon/seeds): halting mediation (CAMEO 165, SANCTION;
halted talks are no sanction since fix14), threats of protest (133, THREATEN), "went to war with
X" and control of a place taken back or wrested from a side (190/192, ASSAULT), a blockade or
siege of a place (191, COERCE), an extradition sought "from" a state (0213, REQUEST), executions
of a people (1823), stones thrown at a side (182, ASSAULT since fix14, as PETRARCH2 codes them).
Sentences of our own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim

# (sentence, claim made, PLOVER type, CAMEO code)
SEEDED = [
    (
        "Norway ended its mediation between Sri Lanka and the Tamil Tigers.",
        ("Norway", "sanctioned", "Tamil Tigers"),
        "SANCTION",
        "165",
    ),
    (
        "Egypt suspended its mediation between Hamas and Israel.",
        ("Egypt", "sanctioned", "Hamas"),
        "SANCTION",
        "165",
    ),
    (
        "The Congolese opposition threatened mass protests against President Joseph Kabila.",
        ("Congolese opposition", "threatened", "Joseph Kabila"),
        "THREATEN",
        "133",
    ),
    (
        "Nigerian unions threatened protests against the Nigerian government.",
        ("Nigerian labour", "threatened", "Nigerian government"),
        "THREATEN",
        "133",
    ),
    (
        "The Nigerian army regained control of Baga from Boko Haram.",
        ("Nigerian army", "attacked", "Boko Haram"),
        "ASSAULT",
        "190",
    ),
    (
        "The Yemeni army regained control of Aden.",
        ("Yemeni army", "attacked", "Aden"),
        "ASSAULT",
        "192",
    ),
    (
        "Egypt blockaded Gaza.",
        ("Egypt", "coerced", "Gaza"),
        "COERCE",
        "191",
    ),
    (
        "Bosnian Serb forces laid siege to Sarajevo.",
        ("Bosnian Serb forces", "coerced", "Sarajevo"),
        "COERCE",
        "191",
    ),
    (
        "Turkey requested the extradition of Fethullah Gulen from the United States.",
        ("Turkey", "requested", "United States"),
        "REQUEST",
        "0213",
    ),
    (
        "Saudi Arabia executed two Yemenis.",
        ("Saudi Arabia", "attacked", "Yemenis"),
        "ASSAULT",
        "1823",
    ),
    (
        "Palestinian youths threw stones at Israeli soldiers in Hebron.",
        ("Palestinian civilians", "attacked", "Israeli soldiers"),
        "ASSAULT",
        "182",
    ),
    (
        "Workers staged a strike against the Nigerian government.",
        ("Workers", "criticized", "Nigerian government"),
        "PROTEST",
        "143",
    ),
    (
        "India went to war with Pakistan over Kashmir.",
        ("India", "attacked", "Pakistan"),
        "ASSAULT",
        "190",
    ),
]


@pytest.mark.parametrize(("sentence", "claim", "event", "cameo"), SEEDED)
def test_lexicon_round_plover9_triggers(
    extract: Any, sentence: str, claim: tuple[str, str, str], event: str, cameo: str
) -> None:
    """Each new seed line makes its claim with its PLOVER type and CAMEO code."""
    made = event_claim(extract(sentence), *claim, event)
    assert made.qualifiers.cameo == cameo


# (sentence, claim kept or None, claim no longer made): halting talks or mediation is no
# meeting (talks quit are a meeting denied: tests/test_interactions_role_slips.py) and no
# sanction; a mediation offered or held is still one
NOT_CONSULTS = [
    (
        "The rebels quit the talks with the Ugandan government.",
        None,
        ("rebels", "sanctioned", "Ugandan government"),
    ),
    (
        "The rebels abandoned the talks with the Ugandan government.",
        None,
        ("rebels", "sanctioned", "Ugandan government"),
    ),
    (
        "Norway ended its mediation between Sri Lanka and the Tamil Tigers.",
        None,
        ("Norway", "negotiated_with", "Sri Lanka"),
    ),
    # a strike "staged" is a labour strike, not an air strike
    (
        "Thousands of Bangladeshis staged a general strike against the Bangladeshi government.",
        None,
        ("Bangladesh", "attacked", "Bangladeshi government"),
    ),
    # control wrested from a side is taken by the verb's subject, not by that side
    (
        "The Peshmerga seized control of Sinjar from Islamic State.",
        ("Peshmerga", "attacked", "Islamic State"),
        ("Islamic State", "coerced", "Sinjar"),
    ),
    (
        "The opposition held talks with President Joseph Kabila.",
        ("Joseph Kabila", "met", "opposition"),
        ("opposition", "sanctioned", "Joseph Kabila"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), NOT_CONSULTS)
def test_lexicon_halted_talks_are_no_meeting(
    extract: Any,
    sentence: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """Quitting talks or ending a mediation reports no meeting; control is taken by the subject."""
    check_kept_removed(extract(sentence), kept, removed)


# (sentence, claim made, PLOVER type): "staged" is lemmatised "stag" by the pinned model
STAGED = [
    (
        "China staged military exercises near Taiwan.",
        ("China", "mobilized", "Taiwan"),
        "MOBILIZE",
    ),
    (
        "Russia staged naval drills near Estonia.",
        ("Russia", "mobilized", "Estonia"),
        "MOBILIZE",
    ),
]


@pytest.mark.parametrize(("sentence", "claim", "event"), STAGED)
def test_lexicon_staged_light_verb(
    extract: Any, sentence: str, claim: tuple[str, str, str], event: str
) -> None:
    """ "staged drills near X" reads "stage" as the light verb whatever its lemma."""
    event_claim(extract(sentence), *claim, event)
