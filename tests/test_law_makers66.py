"""A stance on a law is aimed at the law, not at whoever passed it (prec66): after "X passed
the Y law", "Z criticised the law" criticises the law's Event node, and the act-antecedent or
owner rules no longer also make Z criticise X (kg/extract/measures.py ``lifted_to_makers``).
A stance on an act that is no law of the article, and one said of the maker itself, stay.
Sentences of our own, about other actors than the article that showed the claim."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

# text, the stance on the law it keeps, the stance on the maker it must not make
LIFTED: list[tuple[str, Triple, Triple]] = [
    (
        "Egypt passed a new protest law in November. The United States criticised the law.",
        ("United States", "criticized", "protest law"),
        ("United States", "criticized", "Egypt"),
    ),
    (
        "The Hungarian parliament approved a new media law on Monday. "
        "The European Commission criticised the law.",
        ("European Commission", "criticized", "media law"),
        ("European Commission", "criticized", "Hungarian parliament"),
    ),
    (
        "Poland's parliament passed the Public Media Act in January. "
        "The so-called muzzle law has been criticised by the Council of Europe.",
        ("Council of Europe", "criticized", "Public Media Act"),
        ("Council of Europe", "criticized", "Poland's parliament"),
    ),
]

# text, a stance on an actor that must stay
KEPT: list[tuple[str, Triple]] = [
    # an act that is no law: its doer is still the one criticised
    (
        "Russia banned imports of Polish apples. The EU called the move illegal.",
        ("European Union", "criticized", "Russia"),
    ),
    (
        "Canada signed the deal with Nauru. The UN criticised the deal.",
        ("United Nations", "criticized", "Canada"),
    ),
    # the maker criticised by name, not through the law
    (
        "The Hungarian parliament approved a new media law on Monday. "
        "The European Commission criticised the Hungarian parliament over the law.",
        ("European Commission", "criticized", "Hungarian parliament"),
    ),
    (
        "Egypt passed a new protest law in November. "
        "Amnesty International accused Egypt of using the law to silence critics.",
        ("Amnesty International", "criticized", "Egypt"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "lifted"), LIFTED)
def test_law_stance_not_lifted_to_maker(
    extract: Any, text: str, kept: Triple, lifted: Triple
) -> None:
    """The stance on the law stays; the copy aimed at the law's maker is gone."""
    got = triples(extract(text))
    assert kept in got, sorted(got)
    assert lifted not in got, sorted(got)


@pytest.mark.parametrize(("text", "triple"), KEPT)
def test_stance_on_actor_kept(extract: Any, text: str, triple: Triple) -> None:
    """A stance on an act that is no law, or on the maker by name, is still made."""
    got = triples(extract(text))
    assert triple in got, sorted(got)
