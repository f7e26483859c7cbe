""" "His supporters": the followers of the person the pronoun resolves to, as an actor or
patient of a clause (kg/extract/role_forms.py, supporter_groups)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Opposition leader Moise Katumbi was arrested on Monday. His supporters clashed "
            "with police in Lubumbashi.",
            "Katumbi supporters",
        ),
        (
            "Yingluck Shinawatra denied the charges. Yingluck said the case was political. "
            "Her supporters see the case as an attack by the elite.",
            "Yingluck supporters",
        ),
        (
            "Raila Odinga left the country on Monday. Police later arrested thousands of his "
            "supporters.",
            "Odinga supporters",
        ),
    ],
)
def test_supporters_of_the_pronoun_referent(extract: Any, text: str, label: str) -> None:
    """ "his supporters" acting or acted on: a Group of the person "his" resolves to."""
    assert label in labels_of_type(extract(text, published="2015-05-15"), "Group")


@pytest.mark.parametrize(
    "text",
    [
        # the subject acting on "his supporters" means another's: no group of the subject
        "Abdel Fattah el-Sisi ousted Mohamed Morsi in 2013 and has overseen a crackdown "
        "against his supporters.",
        "Tony Blair told a rally of his supporters that the party would win.",
        # a new side inside an event noun is left alone
        "Gunmen shot dead Kofi Mensah. The killing triggered clashes between his supporters "
        "and supporters of the NPP.",
    ],
)
def test_supporters_not_when_unsure(extract: Any, text: str) -> None:
    """No pronoun-owned group when another person could own it or it stands in an event noun."""
    owned = [
        g
        for g in labels_of_type(extract(text, published="2015-05-15"), "Group")
        if g.endswith(" supporters")
    ]
    assert not owned, owned


def test_supporters_two_owners_are_two_groups(extract: Any) -> None:
    """ "supporters of X" and "supporters of Y" in one article are two groups, not one."""
    graph = extract(
        "Supporters of the ANC and supporters of the Democratic Alliance clashed in Durban.",
        published="2015-05-15",
    )
    owned = {
        g
        for g in labels_of_type(graph, "Group")
        if g.startswith("supporters of") or g.startswith("Supporters of")
    }
    assert len(owned) == 2, labels_of_type(graph, "Group")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "After months of air strikes by France and its allies, the rebels retreated.",
            "France allies",
        ),
        ("Bashar al-Assad and his allies rejected the plan.", "Bashar al-Assad allies"),
        ("The Taliban and their supporters blocked the road to Kunduz.", "Taliban supporters"),
    ],
)
def test_supporters_coordinated_pronoun_owner(extract: Any, text: str, label: str) -> None:
    """ "X and its allies", "X and his supporters": a group of X, the actor coordinated."""
    assert label in labels_of_type(extract(text, published="2015-05-15"), "Group")
