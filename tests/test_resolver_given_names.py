"""Resolver: a given name alone ("Mohammed was sentenced") is the article's one person of
that given name, in any of its spellings; with two such people it names neither."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    # text, the given name written alone, the node it must be a mention of (None: its own)
    (
        "Mohamed Soltan, an Egyptian-American activist, was released on Saturday. Last "
        "month, Mohammed was sentenced to life in prison.",
        "Mohammed",
        "Mohamed Soltan",
    ),
    (
        'Pavin Chachavalpongpun, a Thai academic, fled to Japan. "They would call students '
        'and threaten them," said Pavin.',
        "Pavin",
        "Pavin Chachavalpongpun",
    ),
    (
        "Ali Salman and Ali Mushaima were jailed on Tuesday. Ali said he would appeal.",
        "Ali",
        None,
    ),
]


@pytest.mark.parametrize(("text", "given", "node"), CASES)
def test_resolver_given_name_alone_is_the_one_person(
    extract: Any, text: str, given: str, node: str | None
) -> None:
    """A lone given name joins the article's one full name that starts with it."""
    graph = extract(text, published="2015-05-20")
    owners = {
        graph.entities[e].label
        for e, ms in graph.mentions.items()
        if any(m.text == given and m.kind == "name" for m in ms)
    }
    if node is None:
        assert not owners & {"Ali Salman", "Ali Mushaima"}, owners
    else:
        assert owners == {node}, owners


KIN = [
    (
        "Police arrested Zainab Hassani on Tuesday. Her husband, Karim Hassani, confirmed the "
        "arrest. Amnesty International condemned the arrest of Hassani.",
        "Zainab Hassani",
    ),
    (
        "A court jailed Jason Okafor on Monday. His brother Ali Okafor said the trial was "
        "unfair. Human Rights Watch criticised the court for jailing Okafor.",
        "Jason Okafor",
    ),
]


@pytest.mark.parametrize(("text", "main"), KIN)
def test_resolver_surname_shared_with_a_relative_is_the_main_person(
    extract: Any, text: str, main: str
) -> None:
    """A bare surname two people share is the one not introduced as the other's relative."""
    graph = extract(text, published="2015-05-20")
    surname = main.split()[-1]
    owners = {
        graph.entities[e].label
        for e, ms in graph.mentions.items()
        if any(m.text == surname and m.kind == "name" for m in ms)
    }
    assert owners == {main}, owners
