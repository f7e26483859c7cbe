"""A call for someone's resignation, removal or ouster criticises the one to go and asks
nothing of them (prec66): "Labour demanded the minister's resignation" makes Labour criticise
the minister (kg/extract/reproaches.py), and no longer a request of the minister as well (the
request seed rows of these nouns are gone, and ``interactions.owners_of`` names no one asked
by them). A call addressed to the one to go ("called on X to resign") still asks X.
Sentences of our own, about other actors than the articles that showed the claims."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

# text, the criticism it makes, the request it must not make
CALLS: list[tuple[str, Triple, Triple]] = [
    (
        "Thousands of protesters demanded President Nicolas Maduro's resignation.",
        ("protesters", "criticized", "Nicolás Maduro"),
        ("protesters", "requested", "Nicolás Maduro"),
    ),
    (
        "Labour called for Boris Johnson's resignation over the scandal.",
        ("Labour", "criticized", "Boris Johnson"),
        ("Labour", "requested", "Boris Johnson"),
    ),
    (
        "The opposition called for the resignation of Prime Minister Viktor Orban on Monday.",
        ("opposition", "criticized", "Viktor Orbán"),
        ("opposition", "requested", "Viktor Orbán"),
    ),
    (
        "Egyptian activists called for the ousting of President Hosni Mubarak.",
        ("Egyptian opposition", "criticized", "Hosni Mubarak"),
        ("Egyptian opposition", "requested", "Hosni Mubarak"),
    ),
    (
        "Protesters have called for the removal of Governor Ricardo Rossello.",
        ("Protesters", "criticized", "Ricardo Rossello"),
        ("Protesters", "requested", "Ricardo Rossello"),
    ),
]

# text, a request to the one addressed that must stay
ASKED: list[tuple[str, Triple]] = [
    (
        "Labour called on Boris Johnson to resign.",
        ("Labour", "requested", "Boris Johnson"),
    ),
    (
        "The European Union urged Nicolas Maduro to step down.",
        ("European Union", "requested", "Nicolás Maduro"),
    ),
]


@pytest.mark.parametrize(("text", "made", "not_made"), CALLS)
def test_leaving_call_criticises_only(
    extract: Any, text: str, made: Triple, not_made: Triple
) -> None:
    """The one to go is criticised, not asked."""
    got = triples(extract(text))
    assert made in got, sorted(got)
    assert not_made not in got, sorted(got)


@pytest.mark.parametrize(("text", "triple"), ASKED)
def test_addressed_call_still_asks(extract: Any, text: str, triple: Triple) -> None:
    """A call addressed to the one to go still asks them."""
    got = triples(extract(text))
    assert triple in got, sorted(got)
