"""Mentions and drafts made with less work, and stage choices kept under fewer keys, the
same values as before (perf42).

``SpanMention`` (kg/resolve/entities.py), ``Draft`` (kg/extract/context.py) and ``Sighting``
(kg/extract/discourse.py) are plain slotted dataclasses hashed by their fields, no longer
``frozen``: a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``.
What the rules rely on must stay: equal fields make equal, same-hashed values (set and dict
keys: the resolver's and the claims' de-duplication), one field apart makes another value,
``dataclasses.replace`` makes a new value and leaves the old one as it was, and a value
survives pickling (a build spools its drafts). Then sentences of our own through the real
model: names trimmed of their titles, a claim between two people, a place and its country,
and nothing made where there is nothing. Last, ``_CueBits.runnable`` (kg/extract/stages.py)
keeps a pass's choice of stages under the paragraph's bits of that pass's stages only.
"""

from __future__ import annotations

import pickle
from dataclasses import replace
from typing import Any

import pytest

from kg.extract.context import Draft
from kg.extract.discourse import Sighting
from kg.resolve.entities import SpanMention
from kg.vocab import Predicate, Status
from tests.conftest import node_types, triples


def _draft(**changes: Any) -> Draft:
    fields: dict[str, Any] = {
        "subject": "Gabriel Boric",
        "predicate": Predicate.MET,
        "object": "Javier Gonzalez-Olaechea",
        "status": Status.OCCURRED,
        "date": "2025-08-05",
        "place": "Santiago",
        "title": None,
        "cameo": "040",
        "sentence": (0, 98),
        "confidence": 0.8,
    }
    return Draft(**{**fields, **changes})


_MENTION = SpanMention(1, 3, "Gabriel Boric", "PERSON", "President")

_VALUES = [
    (_MENTION, SpanMention(1, 3, "Gabriel Boric", "PERSON", "President")),
    (
        SpanMention(0, 1, "Chilean", "NORP", None, True),
        SpanMention(0, 1, "Chilean", "NORP", None, True),
    ),
    (_draft(), _draft()),
    (_draft(value="2"), _draft(value="2")),
    # a sighting is its sentence and token index: paragraph, token and label not compared
    (Sighting(4, 7, None, None, "Ghana"), Sighting(4, 7, None, "token", "Accra")),  # type: ignore[arg-type]
]

_APART = [
    (_MENTION, SpanMention(1, 4, "Gabriel Boric", "PERSON", "President")),  # its end
    (_MENTION, SpanMention(1, 3, "Gabriel Boric", "PERSON")),  # its title
    (_MENTION, replace(_MENTION, sector="GOV")),  # a field with a default
    (_draft(), _draft(confidence=0.7)),
    (_draft(), _draft(sentence=(0, 97))),
    (_draft(), _draft(object=None, value="3")),
    (Sighting(4, 7, None, None, "Ghana"), Sighting(4, 8, None, None, "Ghana")),  # type: ignore[arg-type]
    (Sighting(4, 7, None, None, "Ghana"), Sighting(5, 7, None, None, "Ghana")),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("one", "other"), _VALUES)
def test_perf42_equal_fields_are_one_value(one: Any, other: Any) -> None:
    """Made twice from the same fields: equal, hashed alike, one key of a set or dict."""
    assert one == other
    assert hash(one) == hash(other)
    assert len({one, other}) == 1
    assert {one: 1}[other] == 1


@pytest.mark.parametrize(("one", "other"), _APART)
def test_perf42_a_field_apart_is_another_value(one: Any, other: Any) -> None:
    """One field apart: two values, two keys (not merged by the de-duplication)."""
    assert one != other
    assert len({one, other}) == 2


@pytest.mark.parametrize(
    ("value", "changes"),
    [(_MENTION, {"end": 4, "label": "ORG"}), (_draft(), {"confidence": 0.5, "place": None})],
)
def test_perf42_replace_leaves_the_old_value(value: Any, changes: dict[str, Any]) -> None:
    """``replace`` makes a new value with the changes; the one it was made from is unchanged
    (still equal to, and hashed as, a copy made before)."""
    before = pickle.loads(pickle.dumps(value))
    changed = replace(value, **changes)
    assert changed != value
    assert all(getattr(changed, k) == v for k, v in changes.items())
    assert value == before
    assert hash(value) == hash(before)


