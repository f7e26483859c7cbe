"""Parsing on a Dask cluster: documents go out in partitions, each worker process loads the
model once, and parsed Docs come back (as DocBin bytes) to the same resolution step as a local
build, in input order — so a distributed build writes the same graph as a serial one.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from kg.extract import Paragraph
from kg.model import Article
from kg.pipeline import chunks


@lru_cache(maxsize=2)
def _worker_model(name: str) -> Any:
    """The spaCy pipeline of this worker process, loaded on first use and kept."""
    from kg.nlp.model import load_model

    return load_model(name)


def _parse_partition(
    items: list[tuple[str, list[str]]], model: str, batch_size: int
) -> list[tuple[str, bytes]]:
    from spacy.tokens import DocBin

    nlp = _worker_model(model)
    out = []
    for article_id, texts in items:
        docs = DocBin(docs=nlp.pipe(texts, batch_size=batch_size))
        out.append((article_id, docs.to_bytes()))
    return out


def parse_on_dask(
    articles: list[Article],
    model: str,
    scheduler: str | None = None,
    workers: int = 2,
    batch_size: int = 64,
) -> Iterator[tuple[Article, list[Paragraph]]]:
    """Parse on the cluster at ``scheduler`` (``tcp://host:8786``), or on a LocalCluster of
    ``workers`` processes bound to loopback when no address is given."""
    import dask.bag as db
    import spacy
    from dask.distributed import Client, LocalCluster
    from spacy.tokens import DocBin

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        spans = {a.id: chunks(a) for a in articles}
        payload = [(a.id, [a.text[s:e] for s, e in spans[a.id]]) for a in articles]
        parts = max(1, min(len(payload), 4 * max(1, workers)))
        bag = db.from_sequence(payload, npartitions=parts)
        results = dict(bag.map_partitions(_parse_partition, model, batch_size).compute())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    vocab = spacy.blank("en").vocab
    for article in articles:
        docs = list(DocBin().from_bytes(results.pop(article.id)).get_docs(vocab))
        yield (
            article,
            [Paragraph(doc, s) for doc, (s, _) in zip(docs, spans[article.id], strict=True)],
        )
