"""Mention finders that skip a paragraph, a token or a look-up on a cheap necessary test find
what they find without it (mentions60).

``find_mentions`` given the paragraph's words (``Paragraph.words``) lets each collective
finder run only where the paragraph holds one of its start words (cut once to their union),
looks for a demonym only in a paragraph that holds one, and for a possessive name or an
organisation's unit only where its body noun is; the admin-unit and collective-group finders
test the word's head first, and no gazetteer name is looked up from a word that begins no
key (``Lexicon.name_starts``) or, with a space after it, is no key's whole first word
(``Lexicon.name_firsts``). Each sentence below makes its mention through one such finder,
with the words and without them.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.context import Paragraph
from kg.lexicon import default_lexicon
from kg.resolve.entities import find_mentions, opens_no_name

# a sentence, the mention one gated finder makes in it, and what it says of the mention
GATED = [
    ("UNESCO's executive board voted on the plan on Tuesday.", "executive board", "ORG"),
    ("The Farmers' Union called a strike in Nairobi on Monday.", "Farmers' Union", "ORG"),
    ("Burkinabe soldiers guarded the palace in Ouagadougou.", "Burkinabe soldiers", "ORG"),
    ("Fighting spread to the Qatana district overnight.", "Qatana district", "GPE"),
    ("Rebels seized the Tawahi district of Aden.", "Tawahi district", "GPE"),
    ("Western powers condemned the vote in Minsk.", "Western powers", "GROUP"),
    ("Grieving families blocked the road to the airport.", "Grieving families", "GROUP"),
    ("Nigerian troops shelled the village of Gamboru.", "Nigerian troops", "ORG"),
    ("A Ugandan general was detained in Kampala on Sunday.", "Ugandan general", "PERSON"),
    ("Protesters in Harare marched to the parliament.", "Protesters", "GROUP"),
]


@pytest.mark.parametrize(("sentence", "text", "label"), GATED)
def test_entities_gated_finders_find_what_they_find_ungated(
    nlp: Any, sentence: str, text: str, label: str
) -> None:
    """With the paragraph's words the finders make the mentions they make without them,
    here each one's mention."""
    para = Paragraph(nlp(sentence), 0)
    lx = default_lexicon()
    plain = find_mentions(para.doc, lx, para.tokens, para.text, para.ents)
    gated = find_mentions(para.doc, lx, para.tokens, para.text, para.ents, para.words)
    assert gated == plain
    assert (text, label) in {(m.text, m.label) for m in gated}, [(m.text, m.label) for m in gated]


def test_entities_name_firsts_hold_every_keys_first_word() -> None:
    """Each gazetteer key's first word is a name's first word; a start of one is not."""
    lx = default_lexicon()
    firsts = lx.name_firsts()
    assert all(key.split(" ", 1)[0] in firsts for key in lx.by_alias)
    assert "kremlin" in firsts
    assert "kreml" in lx.name_starts()
    assert "kreml" not in firsts
    assert lx.name_firsts() is firsts  # made once a lexicon


@pytest.mark.parametrize(
    ("sentence", "index", "opens"),
    [
        ("Kreml officials met.", 0, True),  # a start of a first word, a space after it
        ("Kremlin officials met.", 0, False),  # a key's first word
        ("Meanwhile talks went on.", 0, True),  # starts no key at all
        ("The Kremlin said.", 0, False),  # "the" a key drops
        ("Kreml-based groups met.", 0, False),  # no space after it: a longer word may go on
    ],
)
def test_entities_opens_no_name_only_where_no_key_can_begin(
    nlp: Any, sentence: str, index: int, opens: bool
) -> None:
    """A word begins no gazetteer name only when no key starts so, or it is followed by a
    space and is no key's whole first word."""
    lx = default_lexicon()
    token = Paragraph(nlp(sentence), 0).tokens[index]
    assert opens_no_name(token, lx.name_starts(), lx.name_firsts()) is opens
