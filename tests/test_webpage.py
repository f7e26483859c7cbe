"""Saved news pages: only the article body reaches the graph (no menus, cookie banners,
related links or reader comments), with the page's own metadata unless a sidecar says more."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.ingest.webpage import extract_page, read_webpage
from tests.io_texts import ARTICLES, DATA, JUNK_NAMES, claims, write_txt


@pytest.fixture(scope="module")
def txt_claims(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> set[tuple[Any, ...]]:
    """Claims of the two articles given as .txt files."""
    from kg.api import build_result

    paths = write_txt(tmp_path_factory.mktemp("txt"))
    graph = build_result(paths, nlp=nlp, strict=True).graph
    assert graph.claims
    return claims(graph)


@pytest.mark.parametrize("name", ["talks", "washington"])
def test_webpage_keeps_only_the_article_text(name: str) -> None:
    """trafilatura's text of a cluttered page is exactly the article, paragraph by paragraph."""
    page = extract_page((DATA / f"page_{name}.html").read_text("utf-8"))
    assert page.text == ARTICLES[name]["text"]
    for junk in ("cookie", "Comments", "Related", "Reader42", "Home", "rights reserved"):
        assert junk not in page.text


def test_webpage_metadata_fills_the_article() -> None:
    """Title, date and site name come from the page when no sidecar gives them."""
    article = read_webpage(DATA / "page_talks.html")
    assert article.title == "Macron and Scholz hold talks"
    assert article.published == "2024-03-05"
    assert article.source == "The Daily Courier"
    assert article.author == "Jane Reporter"
    assert article.text == ARTICLES["talks"]["text"]
    # offsets refer to the extracted text
    start = article.text.index("Olaf Scholz")
    assert article.raw[slice(*article.raw_span(start, start + 11))] == "Olaf Scholz"


def test_webpage_sidecar_wins_over_the_page(tmp_path: Path) -> None:
    """A .meta.json sidecar's title, date and language win over what the page declares."""
    path = tmp_path / "p.html"
    shutil.copy(DATA / "page_talks.html", path)
    meta = {
        "published": "2024-03-04",
        "title": "Own title",
        "url": "https://x.example/p",
        "language": "en-GB",
        "author": "Own Byline",
    }
    (tmp_path / "p.meta.json").write_text(json.dumps(meta), "utf-8")
    article = read_webpage(path)
    assert (article.published, article.title, article.url, article.language) == (
        "2024-03-04",
        "Own title",
        "https://x.example/p",
        "en-GB",
    )
    assert article.source == "The Daily Courier"
    assert article.author == "Own Byline"


def test_webpage_without_text_is_an_input_error(tmp_path: Path) -> None:
    """A page with no article text is reported by name, not built empty."""
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>T</title></head><body><script>load()</script></body></html>", "utf-8"
    )
    with pytest.raises(InputError, match=r"empty\.html"):
        read_webpage(path)


def test_webpage_build_matches_txt(
    nlp: Any, txt_claims: set[tuple[Any, ...]], tmp_path: Path
) -> None:
    """Saved pages give the same claims as their texts as .txt, and nothing from the clutter."""
    from kg import load
    from kg.api import build_result
    from kg.io.formats import serialize

    paths = [DATA / "page_talks.html", DATA / "page_washington.html"]
    graph = build_result(paths, nlp=nlp, strict=True).graph
    assert claims(graph) == txt_claims
    labels = {e.label for e in graph.entities.values()}
    assert labels.isdisjoint(JUNK_NAMES), labels & set(JUNK_NAMES)
    assert {a.source for a in graph.articles.values()} == {"The Daily Courier", "World Wire"}
    # the page's byline is the article's author, in the RDF and read back from it
    assert graph.articles["page_talks"].author == "Jane Reporter"
    path = tmp_path / "pages.ttl"
    path.write_text(serialize(graph), "utf-8")
    assert load(path).articles["page_talks"].author == "Jane Reporter"
    assert "schema:author" in path.read_text("utf-8")
