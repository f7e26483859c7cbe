"""A quoted charge name is no statement (fp66): 'faces charges including "propaganda against
the state"', 'was charged with "spreading false news"', and the quotes listed after such a
one, name charges; the one who reports them did not say those words (kg/extract/quotes.py
``_charge_name``, ``charge_names`` in cues.json). Sentences of our own, about other people
than the article that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, speaker, quoted words said (True) or not (False))
CASES: list[tuple[str, str, str, bool]] = [
    (
        'Maria Ressa said she faces charges including "propaganda against the system" '
        'and "insulting the supreme leader of the country".',
        "Maria Ressa",
        "propaganda against the system",
        False,
    ),
    (
        'Maria Ressa said she faces charges including "propaganda against the system" '
        'and "insulting the supreme leader of the country".',
        "Maria Ressa",
        "insulting the supreme leader of the country",
        False,
    ),
    (
        'Ahmed Mansoor told the group that he faces three charges including "spreading false '
        'news abroad", "insulting the nation\'s symbols", and "harming the reputation of the '
        'state".',
        "Ahmed Mansoor",
        "harming the reputation of the state",
        False,
    ),
    (
        'Alaa Abd El-Fattah said he was charged with "spreading false news about the state".',
        "Alaa Abd El-Fattah",
        "spreading false news about the state",
        False,
    ),
    # words said stay statements, listed or not
    (
        'Angela Merkel said "the court has no right to judge me" on Monday.',
        "Angela Merkel",
        "the court has no right to judge me",
        True,
    ),
    (
        'Barack Obama told reporters that "the war is over" and "our troops will come home".',
        "Barack Obama",
        "our troops will come home",
        True,
    ),
]


def _said(graph: Any, speaker: str) -> set[str]:
    """The words the graph has the speaker state."""
    return {
        r.value
        for r in graph.claims
        if r.predicate.value == "stated" and graph.entities[r.subject].label == speaker
    }


@pytest.mark.parametrize(("sentence", "speaker", "words", "said"), CASES)
def test_charge_names_are_no_statements(
    extract: Any, sentence: str, speaker: str, words: str, said: bool
) -> None:
    """A quoted charge name is not stated by whoever reports it; a quote of speech is."""
    got = _said(extract(sentence), speaker)
    assert (words in got) is said, sorted(got)
