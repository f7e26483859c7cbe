"""Criticism read from a speaker's words (crit41).

An epithet: a fault adjective (``faults.adjectives`` of ``kg/data/en/cues.json``) put on an
actor in a speaker's words ("to get rid of this corrupt government"), or on an act the actor
owns ("Lungu's divisive rhetoric had cost him"), is the speaker's criticism of that actor
(``kg/extract/faults.py`` ``_epithet_holders``); the narrator's epithet is no one's stance.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

Pair = tuple[str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mwila Banda said she would vote for the UPND "to get rid of this corrupt Zambian '
            'government".',
            ("Mwila Banda", "Zambian government"),
        ),
        (
            "Joseph Mwanza said Edgar Lungu's divisive rhetoric had cost him the election.",
            ("Joseph Mwanza", "Edgar Lungu"),
        ),
        (
            "Joseph Mwanza said the repressive Zambian government had jailed his brother.",
            ("Joseph Mwanza", "Zambian government"),
        ),
        (
            '"The brutal Zambian police must be held to account," said Joseph Mwanza.',
            ("Joseph Mwanza", "Zambian police"),
        ),
    ],
)
def test_faults_epithet_criticises_its_actor(extract: Any, text: str, expected: Pair) -> None:
    """A fault adjective a speaker puts on an actor or its act criticises that actor."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # the narrator's epithet: no speaker
        ("The corrupt Zambian government jailed 30 people on Monday.", None),
        # no fault word: a plan praised, an act told
        (
            "Joseph Mwanza said Edgar Lungu's plan was a good start.",
            ("Joseph Mwanza", "Edgar Lungu"),
        ),
        (
            "Joseph Mwanza said the Zambian government had freed his brother.",
            ("Joseph Mwanza", "Zambian government"),
        ),
    ],
)
def test_faults_no_epithet_no_criticism(extract: Any, text: str, unexpected: Pair | None) -> None:
    """Without a speaker, or without a fault word, no criticism is read."""
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert (not found) if unexpected is None else unexpected not in found


# -- a wrong pursued: the wrongdoing verb under a verb of going on or trying ----------------
# (``evaluations.lifting`` of cues.json; kg/extract/evaluations.py ``_lifted``)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pedro Silva said the Venezuelan government continues to harass journalists.",
            ("Pedro Silva", "Venezuelan government"),
        ),
        (
            "Pedro Silva said the Venezuelan army had been highly effective at suppressing "
            "dissent.",
            ("Pedro Silva", "Venezuelan army"),
        ),
        (
            "Pedro Silva said the Venezuelan government is busy persecuting its critics.",
            ("Pedro Silva", "Venezuelan government"),
        ),
        (
            "Pedro Silva said the Venezuelan government has been working to suppress the protests.",
            ("Pedro Silva", "Venezuelan government"),
        ),
    ],
)
def test_evaluations_pursued_wrong_criticises_its_doer(
    extract: Any, text: str, expected: Pair
) -> None:
    """A wrongdoing verb pursued by a clause's subject is the speaker's verdict on it."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # no wrong: a fight won
        "Pedro Silva said the Venezuelan army had been effective at defeating the rebels.",
        # hedged, stopped, refused: no wrong done
        "Pedro Silva said the Venezuelan government would continue to harass journalists.",
        "Pedro Silva said the Venezuelan government had stopped harassing journalists.",
        "Pedro Silva said the Venezuelan government refused to harass journalists.",
    ],
)
def test_evaluations_no_pursued_wrong(extract: Any, text: str) -> None:
    """A fight won, a hedged, stopped or refused wrong: no criticism."""
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert ("Pedro Silva", "Venezuelan government") not in found
    assert ("Pedro Silva", "Venezuelan army") not in found


# -- a protest over or caused by an act: the act's doer criticised -----------------------------
# (``nominal_protests.act_preps`` / ``caused_by`` of cues.json; kg/extract/nominal_protests.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 300 people have been detained in Togo following protests triggered by "
            "President Faure Gnassingbe's bid to seek a fourth term.",
            ("protesters", "Faure Gnassingbe"),
        ),
        (
            "Violence flared in Lome after protests sparked by the killing of a student by "
            "Togolese police.",
            ("protesters", "Togolese police"),
        ),
        (
            "Dozens were hurt during protests over Faure Gnassingbe's decision to delay the vote.",
            ("protesters", "Faure Gnassingbe"),
        ),
    ],
)
def test_nominal_protests_over_an_act_criticise_its_doer(
    extract: Any, text: str, expected: Pair
) -> None:
    """A protest over an act, or caused by one, is the protesters' criticism of its doer."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # a place, a cause with no doer, an actor who caused it: no one protested against
        "Dozens were hurt during protests over Gaza.",
        "Dozens were hurt during protests triggered by rising fuel prices.",
        "Dozens were hurt during protests triggered by Faure Gnassingbe.",
    ],
)
def test_nominal_protests_no_act_no_target(extract: Any, text: str) -> None:
    """A protest over a place, or caused by no one's act, criticises no one."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")


# -- a vow to hold out until an actor leaves: that actor criticised ----------------------------
# (``holdouts`` of cues.json; kg/extract/holdouts.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some protesters have set up camps, vowing to stay until Kabila resigns.",
            ("protesters", "Kabila"),
        ),
        (
            "Hundreds of students have pitched tents vowing to remain until Kabila steps down.",
            ("students", "Kabila"),
        ),
        (
            "Opposition supporters vowed to keep protesting until Joseph Kabila steps down.",
            ("Opposition supporters", "Joseph Kabila"),
        ),
        (
            '"We will not rest until Kabila resigns," the Union for Democracy and Social '
            "Progress said in a statement.",
            ("Union for Democracy and Social Progress", "Kabila"),
        ),
        ("The students will protest until Joseph Kabila quits.", ("students", "Joseph Kabila")),
    ],
)
def test_holdouts_vow_until_leaving_criticises(extract: Any, text: str, expected: Pair) -> None:
    """Holding out until an actor leaves demands its going: criticism of it."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # a stay until someone leaves, with no vow, is a time
        "UN troops will stay until Joseph Kabila leaves office.",
        "The minister will remain in the cabinet until Joseph Kabila steps down.",
        # waiting for an arrival demands no going
        "Some protesters vowed to stay until Joseph Kabila arrives.",
    ],
)
def test_holdouts_no_vow_no_criticism(extract: Any, text: str) -> None:
    """A stay with no vow, or a wait for an arrival, criticises no one."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")


# -- help wished for and found short: the giver criticised -------------------------------------
# (``shortfalls`` of cues.json; kg/extract/shortfalls.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana and Togo have said the fight against the pirates would be long over if they "
            "had better cooperation from Benin.",
            ("Togo", "Benin"),
        ),
        (
            "Kenya said the war would end sooner if it got more support from Uganda.",
            ("Kenya", "Uganda"),
        ),
    ],
)
def test_shortfalls_wished_help_criticises_giver(extract: Any, text: str, expected: Pair) -> None:
    """Saying things would go better with more help from an actor finds its help short."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    "text",
    [
        # help wished for with no "more": a plain condition
        "Kenya said the war would end sooner if it got support from Uganda.",
        # more help had, not wished for
        "Kenya said it had more support from Uganda than ever.",
        # a condition no one reports
        "Kenya will win the war if it gets more support from Uganda.",
    ],
)
def test_shortfalls_no_shortfall_no_criticism(extract: Any, text: str) -> None:
    """A plain condition, help had, or an unreported condition: no criticism."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")
