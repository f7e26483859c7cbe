"""The attribute ruler matched by look-ups (``kg.nlp.attribute_rules``): the same matches and
the same token annotations as spaCy's own ``Matcher``, on sentences that reach the pinned
model's rarer rules (dependency rules, two-word rules, regex rules)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.nlp.attribute_rules import LookupMatch, lookup_matcher, use_lookups

SENTENCES = [
    "The ministers met in Geneva on Tuesday, but the talks broke down.",
    "I told you it was over, and you gave it to me anyway.",
    "Y'all are gonna see that there is no deal; let's wait, he said.",
    "It ain't over: the rebels got what they wanted and Ankara gets nothing.",
    "Did they sign it? They did, and that was what the envoy had wanted.",
    "C'mon, we gotta go.  Two  spaces and\na line break stay as they are.",
    "Which side fired first is not known; this is what both armies say.",
    "I hope y'all know it, and y all should vote.",
    "",
]

# token columns the ruler sets, compared between spaCy's matching and the look-ups
COLUMNS = ("TAG", "POS", "MORPH", "LEMMA", "DEP")


def _stock() -> Any:
    """The pinned pipeline as spaCy loads it (its ruler matched by spaCy's ``Matcher``)."""
    from kg.nlp.model import DEFAULT_MODEL

    return __import__(DEFAULT_MODEL).load()


@pytest.fixture(scope="module")
def stock() -> Any:
    return _stock()


def _before_ruler(nlp: Any, text: str) -> Any:
    """``text`` through the pipes before the attribute ruler."""
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "attribute_ruler":
            break
        doc = pipe(doc)
    return doc


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_matches_as_spacy(stock: Any, text: str) -> None:
    ruler = stock.get_pipe("attribute_ruler")
    doc = _before_ruler(stock, text)
    assert lookup_matcher(ruler).matches(doc) == ruler.match(doc)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_annotations_as_spacy(stock: Any, nlp: Any, text: str) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler").match, LookupMatch)
    ours, theirs = nlp(text), stock(text)
    assert ours.to_array(list(COLUMNS)).tolist() == theirs.to_array(list(COLUMNS)).tolist()
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


def test_two_patterns_of_a_rule_match_a_span_once(stock: Any) -> None:
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(stock.vocab)
    ruler.add([[{"LOWER": "the"}], [{"TAG": "DT"}]], {"LEMMA": "x"})
    doc = _before_ruler(stock, "the cat")
    assert (
        lookup_matcher(ruler).matches(doc)
        == ruler.match(doc)
        == [(0, ruler.match(doc)[0][1], 0, 1)]
    )


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "a", "OP": "?"}, {"LOWER": "cat"}],  # an operator
        [{"MORPH": {"IS_SUPERSET": ["Number=Sing"]}}],  # a set predicate on MORPH
        [{"LENGTH": {">=": 3}}],  # a comparison
    ],
)
def test_a_ruler_with_a_pattern_it_does_not_read_keeps_spacy(pattern: Any) -> None:
    nlp = _stock()
    nlp.get_pipe("attribute_ruler").add([pattern], {"LEMMA": "x"})
    assert not use_lookups(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler").match, LookupMatch)


def test_rules_added_after_fall_back_to_spacy() -> None:
    nlp, stock = _stock(), _stock()
    assert use_lookups(nlp)
    for pipeline in (nlp, stock):
        pipeline.get_pipe("attribute_ruler").add([[{"LOWER": "cat"}]], {"LEMMA": "feline"})
    assert [t.lemma_ for t in nlp("The cat sat.")] == [t.lemma_ for t in stock("The cat sat.")]
    assert nlp("The cat sat.")[1].lemma_ == "feline"
