"""CPU time of the rule layer alone: `GraphBuilder.add` (map + reduce) of every article and
the final graph, over a corpus parsed once into a DocBin cache, so the parse does not blur it.

    python bench/rules_cost.py [--corpus DIR] [--repeat 5]

Prints the best of the repeats. Not a test: machines are noisy.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from spacy.tokens import DocBin

from kg.api import iter_articles
from kg.extract.context import Paragraph
from kg.nlp.model import load_model
from kg.pipeline import GraphBuilder, chunks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpora/news2015"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cache = Path("bench/out") / f"{args.corpus.name}.docbin"
    nlp = load_model()
    spans = [(a, chunks(a)) for a in iter_articles([args.corpus])]
    if not cache.exists():
        texts = [a.text[s:e] for a, cs in spans for s, e in cs]
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(DocBin(docs=nlp.pipe(texts, batch_size=64)).to_bytes())
    docs = list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    best = float("inf")
    for rep in range(args.repeat):
        it = iter(docs)
        items = [(a, [Paragraph(next(it), s) for s, _ in cs]) for a, cs in spans]
        builder = GraphBuilder()
        start = time.process_time()
        for article, paragraphs in items:
            builder.add(article, paragraphs)
        graph = builder.graph()
        took = time.process_time() - start
        best = min(best, took)
        print(f"rep {rep}: {took:.2f} s CPU, {len(graph.claims)} claims")
    each = 1000 * best / len(spans)
    print(f"best {best:.2f} s CPU for {len(spans)} articles ({each:.1f} ms each)")


if __name__ == "__main__":
    main()
