"""Evaluation on ``realnews_dev``: build its articles with the real pipeline, write the
relations as ``kg build`` does, and score them with the benchmark's own ``score.py`` (loaded
by path, never copied), so the figures are the reference scorer's.

Beside the reference figures: per-predicate counts, a precision that leaves out predicates the
gold does not use (it cannot judge them), and entity figures, all computed with the
scorer's own matching functions.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.errors import KgError
from kg.graph.core import KnowledgeGraph

FOLDER = "realnews_dev"


def load_scorer(path: Path) -> ModuleType:
    """Import the benchmark's ``score.py`` from its own folder, under a private name."""
    if not path.is_file():
        raise KgError(f"{path}: scorer not found; pass --benchmarks DIR holding {FOLDER}/.")
    spec = importlib.util.spec_from_file_location("kg_realnews_score", path)
    if spec is None or spec.loader is None:
        raise KgError(f"{path}: cannot be imported as a Python module.")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def _argv(args: list[str]) -> Iterator[None]:
    saved = sys.argv
    sys.argv = args
    try:
        yield
    finally:
        sys.argv = saved


def reference_scores(
    scorer: ModuleType, gold: Path, predictions: Path, details: bool = False
) -> dict[str, Any]:
    """What ``score.py GOLD PRED --json`` prints, as a dict; its warnings under "warnings"."""
    args = [str(scorer.__file__), str(gold), str(predictions), "--json"]
    out, err = io.StringIO(), io.StringIO()
    with (
        _argv(args + (["--details"] if details else [])),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        scorer.main()
    report: dict[str, Any] = json.loads(out.getvalue())
    report["warnings"] = err.getvalue().splitlines()
    return report


def gold_predicates(gold: dict[str, Any]) -> set[str]:
    """Every predicate the gold uses (``p`` and ``alt_p``): the ones it can judge."""
    found: set[str] = set()
    for art in gold["articles"].values():
        for g in [*art["relations"], *art.get("forbidden_occurred", [])]:
            found.update([g["p"], *g.get("alt_p", [])])
    return found


def predictions(scorer: ModuleType, article: Any, records: list[dict[str, Any]]) -> list[Any]:
    """The scorer's view of predictions: canonical subject/object and predicate name."""
    out = []
    for r in records:
        obj = r.get("object") or {}
        literal = isinstance(obj, dict) and "value" in obj and "label" not in obj
        out.append(
            {
                "s": article.canon(r.get("subject")),
                "o": None if literal else article.canon(obj),
                "p": scorer.pred_name(r),
            }
        )
    return out


def breakdown(
    scorer: ModuleType,
    gold: dict[str, Any],
    records: list[dict[str, Any]],
    judged: set[str] | None = None,
) -> dict[str, Any]:
    """Per-predicate recall and precision, and precision over the gold's predicates only.

    Matching is the scorer's (``Article.canon``, ``pred_name``, ``matches``); a required gold
    relation counts as found when some prediction matches it, as in the reference.
    """
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_article[scorer.article_of(r)].append(r)
    judged = judged if judged is not None else gold_predicates(gold)
    table: dict[str, dict[str, int]] = defaultdict(
        lambda: {"gold": 0, "found": 0, "hard": 0, "hard_found": 0, "tp": 0, "fp": 0}
    )
    kept_tp = kept_fp = left_out = 0
    for aid, art in gold["articles"].items():
        article = scorer.Article(aid, art)
        preds = predictions(scorer, article, by_article.get(aid, []))
        for g in art["relations"]:
            if g.get("optional"):
                continue
            row = table[g["p"]]
            found = any(scorer.matches(g, pr) for pr in preds)
            key = "hard" if g.get("hard") else "gold"
            row[key] += 1
            row[f"{key}_found" if key == "hard" else "found"] += found
        for pr in preds:
            if pr["p"] == "stated":
                continue
            good = any(scorer.matches(g, pr) for g in art["relations"])
            table[pr["p"]]["tp" if good else "fp"] += 1
            if pr["p"] not in judged:
                left_out += 1
            elif good:
                kept_tp += 1
            else:
                kept_fp += 1
    per_predicate = {}
    for p, row in sorted(table.items()):
        per_predicate[p] = {
            **row,
            "recall": round(row["found"] / row["gold"], 3) if row["gold"] else None,
            "precision": round(row["tp"] / (row["tp"] + row["fp"]), 3)
            if row["tp"] + row["fp"]
            else None,
        }
    kept = kept_tp + kept_fp
    return {
        "per_predicate": per_predicate,
        "precision_gold_predicates": {
            "precision": round(kept_tp / kept, 3) if kept else None,
            "tp": kept_tp,
            "fp": kept_fp,
            "left_out": left_out,
        },
    }


# mention kinds that write a name of the node (not a pronoun, a title or a nominal)
_WRITTEN_KINDS = frozenset({"name", "demonym", "collective"})


def entity_scores(
    scorer: ModuleType, gold: dict[str, Any], graph: KnowledgeGraph
) -> dict[str, Any]:
    """Entities per article, matched by the scorer's ``Article.canon`` on label, id (QID),
    the names the gazetteer gives the node and the forms the article itself wrote on it (a
    form written only in another article does not count).

    Recall: share of gold entities some node of the article maps to. Precision: share of the
    article's nodes that map to a gold entity (the gold lists only the actors and places that
    matter, so this is a floor). Split: gold entities two or more nodes map to. One node:
    share of gold entities exactly one node maps to. Merging: nodes whose names written in
    the article map to two or more gold entities (two actors made one). Type: matched nodes
    whose type equals the gold's. Split by design: split gold countries whose nodes are the
    country and its own country + sector actors, which kg keeps apart on purpose.
    """
    gold_n = found = nodes = mapped = split = typed = merging = one = designed = 0
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # names, for merging
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)  # what the article wrote on it
    anywhere: dict[str, set[str]] = defaultdict(set)
    for entity_id, mentions in graph.mentions.items():
        for m in mentions:
            if m.kind == "name":
                written[(entity_id, m.article)].add(m.text)
            if m.kind in _WRITTEN_KINDS:
                forms[(entity_id, m.article)].add(m.text)
                anywhere[entity_id].add(m.text)
    for aid, art in gold["articles"].items():
        if aid not in graph.articles:
            continue
        article = scorer.Article(aid, art)
        hits: dict[str, int] = defaultdict(int)
        nodes_of: dict[str, list[Any]] = defaultdict(list)
        for entity in graph.entities.values():
            if aid not in entity.articles:
                continue
            nodes += 1
            canon = article.canon({"label": entity.label, "id": entity.id})
            # its other names: those the gazetteer gives it (never written in the corpus)
            # and the forms this article wrote on it; not another article's forms
            others = set(entity.aliases) - anywhere[entity.id]
            for alias in sorted(others | forms[(entity.id, aid)]):
                canon = canon or article.canon({"label": alias})
            own = {article.canon({"label": n}) for n in written[(entity.id, aid)]}
            merging += len((own | {canon}) - {None}) > 1
            if canon is None:
                continue
            mapped += 1
            hits[canon] += 1
            nodes_of[canon].append(entity)
            typed += art["entities"][canon]["type"] == entity.type.value
        gold_n += len(art["entities"])
        found += len(hits)
        split += sum(1 for n in hits.values() if n > 1)
        one += sum(1 for n in hits.values() if n == 1)
        designed += sum(1 for canon, n in hits.items() if n > 1 and state_split(nodes_of[canon]))
    return {
        "recall": round(found / gold_n, 3) if gold_n else None,
        "precision": round(mapped / nodes, 3) if nodes else None,
        "type_accuracy": round(typed / mapped, 3) if mapped else None,
        "gold": gold_n,
        "found": found,
        "nodes": nodes,
        "mapped": mapped,
        "split": split,
        "one_node": round(one / gold_n, 3) if gold_n else None,
        "merging": merging,
        "split_by_design": designed,
        "one_node_by_design": round((one + designed) / gold_n, 3) if gold_n else None,
    }


