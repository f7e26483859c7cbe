"""Cross-validation of the pair classifier grouped by gold set: train on the open sets less a
fold of sets, predict the fold's pairs no rule linked, and score the claims it would add
with the reference scorer's matching (+required gold found, precision of the additions).

Usage: KG_BENCHMARKS=DIR python -m tools.learn.cv DATA_DIR [--folds N] [--l2 X] [--gate] ...
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from tools.learn.common import base_found, load, scorer
from tools.learn.dataset import open_sets
from tools.learn.model import NONE, fit, predict

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def targets(row: dict[str, Any]) -> dict[str, float]:
    """The row's classes, each weighted 1/k; ``none`` without a gold label."""
    ys = sorted({label["y"] for label in row["labels"]})
    return {y: 1 / len(ys) for y in ys} if ys else {NONE: 1.0}


def open_rows(row: dict[str, Any], scope: str) -> bool:
    """A pair the stage would read: no rule claim links it in the sentence (or article)."""
    return not (row["linked_any"] if scope == "article" else row["linked"])


def gated(row: dict[str, Any], predicate: str) -> bool:
    """Whether a word on the pair's path (or its head) is a lexicon trigger of the predicate."""
    return f"pt={predicate}" in row["features"] or f"lcat={predicate}" in row["features"]


def added_claims(
    rows: list[tuple[str, dict[str, Any]]],
    probs: Any,
    classes: list[str],
    threshold: float,
    gate: bool = False,
) -> list[tuple[str, str | None, str, str | None, dict[str, Any]]]:
    """(article, subject, predicate, object, row) of each pair whose best class other than
    ``none`` is at least ``threshold`` likely; ends are the scorer's canonical names."""
    out = []
    keep = [i for i, c in enumerate(classes) if c != NONE]
    for (aid, row), p in zip(rows, probs, strict=True):
        allowed = [i for i in keep if not gate or gated(row, classes[i][:-1])]
        if not allowed:
            continue
        best = max(allowed, key=lambda i: p[i])
        if p[best] < threshold:
            continue
        cls = classes[best]
        pred, direction = cls[:-1], cls[-1]
        s, o = (row["cs"], row["co"]) if direction == ">" else (row["co"], row["cs"])
        out.append((aid, s, pred, o, row))
    return out


def judge(bodies: dict[str, dict[str, Any]], found: dict[str, Any], claims: list[Any]) -> Counter:
    """Counts of the additions: claims, right ones, new core and hard gold found, forbidden."""
    tally: Counter[str] = Counter()
    newly: set[str] = set()
    for name, aid, s, p, o, _row in claims:
        art = bodies[name]["gold"]["articles"][aid]
        pr = {"s": s, "o": o, "p": p}
        tally["added"] += 1
        right = [g for g in art["relations"] if scorer().matches(g, pr)]
        tally["right"] += bool(right)
        tally["forbidden"] += any(
            scorer().matches(f, pr) for f in art.get("forbidden_occurred", [])
        )
        for g in right:
            if g.get("optional") or g["id"] in found[name][aid] or g["id"] in newly:
                continue
            newly.add(g["id"])
            tally["hard" if g.get("hard") else "core"] += 1
            tally[f"p:{g['p']}"] += 1
    return tally


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--scope", default="sentence")
    parser.add_argument("--train", default="all", help="all | open: rows to train on")
    parser.add_argument("--l2", type=float, default=1e-3)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--gate", action="store_true", help="only predicates a path word triggers")
    args = parser.parse_args()
    names = open_sets()
    bodies = {n: load(args.data, n) for n in names}
    found = {n: base_found(b) for n, b in bodies.items()}
    core_total = sum(
        1
        for b in bodies.values()
        for a in b["gold"]["articles"].values()
        for g in a["relations"]
        if not g.get("optional") and not g.get("hard")
    )
    claims: dict[float, list[Any]] = {t: [] for t in THRESHOLDS}
    for k in range(args.folds):
        held = [n for i, n in enumerate(names) if i % args.folds == k]
        train = [
            row
            for n in names
            if n not in held
            for rows in bodies[n]["rows"].values()
            for row in rows
            if args.train == "all" or open_rows(row, args.scope)
        ]
        model = fit(
            [r["features"] for r in train],
            [targets(r) for r in train],
            l2=args.l2,
            steps=args.steps,
        )
        for n in held:
            test = [
                (aid, row)
                for aid, rows in sorted(bodies[n]["rows"].items())
                for row in rows
                if open_rows(row, args.scope)
            ]
            probs = predict(model, [r["features"] for _, r in test])
            for t in THRESHOLDS:
                claims[t] += [
                    (n, *c) for c in added_claims(test, probs, model["classes"], t, args.gate)
                ]
    print("| threshold | added | right | precision | +core | +recall | +hard | forbidden |")
    print("|---|---|---|---|---|---|---|---|")
    for t in THRESHOLDS:
        c = judge(bodies, found, claims[t])
        prec = c["right"] / c["added"] if c["added"] else 0.0
        print(
            f"| {t} | {c['added']} | {c['right']} | {prec:.3f} | {c['core']} | "
            f"{c['core'] / core_total:+.3f} | {c['hard']} | {c['forbidden']} |"
        )
        by_p = ", ".join(f"{k[2:]} {v}" for k, v in sorted(c.items()) if k.startswith("p:"))
        print(f"|  | {by_p} |")


if __name__ == "__main__":
    main()