@pytest.mark.parametrize("value", [_MENTION, _draft(), _draft(value="12")])
def test_perf42_pickled_values_come_back_equal(value: Any) -> None:
    """A pickled mention or draft (drafts are spooled to disk) comes back equal, same type."""
    back = pickle.loads(pickle.dumps(value))
    assert back == value
    assert type(back) is type(value)
    assert hash(back) == hash(value)


@pytest.mark.parametrize(
    ("text", "found", "types"),
    [
        (
            # titles trimmed from both names (``clean_span``), a meeting between the two,
            # and each one's country
            "Chilean President Gabriel Boric met Peruvian Foreign Minister Javier "
            "Gonzalez-Olaechea in Santiago on Tuesday.",
            {
                ("Gabriel Boric", "met", "Javier Gonzalez-Olaechea"),
                ("Gabriel Boric", "leader_of", "Chile"),
                ("Javier Gonzalez-Olaechea", "member_of", "Peru"),
            },
            {"Gabriel Boric": "Person", "Santiago": "City", "Peru": "Country"},
        ),
        (
            # a collective's mention ("the Ecuadorian police") and an accusation
            "Protesters in Quito accused the Ecuadorian police of beating students.",
            {("Protesters", "criticized", "Ecuadorian police")},
            {"Ecuadorian police": "Organization", "Quito": "City"},
        ),
    ],
)
def test_perf42_mentions_and_claims_as_before(
    extract: Any, text: str, found: set[tuple[str, str, str]], types: dict[str, str]
) -> None:
    """Mentions and claims through the real model, as the build made them before."""
    graph = extract(text)
    assert found <= triples(graph), triples(graph)
    assert types.items() <= node_types(graph).items(), node_types(graph)
    assert not any(label.startswith(("President", "Foreign")) for label in node_types(graph))


def test_perf42_the_same_sentence_twice_makes_no_new_entity(extract: Any) -> None:
    """A sentence written twice names the same people: no second node for either."""
    text = "Chilean President Gabriel Boric met Peruvian Foreign Minister Javier Gonzalez-Olaechea."
    once, twice = extract(text), extract(f"{text} {text}")
    assert node_types(once) == node_types(twice)
    assert triples(once) == triples(twice)


@pytest.mark.parametrize(
    "text",
    [
        "The statement was condemned on Monday.",  # no name: no mention, no claim
        "It rained in the afternoon and the roads were closed.",
    ],
)
def test_perf42_nothing_named_nothing_made(extract: Any, text: str) -> None:
    """A sentence with no name makes no entity and no claim."""
    graph = extract(text)
    assert not graph.entities
    assert not graph.claims


# a pass's paragraph stages as ``_passes`` makes them: (function, cue bit, linked); 0 runs always
_EACH = (("always", 0, False), ("cued1", 1 << 1, False), ("cued3", 1 << 3, True), ("last", 0, True))
_OTHER = 1 << 2 | 1 << 5  # bits of another pass's stages


@pytest.mark.parametrize(
    ("mask", "runs"),
    [
        (0, ["always", "last"]),  # no cue of the pass: the uncued stages only
        (1 << 1, ["always", "cued1", "last"]),
        (1 << 3, ["always", "cued3", "last"]),
        (1 << 1 | 1 << 3, ["always", "cued1", "cued3", "last"]),
        (_OTHER, ["always", "last"]),  # another pass's bits choose none of these
        (_OTHER | 1 << 3, ["always", "cued3", "last"]),
    ],
)
def test_perf42_stages_chosen_by_the_pass_own_bits(mask: int, runs: list[str]) -> None:
    """``_CueBits.runnable`` keeps its choice under the mask's bits of the pass's own stages:
    masks that differ only in another pass's bits share one choice, the same as each would
    make alone, in the pass's order; a stage whose bit is not set is not chosen."""
    from kg.extract.stages import _CueBits

    alone, shared = _CueBits(), _CueBits()
    shared.runnable(_EACH, mask ^ _OTHER)  # a mask with the other pass's bits turned over
    for bits in (alone, shared):
        chosen = bits.runnable(_EACH, mask)
        assert [run for run, _ in chosen] == runs
        assert dict(chosen)["last"] is True
    assert len(shared.runs) == 1  # one choice for both masks
