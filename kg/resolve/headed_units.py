"""Unnamed bodies a person's title names ("Y, the head of a community group") -> collective
mentions, one Organization of the article labelled as written ("community group"), so the
title's claim has its object. Words: ``headed_units`` of cues.json."""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.bodies import Owners, collective_item
from kg.vocab import EntityType

# the title's place in the sentence: "X, head of ...", "X is the head of ...", "X, a lawyer
# and head of ..."
_TITLE_DEPS = frozenset({"appos", "attr", "conj"})
_WORD_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})


def find_headed_units(
    tokens: list[Any], text: str, lexicon: Lexicon, owners: Owners, used: set[int]
) -> list[dict[str, Any]]:
    """A body in lower case that a person's title is "of" ("the head of a community group";
    ``headed_units`` in ``kg/data/en/cues.json``: the titles and the bodies' last words),
    with at least one word of its own in front of the last ("community group", "second
    federal police brigade"): one Organization of its article, labelled from the first such
    word to the last. Not a bare noun ("the head of the group" is the body just named), not
    one whose words are a name or another finder's (``owners``, ``used``), not a noun that
    is no body's head ("a party" of words the table leaves out: "the ruling party"), nor a
    unit of a body the text names ("the Red Cross's first aid division", "the youth unit of
    X": ``kg.resolve.bodies.find_units`` or the title's own claim)."""
    table = lexicon.cues.get("headed_units", {})
    titles = frozenset(table.get("titles", ()))
    heads = frozenset(table.get("heads", ()))
    skip = frozenset(table.get("not_words", ()))
    if not titles or not any(t.lower_ in heads for t in tokens):
        return []
    named = {i for end, (start, *_) in owners.items() for i in range(start, end)}
    found: list[dict[str, Any]] = []
    for title in tokens:
        if title.lower_ not in titles or title.dep_ not in _TITLE_DEPS:
            continue
        for prep in title.children:
            if prep.lower_ != "of" or prep.dep_ != "prep":
                continue
            item = _unit(tokens, text, prep, heads, skip, named | used)
            if item is not None:
                found.append(item)
                used.update(range(item["start"], item["end"]))
    return found


def _unit(
    tokens: list[Any],
    text: str,
    prep: Any,
    heads: frozenset[str],
    skip: frozenset[str],
    taken: set[int],
) -> dict[str, Any] | None:
    """The body the "of" phrase names, or None."""
    head = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if head is None or head.lower_ not in heads or not head.is_lower or head.pos_ != "NOUN":
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children):
        return None  # "the Red Cross's first aid division", "the youth unit of X": X's unit
    words = [t for t in head.lefts if t.dep_ not in ("det", "poss", "case")]
    if not words or any(t.dep_ not in ("amod", "compound", "nummod") for t in words):
        return None
    start = min(t.left_edge.i for t in words)
    span = tokens[start : head.i + 1]
    if (
        any(t.pos_ not in _WORD_POS or t.lower_ in skip or not t.is_alpha for t in span[:-1])
        or not taken.isdisjoint(range(start, head.i + 1))
        or any(t.dep_ == "poss" or t.tag_ == "POS" for t in span)
    ):
        return None
    written = text[span[0].idx : head.idx + len(head.text)]
    return collective_item(
        start, head.i + 1, written, written, EntityType.ORGANIZATION, scoped=True
    )
