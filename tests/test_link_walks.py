"""Stages that walk only the tokens they can start from (perf25): the role and title stages
that read linked tokens visit ``Paragraph.linked`` (not every token asking ``links.get``), and
the pair, "former"/"latter", described-organisation and actor-pronoun stages visit the
linked tokens and the words they start from (``Paragraph.hits``). Each row is a sentence
(about other actors than the rules were written from) whose claim only that walk makes, so
a walk that missed a token loses the claim: with the walk shut the row fails."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.context import Paragraph
from tests.conftest import triples

Triple = tuple[str, str, str]

# (sentence, the claim, a word of the stage's word set or None for ``Paragraph.linked``)
WALKS: list[tuple[str, Triple, str | None]] = [
    # referred_titles: "The French president" linked to the person named before
    (
        "Emmanuel Macron arrived in Dakar on Monday. The French president met Macky Sall "
        "on Tuesday.",
        ("Emmanuel Macron", "leader_of", "France"),
        None,
    ),
    # pronoun_titles: "his spokesman X"
    (
        "Cyril Ramaphosa met his spokesman Vincent Magwenya in Pretoria on Monday.",
        ("Vincent Magwenya", "spokesperson_for", "Cyril Ramaphosa"),
        None,
    ),
    # _owner_titles: "X, <organisation> <title>, said"
    (
        "Jens Stoltenberg, NATO secretary-general, said the alliance would help Iraq.",
        ("Jens Stoltenberg", "leader_of", "NATO"),
        None,
    ),
    # link_described_orgs: "the London-based rights group" -> the organisation just named
    (
        "Amnesty International urged Peru on Monday to protect the protesters. The "
        "London-based rights group has accused Peru of killing civilians.",
        ("Amnesty International", "criticized", "Peru"),
        "watchdog",
    ),
    # link_actor_pronouns: "It recalled its ambassador" -> the country just named
    (
        "Chile condemned the attack on Monday. It recalled its ambassador from Bolivia.",
        ("Chile", "sanctioned", "Bolivia"),
        "its",
    ),
    # link_country_pairs: "The two countries" -> the two just named
    (
        "Ghana praised Togo on Monday. The two countries signed an agreement on power.",
        ("Ghana", "agreed_with", "Togo"),
        "nation",
    ),
    # link_former_latter: "the former accusing the latter"
    (
        "Talks between Serbia and Kosovo collapsed on Monday, with the former accusing the "
        "latter of bad faith.",
        ("Serbia", "criticized", "Kosovo"),
        "latter",
    ),
]


@pytest.mark.parametrize(("text", "claim", "word"), WALKS)
def test_link_walks_keep_the_claim(
    extract: Any, text: str, claim: Triple, word: str | None
) -> None:
    """The stage that walks only its tokens still makes the row's claim."""
    assert claim in triples(extract(text))


@pytest.mark.parametrize(("text", "claim", "word"), WALKS)
def test_link_walks_shut_lose_the_claim(
    extract: Any, monkeypatch: pytest.MonkeyPatch, text: str, claim: Triple, word: str | None
) -> None:
    """With the row's walk shut (no linked token, or none of the stage's words found) the
    claim is gone: the row goes through that walk."""
    if word is None:
        monkeypatch.setattr(Paragraph, "linked", lambda self: [])
    else:
        hits = Paragraph.hits

        def shut(self: Paragraph, words: frozenset[str]) -> list[int]:
            return [] if word in words else hits(self, words)

        monkeypatch.setattr(Paragraph, "hits", shut)
    assert claim not in triples(extract(text))


def test_link_walks_linked_in_token_order(nlp: Any) -> None:
    """``Paragraph.linked``: the linked tokens' indices ascending, whatever order they were
    linked in."""
    para = Paragraph(nlp("Kenya and Uganda met Tanzania in Arusha."), 0)
    para.links.clear()
    for i, label in ((4, "Tanzania"), (0, "Kenya"), (6, "Arusha"), (2, "Uganda")):
        para.links[i] = label
    assert para.linked() == [0, 2, 4, 6]
