"""perf60: rules that skip their own work on their own evidence give the answers of the rules
that did it all. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract import interactions
from tests.conftest import triples

SUBJECTLESS = [
    # a trigger verb with no subject of its own or up its chain: nothing to pair
    ("Plans to sanction Venezuela were discussed in Lima on Monday.", None),
    ("Efforts to punish Belarus stalled after the vote in Vilnius.", None),
    # the ways a subjectless verb still finds its doer: a gerund's sides; beside a
    # subjectless one, a vow's own subject
    (
        "Fighting between Tuareg rebels and the Malian army has displaced thousands.",
        ("Tuareg rebels", "attacked", "Malian army"),
    ),
    (
        "Clashes erupted after calls to attack Armenia, and Azerbaijan vowed to retaliate "
        "against Armenia.",
        ("Azerbaijan", "threatened", "Armenia"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), SUBJECTLESS)
def test_perf60_subjectless_verb_gate_keeps_claims(
    extract: Any, monkeypatch: pytest.MonkeyPatch, text: str, claim: Any
) -> None:
    """A trigger verb with no subject skips its objects only when no way to a doer is left:
    the claims are those of the verb that looked for them all."""
    gated = triples(extract(text))
    if claim is not None:
        assert claim in gated, gated
    asked: list[bool] = []
    check = interactions._doer_found_later

    def ungated(*args: Any) -> bool:
        asked.append(check(*args))
        return True  # every subjectless verb reads its objects, as before perf60

    monkeypatch.setattr(interactions, "_doer_found_later", ungated)
    assert triples(extract(text)) == gated
    assert asked, "no subjectless trigger verb: the sentence does not test the gate"


def test_perf60_gate_skips_a_verb_with_no_doer(
    extract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gate does skip: a to-infinitive under a passive's subject has no doer and no way
    to one (else the cut saves nothing)."""
    asked: list[bool] = []
    check = interactions._doer_found_later

    def counted(*args: Any) -> bool:
        asked.append(check(*args))
        return asked[-1]

    monkeypatch.setattr(interactions, "_doer_found_later", counted)
    extract(SUBJECTLESS[0][0])
    assert False in asked, asked


PAIRS = [
    # the pair noun in the last paragraph that holds one with "the two"
    (
        "Iran praised Syria on Monday.\n\nThe two countries signed a trade deal in Tehran.",
        ("Iran", "Syria"),
    ),
    # paragraphs after it, one with "countries" and no "two" or "both": not read, no change
    (
        "Chile welcomed Peru's president on Monday.\n\n"
        "Both countries agreed to end the dispute.\n\n"
        "Other countries in the region stayed silent.",
        ("Chile", "Peru"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), PAIRS)
def test_perf60_country_pairs_read_to_the_last_pair_noun(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """ "the two countries", "both countries" after two named countries still stand for them
    when the paragraphs after the last such noun are not read."""
    found = triples(extract(text))
    assert any({s, o} == set(pair) for s, _, o in found), found
