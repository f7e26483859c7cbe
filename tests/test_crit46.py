"""Criticism read from a label on an attack or arrest told before (crit46).

A naming verb whose label stands after "as" while the parser made the named act a complement
("dubbed the attack as a 'massacre'") names that act (``kg/extract/verdicts.py``
``_first_complement``); a definite attack or arrest noun with no owner of its own is the act of
the article's latest such claim before it, whose doer is criticised
(``kg/extract/told_acts.py`` ``latest_doers``, read by ``verdicts.act_doers``). A praising or
neutral label, a label with no act told before, or an act whose own words name its owner,
criticise no one else. Sentences of our own, about actors other than the check sets'.
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
        # no attack told before: nothing to refer back to
        (
            ('Human Rights Watch dubbed the attack as a "massacre".',),
            "Human Rights Watch",
            "Boko Haram",
        ),
        # the act's own words name another doer
        (
            (_BAGA, 'Human Rights Watch dubbed the Nigerian army\'s response as a "massacre".'),
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
