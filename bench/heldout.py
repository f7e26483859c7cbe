"""Held-out real-article figures: kg scored on gold sets of news2015 articles that were
annotated by reading, before kg was run on them, in realnews_dev's format. Not a test; prints
figures.

The gold lives in ``bench/heldout/<SET>.json`` (realnews_dev's gold shape plus ``sources``, the
news2015 name of each article); the articles are read by path from the corpus, never copied
into the repository. Each set is assembled in a temporary folder as ``realnews_dev/`` beside
realnews_dev's own ``score.py`` and scored with ``kg eval``'s code, so the figures are the
reference scorer's.

Usage: python bench/heldout.py [SET ...] [--corpus DIR] [--benchmarks DIR]

A set name is a file of ``bench/heldout/`` or ``realnews_dev`` (the benchmark's own set).
``open`` stands for ``realnews_dev`` and every set not listed in ``bench/heldout/sealed.txt``:
the README's "together" row in one command.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import _here  # noqa: F401  (this checkout first on sys.path)

from kg.eval.evaluate import find_benchmarks
from kg.eval.realnews import FOLDER, eval_realnews, format_realnews
from kg.nlp.model import load_model

HERE = Path(__file__).resolve().parent / "heldout"
OPEN = "open"


def set_names(asked: list[str]) -> list[str]:
    """The sets to score: every gold file when none is asked, ``open`` expanded."""
    every = sorted(p.stem for p in HERE.glob("*.json"))
    if not asked:
        return every
    if asked != [OPEN]:
        return asked
    sealed = {
        line.strip()
        for line in (HERE / "sealed.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    return [FOLDER, *(name for name in every if name not in sealed)]


def assemble(gold_file: Path, corpus: Path, scorer: Path, into: Path) -> Path:
    """A ``realnews_dev``-shaped folder for one set under ``into``; returns the parent folder
    that ``eval_realnews`` wants (it reads ``<parent>/realnews_dev``)."""
    gold = json.loads(gold_file.read_text("utf-8"))
    folder = into / gold_file.stem / FOLDER
    (folder / "articles").mkdir(parents=True)
    for aid, name in sorted(gold.pop("sources").items()):
        for suffix in (".txt", ".meta.json"):
            shutil.copyfile(corpus / f"{name}{suffix}", folder / "articles" / f"{aid}{suffix}")
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    shutil.copyfile(scorer, folder / "score.py")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "sets",
        nargs="*",
        help=f"set names, {FOLDER}, or {OPEN} (default: every bench/heldout/*.json)",
    )
    parser.add_argument("--corpus", type=Path, help="default: corpora/news2015 beside benchmarks")
    parser.add_argument("--benchmarks", type=Path, help="default: as `kg eval` finds it")
    args = parser.parse_args()
    benchmarks = find_benchmarks(args.benchmarks)
    if benchmarks is None:
        parser.error("no ../shared/benchmarks found: pass --benchmarks DIR")
    corpus = args.corpus or benchmarks.parent / "corpora" / "news2015"
    names = set_names(args.sets)
    nlp = load_model()
    totals = {"core_found": 0, "core_total": 0, "hard_found": 0, "hard_total": 0, "tp": 0, "fp": 0}
    with tempfile.TemporaryDirectory(prefix="kg-heldout-") as tmp:
        for name in names:
            folder = (
                benchmarks / FOLDER
                if name == FOLDER
                else assemble(
                    HERE / f"{name}.json", corpus, benchmarks / FOLDER / "score.py", Path(tmp)
                )
            )
            body = eval_realnews(folder, nlp=nlp)
            print(f"== {name} ({body['articles']} articles)")
            print("\n".join(format_realnews(body)[:3]))
            for key in totals:
                totals[key] += body["overall"][key]
    if len(names) > 1:
        t = totals
        print(
            f"== all: recall {t['core_found'] / t['core_total']:.3f} ({t['core_found']}/"
            f"{t['core_total']})  hard {t['hard_found'] / t['hard_total']:.3f} ({t['hard_found']}/"
            f"{t['hard_total']})  precision {t['tp'] / (t['tp'] + t['fp']):.3f} "
            f"({t['tp']}/{t['tp'] + t['fp']})"
        )


if __name__ == "__main__":
    main()
