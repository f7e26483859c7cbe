"""Nouns of a side's wrong done to a people or a group, with the preposition that names the
victim (tools/lexicon/seeds/coerce.txt, weak66): the owner attacked the victim (cruelty,
oppression, abuses, mistreatment) or coerced it (discrimination), and a verb of blame on the
wrong criticises its owner."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Norway condemned the Ethiopian police's brutality towards Oromo protesters.",
        [
            ("Ethiopian police", "attacked", "Oromo protesters"),
            ("Norway", "criticized", "Ethiopian police"),
        ],
    ),
    (
        "Human Rights Watch condemned the Sudanese army's cruelty towards Darfuri civilians.",
        [
            ("Sudanese army", "attacked", "Darfuri civilians"),
            ("Human Rights Watch", "criticized", "Sudanese army"),
        ],
    ),
    (
        "Activists denounced Burma's oppression of the Karen.",
        [("Myanmar", "attacked", "Karen"), ("Activists", "criticized", "Myanmar")],
    ),
    # the bare nouns that were triggers already take "against" as well
    ("Exiles protested China's repression against Uighurs.", [("China", "attacked", "Uighurs")]),
    (
        "The report described Saudi Arabia's persecution against Shia Muslims.",
        [("Saudi Arabia", "attacked", "Shia Muslims")],
    ),
    (
        "The Sudanese army's abuses against civilians angered Kenya.",
        [("Sudanese army", "attacked", "civilians"), ("Kenya", "criticized", "Sudanese army")],
    ),
    (
        "Amnesty criticised Nigeria's mistreatment of detainees.",
        [("Nigeria", "attacked", "detainees"), ("Amnesty", "criticized", "Nigeria")],
    ),
    (
        "Sweden condemned Iran's discrimination against Baha'is.",
        [("Iran", "coerced", "Baha'is"), ("Sweden", "criticized", "Iran")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRES)
def test_wrong_nouns_owner_wrongs_victim(
    extract: Any, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """An owner's wrong against a people is its attack or coercion, and blaming it criticises."""
    found = triples(extract(text, published="2015-05-15"))
    for triple in expected:
        assert triple in found, found


NO_CLAIM = [
    # a wrong with no owner, or one fought or banned by the subject, is no one's deed
    "The Kenyan government vowed to fight discrimination against women.",
    "Ghana passed a law banning discrimination against disabled people.",
    # the victim is no actor
    "The charity works against cruelty to animals.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_wrong_nouns_no_claim(extract: Any, text: str) -> None:
    """A wrong with no owner names no doer: no attacked or coerced claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] in {"attacked", "coerced"}}, found


def test_wrong_nouns_status(extract: Any) -> None:
    """A wrong under an accusation is alleged, one denied is denied: never occurred."""
    graph = extract("Uganda denied any mistreatment of the prisoners.", published="2015-05-15")
    statuses = {r.qualifiers.status.value for r in graph.claims if r.predicate.value == "attacked"}
    assert statuses == {"denied"}, statuses
