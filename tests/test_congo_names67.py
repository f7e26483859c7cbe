"""The two Congos by the names news writes (kg/data/countries.csv, aliases): bare "Congo" is
the Democratic Republic of the Congo, as its demonym "Congolese" already was, and no City;
"Congo Republic" is the Republic of the Congo, as "Republic of Congo" was (a longer name
still wins over the bare "Congo" inside it). Sentences of our own
about actors of neither benchmark."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import event_claim

# (sentence, the Congo's label as written, its ISO code, a claim it is a party to)
CONGOS = [
    (
        "Burundi accused Congo of sheltering the rebels.",
        "Congo",
        "CD",
        ("Burundi", "criticized", "Congo"),
    ),
    ("Angola sent troops to Congo.", "Congo", "CD", ("Angola", "mobilized", "Congo")),
    (
        "The Democratic Republic of Congo accused Uganda of backing the rebels.",
        "Democratic Republic of the Congo",
        "CD",
        ("Democratic Republic of the Congo", "criticized", "Uganda"),
    ),
    (
        "Cameroon accused the Congo Republic of harbouring rebels.",
        "Congo Republic",
        "CG",
        ("Cameroon", "criticized", "Congo Republic"),
    ),
    (
        "Gabon signed a trade deal with the Republic of Congo.",
        "Republic of the Congo",
        "CG",
        ("Gabon", "agreed_with", "Republic of the Congo"),
    ),
]


@pytest.mark.parametrize(("sentence", "label", "iso", "claim"), CONGOS)
def test_congo_names_the_country(
    extract: Any, sentence: str, label: str, iso: str, claim: tuple[str, str, str]
) -> None:
    """Each name of a Congo is that country (typed Country, with its ISO code), an actor of
    the sentence's claim."""
    graph = extract(sentence, published="2015-05-15")
    (node,) = [e for e in graph.entities.values() if e.label == label]
    assert (node.type.value, node.iso) == ("Country", iso)
    event_claim(graph, *claim, None)
