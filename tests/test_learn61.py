"""The pair-classifier experiment's pure parts (tools/learn, learn61): mention runs from a
paragraph's links, and the numpy logistic regression (deterministic, and it learns)."""

from __future__ import annotations

import pytest

from tools.learn.features import mentions
from tools.learn.model import NONE, fit, predict

RUNS = [
    ({}, 0, 5, []),
    ({0: "A", 1: "A", 3: "B"}, 0, 5, [("A", 0, 2), ("B", 3, 4)]),
    # two labels side by side are two mentions; the window cuts a run
    ({1: "A", 2: "B", 3: "B"}, 0, 3, [("A", 1, 2), ("B", 2, 3)]),
    ({0: "A", 4: "A"}, 1, 5, [("A", 4, 5)]),
]


@pytest.mark.parametrize(("links", "start", "end", "expected"), RUNS)
def test_learn_mentions_runs(
    links: dict[int, str], start: int, end: int, expected: list[tuple[str, int, int]]
) -> None:
    """Maximal runs of tokens linked to one label, inside the window only."""
    assert mentions(links, start, end) == expected


EXAMPLES = [["path=nsubj|dobj", "lca=hit"], ["path=nsubj|dobj", "lca=praise"], ["quote"]] * 4
TARGETS = [{"attacked>": 1.0}, {"supported>": 1.0}, {NONE: 1.0}] * 4


def test_learn_model_learns_classes() -> None:
    """Separable toy data: each example's most likely class is its own."""
    model = fit(EXAMPLES, TARGETS, steps=200, rate=0.1)
    probs = predict(model, EXAMPLES[:3])
    best = [model["classes"][int(row.argmax())] for row in probs]
    assert best == ["attacked>", "supported>", NONE]


def test_learn_model_deterministic() -> None:
    """Two fits of the same data give the same weights, to the bit."""
    assert fit(EXAMPLES, TARGETS, steps=50) == fit(EXAMPLES, TARGETS, steps=50)
