"""Share of PETRARCH2's verb lemmas, per CAMEO root, that kg's trigger lexicon knows.

``python -m tools.lexicon.petrarch_coverage [--dictionary FILE]`` writes
bench/lexicon_coverage.json and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from kg.eval.evaluate import find_benchmarks

ROOT = Path(__file__).resolve().parents[2]
IN_SHARED = Path("dictionaries") / "petrarch2" / "CAMEO.2.0.txt"
LEXICON = ROOT / "kg" / "data" / "en" / "triggers.jsonl"
OUT = ROOT / "bench" / "lexicon_coverage.json"
_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([0-9:]+)\]")
_COMMENT_VERB = re.compile(r"#\s*([A-Z][A-Z_]*)")


def default_dictionary() -> Path:
    """PETRARCH2's verb dictionary in the shared folder: the sibling of the benchmarks folder
    (``$KG_BENCHMARKS`` or ``../shared/benchmarks``, ``kg.eval.evaluate.find_benchmarks``),
    else ``../shared`` beside this clone (returned even when absent, for the message)."""
    benchmarks = find_benchmarks()
    shared = benchmarks.parent if benchmarks is not None else ROOT.parent / "shared"
    return shared / IN_SHARED


def _code(text: str) -> str | None:
    """First CAMEO code of ``[042:043]``-style brackets (source side), if any."""
    m = _CODE.search(text)
    if not m:
        return None
    parts = [p for p in m.group(1).split(":") if p]
    return parts[0] if parts else None


def read_verbs(path: Path) -> dict[str, set[str]]:
    """Map CAMEO root -> lemmas PETRARCH codes there (own code, block code, or pattern code)."""
    roots: dict[str, set[str]] = defaultdict(set)
    in_verbs = False
    block_code: str | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs or not raw.strip() or raw.startswith("#"):
            continue
        header = _HEADER.match(raw)
        if header:
            block_code = header.group(2) if header.group(2).isdigit() else None
            continue
        if raw.startswith("-"):
            code = _code(raw.split("#", 1)[0])
            verb = _COMMENT_VERB.search(raw.split("]", 1)[-1])
            if code and verb and "_" not in verb.group(1):
                roots[code[:2]].add(verb.group(1).lower())
            continue
        word = raw.split("#", 1)[0].split("{", 1)[0].split("[", 1)[0].strip().lstrip("+")
        code = _code(raw.split("#", 1)[0]) or block_code
        if code and word and "_" not in word and word.isalpha():
            roots[code[:2]].add(word.lower())
    return roots


def read_lexicon(path: Path) -> dict[str, set[str]]:
    """Map CAMEO root -> verb lemmas of our entries with a code of that root."""
    roots: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        if e["pos"] == "VERB":
            roots[e["cameo"][:2]].add(e["lemma"])
    return roots


def coverage(dictionary: Path, lexicon: Path = LEXICON) -> dict[str, object]:
    """Per-root counts, shares and the PETRARCH lemmas we miss."""
    theirs, ours = read_verbs(dictionary), read_lexicon(lexicon)
    rows = {}
    for n in range(1, 21):
        root = f"{n:02d}"
        known = theirs.get(root, set())
        hit = known & ours.get(root, set())
        rows[root] = {
            "petrarch_lemmas": len(known), "known": len(hit),
            "share": round(len(hit) / len(known), 3) if known else None,
            "missing": sorted(known - hit),
        }  # fmt: skip
    total = sum(r["petrarch_lemmas"] for r in rows.values())
    hits = sum(r["known"] for r in rows.values())
    return {"dictionary": dictionary.name, "roots": rows, "total": total, "known": hits,
            "share": round(hits / total, 3) if total else None}  # fmt: skip


def markdown(report: dict[str, object]) -> str:
    """The report as a Markdown table."""
    lines = ["| CAMEO root | PETRARCH verbs | known | share |", "|---|---:|---:|---:|"]
    roots = report["roots"]
    assert isinstance(roots, dict)
    for root, r in roots.items():
        share = "–" if r["share"] is None else f"{r['share']:.0%}"
        lines.append(f"| {root} | {r['petrarch_lemmas']} | {r['known']} | {share} |")
    lines.append(f"| all | {report['total']} | {report['known']} | {report['share']:.0%} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Write bench/lexicon_coverage.json and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dictionary", type=Path, default=None, help="CAMEO.2.0.txt to read")
    args = parser.parse_args(argv)
    dictionary = args.dictionary or default_dictionary()
    if not dictionary.is_file():
        parser.error(f"{dictionary}: no PETRARCH2 verb dictionary; pass --dictionary FILE")
    report = coverage(dictionary)
    OUT.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
