"""Saved news pages: trafilatura keeps the article body (no menus, cookie banners, related
links or reader comments) and its metadata; offsets then refer to the extracted text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ingest.articles import (
    article_id_for,
    decode_bytes,
    make_article,
    parse_date,
    read_file_bytes,
    sidecar_fields,
)
from kg.model import Article


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura finds in a page: the main text (paragraphs split by blank lines)
    and the metadata the page declares."""

    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    author: str | None = None
    url: str | None = None


def extract_page(html: str, url: str | None = None) -> Page:
    """Main text and metadata of an HTML page; comments are never part of the text.

    >>> page = extract_page("<html><head><title>Talks</title></head><body><article>"
    ...                     "<p>Modi met Biden.</p><p>They spoke.</p></article></body></html>")
    >>> page.title, page.text
    ('Talks', 'Modi met Biden.\\n\\nThey spoke.')
    """
    import trafilatura

    found = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        output_format="json",
    )
    doc: dict[str, Any] = json.loads(found) if found else {}
    text = str(doc.get("text") or "")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return Page(
        text="\n\n".join(paragraphs),
        title=_field(doc, "title"),
        date=_field(doc, "date"),
        sitename=_field(doc, "source-hostname") or _field(doc, "hostname"),
        author=_field(doc, "author"),
        url=_field(doc, "source"),
    )


def _field(doc: dict[str, Any], name: str) -> str | None:
    value = doc.get(name)
    return (str(value).strip() or None) if value else None


def page_article(
    html: str,
    article_id: str,
    where: str,
    *,
    published: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    language: str = "en",
    author: str | None = None,
) -> Article:
    """An Article from an HTML page; explicit metadata wins over what the page declares."""
    page = extract_page(html, url)
    if not page.text:
        raise InputError(
            where,
            "has no article text that trafilatura could find",
            "Check that the page holds the article (not only a paywall or a script loader).",
        )
    date = published
    if date is None and page.date:
        try:
            date = parse_date(page.date, where)
        except InputError:
            date = None  # a page's own odd date is not worth refusing the article over
    article = make_article(
        page.text,
        article_id,
        published=date,
        title=title or page.title,
        source=source or page.sitename,
        url=url or page.url,
        language=language,
        author=author or page.author,
    )
    return replace(article, path=where)


def read_webpage(path: Path, published: str | None = None) -> Article:
    """Read a saved HTML page and its optional ``NAME.meta.json`` sidecar (which wins over
    the page's own title, date, site name, author and URL; ``published`` wins over both)."""
    html = decode_bytes(read_file_bytes(path), str(path))
    return page_article(html, article_id_for(path), str(path), **sidecar_fields(path, published))
