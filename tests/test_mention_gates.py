"""The cheap first tests inside ``find_mentions`` (``kg.resolve.entities``): the bracketed
acronym finder runs only in a paragraph that holds "(" (``Paragraph.words``), the untagged
place finder reads a token only when it is a proper noun, and each finder of
``find_collectives`` runs only where the paragraph holds one of the words its finds start
from. Each row is a sentence (about other bodies and places than the rules were written
from) whose mention only the gated finder makes, so a gate that shut where its finder would
fire loses the mention."""

from __future__ import annotations

from typing import Any

import pytest

GATED = [
    # "<kind noun> (ACRONYM)" the model leaves untagged: ``_described_acronyms``, behind "("
    ("The players' union (AFE) called a strike.", "AFE"),
    ("The Greek football federation (EPO) fined the club.", "EPO"),
    # "the <place noun> of X", "in nearby X": ``_untagged_places``, behind the PROPN test
    ("Rebels shelled the province of Lahj on Monday.", "Lahj"),
    ("Troops advanced in nearby Lahj.", "Lahj"),
    # "X <admin noun>" (``_admin_unit``, called from the same loop)
    ("Shells hit the Tawahi district of Aden on Sunday.", "Tawahi district"),
    # the finders of ``find_collectives``, each behind its words
    ("The internationally recognised government returned to Aden.", "recognised government"),
    ("Kenyan troops shelled the town on Monday.", "Kenyan troops"),
    ("World leaders condemned the attack on Paris.", "World leaders"),
    ("Local fishermen blocked the port in Mombasa.", "Local fishermen"),
    ("The eurozone rejected the Greek proposal.", "eurozone"),
]


@pytest.mark.parametrize(("sentence", "text"), GATED)
def test_mention_gates_keep_the_gated_finder(nlp: Any, sentence: str, text: str) -> None:
    """find_mentions with the paragraph's words finds what it finds without them, and the
    gated finder's mention is among them."""
    from kg.extract.context import Paragraph
    from kg.lexicon import default_lexicon
    from kg.resolve.entities import find_mentions

    para = Paragraph(nlp(sentence), 0)
    lx = default_lexicon()
    plain = find_mentions(para.doc, lx, para.tokens, para.text, para.ents)
    gated = find_mentions(para.doc, lx, para.tokens, para.text, para.ents, para.words)
    assert gated == plain
    assert any(text in m.text for m in gated), [m.text for m in gated]
