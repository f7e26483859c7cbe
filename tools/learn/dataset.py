"""Candidate pairs of a gold set with features and gold labels: build the set's articles
with kg, take every pair of actors met in one sentence, and label it by the reference
scorer's own entity matching.

Usage: KG_BENCHMARKS=DIR python -m tools.learn.dataset OUT_DIR [SET ...]
(default sets: realnews_dev as RD and the open bench/heldout sets; never the sealed ones)
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import kg.pipeline as pipeline
import kg.pipeline_records as records
from kg.api import build_result
from kg.eval.realnews import FOLDER, load_scorer
from kg.extract.context import sentence_spans
from kg.io.export import relations_jsonl
from tools.learn.common import benchmarks
from tools.learn.features import ACTORS, features, pairs

HELDOUT = Path(__file__).resolve().parents[2] / "bench" / "heldout"
SEALED = frozenset({"Z2", "Z3", "Z4", "Z5"})
SYMMETRIC = frozenset({"met", "spoke_with", "negotiated_with"})


def open_sets() -> list[str]:
    """RD and every open held-out set (never the sealed ones)."""
    return ["RD", *sorted(p.stem for p in HELDOUT.glob("*.json") if p.stem not in SEALED)]


def set_folder(name: str, tmp: Path) -> Path:
    """The realnews_dev-shaped folder of a set."""
    if name in SEALED:
        raise SystemExit(f"{name} is sealed")
    bench = benchmarks()
    if name == "RD":
        return bench / FOLDER
    sys.path.insert(0, str(HELDOUT.parent))
    from heldout import assemble

    corpus = bench.parent / "corpora" / "news2015"
    return assemble(HELDOUT / f"{name}.json", corpus, bench / FOLDER / "score.py", tmp)


def _predicates(lx: Any) -> Any:
    """``(lemma, pos) -> trigger predicate names`` from the lexicon's triggers."""
    index = lx.triggers

    def of(lemma: str, pos: str) -> list[str]:
        return sorted({t.predicate.value for t in index.candidates(lemma, pos)})

    return of


class Capture:
    """Wraps the rule stages to keep each article's candidate pairs with their features."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.sentences: dict[str, list[str]] = {}
        self.ids: dict[str, str] = {}

    def stages(self, original: Any) -> Any:
        def run(lx: Any, resolver: Any, article: Any, paragraphs: list[Any]) -> list[Any]:
            drafts = original(lx, resolver, article, paragraphs)
            self.rows[article.id] = self.candidates(lx, resolver, article, paragraphs, drafts)
            self.sentences[article.id] = [article.text[a:b] for a, b in sentence_spans(paragraphs)]
            return drafts

        return run

    def candidates(
        self, lx: Any, resolver: Any, article: Any, paragraphs: list[Any], drafts: list[Any]
    ) -> list[dict[str, Any]]:
        types: dict[str, str] = {}

        def type_of(label: str) -> str:
            if label not in types:
                types[label] = resolver.type_of(label).value
            return types[label]

        linked: dict[tuple[int, int], set[frozenset[str]]] = {}
        anywhere: set[frozenset[str]] = set()
        for d in drafts:
            if d.object is not None:
                linked.setdefault(d.sentence, set()).add(frozenset((d.subject, d.object)))
                anywhere.add(frozenset((d.subject, d.object)))
        predicates = _predicates(lx)
        out = []
        for para in paragraphs:
            tokens = para.tokens
            for pair in pairs(para, lambda label: type_of(label) in ACTORS):
                first, last = tokens[pair.sentence[0]], tokens[pair.sentence[1] - 1]
                span = (para.offset + first.idx, para.offset + last.idx + len(last.text))
                key = frozenset((pair.first, pair.second))
                out.append(
                    {
                        "first": pair.first,
                        "second": pair.second,
                        "span": span,
                        "sentence": article.text[span[0] : span[1]],
                        "linked": key in linked.get(span, set()),
                        "linked_any": key in anywhere,
                        "features": features(
                            para, pair, (type_of(pair.first), type_of(pair.second)), predicates
                        ),
                    }
                )
        return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\u201c\u201d\u2018\u2019\"']", "", text.lower())).strip()


def _located(why: str, sentence: str) -> bool:
    """Whether the gold's quote (its longest piece between ellipses) is in the sentence."""
    piece = max(re.split(r"\.\.\.|\u2026", why), key=len)
    piece = _norm(piece)
    return len(piece) >= 12 and piece in _norm(sentence)


