"""``Resolver.article_labels``: the clusters an article joined, in the order they were made,
read for the latest article from its own list and for any other from every cluster; both
ways give the same answer."""

from __future__ import annotations

from typing import Any

from kg.ingest.articles import make_article
from kg.pipeline import run_build

TEXTS = [
    "Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Monday.",
    "Kenya's President Uhuru Kenyatta hosted Xi Jinping in Nairobi. Russia criticised the talks.",
    "Ugandan troops entered South Sudan, officials in Juba said, as Kenya sent aid.",
]


def _scanned(resolver: Any, article: str) -> tuple[str, ...]:
    return tuple(label for label, c in resolver.clusters.items() if article in c.articles)


def test_article_labels_latest_article_matches_a_full_scan(nlp: Any) -> None:
    articles = [make_article(t, f"a{i}", published="2015-05-01") for i, t in enumerate(TEXTS)]
    seen = []
    for upto in range(1, len(articles) + 1):
        resolver = run_build(articles[:upto], nlp=nlp, strict=True).builder.resolver
        latest = articles[upto - 1].id
        assert resolver._latest[1] == latest  # answered from its own list
        assert resolver.article_labels(latest) == _scanned(resolver, latest)
        for older in articles[: upto - 1]:  # answered by a scan
            assert resolver.article_labels(older.id) == _scanned(resolver, older.id)
        seen.append(resolver.article_labels(latest))
    assert "Xi Jinping" in seen[1]  # a cluster made by an earlier article, in order
    assert seen[1].index("Xi Jinping") < seen[1].index("Uhuru Kenyatta")
