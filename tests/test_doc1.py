"""A body's document as the doer, and whose "it" a gerund's clause has (doc1).

1. A statement noun (``statement_nouns`` in kg/data/en/cues.json) that is the subject of its
   sentence stands for its issuers in every rule that reads the subject: its owner ("the
   European Parliament resolution", "the Norwegian government's report"), the actor "from" or
   "by" it ("a statement on Friday from the European Commission"), or the subject that gave
   it ("X said in a statement", "X adopted a resolution"); a definite ownerless one ("the
   resolution") takes up the issuers of the same noun named with them within
   ``plan_window`` sentences before (kg/extract/plans.py ``_document``). A root noun whose
   finite verb the parser made a participle on it ("The X resolution called on ...") is the
   verb's subject (kg/extract/interactions.py ``_misread_document_verb``).
   A participle of publishing gives the issuer ("the report, released by X", not "the
   letter, obtained by X"); an adjective with a complement on a document ("a report critical
   of X") has the document's issuer as its doer.
2. "praised X for declaring that it ...", "accused X of saying it ...": the gerund's act is
   the object's, so its "it" is the object, not the praiser (kg/extract/actor_coref.py,
   ``gerund_controller`` in kg/extract/discourse.py); a frame's gerund ("attacked X after
   declaring that it ...") is still the subject's; so for a person's "he"/"his"
   (kg/extract/coref.py ``_gerund_person``). "The governments of X and Y said they ...":
   "they" is X and Y (a plural government noun, as "a group of"; not "the armies of",
   ``_members``).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

_ADOPTED = "The Organization of American States adopted a resolution on Monday."
_CALLED = "The resolution called on Venezuela to release political prisoners."


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # the parser's root noun with its verb as a participle
        (
            "The European Parliament resolution called on Azerbaijan to release political "
            "prisoners.",
            "criticized",
            ("European Parliament", "Azerbaijan"),
        ),
        # "from X" after a date phrase
        (
            "A statement on Friday from the European Commission criticised Poland.",
            "criticized",
            ("European Commission", "Poland"),
        ),
        (
            "The Norwegian government's report accused Sweden of spying.",
            "criticized",
            ("Norwegian government", "Sweden"),
        ),
        # "the resolution" takes up the one the OAS adopted the sentence before
        (f"{_ADOPTED}\n{_CALLED}", "criticized", ("Organization of American States", "Venezuela")),
        # "said in a statement" gives the statement its issuer
        (
            "Chile's foreign ministry said in a statement on Monday that talks had failed.\n"
            "The statement also called on Bolivia to withdraw its claim.",
            "criticized",
            ("Chile's foreign ministry", "Bolivia"),
        ),
        # the issuer in a participle of publishing, and an adjective's document
        (
            "The report, released by Human Rights Watch on Monday, accused the Egyptian police "
            "of torturing detainees.",
            "criticized",
            ("Human Rights Watch", "Egyptian police"),
        ),
        (
            "Amnesty International published a report critical of the Egyptian government.",
            "criticized",
            ("Amnesty International", "Egyptian government"),
        ),
        # "the governments of X and Y said they": both countries
        (
            "The governments of Chile and Peru said they would send aid to the migrants.",
            "supported",
            ("Peru", "migrants"),
        ),
        # the gerund's "it" is the praised one
        (
            "Canada praised Jordan for announcing that it would shelter more Syrian refugees.",
            "supported",
            ("Jordan", "Syrian refugees"),
        ),
        (
            "France accused Russia of saying that it would arm the separatists.",
            "supported",
            ("Russia", "separatists"),
        ),
        # so for a person's "he"
        (
            "Merkel criticised Erdogan for announcing that he would visit Moscow.",
            "visited",
            ("Recep Tayyip Erdogan", "Moscow"),
        ),
    ],
)
def test_doc1_found(extract: Any, text: str, predicate: str, expected: tuple[str, str]) -> None:
    """The document's issuer acts; the gerund's "it" is its controller."""
    assert expected in pairs(extract(text, published="2021-03-08"), predicate)


@pytest.mark.parametrize(
    ("text", "predicate", "absent"),
    [
        # no resolution named before: nobody to take up
        (_CALLED, "criticized", ("Organization of American States", "Venezuela")),
        # named too long before (more than plan_window sentences)
        (
            f"{_ADOPTED}\nVenezuela rejected it.\nThe vote was close.\nDiplomats met in Lima."
            f"\nThey ate lunch.\nTalks went on.\n{_CALLED}",
            "criticized",
            ("Organization of American States", "Venezuela"),
        ),
        # another noun: a statement is not the resolution adopted
        (
            f"{_ADOPTED}\nThe statement called on Venezuela to release political prisoners.",
            "criticized",
            ("Organization of American States", "Venezuela"),
        ),
        # who obtained a letter did not write it
        (
            "The letter obtained by Reuters called on Chile to expel the diplomats.",
            "requested",
            ("Reuters", "Chile"),
        ),
        (
            "The letter, obtained by Human Rights Watch on Monday, accused the Egyptian police "
            "of torturing detainees.",
            "criticized",
            ("Human Rights Watch", "Egyptian police"),
        ),
        # a country stands for its government, not for its army
        (
            "The armies of Chile and Peru said they would attack the rebels.",
            "attacked",
            ("Peru", "rebels"),
        ),
        # the praiser does not shelter anyone
        (
            "Canada praised Jordan for announcing that it would shelter more Syrian refugees.",
            "supported",
            ("Canada", "Syrian refugees"),
        ),
        (
            "France accused Russia of saying that it would arm the separatists.",
            "supported",
            ("France", "separatists"),
        ),
        (
            "Merkel criticised Erdogan for announcing that he would visit Moscow.",
            "visited",
            ("Angela Merkel", "Moscow"),
        ),
    ],
)
def test_doc1_not_found(extract: Any, text: str, predicate: str, absent: tuple[str, str]) -> None:
    """No issuer from nowhere, from too far, from another noun or from a letter's finder;
    the praiser or accuser is not the gerund's "it"."""
    assert absent not in pairs(extract(text, published="2021-03-08"), predicate)


def test_doc1_frame_gerund_keeps_subject(extract: Any) -> None:
    """ "after declaring that it ...": a frame's gerund is the subject's own act."""
    graph = extract("Russia invaded Ukraine after declaring that it would protect the separatists.")
    assert ("Russia", "separatists") in pairs(graph, "supported")
    graph = extract("Merkel met Erdogan after announcing that she would visit Moscow.")
    assert ("Angela Merkel", "Moscow") in pairs(graph, "visited")
