"""Parsing and extraction on a Dask cluster: articles go out in partitions, each worker
process loads the model once, parses its articles and maps each to an ``ArticleRecord``
(resolver answers and draft claims). The driver reduces the records in input order, as a
serial build does, so a distributed build writes the same graph as a serial one.

With each record comes the article's parse as ``DocBin`` bytes, decoded only when the
driver must run the article's rules again (a record whose answers the corpus contradicts:
about 1 article in 500 on generated corpora, 1 in 20 to 1 in 9 on real news, each worker
answering from the articles it mapped before, ``worker_resolver``); parsing it again on
the driver would cost a worker's whole time for that article.
"""

from __future__ import annotations

import gc
import io
import pickle
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from kg.errors import KgError
from kg.extract import Paragraph
from kg.lexicon import Lexicon, default_lexicon
from kg.model import Article
from kg.pipeline import chunks
from kg.pipeline_records import (
    ArticleRecord,
    dump_record,
    map_article,
    paused_gc,
    worker_resolver,
)

# what a worker gets per article: id, published date, paragraph texts and their offsets
Job = tuple[str, str | None, list[str], list[int]]


# each worker thread's own resolver, kept across the articles it maps (``worker_resolver``)
_HELD = threading.local()


@lru_cache(maxsize=2)
def _worker_model(name: str) -> Any:
    """The spaCy pipeline of this worker process, loaded on first use and kept."""
    from kg.nlp.model import load_model

    model = load_model(name)
    # kept for the process's life: out of the collector's full passes, as a build's loop
    # keeps its model (``kg.pipeline._frozen_heap``); each pass over it cost ~0.4 s
    gc.freeze()
    return model


def pack(record: ArticleRecord) -> bytes:
    """A record as the bytes a worker sends back (pickled, compressed)."""
    buffer = io.BytesIO()
    dump_record(record, buffer)  # read back several times faster than pickle's default
    return zlib.compress(buffer.getvalue(), 6)


def unpack(blob: bytes | None) -> ArticleRecord | None:
    """The record a worker sent."""
    if blob is None:
        return None
    with paused_gc():  # tuples and strings by the hundred, no cycles
        record: ArticleRecord = pickle.loads(zlib.decompress(blob))  # our own workers
    return record


def map_jobs(
    jobs: list[Job], model: str, batch_size: int, lexicon: Lexicon | None
) -> list[tuple[str, bytes | None, bytes]]:
    """A worker's task: parse and map every article of a partition. Each article gives its
    packed record (``None`` when its rules failed: the driver runs them again and reports
    the error) and its Docs as DocBin bytes."""
    from spacy.tokens import DocBin

    nlp = _worker_model(model)
    lx = lexicon or default_lexicon()
    out: list[tuple[str, bytes | None, bytes]] = []
    for article_id, published, texts, starts in jobs:
        docs = list(nlp.pipe(texts, batch_size=batch_size))
        paragraphs = [Paragraph(doc, s) for doc, s in zip(docs, starts, strict=True)]
        # the rules read only the article's id and date (offsets stay on the driver)
        article = Article(article_id, "", "", "", (), (), published=published)
        _HELD.resolver = resolver = worker_resolver(getattr(_HELD, "resolver", None), lx)
        try:
            record: bytes | None = pack(map_article(lx, article, paragraphs, resolver))
        except KgError:
            record = None
        out.append((article_id, record, DocBin(docs=docs).to_bytes()))
    return out


def map_on_dask(
    articles: list[Article],
    model: str,
    scheduler: str | None = None,
    workers: int = 2,
    batch_size: int = 64,
    lexicon: Lexicon | None = None,
    part_size: int = 16,
) -> Iterator[tuple[Article, ArticleRecord | None, Callable[[], list[Paragraph]]]]:
    """Map on the cluster at ``scheduler`` (``tcp://host:8786``), or on a LocalCluster of
    ``workers`` processes bound to loopback when no address is given. Yields each article
    in input order with its record and a function that gives its paragraphs here (needed
    only when the driver must re-run its rules).

    Partitions of ``part_size`` articles are submitted a few per worker ahead of the one
    being reduced, so the driver holds a bounded number of results, not the corpus's.
    """
    from dask.distributed import Client, LocalCluster

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
        import spacy

        vocab = spacy.blank("en").vocab
        custom = None if lexicon is None or lexicon is default_lexicon() else lexicon
        shipped = client.scatter(custom, broadcast=True) if custom is not None else None
        slots = max(1, sum(client.nthreads().values()))
        parts = [articles[i : i + part_size] for i in range(0, len(articles), part_size)]
        pending: deque[Any] = deque()
        for index in range(len(parts) + 2 * slots):
            if index < len(parts):
                jobs = [_job(a) for a in parts[index]]
                pending.append(
                    client.submit(map_jobs, jobs, model, batch_size, shipped, pure=False)
                )
            if index >= 2 * slots and pending:
                part = parts[index - 2 * slots]
                results = {aid: (rec, docs) for aid, rec, docs in pending.popleft().result()}
                for article in part:
                    record, docs = results.pop(article.id)
                    yield article, unpack(record), _decoder(docs, chunks(article), vocab)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _job(article: Article) -> Job:
    spans = chunks(article)
    return (
        article.id,
        article.published,
        [article.text[s:e] for s, e in spans],
        [s for s, _ in spans],
    )


def _decoder(
    blob: bytes, spans: list[tuple[int, int]], vocab: Any
) -> Callable[[], list[Paragraph]]:
    def parse() -> list[Paragraph]:
        from spacy.tokens import DocBin

        paused = not gc.isenabled()
        decoded = DocBin().from_bytes(blob)
        if paused:  # srsly's msgpack_loads turns the collector on whatever it found
            gc.disable()
        docs = decoded.get_docs(vocab)
        return [Paragraph(doc, s) for doc, (s, _) in zip(docs, spans, strict=True)]

    return parse