def label_rows(
    scorer: Any,
    gold: dict[str, Any],
    rows: dict[str, list[dict[str, Any]]],
    texts: dict[str, list[str]],
) -> None:
    """Add to each row its canonical ends and its label: ``p>`` (first is the subject),
    ``p<`` or ``none``; a gold relation whose quote is found in some sentence labels only
    pairs of that sentence. Rows matching a forbidden relation are ``none`` (kept apart)."""
    for aid, art in gold["articles"].items():
        cands = rows.get(aid, [])
        sentences = texts.get(aid, [])
        for c in cands:
            c["labels"] = []
            c["forbidden"] = []
        for g in art["relations"]:
            why = g.get("why", "")
            located = [s for s in set(sentences) if why and _located(why, s)]
            for c in cands:
                if located and c["sentence"] not in located:
                    continue
                for direction, (s, o) in ((">", (c["cs"], c["co"])), ("<", (c["co"], c["cs"]))):
                    for p in sorted({g["p"], *g.get("alt_p", [])}):
                        if scorer.matches(g, {"s": s, "o": o, "p": p}):
                            sym = p in SYMMETRIC or g.get("sym")
                            c["labels"].append(
                                {"y": f"{p}>" if sym else f"{p}{direction}", "id": g["id"]}
                            )
        for f in art.get("forbidden_occurred", []):
            for c in cands:
                for direction, (s, o) in ((">", (c["cs"], c["co"])), ("<", (c["co"], c["cs"]))):
                    if scorer.matches(f, {"s": s, "o": o, "p": f["p"]}):
                        c["forbidden"].append(f"{f['p']}{direction}")


def build_set(name: str, nlp: Any, tmp: Path) -> dict[str, Any]:
    """The set's candidates, labelled, with the gold and kg's own predictions."""
    folder = set_folder(name, tmp)
    scorer = load_scorer(folder / "score.py")
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    ids = sorted(gold["articles"])
    capture = Capture()
    original_stages, original_graph = records._stages, pipeline.GraphBuilder.graph

    def graph(builder: Any) -> Any:
        made = original_graph(builder)
        capture.ids = dict(builder.ids)
        return made

    records._stages = capture.stages(original_stages)  # type: ignore[assignment]
    pipeline.GraphBuilder.graph = graph  # type: ignore[method-assign]
    try:
        result = build_result([folder / "articles" / f"{aid}.txt" for aid in ids], nlp=nlp)
    finally:
        records._stages = original_stages  # type: ignore[assignment]
        pipeline.GraphBuilder.graph = original_graph  # type: ignore[method-assign]
    entities = result.graph.entities
    for aid, cands in capture.rows.items():
        article = scorer.Article(aid, gold["articles"][aid])
        for c in cands:
            for end, key in (("first", "cs"), ("second", "co")):
                entity = entities.get(capture.ids.get(c[end], ""))
                c[key] = article.canon({"label": entity.label, "id": entity.id}) if entity else None
                c[end + "_entity"] = (
                    {"id": entity.id, "label": entity.label, "type": entity.type.value}
                    if entity
                    else None
                )
    label_rows(scorer, gold, capture.rows, capture.sentences)
    predictions = [json.loads(line) for line in relations_jsonl(result.graph).splitlines()]
    return {"set": name, "gold": gold, "rows": capture.rows, "predictions": predictions}


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    names = sys.argv[2:] or open_sets()
    from kg.nlp.model import load_model

    nlp = load_model()
    with tempfile.TemporaryDirectory(prefix="learn-") as tmp:
        for name in names:
            body = build_set(name, nlp, Path(tmp))
            (out / f"{name}.json").write_text(json.dumps(body, ensure_ascii=False), "utf-8")
            n = sum(len(r) for r in body["rows"].values())
            pos = sum(1 for r in body["rows"].values() for c in r if c["labels"])
            print(f"{name}: {n} candidates, {pos} labelled", flush=True)


if __name__ == "__main__":
    main()
