"""Walks along coordination in a parse ("X and Y", "X, Y or Z"), written once for the
extraction and resolution stages: the parser hangs each later conjunct on the first
(``conj``), so a rule that asks what role a list plays asks it of the list's first word.
"""

from __future__ import annotations

from typing import Any


def first_conjunct(token: Any, *, leftward: bool = False, head_pos: str | None = None) -> Any:
    """The first of the words coordinated with ``token``: the top of the ``conj`` arcs above
    it ("the captain and chief engineer were detained": "captain" for "engineer"), or the
    token itself when it is no conjunct. The first word holds the list's role in the clause
    (its ``dep_`` and head) for every word of the list.

    ``leftward`` climbs only to heads before the word (the parser may hang a conjunct on a
    later word); ``head_pos`` only to heads of that part of speech ("NOUN": within a list of
    nouns, not onto a verb the parser coordinated a noun with). The walk stops at the root
    whatever its label.

    >>> import spacy
    >>> doc = spacy.blank("en")("Kenya , Uganda and Chad")
    >>> for i, head in ((2, 0), (4, 2)):
    ...     doc[i].head, doc[i].dep_ = doc[head], "conj"
    >>> first_conjunct(doc[4]).text, first_conjunct(doc[0]).text
    ('Kenya', 'Kenya')
    """
    while token.dep_ == "conj":
        head = token.head
        if head.i == token.i or (leftward and head.i > token.i):
            break
        if head_pos is not None and head.pos_ != head_pos:
            break
        token = head
    return token
