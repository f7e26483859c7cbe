"""Cross-paragraph pronouns of the twenty-first round: a pull quote's credit line, a
paragraph that is only a person's name, a comma and what the person is, with no verb and no
closing stop ("Joseph Kechichian, expert on Gulf affairs"), stands outside the story's flow:
a pronoun after it never takes that person up, and the story's referents run on across it
(kg/extract/coref.py ``_credit_line``). Real model; actors other than the articles the rule
came from. Paragraphs are separated by a blank line."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed, mention_pairs

PUBLISHED = "2015-05-20"

_PULL_QUOTE = "The trial may look harsh, but the judges had little choice but to hold it."

CREDIT_LINES: list[Case] = [
    # the credit of a pull quote between the story's person and the pronoun: the story's
    (
        "Pierre Kamau, a Kenyan opposition lawmaker, was arrested in Nairobi on Monday.\n\n"
        f"{_PULL_QUOTE}\n\n"
        "John Mwangi, expert on East African affairs\n\n"
        "He condemned the Kenyan police on Tuesday.",
        ("Pierre Kamau", "criticized", "Kenyan police"),
        ("John Mwangi", "criticized", "Kenyan police"),
    ),
    # a credit with a title and a body ("Director, Media Policy Center")
    (
        "Pierre Kamau, a Kenyan opposition lawmaker, was arrested in Nairobi on Monday.\n\n"
        f"{_PULL_QUOTE}\n\n"
        "Grace Wanjiru, director of the Nairobi Law Centre\n\n"
        "He condemned the Kenyan police on Tuesday.",
        ("Pierre Kamau", "criticized", "Kenyan police"),
        ("Grace Wanjiru", "criticized", "Kenyan police"),
    ),
    # an unnamed person the story's last subject: the credit does not lift the block
    (
        "A local official was arrested in Nairobi on Monday.\n\n"
        f"{_PULL_QUOTE}\n\n"
        "John Mwangi, expert on East African affairs\n\n"
        "He condemned the Kenyan police on Tuesday.",
        None,
        ("John Mwangi", "criticized", "Kenyan police"),
    ),
    # a sentence with a verb is the story's own: its person is the pronoun's
    (
        "Pierre Kamau, a Kenyan opposition lawmaker, was arrested in Nairobi on Monday.\n\n"
        "John Mwangi, an expert on East African affairs, arrived in Nairobi on Monday.\n\n"
        "He condemned the Kenyan police on Tuesday.",
        ("John Mwangi", "criticized", "Kenyan police"),
        ("Pierre Kamau", "criticized", "Kenyan police"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CREDIT_LINES)
def test_coref19_credit_lines(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A pull quote's credit line is no antecedent; the story's person runs on across it."""
    check_kept_removed(extract(text, published=PUBLISHED), kept, removed)


# the pronoun's link itself (a credit that ends the article's persons: no link at all)
CREDIT_LINKS: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None]] = [
    (
        "The court adjourned the trial in Nairobi on Monday.\n\n"
        f"{_PULL_QUOTE}\n\n"
        "John Mwangi, expert on East African affairs\n\n"
        "He returned to Kenya in March 2001.",
        None,
        ("he", "John Mwangi"),
    ),
    (
        "Pierre Kamau, a Kenyan opposition lawmaker, was arrested in Nairobi on Monday.\n\n"
        f"{_PULL_QUOTE}\n\n"
        "John Mwangi, expert on East African affairs\n\n"
        "He returned to Kenya in March 2001.",
        ("he", "Pierre Kamau"),
        ("he", "John Mwangi"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CREDIT_LINKS)
def test_coref19_credit_links(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """The pronoun after a credit line never stands for the credited person."""
    pairs = mention_pairs(extract(text, published=PUBLISHED), "pronoun")
    if kept is not None:
        assert kept in pairs, pairs
    if removed is not None:
        assert removed not in pairs, pairs
