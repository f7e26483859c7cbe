"""RSS and Atom feeds through feedparser: each entry is an article with its date, title, link
and content (or summary). Saved feeds are read offline; a feed URL is fetched, and its links
followed, only when the caller asks (``kg build URL --fetch``).
"""

from __future__ import annotations

import datetime as dt
import re
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ingest.articles import MAX_BYTES, decode_bytes, make_article, read_file_bytes
from kg.model import Article
from kg.vocab import short_hash

OnError = Callable[[InputError], None]

FETCH_TIMEOUT = 20.0  # seconds per request
MAX_ENTRIES = 1000  # a feed longer than this is cut, and the cut is reported
USER_AGENT = "kg (+https://kg.example.org/)"
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry, before it is made an article."""

    index: int
    key: str  # guid, else link, else title: what makes the article id stable across refreshes
    title: str | None
    link: str | None
    published: str | None
    text: str
    source: str | None
    author: str | None = None


def fragment_text(value: str, mime: str = "text/html") -> str:
    """Text of an entry's content, paragraphs separated by blank lines (lxml for HTML).

    >>> fragment_text("<p>Modi met Biden.</p><p>They &amp; aides spoke.</p>")
    'Modi met Biden.\\n\\nThey & aides spoke.'
    """
    if "html" not in mime and "xml" not in mime:
        return value.strip()
    import lxml.html

    if not value.strip():
        return ""
    root = lxml.html.fragment_fromstring(value, create_parent="div")
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    paragraphs = (re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def parse_entries(data: bytes, where: str, on_error: OnError) -> Iterator[Entry]:
    """The entries of a feed document; raises InputError when ``data`` is no feed at all."""
    import feedparser

    # bytes, never a string: feedparser would fetch a string that looks like a URL
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError(
            where,
            f"is not an RSS or Atom feed{f' ({reason})' if reason else ''}",
            "Give kg a saved feed (.rss, .atom, .xml) or an article file.",
        )
    source = _clean(parsed.feed.get("title"))
    for index, item in enumerate(parsed.entries, start=1):
        if index > MAX_ENTRIES:
            on_error(
                InputError(
                    where,
                    f"has more than {MAX_ENTRIES} entries; the rest are not read",
                    "Split the feed.",
                )
            )
            return
        contents = item.get("content") or []
        body = contents[0] if contents else item.get("summary_detail") or {}
        text = fragment_text(str(body.get("value") or ""), str(body.get("type") or "text/html"))
        title = _clean(item.get("title"))
        link = _clean(item.get("link"))
        yield Entry(
            index=index,
            key=_clean(item.get("id")) or link or title or str(index),
            title=title,
            link=link,
            published=_date(item.get("published_parsed") or item.get("updated_parsed")),
            text=text,
            source=source,
            author=_clean(item.get("author")),
        )


def _clean(value: Any) -> str | None:
    return (str(value).strip() or None) if value else None


def _date(value: time.struct_time | None) -> str | None:
    if not value:
        return None
    return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()


def entry_article(entry: Entry, stem: str, where: str, published: str | None = None) -> Article:
    """An entry's own text (content, else summary) as an Article."""
    if not entry.text:
        raise InputError(
            where,
            "has no content or summary",
            "Fetch the linked pages with --fetch, or give kg the articles themselves.",
        )
    article = make_article(
        entry.text,
        f"{stem}_{short_hash(entry.key, length=10)}",
        published=published or entry.published,
        title=entry.title,
        source=entry.source,
        url=entry.link,
        author=entry.author,
    )
    return replace(article, path=where)


def read_feed(
    path: Path, published: str | None = None, on_error: OnError | None = None
) -> Iterator[Article]:
    """Articles from a saved RSS/Atom file; never touches the network. A bad entry is
    reported through ``on_error`` (raised when None) by its number, the others are read."""
    report = on_error or _raise
    data = read_file_bytes(path)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", path.stem).strip("_") or "feed"
    for entry in parse_entries(data, str(path), report):
        where = f"{path} entry {entry.index}"
        try:
            yield entry_article(entry, stem, where, published)
        except InputError as err:
            report(err)


def is_url(value: str | Path) -> bool:
    """True for an http(s) URL given where a file was expected.

    >>> is_url("https://example.org/feed.xml"), is_url("seeds/a.txt")
    (True, False)
    """
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def fetch(url: str, timeout: float = FETCH_TIMEOUT) -> tuple[bytes, str]:
    """GET ``url`` (http or https only), at most MAX_BYTES; returns the body and its
    content type. Raises InputError naming the URL on any failure."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise InputError(url, "is not an http(s) URL", "Give an http:// or https:// URL.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_BYTES + 1)
            kind = str(response.headers.get_content_type())
    except (OSError, ValueError) as exc:
        raise InputError(
            url, f"cannot be fetched ({exc})", "Check the URL and the network."
        ) from exc
    if len(body) > MAX_BYTES:
        raise InputError(url, f"is over the {MAX_BYTES}-byte limit", "Save and split it.")
    return body, kind


def read_url(
    url: str,
    published: str | None = None,
    on_error: OnError | None = None,
    follow: bool = True,
) -> Iterator[Article]:
    """Fetch a feed URL and read its entries; with ``follow`` each entry's link is fetched and
    its page's main text (trafilatura) is the article, else the entry's own text. A URL that
    is an HTML page rather than a feed is read as one page. Only called with ``--fetch``."""
    from kg.ingest.webpage import page_article

    report = on_error or _raise
    body, kind = fetch(url)
    stem = _url_stem(url)
    if "html" in kind and b"<rss" not in body[:2048] and b"<feed" not in body[:2048]:
        yield page_article(decode_bytes(body, url), stem, url, published=published, url=url)
        return
    for entry in parse_entries(body, url, report):
        where = f"{url} entry {entry.index}"
        try:
            if follow and entry.link:
                link = urllib.parse.urljoin(url, entry.link)
                page, _ = fetch(link)
                article = page_article(
                    decode_bytes(page, link),
                    f"{stem}_{short_hash(entry.key, length=10)}",
                    link,
                    published=published or entry.published,
                    title=entry.title,
                    source=entry.source,
                    url=link,
                )
            else:
                article = entry_article(entry, stem, where, published)
            yield article
        except InputError as err:
            report(err)


def _url_stem(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    name = Path(parts.path).stem or parts.hostname or "feed"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_") or "feed"


def _raise(err: InputError) -> None:
    raise err
