"""Criticism read from a label on an act told before, and from a demand to own up (crit46).

A naming verb whose label stands after "as" while the parser made the named act a complement
("dubbed the attack as a 'massacre'") names that act (``kg/extract/verdicts.py``
``_first_complement``); a definite attack or arrest noun with no owner of its own is the act of
the article's latest such claim before it, whose doer is criticised
(``kg/extract/told_acts.py`` ``latest_doers``, read by ``verdicts.act_doers``). A praising or
neutral label, a label with no act told before, or an act whose own words name its owner,
criticise no one else. A demand that an actor apologise, or admit, acknowledge or recognise
that something is so, reproaches that actor (``admit_verbs`` of ``reproaches`` in cues.json,
``kg/extract/reproaches.py`` ``_undoing``); "to recognise Palestine" does not. A demand that
an actor act more ("to speak more publicly", "to be more transparent") says what it does falls
short (``kg/extract/stances.py`` ``_more_of``); "more countries", "more observers" do not.
Sentences of our own, about actors other than the check sets'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]

_RAID = "Al-Shabab fighters attacked a hotel in Mogadishu on Sunday."
_BAGA = "Boko Haram fighters attacked the town of Baga on Saturday, killing dozens."


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            (_BAGA, 'Human Rights Watch dubbed the attack as a "massacre".'),
            ("Human Rights Watch", "criticized", "Boko Haram"),
        ),
        (
            (_RAID, 'The Somali president dubbed the attack as a "cowardly act".'),
            ("Hassan Sheikh Mohamud", "criticized", "al-Shabab"),
        ),
        (
            (
                "Kenyan police arrested 40 students in Nairobi on Friday.",
                'Amnesty International described the arrests as "arbitrary".',
            ),
            ("Amnesty International", "criticized", "Kenyan police"),
        ),
    ],
)
def test_verdicts_label_on_an_act_told_before_criticises_its_doer(
    extract: Any, texts: tuple[str, str], expected: Triple
) -> None:
    """A disparaging label on "the attack" / "the arrests" criticises the doer told before."""
    assert expected in triples(extract(" ".join(texts), published="2015-06-10"))


@pytest.mark.parametrize(
    ("texts", "speaker", "doer"),
    [
        # a label that is no verdict
        (
            (_BAGA, 'Human Rights Watch dubbed the attack as a "turning point".'),
            "Human Rights Watch",
            "Boko Haram",
        ),
        # the act's own words name another doer
        (
            (_BAGA, "Human Rights Watch called the army's attack a massacre."),
            "Human Rights Watch",
            "Boko Haram",
        ),
        # an indefinite act is no act told before
        (
            (_BAGA, "Human Rights Watch called an attack a massacre."),
            "Human Rights Watch",
            "Boko Haram",
        ),
    ],
)
def test_verdicts_no_criticism_without_a_verdict_on_the_told_act(
    extract: Any, texts: tuple[str, ...], speaker: str, doer: str
) -> None:
    """A neutral label, no earlier attack, or another act named criticise not the doer."""
    assert (speaker, "criticized", doer) not in triples(
        extract(" ".join(texts), published="2015-06-10")
    )


def test_verdicts_no_act_told_before_criticises_no_one(extract: Any) -> None:
    """A label on "the attack" criticises no actor named before when no attack was told."""
    text = (
        "Boko Haram fighters held a rally in Baga on Saturday. "
        'Human Rights Watch dubbed the attack as a "massacre".'
    )
    found = triples(extract(text, published="2015-06-10"))
    assert ("Human Rights Watch", "criticized", "Boko Haram") not in found


def test_told_acts_a_denied_attack_is_no_act_told(extract: Any) -> None:
    """An attack its doer denies is no act a later label can refer back to."""
    text = (
        "Boko Haram denied attacking the town of Baga on Saturday. "
        "Amnesty International called the attack a massacre."
    )
    found = triples(extract(text, published="2015-06-10"))
    assert ("Boko Haram", "attacked", "Baga") in found  # (told, as denied)
    assert ("Amnesty International", "criticized", "Boko Haram") not in found


@pytest.mark.parametrize(
    ("text", "expected", "present"),
    [
        (
            "Human Rights Watch called on the Kenyan government to recognise that police "
            "brutality is still a serious problem.",
            ("Human Rights Watch", "criticized", "Kenyan government"),
            True,
        ),
        (
            "Human Rights Watch urged the Kenyan government to acknowledge that its forces had "
            "killed civilians.",
            ("Human Rights Watch", "criticized", "Kenyan government"),
            True,
        ),
        (
            "Amnesty International called on Japan to apologise.",
            ("Amnesty International", "criticized", "Japan"),
            True,
        ),
        # recognising a state or a contribution owns up to nothing
        (
            "Human Rights Watch called on the Kenyan government to recognise Somaliland.",
            ("Human Rights Watch", "criticized", "Kenyan government"),
            False,
        ),
        (
            "Human Rights Watch urged the Kenyan government to acknowledge the contribution of "
            "refugees.",
            ("Human Rights Watch", "criticized", "Kenyan government"),
            False,
        ),
        # a that-clause with no wrong in it is no owning up
        (
            "Uhuru Kenyatta urged the Kenyan parliament to recognise that the trade deal with "
            "Uganda is a good one.",
            ("Uhuru Kenyatta", "criticized", "Kenyan parliament"),
            False,
        ),
    ],
)
def test_reproaches_demand_to_own_up_criticises_the_addressee(
    extract: Any, text: str, expected: Triple, present: bool
) -> None:
    """ "called on X to recognise that ...", "to apologise" criticise X; "to recognise Y" not."""
    assert (expected in triples(extract(text, published="2015-06-10"))) is present


@pytest.mark.parametrize(
    ("text", "expected", "present"),
    [
        (
            "Transparency International urged the Kenyan government to be more transparent.",
            ("Transparency International", "criticized", "Kenyan government"),
            True,
        ),
        (
            "The European Union urged Kenya to act more decisively against corruption.",
            ("European Union", "criticized", "Kenya"),
            True,
        ),
        # more of something asked for, not more of the addressee's own doing
        (
            "The European Union urged Kenya to invite more observers.",
            ("European Union", "criticized", "Kenya"),
            False,
        ),
        (
            "The European Union urged Kenya to speak publicly against the imprisonment of "
            "activists.",
            ("European Union", "criticized", "Kenya"),
            False,
        ),
    ],
)
def test_stances_demand_to_act_more_criticises_the_addressee(
    extract: Any, text: str, expected: Triple, present: bool
) -> None:
    """ "urged X to act more decisively" criticises X; "to invite more observers" does not."""
    assert (expected in triples(extract(text, published="2015-06-10"))) is present
