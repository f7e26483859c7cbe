"""Entity-level figures on realnews_dev: how many gold entities have exactly one node, and how
many nodes merge two gold entities. Not a test; prints figures.

Usage: python bench/realnews_entities.py [BENCH_DIR] [--details]
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

from kg import api

BENCH = Path("/work/shared/benchmarks/realnews_dev")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    details = "--details" in sys.argv
    bench = Path(args[0]) if args else BENCH
    spec = importlib.util.spec_from_file_location("score", bench / "score.py")
    assert spec is not None
    assert spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((bench / "gold.json").read_text("utf-8"))["articles"]
    graph = api.build([str(bench / "articles")])
    per_article: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for entity_id, mentions in graph.mentions.items():
        for m in mentions:
            if m.kind in ("name", "demonym", "collective"):
                per_article[m.article][entity_id].add(m.text)
    total = one = found = merges = 0
    for aid, art in sorted(gold.items()):
        article = score.Article(aid, art)
        nodes_of: dict[str, set[str]] = defaultdict(set)
        for entity_id, texts in per_article[aid].items():
            entity = graph.entities[entity_id]
            golds = {article.canon({"label": entity.label, "id": entity.id})}
            golds |= {article.canon({"label": t}) for t in texts}
            golds.discard(None)
            for g in golds:
                nodes_of[g].add(f"{entity.label}/{entity.type.value}")
            if len(golds) > 1:
                merges += 1
                print(f"MERGE {aid}: {entity.label} <- {sorted(golds)} {sorted(texts)}")
        for name in art["entities"]:
            total += 1
            nodes = nodes_of.get(name, set())
            found += bool(nodes)
            one += len(nodes) == 1
            if details and len(nodes) != 1:
                print(f"  {aid} {name} ({art['entities'][name]['type']}): {sorted(nodes)}")
    print(
        f"gold entities {total}: exactly one node {one / total:.3f} ({one}), "
        f"any node {found / total:.3f}, split {found - one}; "
        f"nodes merging two gold entities {merges}"
    )


if __name__ == "__main__":
    main()