def state_split(entities: list[Any]) -> bool:
    """A gold country kg keeps as several nodes by design (README "Actors"): the country
    and its own country + sector collectives or bodies ("Macedonian government", "US
    military", "Singaporean civilians"), nothing else."""
    countries = [e for e in entities if e.type.value == "Country"]
    if len(countries) != 1:
        return False
    iso = countries[0].iso or countries[0].country
    return iso is not None and all(
        e is countries[0] or (e.sector is not None and e.country == iso) for e in entities
    )


def eval_realnews(
    folder: Path,
    *,
    nlp: Any = None,
    model: str | None = None,
    limit: int | None = None,
    details: bool = False,
    verb_dictionary: str | Path | None = None,
) -> dict[str, Any]:
    """Build ``folder/articles`` (the first ``limit`` gold articles) as one corpus, as
    ``kg build`` does (with a user's ``verb_dictionary`` if given), and score it; the gold is
    cut to the articles built."""
    from kg.api import build_result
    from kg.io.export import relations_jsonl

    gold_path, articles = folder / "gold.json", folder / "articles"
    for needed in (gold_path, articles, folder / "score.py"):
        if not needed.exists():
            raise KgError(f"{needed}: not found; pass --benchmarks DIR holding {FOLDER}/.")
    scorer = load_scorer(folder / "score.py")
    gold = json.loads(gold_path.read_text("utf-8"))
    judged = gold_predicates(gold)  # of the whole gold, also when --limit cuts it
    ids = sorted(gold["articles"])[:limit]
    gold = {**gold, "articles": {aid: gold["articles"][aid] for aid in ids}}
    result = build_result(
        [articles / f"{aid}.txt" for aid in ids],
        nlp=nlp,
        model=model,
        verb_dictionary=verb_dictionary,
    )
    if result.skipped:
        raise KgError(f"{result.skipped[0]} (realnews article could not be read)")
    text = relations_jsonl(result.graph)
    with tempfile.TemporaryDirectory(prefix="kg-realnews-") as tmp:
        pred_path, cut_gold = Path(tmp) / "relations.jsonl", Path(tmp) / "gold.json"
        pred_path.write_text(text, "utf-8")
        cut_gold.write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
        reference = reference_scores(scorer, cut_gold, pred_path, details)
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    return {
        "articles": len(ids),
        "overall": reference["overall"],
        **breakdown(scorer, gold, records, judged),
        "entities": entity_scores(scorer, gold, result.graph),
        "per_article": reference["per_article"],
        "warnings": reference["warnings"],
    }


