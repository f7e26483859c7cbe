"""Shared reading of the dataset files: the scorer, the base predictions' found gold."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from kg.eval.evaluate import find_benchmarks
from kg.eval.realnews import FOLDER, load_scorer, predictions


def benchmarks() -> Path:
    """The benchmarks folder (``$KG_BENCHMARKS`` or ``../shared/benchmarks``)."""
    found = find_benchmarks()
    if found is None:
        raise SystemExit("no benchmarks folder: set KG_BENCHMARKS=DIR (holding realnews_dev/)")
    return found


@functools.cache
def scorer() -> Any:
    """realnews_dev's own ``score.py``, whose matching every figure here uses."""
    return load_scorer(benchmarks() / FOLDER / "score.py")


def load(folder: Path, name: str) -> dict[str, Any]:
    """A set's file written by ``tools.learn.dataset``."""
    return json.loads((folder / f"{name}.json").read_text("utf-8"))


def base_found(body: dict[str, Any]) -> dict[str, set[str]]:
    """Article -> ids of gold relations kg's own predictions match."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for r in body["predictions"]:
        by_article.setdefault(scorer().article_of(r), []).append(r)
    found: dict[str, set[str]] = {}
    for aid, art in body["gold"]["articles"].items():
        article = scorer().Article(aid, art)
        preds = predictions(scorer(), article, by_article.get(aid, []))
        found[aid] = {
            g["id"] for g in art["relations"] if any(scorer().matches(g, p) for p in preds)
        }
    return found
