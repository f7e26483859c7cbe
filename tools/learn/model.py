"""Multinomial logistic regression over sparse binary features, with numpy alone: full-batch
Adam on the L2-regularised log loss, no randomness, so training is deterministic."""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

NONE = "none"


def vocabulary(examples: list[list[str]], min_count: int = 2) -> list[str]:
    """Features seen in at least ``min_count`` examples, sorted."""
    counts = Counter(f for feats in examples for f in set(feats))
    return sorted(f for f, n in counts.items() if n >= min_count)


def _encode(examples: list[list[str]], index: dict[str, int]) -> tuple[Any, Any, Any]:
    """Flat feature indices, each example's first position, and each position's example."""
    flat: list[int] = []
    starts: list[int] = []
    rows: list[int] = []
    for r, feats in enumerate(examples):
        starts.append(len(flat))
        known = sorted({index[f] for f in feats if f in index})
        known = known or [0]  # the bias feature stands in for an example with none known
        flat.extend(known)
        rows.extend([r] * len(known))
    return np.array(flat, dtype=np.int64), np.array(starts, dtype=np.int64), np.array(rows)


def _scores(w: Any, flat: Any, starts: Any) -> Any:
    return np.add.reduceat(w[flat], starts, axis=0)


def _softmax(z: Any) -> Any:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(
    examples: list[list[str]],
    targets: list[dict[str, float]],
    *,
    l2: float = 1e-3,
    steps: int = 300,
    rate: float = 0.05,
    min_count: int = 2,
) -> dict[str, Any]:
    """Weights of a model of ``examples`` (feature lists) and ``targets`` (class -> weight
    summing to 1 for each example): {"classes", "features", "weights"} as lists."""
    features = ["<bias>", *vocabulary(examples, min_count)]
    classes = sorted({c for t in targets for c in t})
    index = {f: i for i, f in enumerate(features)}
    cls = {c: i for i, c in enumerate(classes)}
    biased = [["<bias>", *feats] for feats in examples]
    flat, starts, rows = _encode(biased, index)
    y = np.zeros((len(examples), len(classes)))
    for r, t in enumerate(targets):
        for c, v in t.items():
            y[r, cls[c]] = v
    order = np.argsort(flat, kind="stable")
    bounds = np.flatnonzero(np.r_[True, np.diff(flat[order]) != 0])
    used = flat[order][bounds]
    w = np.zeros((len(features), len(classes)))
    m, v = np.zeros_like(w), np.zeros_like(w)
    n = len(examples)
    for step in range(1, steps + 1):
        p = _softmax(_scores(w, flat, starts))
        g_rows = (p - y) / n
        grad = np.zeros_like(w)
        grad[used] = np.add.reduceat(g_rows[rows[order]], bounds, axis=0)
        grad += l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        mh, vh = m / (1 - 0.9**step), v / (1 - 0.999**step)
        w -= rate * mh / (np.sqrt(vh) + 1e-8)
    return {"classes": classes, "features": features, "weights": w.tolist()}


def predict(model: dict[str, Any], examples: list[list[str]]) -> Any:
    """Class probabilities of each example (rows in ``model["classes"]`` order)."""
    index = {f: i for i, f in enumerate(model["features"])}
    w = np.array(model["weights"])
    flat, starts, _ = _encode([["<bias>", *feats] for feats in examples], index)
    return _softmax(_scores(w, flat, starts))