def format_realnews(body: dict[str, Any]) -> list[str]:
    """Summary lines: the reference figures, the judged-only precision, then per predicate."""
    o, kept, ent = body["overall"], body["precision_gold_predicates"], body["entities"]
    lines = [
        f"realnews   recall {o['recall']} ({o['core_found']}/{o['core_total']})  hard "
        f"{o['hard_recall']} ({o['hard_found']}/{o['hard_total']})  precision {o['precision']} "
        f"({o['tp']}/{o['tp'] + o['fp']})  qualifiers {o['qualifiers']}  forbidden "
        f"{o['forbidden']}",
        f"realnews   precision over the gold's predicates {kept['precision']} "
        f"({kept['tp']}/{kept['tp'] + kept['fp']}; {kept['left_out']} predictions of other "
        "predicates left out)",
        f"realnews   entities recall {ent['recall']} ({ent['found']}/{ent['gold']})  precision "
        f"{ent['precision']} ({ent['mapped']}/{ent['nodes']})  type {ent['type_accuracy']}  "
        f"split {ent['split']} ({ent['split_by_design']} a country and its state collectives, "
        f"by design)  one node {ent['one_node']} ({ent['one_node_by_design']} counting those "
        f"as one)  merging {ent['merging']}",
    ]
    for p, row in body["per_predicate"].items():
        lines.append(
            f"realnews   {p:17} gold {row['found']:3}/{row['gold']:<3} hard "
            f"{row['hard_found']:2}/{row['hard']:<2}  predicted {row['tp']:3} right "
            f"{row['fp']:3} wrong"
        )
    return lines
