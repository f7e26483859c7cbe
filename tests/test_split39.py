"""One node per actor where the article names it two ways (split39). Sentences of our own,
about other actors than the articles the rules were learned from.

1. A name the model read as a person's, with an upper-case acronym in brackets right after
   it (or after its possessive) that the model tags an organisation, is that organisation:
   its name ends in an organisation's head ("the centrist Liberal Platform (LO)") or holds
   the acronym's letters in order ("Herri Batasuna's (HB) campaign"); kg/resolve/entities.py
   ``_acronyms``, ``_org_read_as_person``, ``_bracket_owner``. A person's name with a
   bracketed acronym of no such kind ("Mohammed Ali (AFP)") stays a person.
2. A country's "Government" written capitalised ("the Bolivian Government") is the
   country's government, as "the Chilean Army" is its army (``country_body_names`` in
   kg/data/en/cues.json); a named government ("the Government of National Accord") is not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_by_label, nodes_of

# text, names that must be one node, names that must be apart
ONE_NODE: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (
        "After four years in power, the centrist Liberal Platform (LO) - associated with "
        "Kovacs - is running neck and neck in the polls. The LO denies it.",
        ("Liberal Platform", "LO"),
        (),
    ),
    (
        "Herri Batasuna's (HB) campaign for independence angered Madrid. HB denied the charges.",
        ("Herri Batasuna", "HB"),
        (),
    ),
    (
        "Mohammed Ali (AFP) said the talks had failed. AFP reported it on Monday.",
        (),
        ("Mohammed Ali", "AFP"),
    ),
]


@pytest.mark.parametrize(("text", "together", "apart"), ONE_NODE)
def test_split39_one_node(
    extract: Any, text: str, together: tuple[str, ...], apart: tuple[str, ...]
) -> None:
    """Names of one actor are one node; names of two actors are two."""
    graph = extract(text)
    if together:
        assert len(nodes_of(graph, together)) == 1, together
    if apart:
        ids = [nodes_of(graph, (name,)) for name in apart]
        assert all(ids), apart
        assert ids[0].isdisjoint(ids[1]), apart


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("The Bolivian Government protested on Monday.", "Bolivian Government", "BO"),
        ("The talks stalled, the Ghanaian Government said.", "Ghanaian Government", "GH"),
    ],
)
def test_split39_capitalised_government(
    extract: Any, text: str, written: str, country: str
) -> None:
    """A country's capitalised "Government" is the country's government collective."""
    graph = extract(text)
    (node_id,) = nodes_of(graph, (written,))
    node = graph.entities[node_id]
    assert (node.country, node.sector) == (country, "GOV")


def test_split39_named_government_kept(extract: Any) -> None:
    """A government with a name of its own is no country's generic government."""
    graph = extract("The Government of National Accord rejected the plan on Monday.")
    node = nodes_by_label(graph)["Government of National Accord"]
    assert node.sector is None
