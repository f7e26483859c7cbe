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
            "Zambia's president rules Zambia. The Zambian army patrolled Lusaka. Human Rights"
            " Watch has accused the army of torturing detainees.",
            ("Human Rights Watch", "Zambian army"),
        ),
        (
            _KENYA + "Activists say the police, whose power grew after the election, now act"
            " with impunity, a charge the interior ministry denies.",
            ("Activists", "Kenyan police"),
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
    ],
)
def test_crit37_no_misreading(extract: Any, text: str, unexpected: tuple[str, str, str]) -> None:
    """No act by the accuser, no other force for an owned one."""
    assert unexpected not in triples(extract(text, published="2015-06-10"))
