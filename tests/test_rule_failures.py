"""A rule that raises on one article is a bug of kg, not of the input: the build reports it
(article, stage, error, line of kg) and keeps everything else, that article's other claims
included; ``--strict`` stops at it, and the test suite (``KG_RULE_ERRORS=raise``) raises it."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kg.api import build_result
from kg.errors import KgError
from kg.extract import stages
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.pipeline import GraphBuilder, parse_stream
from kg.pipeline_records import map_article
from tests.conftest import triples

BROKEN = "Ruritania"  # the word on whose paragraphs the broken stage raises
FAULTY = "Sergei Lavrov, the Russian foreign minister, met Wang Yi in Ruritania on Monday."
SOUND = "Emmanuel Macron met Olaf Scholz in Paris on Monday."


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ``interactions`` stage raises on a paragraph naming Ruritania; rule errors are
    reported, not raised (as in a user's build)."""
    monkeypatch.delenv("KG_RULE_ERRORS", raising=False)

    def breaking(run: Any) -> Any:
        @functools.wraps(run)
        def wrapped(ctx: Any, para: Any) -> Any:
            if BROKEN in para.text:
                raise IndexError("list index out of range")
            return run(ctx, para)

        return wrapped

    patched = tuple(
        replace(s, run=breaking(s.run)) if s.name == "interactions" else s for s in stages.STAGES
    )
    monkeypatch.setattr(stages.run_stages, "__defaults__", (patched,))
    monkeypatch.setattr(stages, "_PASSES", {})


def _build(nlp: Any, **options: Any) -> Any:
    return build_result(texts=[FAULTY, SOUND], published="2025-08-08", nlp=nlp, **options)


def test_rule_failure_keeps_the_other_articles_and_claims(nlp: Any, broken: None) -> None:
    result = _build(nlp)
    (line,) = result.failures
    assert "interactions.interactions" in line
    assert "IndexError: list index out of range" in line
    assert re.search(r"; \w+\.py:\d+\)$", line)  # kg's deepest line in the raise, for a report
    found = triples(result.graph)
    assert ("Emmanuel Macron", "met", "Olaf Scholz") in found  # the other article whole
    assert ("Sergei Lavrov", "member_of", "Russia") in found  # the same article's other stages
    assert not any(p == "met" and s == "Sergei Lavrov" for s, p, _ in found)


def test_rule_failure_without_the_bug_nothing_is_reported(nlp: Any) -> None:
    result = _build(nlp)
    assert result.failures == []
    assert ("Sergei Lavrov", "met", "Wang Yi") in triples(result.graph)


def test_rule_failure_stops_a_strict_build(nlp: Any, broken: None) -> None:
    with pytest.raises(KgError, match=r"interactions\.interactions .*IndexError"):
        _build(nlp, strict=True)


def test_rule_failure_raises_where_asked(
    nlp: Any, broken: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_RULE_ERRORS", "raise")
    with pytest.raises(IndexError):
        _build(nlp)


def test_rule_failure_travels_in_a_workers_record(nlp: Any, broken: None) -> None:
    """A worker's map step records the failure; the driver's reduce reports it."""
    lexicon = default_lexicon()
    article = make_article(FAULTY, "a1", published="2025-08-08")
    ((_, paragraphs),) = list(parse_stream(nlp, [article], 1, 8))
    record = map_article(lexicon, article, paragraphs)
    assert len(record.failures) == 1
    done = GraphBuilder(lexicon).reduce(article, record, lambda: paragraphs)
    assert done.failures == record.failures


def test_rule_failure_is_a_warning_line_of_the_cli(
    broken: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    (tmp_path / "a.txt").write_text(FAULTY, "utf-8")
    (tmp_path / "b.txt").write_text(SOUND, "utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path), "--out", str(out), "--published", "2025-08-08"]) == 0
    err = capsys.readouterr().err
    assert "kg: warning: " in err
    assert "a.txt: rule stage interactions.interactions" in err
    assert "Emmanuel Macron" in (out / "relations.jsonl").read_text("utf-8")
