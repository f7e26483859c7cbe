"""``Paragraph.unlinked``: a paragraph the rules can run on again shares what depends on the
Doc alone and carries none of the links the first run made (the driver's re-runs use it)."""

from __future__ import annotations

from typing import Any

from kg.extract.context import Paragraph


def test_unlinked_shares_the_doc_reads_and_drops_links(nlp: Any) -> None:
    """The tokens built once are shared; links, groups and officials start empty."""
    para = Paragraph(nlp("Kenyan police arrested two men in Mombasa on Friday."), 0)
    tokens = para.tokens
    para.links[0] = "Q114"
    para.groups[1] = ["Q114"]
    again = para.unlinked()
    assert again.tokens is tokens
    assert again.text == para.text
    assert (again.links, again.groups, again.officials) == ({}, {}, {})
    assert again.doc is para.doc
    assert again.offset == para.offset


def test_tokens_made_tells_whether_a_paragraph_built_its_tokens(nlp: Any) -> None:
    """A new paragraph has made no tokens; once read, they are made, and a copy shares them."""
    para = Paragraph(nlp("The Chilean navy rescued twelve fishermen."), 0)
    assert not para.tokens_made
    assert para.tokens
    assert para.tokens_made
    assert para.unlinked().tokens_made
