"""The library entry points behind the CLI: build a graph from files or texts, with a
report of what was built and what was skipped and why.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError, KgError
from kg.graph import KnowledgeGraph
from kg.ingest import (
    ARTICLE_SUFFIXES,
    find_article_files,
    make_article,
    parse_date,
    read_article,
    read_lines,
)
from kg.lexicon import Lexicon, build_lexicon, default_lexicon
from kg.model import Article
from kg.vocab import short_hash


@dataclass
class BuildResult:
    """A built graph with the files it was built from and those it skipped."""

    graph: KnowledgeGraph
    built: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)


def iter_articles(
    paths: Iterable[str | Path],
    published: str | None = None,
    lines: bool = False,
    skipped: list[InputError] | None = None,
    strict: bool = False,
) -> Iterator[Article]:
    """Read articles from files and folders; bad files go to ``skipped`` (or raise if strict)."""
    if published is not None:
        published = parse_date(published, "--published")
    for path in find_article_files(paths):
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
                yield read_article(path, published)
        except InputError as err:
            if strict or skipped is None:
                raise
            skipped.append(err)


def text_articles(texts: Iterable[str], published: str | None = None) -> list[Article]:
    """Articles from raw strings; ids are content hashes so they are stable."""
    if published is not None:
        published = parse_date(published, "published")
    return [make_article(t, f"text_{short_hash(t, length=12)}", published=published) for t in texts]


def unique_ids(articles: list[Article]) -> list[Article]:
    """Give articles that share a file stem distinct ids (a short hash of their path)."""
    seen: set[str] = set()
    out = []
    for article in articles:
        if article.id in seen:
            article = replace(article, id=f"{article.id}_{short_hash(article.path, length=6)}")
        seen.add(article.id)
        out.append(article)
    return out


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
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 64,
) -> BuildResult:
    """Build a graph; every article that cannot be read is reported in ``skipped``.

    Parsing streams through ``nlp.pipe`` (``workers`` processes) or a Dask cluster
    (``engine="dask"``); either way every article then goes through the same resolution
    step, in input order, so the result does not depend on how it was parsed.
    """
    from kg.pipeline import GraphBuilder, parse_stream

    skipped: list[InputError] = []
    builder = GraphBuilder(user_lexicon(gazetteer))
    built: list[str] = []
    articles = list(iter_articles(paths, published, lines, skipped, strict))
    articles = unique_ids(articles + text_articles(texts, published))
    if not articles:  # nothing to parse: do not load a model or start a cluster
        return BuildResult(builder.graph(), built, skipped)
    if engine == "dask":
        from kg.distributed import parse_on_dask
        from kg.nlp import model_name

        parsed = parse_on_dask(articles, model_name(model), scheduler, workers, batch_size)
    elif engine == "local":
        from kg.nlp import load_model

        nlp = nlp or load_model(model)
        parsed = parse_stream(nlp, articles, workers, batch_size)
    else:
        raise KgError(f"unknown engine {engine!r}; use local or dask.")
    bar = None
    if progress and len(articles) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(articles), unit="article", file=sys.stderr)
    for article, paragraphs in parsed:
        try:
            builder.add(article, paragraphs)
        except KgError as err:
            if strict:
                raise
            skipped.append(InputError(article.path or article.id, str(err), "See the message."))
            continue
        built.append(article.path or article.id)
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return BuildResult(builder.graph(), built, skipped)


def user_lexicon(gazetteer: str | Path | None = None) -> Lexicon:
    """The shipped rules plus a user's gazetteer file (argument or ``$KG_GAZETTEER``)."""
    path = gazetteer or os.environ.get("KG_GAZETTEER")
    if not path:
        return default_lexicon()
    if not Path(path).exists():
        raise InputError(str(path), "does not exist", "Pass an existing gazetteer JSONL file.")
    return build_lexicon(Path(path))


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
