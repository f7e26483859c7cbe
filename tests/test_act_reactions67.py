"""Reactions to a state's or a court's act on politicians and parties (probeE67): "the
decision", "the move", "the ruling", "the verdict" after a court disqualified, convicted or
acquitted someone, a parliament impeached or dissolved, a president pardoned or sacked, the
police arrested: the reaction falls on the doer (``act_antecedents`` of
``kg/data/en/cues.json``). A verb that never takes a person as its object ("welcomed Castro"
greets him) still supports a person whose act it welcomes ("welcomed the decision",
"welcomed Sall's decision"). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a court's acts: a disqualification, a conviction, an acquittal
    (
        "Kenya's Supreme Court disqualified Governor Ferdinand Waititu on Friday. "
        "Raila Odinga hailed the ruling.",
        ("Raila Odinga", "supported", "Kenya's Supreme Court"),
    ),
    (
        "A Malawian court convicted former minister Uladi Mussa of corruption on Tuesday. "
        "Transparency International praised the verdict.",
        ("Transparency International", "supported", "Malawian court"),
    ),
    (
        "A Thai court acquitted former prime minister Somchai Wongsawat on Friday. "
        "Human Rights Watch criticised the verdict.",
        ("Human Rights Watch", "criticized", "Thai court"),
    ),
    # a parliament's: an impeachment, a party dissolved
    (
        "Bolivia's Congress impeached President Jeanine Anez on Tuesday. "
        "Evo Morales welcomed the decision.",
        ("Evo Morales", "supported", "Bolivia's Congress"),
    ),
    (
        "Senegal's parliament dissolved the Pastef party on Monday. "
        "Amnesty International denounced the decision.",
        ("Amnesty International", "criticized", "Senegal's parliament"),
    ),
    # the police's: an arrest called "the move"
    (
        "Zambian police arrested opposition leader Hakainde Hichilema on Sunday. "
        "Amnesty International condemned the move.",
        ("Amnesty International", "criticized", "Zambian police"),
    ),
    # a president's act, welcomed or praised: the person who did it is supported
    (
        "President Macky Sall pardoned Karim Wade on Monday. Abdoulaye Wade welcomed the decision.",
        ("Abdoulaye Wade", "supported", "Macky Sall"),
    ),
    (
        "President Lenin Moreno sacked Interior Minister Maria Paula Romo on Friday. "
        "Rafael Correa praised the decision.",
        ("Rafael Correa", "supported", "Lenin Moreno"),
    ),
    (
        "Nigeria welcomed President Nana Akufo-Addo's decision to reopen the border.",
        ("Nigeria", "supported", "Nana Akufo-Addo"),
    ),
]

REMOVED = [
    # a person welcomed is greeted, not backed
    (
        "Nigeria welcomed President Nana Akufo-Addo at the airport on Monday.",
        ("Nigeria", "supported", "Nana Akufo-Addo"),
    ),
    # an act that befell its owner: welcoming it backs whoever did it, not him
    (
        "Nigeria welcomed Dora Akunyili's release on Monday.",
        ("Nigeria", "supported", "Dora Akunyili"),
    ),
    # an act not done: the ruling hailed is no disqualification
    (
        "Kenya's Supreme Court did not disqualify Governor Ferdinand Waititu. "
        "Raila Odinga hailed the ruling.",
        ("Raila Odinga", "supported", "Kenya's Supreme Court"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_reaction_to_state_act(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A reaction to a definite act noun falls on the one who did the act told before (or
    named as its owner), a person too; not on a person greeted, nor on one an act befell."""
    check_kept_removed(extract(text), kept, removed)


PREP_KEPT = [
    # a protest or a stance "against" the act told before
    (
        "Chad expelled the French ambassador on Monday. "
        "Chadian students protested against the decision.",
        ("Chadian students", "criticized", "Chad"),
    ),
    (
        "Ghana banned opposition rallies on Monday. Amnesty International spoke out against "
        "the move.",
        ("Amnesty International", "criticized", "Ghana"),
    ),
]

PREP_REMOVED = [
    # no doer told just before: a punishment after "against" is no state's guessed from
    # the article ("Ghanaian government criticized Ghana")
    (
        "Ghana jailed two reporters in Accra. Ghana's opposition said Ghana was silencing the "
        "press. The United Nations called on the Ghanaian government to speak out against the "
        "continuing imprisonment of journalists.",
        ("Ghanaian government", "criticized", "Ghana"),
    ),
    # nothing done before: no one to blame
    (
        "The weather in Accra was hot on Monday. Amnesty International spoke out against the move.",
        ("Amnesty International", "criticized", "Ghana"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(PREP_KEPT, PREP_REMOVED))
def test_reaction_after_preposition(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A stance on a definite act noun after a preposition ("protested against the
    decision") falls on the doer of the act told before, as one on a direct object does."""
    check_kept_removed(extract(text), kept, removed)
