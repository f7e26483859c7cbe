"""Heads of state named by a bare title ("President Kagame", "Prime Minister Nikola Gruevski")
in an article that does not name their country beside them: the dated tenures of
``kg/data/roles.jsonl`` give the owner (issue 13, act35). The tenure's dates decide: a title
read after the holder left office gets no owner from the data; another country named in the
same sentence is not the owner; a bare surname without a title is no claim."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # published, sentence, expected triple
    (
        "2015-06-10",
        "President Yoweri Museveni met Kenyan officials in Nairobi on Tuesday.",
        ("Yoweri Museveni", "leader_of", "Uganda"),
    ),
    (
        "2015-06-10",
        "Prime Minister Nikola Gruevski refused to resign on Sunday, despite protests in Skopje.",
        ("Nikola Gruevski", "leader_of", "North Macedonia"),
    ),
    (
        "2015-06-10",
        "President Otto Perez Molina denied any part in the customs fraud ring.",
        ("Otto Perez Molina", "leader_of", "Guatemala"),
    ),
    (
        "2015-06-10",
        "President Hery Rajaonarimampianina survived an impeachment vote on Friday.",
        ("Hery Rajaonarimampianina", "leader_of", "Madagascar"),
    ),
    (
        "2021-06-10",
        "Opposition deputies walked out, while President Felix Tshisekedi called for calm.",
        ("Felix Tshisekedi", "leader_of", "Democratic Republic of the Congo"),
    ),
]

ABSENT = [
    # published, sentence, triple that must not be read
    # the tenure ended before the article: no owner from the data
    (
        "2017-06-10",
        "Prime Minister Nikola Gruevski refused to resign on Sunday, despite protests in Skopje.",
        ("Nikola Gruevski", "leader_of", "North Macedonia"),
    ),
    # another country in the sentence is not the head of state's
    (
        "2015-06-10",
        "President Yoweri Museveni met Kenyan officials in Nairobi on Tuesday.",
        ("Yoweri Museveni", "leader_of", "Kenya"),
    ),
    # a bare surname, no title: no claim
    (
        "2015-06-10",
        "Kagame's party said on Friday that it would back a constitutional change.",
        ("Paul Kagame", "leader_of", "Rwanda"),
    ),
]


@pytest.mark.parametrize(("published", "text", "triple"), FOUND)
def test_dated_head_of_state_found(
    extract: Any, published: str, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in triples(extract(text, published=published))


@pytest.mark.parametrize(("published", "text", "triple"), ABSENT)
def test_dated_head_of_state_absent(
    extract: Any, published: str, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple not in triples(extract(text, published=published))
