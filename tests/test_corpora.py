"""Corpora in JSON Lines and CSV: one article a row, columns named by flags, rows streamed;
a bad row is one error naming the file and line, and the other rows are read."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.ingest.corpora import Columns, read_csv, read_jsonl
from tests.io_texts import ARTICLES, claims, write_txt


@pytest.fixture(scope="module")
def txt_claims(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> set[tuple[Any, ...]]:
    from kg.api import build_result

    graph = build_result(write_txt(tmp_path_factory.mktemp("txt")), nlp=nlp, strict=True).graph
    assert graph.claims
    return claims(graph)


def _rows(**names: str) -> list[dict[str, str]]:
    col = Columns(**names)
    return [
        {col.id: name, col.text: a["text"], col.published: a["published"], col.title: a["title"]}
        for name, a in ARTICLES.items()
    ]


def write_jsonl(path: Path, rows: list[dict[str, Any]], bad: bool = False) -> Path:
    lines = [json.dumps(r) for r in rows]
    if bad:
        lines[1:1] = ["{not json", "[1, 2]", json.dumps({"text": "  "}), ""]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def write_csv(path: Path, rows: list[dict[str, Any]], bad: bool = False) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerow(rows[0])
        if bad:
            key, text, date = list(rows[0])[:3]  # the id, text and date columns, as named
            writer.writerow({**rows[0], text: "", key: "empty"})
            writer.writerow({**rows[0], date: "last Tuesday", key: "baddate"})
        writer.writerows(rows[1:])
    return path


@pytest.mark.parametrize(("suffix", "writer"), [(".jsonl", write_jsonl), (".csv", write_csv)])
def test_corpora_rows_become_articles(tmp_path: Path, suffix: str, writer: Any) -> None:
    """Each row is an article with its id, date and title; texts keep their paragraphs."""
    path = writer(tmp_path / f"corpus{suffix}", _rows())
    reader = read_jsonl if suffix == ".jsonl" else read_csv
    articles = list(reader(path))
    assert [a.id for a in articles] == ["talks", "washington"]
    assert [a.published for a in articles] == ["2024-03-05", "2024-03-06"]
    assert [a.title for a in articles] == [a["title"] for a in ARTICLES.values()]
    assert [a.text for a in articles] == [a["text"] for a in ARTICLES.values()]


def test_corpora_bad_jsonl_rows_are_reported_by_line(tmp_path: Path) -> None:
    """Each bad JSON Lines row is one error naming file and line; the good rows are read."""
    path = write_jsonl(tmp_path / "c.jsonl", _rows(), bad=True)
    errors: list[InputError] = []
    articles = list(read_jsonl(path, on_error=errors.append))
    assert [a.id for a in articles] == ["talks", "washington"]
    assert [e.path for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in errors[0].problem
    assert "not a JSON object" in errors[1].problem
    assert "no text in 'text'" in errors[2].problem


def test_corpora_bad_csv_rows_are_reported_by_line(tmp_path: Path) -> None:
    """Each bad CSV row (no text, a date that is not ISO) is one error naming file and line."""
    path = write_csv(tmp_path / "c.csv", _rows(), bad=True)
    errors: list[InputError] = []
    articles = list(read_csv(path, on_error=errors.append))
    assert [a.id for a in articles] == ["talks", "washington"]
    lines = path.read_text("utf-8").splitlines()
    empty, baddate = (1 + lines.index(x) for x in lines if x.startswith(("empty,", "baddate,")))
    assert [e.path for e in errors] == [f"{path}:{empty}", f"{path}:{baddate} ('published')"]


def test_corpora_csv_without_the_text_column_names_the_flag(tmp_path: Path) -> None:
    """A CSV without the text column fails once, listing its columns and the flag to use."""
    path = write_csv(tmp_path / "c.csv", _rows(text="body"))
    with pytest.raises(InputError, match=r"no column 'text' \(columns: id, body.*--text-column"):
        list(read_csv(path))


def test_corpora_rows_are_streamed(tmp_path: Path) -> None:
    """Rows are read one at a time: the first article comes before a broken later line is
    even read."""
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(_rows()[0]) + "\n{broken\n", "utf-8")
    rows = read_jsonl(path)  # on_error None: a bad row raises, so reading it would show
    assert next(rows).id == "talks"
    with pytest.raises(InputError, match=":2"):
        next(rows)


def test_corpora_default_ids_are_file_and_row(tmp_path: Path) -> None:
    """Rows without an id get FILE-ROW ids, which stay unique."""
    path = tmp_path / "news.csv"
    path.write_text("text\nModi met Biden.\nMacron met Scholz.\n", "utf-8")
    assert [a.id for a in read_csv(path)] == ["news-1", "news-2"]


@pytest.mark.parametrize(("suffix", "writer"), [(".jsonl", write_jsonl), (".csv", write_csv)])
def test_corpora_build_matches_txt(
    nlp: Any, tmp_path: Path, suffix: str, writer: Any, txt_claims: set[tuple[Any, ...]]
) -> None:
    """A corpus file, with its own column names and bad rows, gives the same claims as the
    texts as .txt; each bad row is reported and the build goes on."""
    from kg.api import build_result

    names = {"text": "body", "published": "date", "title": "headline", "id": "doc"}
    path = writer(tmp_path / f"corpus{suffix}", _rows(**names), bad=True)
    result = build_result([path], nlp=nlp, columns=Columns(**names))
    assert len(result.skipped) == (3 if suffix == ".jsonl" else 2)
    assert claims(result.graph) == txt_claims
    assert sorted(result.graph.articles) == ["talks", "washington"]
