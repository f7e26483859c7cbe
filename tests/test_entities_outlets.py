"""News outlets and the organisations events are named after: an outlet's name the model
missed before its kind ("Serbia's RTS public television broadcaster") and the body in front
of an event noun ("the NATO summit") are Organization nodes (kg/resolve/entities.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs

OUTLETS = [
    (
        "The vote was close, according to an exit poll by Serbia's RTS public television "
        "broadcaster.",
        "RTS",
    ),
    (
        "Polls closed at 8pm, according to an exit poll by Croatia's HRT public television "
        "broadcaster.",
        "HRT",
    ),
    ("The minister told Mosaique FM radio that the strike would go ahead.", "Mosaique FM"),
]


@pytest.mark.parametrize(("text", "outlet"), OUTLETS)
def test_entities_outlets_are_organisations(extract: Any, text: str, outlet: str) -> None:
    """An untagged name before an outlet's kind is an organisation."""
    types = node_types(extract(text))
    assert types.get(outlet) == "Organization", types


def test_entities_outlets_kind_heads_are_made_once() -> None:
    """The paragraph gate of the outlet finder reads the last word of every kind noun
    ("agency" of "news agency", "tv" of "TV"), lower-cased, and the set is made once for a
    set of kind nouns, not for every paragraph."""
    from kg.lexicon import default_lexicon
    from kg.resolve.entities import _kind_heads
    from kg.resolve.names import name_words

    kinds = name_words(default_lexicon().language).media_nouns
    heads = _kind_heads(kinds)
    assert heads == {k.rsplit(" ", 1)[-1].lower() for k in kinds}
    assert {"agency", "tv", "newspaper"} <= heads
    assert "news agency" not in heads
    assert _kind_heads(kinds) is heads  # a rebuild per call fails this
    assert _kind_heads(frozenset({"Radio Station"})) == {"station"}


NOT_OUTLETS = [
    # a day before the kind noun is no outlet's name
    ("The interview was published in the Sunday newspaper.", "Sunday"),
    # the rest of a name the model tagged in part is no name of its own
    ("The minister told Sawa FM radio that the border was shut.", "FM"),
    ("One witness told Sawa-FM radio that the border was shut.", "FM"),
]


@pytest.mark.parametrize(("text", "word"), NOT_OUTLETS)
def test_entities_outlets_need_a_whole_name(extract: Any, text: str, word: str) -> None:
    """A date or a piece of a tagged name before an outlet's kind makes no organisation."""
    assert word not in node_types(extract(text))


EVENT_HOSTS = [
    ("Erdogan attended the NATO summit in Warsaw on Friday.", "NATO", "NATO summit"),
    ("Blatter was re-elected at the FIFA congress in Zurich on Friday.", "FIFA", "FIFA congress"),
    (
        "Xi Jinping met Joe Biden on the sidelines of the G20 summit in Indonesia on Monday.",
        "G20",
        "G20 summit",
    ),
]


@pytest.mark.parametrize(("text", "host", "event"), EVENT_HOSTS)
def test_entities_outlets_event_host_is_a_node(
    extract: Any, text: str, host: str, event: str
) -> None:
    """The organisation an event is named after is a node beside the event."""
    types = node_types(extract(text))
    assert types.get(host) == "Organization", types
    assert types.get(event) == "Event", types


def test_entities_outlets_event_host_keeps_claims(extract: Any) -> None:
    """The host's node leaves the claims of the sentence as they were."""
    graph = extract("Erdogan attended the NATO summit in Warsaw on Friday.")
    assert pairs(graph, "visited") == {("Recep Tayyip Erdogan", "Warsaw")}


NOT_HOSTS = [
    # a city an event is held in is no organisation
    ("Leaders met at the Riyadh summit on Sunday.", "Riyadh"),
    ("Speakers at the Munich Security Conference criticised Russia.", "Munich"),
]


@pytest.mark.parametrize(("text", "place"), NOT_HOSTS)
def test_entities_outlets_event_place_is_no_host(extract: Any, text: str, place: str) -> None:
    """A place in front of an event noun makes no node of its own."""
    assert place not in node_types(extract(text))
