"""A removal told in the passive with no doer but a country or organisation after "from" ("was
suspended from the Arab League", "were deported from Egypt") is that body's sanction; a town
after "from", a named agent or no actor after "from" makes none. Sentences are about other
actors than the article that showed the gap (kg/extract/removal_passives.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Syria was suspended from the Arab League in 2011.",
        ("Arab League", "sanctioned", "Syria"),
    ),
    (
        "Indonesia was suspended from FIFA last month.",
        ("FIFA", "sanctioned", "Indonesia"),
    ),
    (
        "Peter Greste was deported from Egypt in February.",
        ("Egypt", "sanctioned", "Peter Greste"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # a town after "from" says where, not who
    ("Peter Greste was deported from Cairo.", ("Cairo", "sanctioned", "Peter Greste")),
    # a named agent is the doer, not the body after "from"
    (
        "Indonesia was suspended from FIFA by the AFC.",
        ("FIFA", "sanctioned", "Indonesia"),
    ),
    # an event after "from" is no body
    (
        "Kuwait was barred from the Asian Cup qualifiers.",
        ("Asian Cup", "sanctioned", "Kuwait"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_removal_passives_body_sanctions(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The country or organisation after "from" sanctioned the one the passive removed."""
    graph = extract(sentence, published="2015-05-15")
    assert claims_between(graph, *triple), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_removal_passives_not_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """No sanction from a town, a body beside a named agent, or an event after "from"."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))
