"""The map/reduce split, measured per article in one process (CPU time, so a shared machine's
other load does not count): a worker's parse and map (rules against its own article), the
driver's reduce (replay into the corpus resolver, input order) and final graph, and the bytes a
worker sends per article: the record against today's DocBin.

    python bench/driver_cost.py [--size 1000] [--corpus DIR ...] [--repeat N]

Prints the per-article costs, the share of records the driver had to re-run, and the speed-up
the costs predict for 2, 8, 32 and 128 workers feeding one driver. Not a test.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg.api import iter_articles
from kg.eval.synth import write_corpus
from kg.extract import Paragraph
from kg.lexicon import default_lexicon
from kg.nlp.distributed import pack
from kg.nlp.model import load_model
from kg.pipeline import GraphBuilder, chunks, parse_stream
from kg.pipeline_records import fresh, map_article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--corpus", nargs="*", default=None, help="folders (default: generated)")
    parser.add_argument("--repeat", type=int, default=1, help="read the corpus N times over")
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    if args.corpus:
        paths = [Path(c) for c in args.corpus]
    else:
        paths = [Path(f"bench/out/corpus-{args.size}")]
        if not paths[0].exists():
            write_corpus(paths[0], args.size)
    once = list(iter_articles(paths))
    articles = [
        a if r == 0 else a.__class__(**{**_fields(a), "id": f"{a.id}~{r}"})
        for r in range(args.repeat)
        for a in once
    ]
    nlp = load_model()
    lexicon = default_lexicon()
    from spacy.tokens import DocBin

    clock = time.process_time
    parse = mapped = reduced = docbin_s = 0.0
    record_bytes = docbin_bytes = 0
    builder = GraphBuilder(lexicon)
    stream = parse_stream(nlp, articles, 1, args.batch)
    words = 0
    while True:
        t0 = clock()
        item = next(stream, None)
        t1 = clock()
        if item is None:
            break
        article, paragraphs = item
        parse += t1 - t0
        words += sum(len(article.text[s:e].split()) for s, e in chunks(article))
        blob = DocBin(docs=[p.doc for p in paragraphs]).to_bytes()
        docbin_bytes += len(blob)
        t2 = clock()
        list(DocBin().from_bytes(blob).get_docs(nlp.vocab))
        t3 = clock()
        docbin_s += t3 - t2
        record = map_article(lexicon, article, paragraphs)
        t4 = clock()
        record_bytes += len(pack(record))
        again: list[Paragraph] = fresh(paragraphs)
        t5 = clock()
        builder.reduce(article, record, lambda again=again: again)  # type: ignore[misc]
        t6 = clock()
        mapped += t4 - t3
        reduced += t6 - t5
    t7 = clock()
    graph = builder.graph()
    finish = clock() - t7
    n = len(articles)
    worker = (parse + mapped) / n
    driver = (reduced + finish) / n
    today_driver = (docbin_s + mapped + reduced + finish) / n
    print(f"corpus: {n} articles ({len(once)} read {args.repeat}x), {words:,} words")
    print(f"graph: {len(graph.entities):,} entities, {len(graph.claims):,} claims")
    print(f"worker per article: parse {1000 * parse / n:.2f} ms + map {1000 * mapped / n:.2f} ms")
    print(
        f"driver per article: reduce {1000 * reduced / n:.3f} ms + graph "
        f"{1000 * finish / n:.3f} ms = {1000 * driver:.3f} ms"
    )
    reruns = sum(builder.reruns.values())
    print(f"records re-run on the driver: {reruns} of {n} ({reruns / n:.1%})", dict(builder.reruns))
    decode = docbin_s / n
    dask_driver = driver + reruns / n * decode
    print(f"driver / worker: {driver / worker:.3f} (local engine)")
    print(
        f"driver / worker on Dask (a re-run decodes its DocBin, {1000 * decode:.2f} ms): "
        f"{dask_driver / worker:.3f}"
    )
    print(f"today (driver decodes Docs, runs every rule): {today_driver / (parse / n):.3f}")
    print(
        f"bytes per article: record {record_bytes / n:,.0f}, DocBin {docbin_bytes / n:,.0f} "
        f"(today: the DocBin alone)"
    )
    for workers in (2, 8, 32, 128):
        split = (worker + dask_driver) / max(worker / workers, dask_driver)
        old = (parse / n + today_driver) / max(parse / n / workers, today_driver)
        print(f"predicted speed-up, {workers} workers + 1 driver: {split:.1f}x (today {old:.1f}x)")


def _fields(article):  # type: ignore[no-untyped-def]
    return {f: getattr(article, f) for f in article.__dataclass_fields__}


if __name__ == "__main__":
    main()
