"""The library entry points behind the CLI: build a graph from files or texts, with a
report of what was built and what was skipped and why.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.graph.core import KnowledgeGraph
from kg.ingest.articles import (
    ARTICLE_SUFFIXES,
    find_article_files,
    make_article,
    parse_date,
    read_articles,
    read_lines,
)
from kg.ingest.corpora import Columns
from kg.ingest.feeds import is_url, read_url
from kg.lexicon import DictionaryReport, Lexicon, build_lexicon, default_lexicon
from kg.model import Article
from kg.vocab import short_hash


@dataclass
class BuildResult:
    """A built graph with the files it was built from and those it skipped."""

    graph: KnowledgeGraph
    built: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    # with keep_records: each article with its map record, for a store (kg.pipeline_records)
    records: list[Any] | None = None
    # a line for each rule stage that raised on an article (a bug: its other claims kept)
    failures: list[str] = field(default_factory=list)
    # what a user's verb dictionary added and left out, as the build read it
    verb_dictionary: DictionaryReport | None = None


def iter_articles(
    paths: Iterable[str | Path],
    published: str | None = None,
    lines: bool = False,
    skipped: list[InputError] | None = None,
    strict: bool = False,
    columns: Columns | None = None,
    fetch: bool = False,
) -> Iterator[Article]:
    """Read articles from files, folders and (with ``fetch``) feed or page URLs; bad files,
    rows and entries go to ``skipped`` (or raise if strict)."""
    if published is not None:
        published = parse_date(published, "--published")

    def report(err: InputError) -> None:
        if strict or skipped is None:
            raise err
        skipped.append(err)

    for entry in paths:
        if is_url(entry):
            try:
                if not fetch:
                    raise InputError(
                        str(entry), "is a URL", "Pass --fetch to download it (kg is offline)."
                    )
                yield from read_url(str(entry), published, report)
            except InputError as err:
                report(err)
            continue
        for path in find_article_files([entry]):
            try:
                if not path.exists():
                    raise InputError(str(path), "does not exist", "Check the path.")
                if path.is_dir():
                    raise InputError(
                        str(path),
                        f"holds no article files ({', '.join(ARTICLE_SUFFIXES)})",
                        "Point kg at the folder with the articles.",
                    )
                if lines:
                    yield from read_lines(path, published)
                else:
                    yield from read_articles(path, published, on_error=report, columns=columns)
            except InputError as err:
                report(err)


def text_articles(texts: Iterable[str], published: str | None = None) -> list[Article]:
    """Articles from raw strings; ids are content hashes so they are stable."""
    if published is not None:
        published = parse_date(published, "published")
    return [make_article(t, f"text_{short_hash(t, length=12)}", published=published) for t in texts]


def unique_ids(articles: list[Article]) -> list[Article]:
    """Give articles that share a file stem distinct ids (a short hash of their path)."""
    return list(iter_unique_ids(articles))


def iter_unique_ids(articles: Iterable[Article]) -> Iterator[Article]:
    """``unique_ids`` one article at a time (only the ids seen are kept)."""
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            article = replace(article, id=f"{article.id}_{short_hash(article.path, length=6)}")
        seen.add(article.id)
        yield article


def build_result(
    paths: Iterable[str | Path] = (),
    *,
    texts: Iterable[str] = (),
    published: str | None = None,
    model: str | None = None,
    lines: bool = False,
    strict: bool = False,
    nlp: Any = None,
    progress: bool = False,
    gazetteer: str | Path | None = None,
    verb_dictionary: str | Path | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 64,
    columns: Columns | None = None,
    fetch: bool = False,
    keep_records: bool = False,
    spans: bool = True,
) -> BuildResult:
    """Build a graph; every article that cannot be read is reported in ``skipped``.

    Parsing streams through ``nlp.pipe`` (``workers`` processes) or a Dask cluster
    (``engine="dask"``); either way every article then goes through the same resolution
    step, in input order, so the result does not depend on how it was parsed. Without
    ``spans`` the graph's ``mentions`` (every mention record) stay empty: mentions are
    counted, and memory follows the entities rather than the articles. ``gazetteer`` and
    ``verb_dictionary`` add a user's names and verbs to the shipped lexicon (``user_lexicon``).
    """
    from kg.pipeline import run_build

    skipped: list[InputError] = []
    # read as the build reaches them, never all at once: memory follows the graph, not words
    read = iter_articles(paths, published, lines, skipped, strict, columns, fetch)
    articles = iter_unique_ids(itertools.chain(read, text_articles(texts, published)))
    bar: Any = None
    built = 0

    def tick(_: Article) -> None:
        nonlocal bar, built
        built += 1
        if bar is None and progress and built == 2:  # no bar for a single article
            from tqdm import tqdm

            bar = tqdm(unit="article", file=sys.stderr, initial=1)
        if bar is not None:
            bar.update(1)

    lexicon = user_lexicon(gazetteer, verb_dictionary)
    try:
        run = run_build(
            articles,
            lexicon=lexicon,
            nlp=nlp,
            model=model,
            workers=workers,
            engine=engine,
            scheduler=scheduler,
            batch_size=batch_size,
            strict=strict,
            on_article=tick,
            keep=keep_records,
            spans=spans,
        )
    finally:
        if bar is not None:
            bar.close()
    return BuildResult(
        run.builder.graph(),
        run.built,
        skipped + run.skipped,
        run.builder.kept,
        run.failures,
        lexicon.verb_dictionary,
    )


def user_lexicon(
    gazetteer: str | Path | None = None, verb_dictionary: str | Path | None = None
) -> Lexicon:
    """The shipped rules plus a user's gazetteer file (argument or ``$KG_GAZETTEER``) and
    PETRARCH2 verb dictionary (``kg.lexicon.dictionary_triggers``)."""
    path = gazetteer or os.environ.get("KG_GAZETTEER")
    if not path and not verb_dictionary:
        return default_lexicon()
    if path and not Path(path).exists():
        raise InputError(str(path), "does not exist", "Pass an existing gazetteer JSONL file.")
    if verb_dictionary and not Path(verb_dictionary).exists():
        raise InputError(
            str(verb_dictionary), "does not exist", "Pass an existing PETRARCH2 verb dictionary."
        )
    return build_lexicon(
        Path(path) if path else None,
        verb_dictionary=Path(verb_dictionary) if verb_dictionary else None,
    )


def build(
    paths: Iterable[str | Path] | str | Path = (),
    *,
    texts: Iterable[str] = (),
    published: str | None = None,
    model: str | None = None,
) -> KnowledgeGraph:
    """Build a KnowledgeGraph from article files or folders and/or raw texts.

    Raises InputError for the first unreadable article; use ``build_result`` to keep going.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    return build_result(paths, texts=texts, published=published, model=model, strict=True).graph
