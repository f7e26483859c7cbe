"""Accounts challenged (crit54, ``kg/extract/challenged_claims.py``): whoever challenges,
questions or contests an actor's version, account, narrative or claims criticises that
actor; the verbs with an actor object ("challenged Usain Bolt", "police questioned the
suspects") or with another object ("challenged his record") are none. Sentences of our own,
about actors other than the check sets'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases, statuses

MADE = [
    (
        "Amnesty International challenged Nigeria's version of events.",
        ("Amnesty International", "criticized", "Nigeria"),
    ),
    (
        "Amnesty International questioned Nigeria's account of the killings.",
        ("Amnesty International", "criticized", "Nigeria"),
    ),
    (
        "Seymour Hersh challenged the US version of the story.",
        ("Seymour Hersh", "criticized", "United States"),
    ),
    (
        "Human Rights Watch released a statement questioning the Egyptian government's account "
        "of the raid.",
        ("Human Rights Watch", "criticized", "Egyptian government"),
    ),
    (
        "Amnesty International questioned claims by the Nigerian army that it had freed the girls.",
        ("Amnesty International", "criticized", "Nigerian army"),
    ),
    # a person's account: an officeholder's (the gazetteer's, or titled in the article)
    (
        "Human Rights Watch questioned Barack Obama's account of the raid.",
        ("Human Rights Watch", "criticized", "Barack Obama"),
    ),
    (
        "Amnesty International questioned Senator Ahmed Said's account of the raid.",
        ("Amnesty International", "criticized", "Ahmed Said"),
    ),
]

NOT_MADE = [
    # a private person's claim (review54 item 6)
    (
        "Roger Federer contested Rafael Nadal's claim that the ball was out.",
        ("Roger Federer", "criticized", "Rafael Nadal"),
    ),
    (
        "Usain Bolt challenged Justin Gatlin's record.",
        ("Usain Bolt", "criticized", "Justin Gatlin"),
    ),
    ("Kenyan police questioned Ahmed Said.", ("Kenyan police", "criticized", "Ahmed Said")),
    (
        "Serena Williams challenged Maria Sharapova in the final.",
        ("Serena Williams", "criticized", "Maria Sharapova"),
    ),
    # "claim to X" is a right asserted, not a statement (review54 item 6)
    (
        "Apple challenged Samsung's claim to the patent in a US court.",
        ("Apple", "criticized", "Samsung"),
    ),
    (
        "The Indian government challenged Monsanto's claim to the seed patent.",
        ("Indian government", "criticized", "Monsanto"),
    ),
    ("Russia contested Ukraine's claim to Crimea.", ("Russia", "criticized", "Ukraine")),
    (
        "Barclays questioned the account of Ahmed Said.",
        ("Barclays", "criticized", "Ahmed Said"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(MADE, NOT_MADE))
def test_challenged_claims(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """An account challenged criticises its owner; a person challenged or questioned: no."""
    check_kept_removed(extract(text), kept, removed)


def test_challenged_claims_denied(extract: Any) -> None:
    """A negated challenge is denied."""
    graph = extract("Human Rights Watch did not question Kenya's account.")
    assert "denied" in statuses(graph, ("Human Rights Watch", "criticized", "Kenya"))
