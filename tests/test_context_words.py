"""A paragraph's word index (kg/extract/context.py ``Paragraph.words``, ``word_index``,
``hits``): the tokens a cue-driven rule starts from, found without a scan of every token."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract import Paragraph
from kg.lexicon import default_lexicon

SENTENCES = [
    "Chile sanctioned Peru on Monday and later imposed new sanctions on Bolivia.",
    "The Ghanaian envoy condemned the attack, which Togo denied, and warned of retaliation.",
    "Demonstrators in Dhaka protested against the visit of the Burmese foreign minister.",
]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a lemma finds every form of it; a lower-cased form finds itself
        (SENTENCES[0], {"sanction"}, ["sanctioned", "sanctions"]),
        (SENTENCES[0], {"sanctions", "peru"}, ["Peru", "sanctions"]),
        (SENTENCES[0], {"embargo"}, []),
        (SENTENCES[1], {"deny", "warn", "the"}, ["The", "the", "denied", "warned"]),
    ],
)
def test_context_hits_tokens_with_a_lemma_or_form(
    nlp: Any, text: str, words: set[str], expected: list[str]
) -> None:
    """``hits`` gives, in order, the tokens whose lemma or lower-cased form is one of the words."""
    para = Paragraph(nlp(text), 0)
    found = para.hits(frozenset(words))
    assert found == sorted(found)
    assert [para.tokens[i].text for i in found] == expected
    assert para.words == {t.lemma_.lower() for t in para.tokens} | {t.lower_ for t in para.tokens}


@pytest.mark.parametrize("text", SENTENCES)
def test_context_matches_on_hits_equal_a_full_scan(nlp: Any, text: str) -> None:
    """The trigger matches found on the tokens of the index's words are those of a scan of
    every token."""
    triggers = default_lexicon().triggers
    para = Paragraph(nlp(text), 0)
    found = para.matches(triggers)
    assert found  # each sentence has triggers
    assert found == triggers.match_all(para.tokens, para.columns)


def test_context_drafts_and_evidence_pickle_as_constructor_calls() -> None:
    """A draft and its evidence (what a build spools to disk) come back equal from pickle,
    through their constructors (no field look-up per object)."""
    import pickle

    from kg.extract import Draft
    from kg.model import Evidence
    from kg.vocab import Predicate, Status

    draft = Draft(
        "Ghana",
        Predicate.MET,
        "Togo",
        Status.PLANNED,
        "2024-05-01",
        "Accra",
        None,
        "040",
        (3, 40),
        0.7,
        value="x",
    )
    evidence = Evidence("a9", "Ghana will meet Togo in Accra.", 3, 40)
    for value in (draft, evidence):
        assert value.__reduce__()[0] is type(value)
        assert pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) == value


@pytest.mark.parametrize(
    "text",
    [
        # "said" (lemma "say") before the form "say": the lemma's index goes in its place
        "Ministers in Lima said on Monday that the envoys say little about the dispute.",
        "The rebels were fighting; Nepal's army fought back and the fights went on.",
        *SENTENCES,
    ],
)
def test_context_word_index_equals_a_scan_of_every_token(nlp: Any, text: str) -> None:
    """Each lower-cased form and lemma indexes the tokens that have it, ascending, each once."""
    para = Paragraph(nlp(text), 0)
    expected: dict[str, list[int]] = {}
    for i, token in enumerate(para.tokens):
        for word in dict.fromkeys((token.lower_, token.lemma_.lower())):
            expected.setdefault(word, []).append(i)
    assert para.word_index == expected
    assert para.words == frozenset(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's parliament met. It voted on Tuesday! Did Uganda object? No.",
        "One sentence only, with no end",
        SENTENCES[1],
    ],
)
def test_context_sents_equal_the_docs_sentences(nlp: Any, text: str) -> None:
    """``Paragraph.sents`` (from the columns' sentence starts) are ``Doc.sents``' bounds."""
    doc = nlp(text)
    para = Paragraph(doc, 0)
    assert para.sents == [(s.start, s.end) for s in doc.sents]
    assert para.sent_starts == [t.sent.start for t in doc]


def _left_to_collector(nlp: Any, text: str, release: bool) -> tuple[int, int]:
    """(unreachable objects the cyclic collector finds after a paragraph is dropped, tokens)."""
    import gc

    gc.collect()
    gc.disable()
    try:
        para = Paragraph(nlp(text), 0)
        count = len(para.tokens)
        if release:
            para.release()
        del para
        return gc.collect(), count
    finally:
        gc.enable()


def test_context_released_paragraph_frees_its_tokens_without_the_collector(nlp: Any) -> None:
    """A released paragraph's plain tokens hold no head or children (no cycle): dropped, they
    are freed at once; an unreleased one's wait for the cyclic collector."""
    text = SENTENCES[2]
    para = Paragraph(nlp(text), 0)
    tokens = para.tokens
    para.release()
    assert all(t.head is None and list(t.children) == [] for t in tokens)
    kept, count = _left_to_collector(nlp, text, release=False)
    assert kept >= count
    freed, _ = _left_to_collector(nlp, text, release=True)
    assert freed < count
