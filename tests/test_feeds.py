"""RSS and Atom feeds: each entry is an article; a saved feed is read offline, a feed URL only
with --fetch (tested against a server on 127.0.0.1), and a bad entry does not stop the rest."""

from __future__ import annotations

import functools
import html
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.ingest.feeds import fragment_text, read_feed
from tests.io_texts import ARTICLES, DATA, claims, write_txt

DATES = {"talks": "Tue, 05 Mar 2024 09:00:00 GMT", "washington": "Wed, 06 Mar 2024 08:30:00 GMT"}


def _html(text: str) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))


def rss(links: dict[str, str] | None = None, bad: bool = False) -> str:
    """An RSS 2.0 feed of the two articles (content:encoded HTML), optionally with links and a
    bad entry."""
    items = []
    for name, article in ARTICLES.items():
        link = (links or {}).get(name, f"https://news.example/{name}")
        items.append(
            f"<item><title>{article['title']}</title><link>{link}</link>"
            f"<guid>urn:kg-test:{name}</guid><pubDate>{DATES[name]}</pubDate>"
            "<dc:creator>Desk Writer</dc:creator>"
            "<description>A teaser that is not the article.</description>"
            f"<content:encoded><![CDATA[{_html(article['text'])}]]></content:encoded></item>"
        )
    if bad:
        items.insert(1, "<item><title>Empty</title><guid>urn:kg-test:empty</guid></item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>World Desk</title><link>https://news.example/</link>"
        f"<description>World news</description>{''.join(items)}</channel></rss>\n"
    )


def atom() -> str:
    """An Atom 1.0 feed of the two articles (HTML content)."""
    entries = "".join(
        f"<entry><title>{a['title']}</title><id>urn:kg-test:{name}</id>"
        "<author><name>Desk Writer</name></author>"
        f'<link href="https://news.example/{name}"/><updated>{a["published"]}T09:00:00Z</updated>'
        f'<content type="html">{html.escape(_html(a["text"]))}</content></entry>'
        for name, a in ARTICLES.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>World Desk</title><id>urn:kg-test:feed</id><updated>2024-03-06T09:00:00Z</updated>"
        f"{entries}</feed>\n"
    )


@pytest.fixture(scope="module")
def txt_claims(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> set[tuple[Any, ...]]:
    from kg.api import build_result

    graph = build_result(write_txt(tmp_path_factory.mktemp("txt")), nlp=nlp, strict=True).graph
    assert graph.claims
    return claims(graph)


def test_feeds_fragment_text_keeps_paragraphs() -> None:
    """An entry's HTML content becomes text with one paragraph per block, scripts dropped."""
    text = fragment_text("<p>Modi met Biden.</p><script>x()</script><ul><li>One</li></ul>")
    assert text == "Modi met Biden.\n\nOne"
    assert fragment_text("Plain & simple.", "text/plain") == "Plain & simple."


@pytest.mark.parametrize(("name", "feed"), [("world.rss", rss()), ("world.atom", atom())])
def test_feeds_entries_become_articles(tmp_path: Path, name: str, feed: str) -> None:
    """Each entry is an article with its date, title, link, the feed's title and its content."""
    path = tmp_path / name
    path.write_text(feed, "utf-8")
    articles = list(read_feed(path))
    assert [a.text for a in articles] == [a["text"] for a in ARTICLES.values()]
    assert [a.published for a in articles] == ["2024-03-05", "2024-03-06"]
    assert [a.title for a in articles] == [a["title"] for a in ARTICLES.values()]
    assert articles[0].url == "https://news.example/talks"
    assert articles[0].source == "World Desk"
    assert [a.author for a in articles] == ["Desk Writer", "Desk Writer"]
    assert articles[0].path == f"{path} entry 1"
    # ids come from the entry's guid, so a refreshed feed keeps them
    assert [a.id for a in read_feed(path)] == [a.id for a in articles]


def test_feeds_bad_entry_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    """An entry with no content is one error naming the file and the entry; the rest are read."""
    path = tmp_path / "world.xml"
    path.write_text(rss(bad=True), "utf-8")
    errors: list[InputError] = []
    articles = list(read_feed(path, on_error=errors.append))
    assert len(articles) == 2
    assert [str(e) for e in errors] == [
        f"{path} entry 2: has no content or summary. Fetch the linked pages with --fetch, "
        "or give kg the articles themselves."
    ]


def test_feeds_not_a_feed_is_an_input_error(tmp_path: Path) -> None:
    """A file that is no feed is reported by name."""
    path = tmp_path / "notes.xml"
    path.write_text("just some words, no markup", "utf-8")
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        list(read_feed(path))


def test_feeds_build_matches_txt(
    nlp: Any, tmp_path: Path, txt_claims: set[tuple[Any, ...]]
) -> None:
    """`kg build feed.rss` gives the same claims as the entries' texts as .txt files."""
    from kg.api import build_result

    path = tmp_path / "world.rss"
    path.write_text(rss(), "utf-8")
    result = build_result([path], nlp=nlp)
    assert not result.skipped
    assert claims(result.graph) == txt_claims


def test_feeds_url_needs_fetch(nlp: Any) -> None:
    """A URL without --fetch is one clear error; nothing is downloaded."""
    from kg.api import build_result

    result = build_result(["http://127.0.0.1:9/feed.xml"], nlp=nlp)
    assert [e.fix for e in result.skipped] == ["Pass --fetch to download it (kg is offline)."]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A static HTTP server on 127.0.0.1 (an ephemeral port) serving a feed and the pages its
    entries link to; it stops when the test ends."""
    for name in ARTICLES:
        (tmp_path / f"{name}.html").write_bytes((DATA / f"page_{name}.html").read_bytes())
    handler = functools.partial(_QuietHandler, directory=str(tmp_path))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    links = {"talks": f"{base}/talks.html", "washington": "/washington.html"}
    (tmp_path / "feed.xml").write_text(rss(links), "utf-8")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_feeds_fetch_follows_links(nlp: Any, server: str, txt_claims: set[tuple[Any, ...]]) -> None:
    """With --fetch a feed URL is downloaded and each entry's linked page is read through
    trafilatura: the same claims as the texts as .txt, from a server on 127.0.0.1."""
    from kg.api import build_result

    result = build_result([f"{server}/feed.xml", f"{server}/missing.xml"], nlp=nlp, fetch=True)
    assert [e.path for e in result.skipped] == [f"{server}/missing.xml"]
    assert claims(result.graph) == txt_claims
    urls = sorted(str(a.url) for a in result.graph.articles.values())
    assert urls == [f"{server}/talks.html", f"{server}/washington.html"]  # relative link joined


def test_feeds_fetch_reads_a_page_url(nlp: Any, server: str) -> None:
    """A fetched URL that is an HTML page, not a feed, is read as one page."""
    from kg.api import build_result, iter_articles

    result = build_result([f"{server}/washington.html"], nlp=nlp, fetch=True)
    assert not result.skipped
    [article] = result.graph.articles.values()
    assert article.source == "World Wire"
    # the graph keeps an article's metadata, not its text: the text as read
    [read] = iter_articles([f"{server}/washington.html"], fetch=True)
    assert read.text == ARTICLES["washington"]["text"]
