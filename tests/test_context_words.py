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
