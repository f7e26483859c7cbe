"""Known wrong readings fixed (fp44).

A denied verdict ("said the army was not responsible") accuses no one
(kg/extract/verdicts.py ``_negated``); a relative is not its owner ("arrested his brother";
kg/extract/interactions.py ``owners_of``, ``kin_nouns``); an intransitive trigger flagged
``no_dobj`` does not fire with a direct object ("turned back the migrants from X"); discussing
something with someone is negotiating with them (kg/data/en/triggers.jsonl; "held discussions
with X" stays a meeting). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Pakistan said the Indian army was responsible for the attacks.",
            ("Pakistan", "criticized", "Indian army"),
            None,
        ),
        (
            "Pakistan said the Indian army was not responsible for the attacks.",
            None,
            ("Pakistan", "criticized", "Indian army"),
        ),
        ("Egypt said Hamas was to blame for the bombing.", ("Egypt", "criticized", "Hamas"), None),
        (
            "Egypt said Hamas was not to blame for the bombing.",
            None,
            ("Egypt", "criticized", "Hamas"),
        ),
        (
            "Nigeria held Boko Haram responsible for the attack.",
            ("Nigeria", "criticized", "Boko Haram"),
            None,
        ),
        (
            "Nigeria did not hold Boko Haram responsible for the attack.",
            None,
            ("Nigeria", "criticized", "Boko Haram"),
        ),
    ],
)
def test_verdicts_negated_verdict_accuses_no_one(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """A verdict said with "not" defends the one named; without it, it accuses them."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Omar Haddad said police had arrested his brother.",
            None,
            ("police", "sanctioned", "Omar Haddad"),
        ),
        (
            "Police arrested Omar Haddad's brother.",
            None,
            ("Police", "sanctioned", "Omar Haddad"),
        ),
        (
            "Israeli troops killed Omar Haddad's son.",
            None,
            ("Israeli troops", "attacked", "Omar Haddad"),
        ),
        ("Police arrested Omar Haddad.", ("Police", "sanctioned", "Omar Haddad"), None),
        ("Police attacked Omar Haddad's house.", ("Police", "attacked", "Omar Haddad"), None),
    ],
)
def test_interactions_relative_is_not_its_owner(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """Acting on someone's relative is not acting on them (their house still stands for them)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "The Afghan delegation turned back from Kabul.",
            ("Afghanistan", "visited", "Kabul"),
            None,
        ),
        (
            "Greek coastguard turned back the migrants from Turkey.",
            None,
            ("Greek coastguard", "visited", "Turkey"),
        ),
        (
            "The Spanish navy turned back the boats from Morocco.",
            None,
            ("Spanish navy", "visited", "Morocco"),
        ),
    ],
)
def test_interactions_no_dobj_trigger_is_intransitive(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """ "turned back from X" is a visit's return; with a direct object it turns others away."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


def test_lexicon_no_dobj_flag_is_known() -> None:
    """The flag is accepted by the trigger validation and read by ``Trigger.no_dobj``."""
    from kg.lexicon import TRIGGER_FLAGS, Trigger
    from kg.vocab import Predicate

    assert "no_dobj" in TRIGGER_FLAGS
    flagged = Trigger("turn", "VERB", Predicate.VISITED, "042", flags=frozenset({"no_dobj"}))
    assert flagged.no_dobj
    assert not Trigger("turn", "VERB", Predicate.VISITED, "042").no_dobj


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Kenya's president discussed the issue with the United States.",
            ("Uhuru Kenyatta", "negotiated_with", "United States"),
            ("Uhuru Kenyatta", "met", "United States"),
        ),
        (
            "Malaysia has discussed it with Myanmar.",
            ("Malaysia", "negotiated_with", "Myanmar"),
            ("Malaysia", "met", "Myanmar"),
        ),
        (
            "Angela Merkel met Francois Hollande in Paris.",
            ("Angela Merkel", "met", "François Hollande"),
            ("Angela Merkel", "negotiated_with", "François Hollande"),
        ),
    ],
)
def test_interactions_discussing_with_is_negotiating(
    extract: Any, text: str, expected: Triple, forbidden: Triple
) -> None:
    """Discussing something with someone is negotiating with them; a meeting stays a meeting."""
    found = triples(extract(text, published="2015-06-10"))
    assert expected in found
    assert forbidden not in found
