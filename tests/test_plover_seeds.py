"""Trigger seed entries of the PLOVER round 3 (tools/lexicon/seeds), each on sentences of our
own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, (subject, predicate, object), PLOVER type)
FOUND = [
    # REQUEST: asked "for" something, the one asked named by "on"/"to"
    (
        "Mali called on France for help against the rebels.",
        ("Mali", "requested", "France"),
        "REQUEST",
    ),
    (
        "Lebanon appealed to the Arab League for financial aid.",
        ("Lebanon", "requested", "Arab League"),
        "REQUEST",
    ),
    (
        "Haitian farmers pleaded with Canada for food.",
        ("Haitian civilians", "requested", "Canada"),
        "REQUEST",
    ),
]

FOUND += [
    # REJECT: a promise broken or reneged on rejects the one it was made to
    ("Zambia reneged on its commitment to Malawi.", ("Zambia", "criticized", "Malawi"), "REJECT"),
    (
        "Eritrea broke its promise to the African Union.",
        ("Eritrea", "criticized", "African Union"),
        "REJECT",
    ),
]

# (sentence, subject, PLOVER type) with no claim of that type from that subject
NOT_FOUND = [
    # the one extradited does not cooperate with anyone
    ("Spain extradited a Basque militant to France.", "Basque militant", "COOPERATE"),
    # advocating something asks nothing of anyone
    ("Hezbollah, which advocates Israel's destruction, won the seats.", "Hezbollah", "REQUEST"),
    # a call for calm names no one asked
    ("Ghana called for calm after the election.", "Ghana", "REQUEST"),
]


def _events(graph: Any) -> set[tuple[tuple[str, str, str], str]]:
    return {
        (
            (graph.entities[r.subject].label, r.predicate.value, graph.entities[r.object].label),
            r.qualifiers.event.value if r.qualifiers.event else "",
        )
        for r in graph.claims
        if r.object is not None
    }


@pytest.mark.parametrize(("sentence", "triple", "event"), FOUND)
def test_plover_seeds_entry_gives_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str
) -> None:
    """Each new seed entry gives its claim with its PLOVER type."""
    assert (triple, event) in _events(extract(sentence))


@pytest.mark.parametrize(("sentence", "subject", "event"), NOT_FOUND)
def test_plover_seeds_no_claim_without_counterpart(
    extract: Any, sentence: str, subject: str, event: str
) -> None:
    """An entry that needs a counterpart gives nothing when the sentence names none."""
    assert not any(t[0] == subject and e == event for t, e in _events(extract(sentence)))
