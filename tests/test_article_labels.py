"""``Resolver.article_labels``: the clusters an article joined, sorted, read for the latest
article from its own list and for any other from every cluster; both ways give the same
answer, and so do two corpora that made the clusters in another order (a worker's resolver
and the driver's), so a worker's record of the call holds on the driver."""

from __future__ import annotations

from typing import Any

from kg.ingest.articles import make_article
from kg.pipeline import run_build

TEXTS = [
    "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday.",
    "Kenya's President Uhuru Kenyatta hosted Xi Jinping in Nairobi. Russia criticised the talks.",
    "Ugandan troops entered South Sudan, officials in Juba said, as Kenya sent aid.",
]


def _articles() -> list[Any]:
    return [make_article(t, f"a{i}", published="2015-05-01") for i, t in enumerate(TEXTS)]


def _scanned(resolver: Any, article: str) -> tuple[str, ...]:
    return tuple(sorted(label for label, c in resolver.clusters.items() if article in c.articles))


def test_article_labels_latest_article_matches_a_full_scan(nlp: Any) -> None:
    articles = _articles()
    for upto in range(1, len(articles) + 1):
        resolver = run_build(articles[:upto], nlp=nlp, strict=True).builder.resolver
        latest = articles[upto - 1].id
        assert resolver._latest[1] == latest  # answered from its own list
        assert resolver.article_labels(latest) == _scanned(resolver, latest)
        for older in articles[: upto - 1]:  # answered by a scan
            assert resolver.article_labels(older.id) == _scanned(resolver, older.id)


def test_article_labels_do_not_follow_the_corpus_history(nlp: Any) -> None:
    """The second article read alone (a worker's resolver) and after the first (the
    driver's, which made "Russia" and "Xi Jinping" first) names the same clusters, and the
    answer is the same tuple."""
    first, second, _ = _articles()
    alone = run_build([second], nlp=nlp, strict=True).builder.resolver
    after = run_build([first, second], nlp=nlp, strict=True).builder.resolver
    labels = alone.article_labels(second.id)
    assert {"Xi Jinping", "Uhuru Kenyatta", "Russia"} <= set(labels)
    assert after.article_labels(second.id) == labels
