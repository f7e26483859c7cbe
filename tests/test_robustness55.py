"""Claims that survive an aside between the subject and its verb (robust55).

A spaced ASCII hyphen is parsed as the dash it stands for ("Kenya - the region's biggest
economy - criticised Uganda", ``kg.nlp.dashes``), and an opening name an aside cut from its
verb is its subject again ("Chile, however, will meet Peru", ``kg.nlp.subjects``); the
metamorphic harness is ``bench/robustness.py``. Sentences of our own, about other actors than
the harness's bases.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples

# each base claim, rewritten with a dash pair, a participle clause and "however"
ASIDES: list[Case] = [
    (
        "Kenya - the region's biggest economy - criticised Uganda over the border closure.",
        ("Kenya", "criticized", "Uganda"),
        None,
    ),
    (
        "Kenya, citing security concerns, criticised Uganda over the border closure.",
        ("Kenya", "criticized", "Uganda"),
        None,
    ),
    (
        "Kenya, however, criticised Uganda over the border closure.",
        ("Kenya", "criticized", "Uganda"),
        None,
    ),
    (
        "Egypt - long a regional power - deployed warships off the coast of Libya.",
        ("Egypt", "mobilized", "Libya"),
        None,
    ),
    (
        "Egypt, citing security concerns, deployed warships off the coast of Libya.",
        ("Egypt", "mobilized", "Libya"),
        None,
    ),
    (
        "Egypt, however, deployed warships off the coast of Libya.",
        ("Egypt", "mobilized", "Libya"),
        None,
    ),
    (
        "Peru - a founding member - praised Bolivia for hosting the summit.",
        ("Peru", "supported", "Bolivia"),
        None,
    ),
    (
        "Peru, citing the costs, praised Bolivia for hosting the summit.",
        ("Peru", "supported", "Bolivia"),
        None,
    ),
    (
        "Peru, however, praised Bolivia for hosting the summit.",
        ("Peru", "supported", "Bolivia"),
        None,
    ),
    (
        "Chile - the host of the summit - held talks with Peru in Lima.",
        ("Chile", "met", "Peru"),
        None,
    ),
    (
        "Chile, citing security concerns, held talks with Peru in Lima.",
        ("Chile", "met", "Peru"),
        None,
    ),
    ("Chile, however, will meet Peru next week.", ("Chile", "met", "Peru"), None),
    # the name inside the aside is not the subject
    (
        "Kenya - unlike Uganda - denounced the closure of the border by Tanzania.",
        ("Kenya", "criticized", "Tanzania"),
        ("Uganda", "criticized", "Tanzania"),
    ),
    (
        "Vietnam - which Laos accused of spying - held talks with Cambodia.",
        ("Cambodia", "met", "Vietnam"),
        ("Cambodia", "met", "Laos"),
    ),
    (
        "Peru, unlike Bolivia, praised Chile for hosting the summit.",
        None,
        ("Bolivia", "supported", "Chile"),
    ),
    (
        "Kenya, unlike Uganda, denounced the closure of the border by Tanzania.",
        None,
        ("Uganda", "criticized", "Tanzania"),
    ),
    (
        "Kenya, which Uganda criticised, held talks with Tanzania.",
        None,
        ("Uganda", "met", "Tanzania"),
    ),
    (
        "Peru, whose president Bolivia praised, criticised Chile.",
        None,
        ("Bolivia", "criticized", "Chile"),
    ),
    (
        "Peru - a rival of Bolivia - praised Chile for hosting the summit.",
        None,
        ("Bolivia", "supported", "Chile"),
    ),
    (
        "Vietnam - a neighbour of Laos - held talks with Cambodia.",
        None,
        ("Cambodia", "met", "Laos"),
    ),
    (
        "Kenya - an ally of Uganda - criticised Tanzania over the border closure.",
        None,
        ("Uganda", "criticized", "Tanzania"),
    ),
    # a speaker's aside: the opening name is the reported clause's subject, not the speaker's
    (
        "Turkey, Greece said, had deployed warships off the coast of Cyprus.",
        None,
        ("Greece", "mobilized", "Cyprus"),
    ),
    ("Uganda, Kenya said, had attacked its border posts.", None, ("Kenya", "attacked", "Uganda")),
    ("Chile, Peru said, will meet Bolivia next week.", None, ("Peru", "met", "Bolivia")),
    # an opening place or a dash after the claim gives no subject
    (
        "In Kenya, citing security concerns, police arrested three Ugandan traders.",
        None,
        ("Kenya", "sanctioned", "Ugandan traders"),
    ),
    (
        "Egypt deployed warships off the coast of Libya - a move Tunisia condemned.",
        None,
        ("Tunisia", "mobilized", "Libya"),
    ),
    # a hyphen that joins words stays a hyphen
    ("The Kenya-Uganda border was closed on Monday.", None, ("Kenya", "criticized", "Uganda")),
    ("Kenya - Uganda relations worsened after the talks.", None, ("Kenya", "met", "Uganda")),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ASIDES)
def test_robustness_claim_survives_an_aside(
    extract: Any, text: str, expected: Any, absent: Any
) -> None:
    """A claim is read past a dash pair, a participle clause or "however"; no other."""
    found = triples(extract(text, published="2015-06-05"))
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


def test_dashes_keep_the_text(nlp: Any) -> None:
    """The parsed Doc has the file's text: the spaced hyphen is put back after the parse."""
    text = "Kenya - the region's biggest economy - criticised a well-known Ugandan firm."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc if "-" in t.text] == ["-", "-", "-"]
    assert next(t for t in doc if t.text == "Kenya").dep_ == "nsubj"


@pytest.mark.parametrize(
    ("text", "word", "dep"),
    [
        ("Chile, however, will meet Peru next week.", "Chile", "nsubj"),
        ("Jordan, citing security concerns, took part in the talks with Syria.", "Jordan", "nsubj"),
        # the verb has its own subject: the opening words stay what the parser made them
        ("Last week, citing security concerns, the police arrested three men.", "week", "npadvmod"),
        ("In Kenya, citing security concerns, police arrested three men.", "Kenya", "pobj"),
    ],
)
def test_subjects_opening_name_of_a_subjectless_verb(
    nlp: Any, text: str, word: str, dep: str
) -> None:
    """An opening name hung on a subjectless verb past an aside is its subject again."""
    assert next(t for t in nlp(text) if t.text == word).dep_ == dep


def test_dashes_keep_a_sentence_the_dash_would_break(nlp: Any) -> None:
    """Where the dash's parse breaks a sentence at no sentence end (here at the colon),
    the hyphen's parse is kept: the list stays in its sentence."""
    text = (
        "Arguably the most divided coalition in Kenya's history - and that is saying "
        "something - consists of four parties: Jubilee, Wiper, Ford Kenya and the Orange "
        "Democratic Movement."
    )
    assert len(list(nlp(text).sents)) == 1
    swapped = nlp(text.replace(" - ", " \u2013 "))  # the dash's own parse breaks it
    assert len(list(swapped.sents)) == 2
