"""A streamed build: articles are read as the parser reaches them and dropped once built (the
graph keeps their metadata, not their text), and offsets are stored as runs."""

from __future__ import annotations

import gc
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from kg.api import iter_articles
from kg.eval.synth import write_corpus
from kg.extract import Draft
from kg.ingest.articles import clean_text, make_article
from kg.model import Article, Offsets
from kg.pipeline import run_build


def test_stream_build_reads_articles_only_as_it_builds_them(nlp: Any, tmp_path: Path) -> None:
    """Articles read but not yet built stay few (a parser batch), and none keeps its text."""
    write_corpus(tmp_path, 30)
    read: list[str] = []
    ahead: list[int] = []
    built: list[str] = []

    def reader() -> Iterator[Article]:
        for article in iter_articles([tmp_path]):
            read.append(article.id)
            yield article

    def on_article(article: Article) -> None:
        built.append(article.id)
        ahead.append(len(read) - len(built))

    run = run_build(reader(), nlp=nlp, batch_size=4, on_article=on_article)
    assert len(built) == 30
    assert max(ahead) <= 6, f"{max(ahead)} articles read ahead of the build"
    kept = run.builder.articles.values()
    assert all(a.text == a.raw == "" and not a.offsets for a in kept)
    assert run.builder.graph().claims, "the build made claims"
    assert all(r.evidence and r.evidence.sentence for r in run.builder.graph().claims)


def test_stream_build_evidence_points_into_the_raw_file(nlp: Any) -> None:
    """Evidence taken at reduce time still maps the sentence back to the original bytes."""
    raw = "Intro line\n\nAngela   Merkel met\nEmmanuel Macron in Paris on Monday.\n"
    article = make_article(raw, "a1", published="2025-03-04")
    graph = run_build([article], nlp=nlp).builder.graph()
    (met,) = [r for r in graph.claims if r.predicate.value == "met"]
    assert met.evidence is not None
    assert " ".join(raw[met.evidence.start : met.evidence.end].split()) == met.evidence.sentence


def test_stream_build_keeps_few_draft_claims_in_memory(nlp: Any, tmp_path: Path) -> None:
    """Draft claims wait on disk: the live ones stay under a spool batch and an article's,
    however many the corpus makes (counted with the garbage collector, not timed)."""
    write_corpus(tmp_path, 60)
    live: list[int] = []

    def on_article(_: Article) -> None:
        gc.collect()
        live.append(sum(1 for o in gc.get_objects() if isinstance(o, Draft)))

    run = run_build(iter_articles([tmp_path]), nlp=nlp, batch_size=4, on_article=on_article)
    made = len(run.builder.drafts)
    assert made > 400, "the corpus makes more drafts than the bound"
    assert max(live) <= 256 + 40, f"{max(live)} of {made} drafts alive at once"


@given(st.lists(st.integers(0, 3), max_size=200))
def test_stream_build_offsets_equal_the_positions_they_store(steps: list[int]) -> None:
    """Offsets of any non-decreasing positions index, iterate, compare and pickle as a tuple."""
    values, pos = [], 0
    for step in steps:
        pos += step
        values.append(pos)
    offsets = Offsets(values)
    assert list(offsets) == values
    assert [offsets[i] for i in range(-len(values), len(values))] == values + values
    assert offsets == tuple(values)
    assert offsets[2:5] == tuple(values[2:5])
    assert pickle.loads(pickle.dumps(offsets)) == offsets
    assert hash(Offsets(values)) == hash(offsets)


def test_stream_build_offsets_of_clean_text_are_a_few_runs() -> None:
    """Cleaned text maps back to its file with one run per collapsed space or joined line."""
    raw = "A  line of text\nthat wraps here.\n\nSecond   paragraph of it.\n" * 20
    text, positions, _ = clean_text(raw)
    article = make_article(raw, "x")
    assert article.offsets == positions
    assert article.offsets.runs < len(text) // 10  # type: ignore[attr-defined]
    for i, ch in enumerate(text):
        assert ch == " " or raw[article.offsets[i]] == ch
