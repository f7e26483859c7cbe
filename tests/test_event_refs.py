"""Events told around their sides (kg/extract/event_refs.py), with the real model: a
"between" phrase the parser hung away from the event noun names the event's sides."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples


def _either(found: set[tuple[str, str, str]], a: str, predicate: str, b: str) -> bool:
    return (a, predicate, b) in found or (b, predicate, a) in found


@pytest.mark.parametrize(
    ("text", "a", "predicate", "b"),
    [
        # "between" on the noun's verb
        (
            "Fierce fighting broke out in Goma between the M23 and the Congolese army on Sunday.",
            "M23",
            "attacked",
            "Congolese army",
        ),
        (
            "Heavy clashes raged overnight between the Taliban and Pakistani troops near Chaman.",
            "Taliban",
            "attacked",
            "Pakistani troops",
        ),
        (
            "Talks took place in Nairobi on Friday between the Ethiopian government and the TPLF.",
            "Ethiopian government",
            "met",
            "Tigray People's Liberation Front",
        ),
        # "between" on a place or time phrase after the noun
        (
            "Witnesses reported sporadic clashes on the outskirts of Khartoum between the "
            "RSF and the Sudanese army.",
            "Rapid Support Forces",
            "attacked",
            "Sudanese army",
        ),
        (
            "This was followed by two weeks of clashes in April between the Taliban and "
            "Afghan forces.",
            "Taliban",
            "attacked",
            "Afghan forces",
        ),
    ],
)
def test_event_refs_detached_between_names_the_sides(
    extract: Any, text: str, a: str, predicate: str, b: str
) -> None:
    """A "between" phrase hung on the event noun's verb or on a phrase after it pairs the
    sides of the event."""
    assert _either(triples(extract(text)), a, predicate, b)


@pytest.mark.parametrize(
    ("text", "pairs", "not_pairs"),
    [
        (
            "Battles erupted between Hezbollah fighters and Syrian troops on one side and the "
            "Nusra Front on another in Qalamoun on Sunday.",
            [("Hezbollah", "Nusra Front"), ("Syrian troops", "Nusra Front")],
            [("Hezbollah", "Syrian troops")],
        ),
        # the sides told after a dash, the second one wherever the parser hung it
        (
            "The spring battle of Idlib - between Turkey and the Nusra Front on one hand, and "
            "the Syrian army on the other hand - started last weekend.",
            [("Turkey", "Syrian army"), ("Nusra Front", "Syrian army")],
            [("Turkey", "Nusra Front")],
        ),
        (
            "The battle of Marib - between the Houthis on one side, and Saudi-backed "
            "government forces on the other - began last month.",
            [("Houthis", "government forces")],
            [("Houthis", "Saudi Arabia")],
        ),
        # three allies listed on one side: none of them fights another
        (
            "The battle of Raqqa - between Kurdish fighters, Syrian rebels and Arab tribes on "
            "one hand, and Islamic State militants on the other - began on Monday.",
            [("Kurdish fighters", "Islamic State"), ("Syrian rebels", "Islamic State")],
            [("Kurdish fighters", "Syrian rebels")],
        ),
    ],
)
def test_event_refs_marked_sides(
    extract: Any,
    text: str,
    pairs: list[tuple[str, str]],
    not_pairs: list[tuple[str, str]],
) -> None:
    """ "between A and B on one side and C on the other": A and B fight C, not each other."""
    found = triples(extract(text))
    assert all(_either(found, a, "attacked", b) for a, b in pairs)
    assert not any(_either(found, a, "attacked", b) for a, b in not_pairs)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a noun that takes "between" itself keeps it
        (
            "Fighting broke out near the border between Armenia and Azerbaijan.",
            "Armenia",
            "Azerbaijan",
        ),
        (
            "The fighting has displaced thousands, with tensions rising between Serbia and Kosovo.",
            "Serbia",
            "Kosovo",
        ),
        # the "between" belongs to another event of another clause (not a deal signed:
        # a signed deal's parties negotiated, ``signed_deals``)
        (
            "Talks were held in Geneva, and a rift opened between Iran and the IAEA.",
            "Iran",
            "IAEA",
        ),
    ],
)
def test_event_refs_between_of_another_word_gives_no_sides(
    extract: Any, text: str, a: str, b: str
) -> None:
    """A "between" that belongs to a relation noun or to another clause pairs no one in a
    fight or a meeting."""
    found = triples(extract(text))
    assert not any(_either(found, a, p, b) for p in ("attacked", "met", "negotiated_with"))


def test_event_refs_status_follows_the_verb(extract: Any) -> None:
    """Talks that "would be held" between two sides are not talks that happened."""
    graph = extract(
        "The consultations would be held on a one-to-one basis between the UN and the TPLF."
    )
    found = statuses(graph, ("Tigray People's Liberation Front", "met", "United Nations"))
    found |= statuses(graph, ("United Nations", "met", "Tigray People's Liberation Front"))
    assert found
    assert "occurred" not in found


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        (
            "The long-planned spring battle of Idlib - between Turkey and the Nusra Front on "
            "one hand, and the Syrian army on the other hand - started last weekend.",
            ("Turkey", "attacked", "Syrian army"),
            "occurred",
        ),
        (
            "The long-planned battle of Marib - between the Houthis on one side, and "
            "government forces on the other - will start next month.",
            ("Houthis", "attacked", "government forces"),
            "planned",
        ),
        (
            "Fighting did not break out in Goma between the M23 and the Congolese army on Sunday.",
            ("M23", "attacked", "Congolese army"),
            "denied",
        ),
    ],
)
def test_event_refs_status_of_the_sides_verb(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """A planned battle that "started" happened; one that "will start" is planned; fighting
    that "did not break out" is denied."""
    assert statuses(extract(text), triple) == {status}
