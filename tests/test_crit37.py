"""Criticism whose target the parser hid (crit37).

1. "accused the police of brutality": the parser hangs the charge's "of" on the object, and a
   bare sector noun with an "of" phrase read as its owner ("the army of Chad") was nobody; the
   "of" of a charging verb's object is the charge (cues.json ``charge_of_verbs``,
   kg/resolve/collectives.py ``_charge_of``), so the noun is the story country's force again,
   and the accuser criticises it (no longer doing the charged act itself).
2. "activists say the police act with impunity, a charge the ministry denies": the parser
   makes the reported clause a complement of the verb that disputes the appended charge noun;
   the clause is still the first speaker's (cues.json ``evaluations.disputed``,
   kg/extract/evaluations.py ``_disputed_slip``).
3. "condemned what it described as interference by X", "denounced what some saw as the
   arrogance of X": a "what" clause of a describing or viewing verb names the object by the
   noun after its "as" (kg/extract/interactions.py ``_what_named``); "criticised what he
   called a smear campaign by X", the act's "by" hung on the naming verb.
4. "said the ban was tantamount to censorship", "described the decision as akin to
   aggression": a likeness adjective's "to" noun is the verdict (cues.json
   ``evaluations.comparisons``; evaluations.py ``compared``, also in verdicts.py naming).
5. "The UN rights council has accused the North of using torture": a capitalised "the North"
   or "the South" alone is the half of Korea the article named (kg/data/en/nominals.json
   ``halves``, kg/extract/nominals.py ``_half``); not "the South China Sea", nor with no Korea
   named.
6. "challenged Kenya's version of the killings", "questioned Kenya's claim": disputing an
   owned version, account, narrative or claim criticises its owner (trigger lexicon rows).
7. "called the case a conspiracy by Uganda": with no one named, the doer the disparaging label
   names after "by" is accused (kg/extract/verdicts.py ``_named``).
8. "vowed to continue protests until Uhuru Kenyatta steps down": staying or protesting until an
   actor undoes or leaves demands it of that actor (cues.json ``reproaches.persisting_verbs``,
   kg/extract/reproaches.py ``_persisting``); not "until al-Shabab is defeated", "until X steps
   up reforms".
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples

_KENYA = "Kenya's president rules Kenya. Kenyan police arrested dozens in Nairobi. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _KENYA + "Amnesty International accused the police of brutality.",
            ("Amnesty International", "Kenyan police"),
        ),
        (
            _KENYA + "Amnesty International accused the police of killing protesters.",
            ("Amnesty International", "Kenyan police"),
        ),
        (
            "Zambia's president rules Zambia. The Zambian army patrolled Lusaka. The"
            " Zambian Human Rights Commission has accused the army of abuses.",
            ("Zambian Human Rights Commission", "Zambian army"),
        ),
        (
            _KENYA + "Activists say the police, whose power grew after the election, now act"
            " with impunity, a charge the interior ministry denies.",
            ("Activists", "Kenyan police"),
        ),
        (
            "The Kenyan opposition condemned what it described as interference by Uganda.",
            ("Kenyan opposition", "Uganda"),
        ),
        (
            "Kenyans denounced elitism and what some saw as the arrogance of Uganda's judiciary.",
            ("Kenyans", "Uganda's judiciary"),
        ),
        (
            "Raila Odinga criticised what he called a smear campaign by Uganda.",
            ("Raila Odinga", "Uganda"),
        ),
        (
            "Paul Muite said Uganda's decision was tantamount to aggression.",
            ("Paul Muite", "Uganda"),
        ),
        (
            "Kenyan MP Paul Muite described Uganda's decision as akin to a violation of the"
            " treaty.",
            ("Paul Muite", "Uganda"),
        ),
        (
            "North Korea fired a missile on Monday. The UN rights council has accused the North"
            " of using torture in its camps.",
            ("UN rights council", "North Korea"),
        ),
        (
            "Glenn Greenwald has published a report challenging Kenya's version of the killings.",
            ("Glenn Greenwald", "Kenya"),
        ),
        ("Uganda questioned Kenya's claim that the border was closed.", ("Uganda", "Kenya")),
        ("Raila Odinga called the case a conspiracy by Uganda.", ("Raila Odinga", "Uganda")),
        (
            "Thousands rallied in Kampala on Sunday. Some protesters have even set up camps"
            " vowing to stay until Museveni resigns.",
            ("protesters", "Museveni"),
        ),
        (
            "The Kenyan opposition vowed to continue protests until Uhuru Kenyatta steps down.",
            ("Kenyan opposition", "Uhuru Kenyatta"),
        ),
    ],
)
def test_crit37_hidden_targets(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A charge's "of" on the accused force, a clause under an appended disputed charge."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # the accuser does not do the charged act
        (
            _KENYA + "Amnesty International accused the police of killing protesters.",
            ("Amnesty International", "attacked", "protesters"),
        ),
        # a name after "of" still owns the force: Chad's army, not Kenya's police
        (
            _KENYA + "Amnesty International accused the army of Chad of killing protesters.",
            ("Amnesty International", "criticized", "Kenyan police"),
        ),
        # a likeness to no wrong is no verdict; praise named by "what" is no criticism
        (
            "Paul Muite said Uganda's army was equivalent to a police force.",
            ("Paul Muite", "criticized", "Uganda's army"),
        ),
        (
            "The Kenyan opposition welcomed what it described as a victory for Uganda.",
            ("Kenyan opposition", "criticized", "Uganda"),
        ),
        # "the South" of a sea's name, or of an article that names no Korea, is no Korea
        (
            "South Korea held talks. China claims the South China Sea.",
            ("China", "criticized", "South Korea"),
        ),
        (
            "Obama toured Texas. He said the South had violated the law.",
            ("Barack Obama", "criticized", "South Korea"),
        ),
        # staying until no undoing, or until someone else's defeat, reproaches no one
        (
            "The Kenyan opposition vowed to continue protests until Uhuru Kenyatta steps up"
            " reforms.",
            ("Kenyan opposition", "criticized", "Uhuru Kenyatta"),
        ),
    ],
)
def test_crit37_no_misreading(extract: Any, text: str, unexpected: tuple[str, str, str]) -> None:
    """No act by the accuser, no other force for an owned one."""
    assert unexpected not in triples(extract(text, published="2015-06-10"))
