"""What the view draws and lists, without a browser: the cut of big graphs, edge sources and
widths, safe article links, and a page size bounded whatever the graph."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.graph.core import KnowledgeGraph
from kg.graph.fusion import fuse_events
from kg.io.html import render_html
from kg.io.view import (
    ViewLimits,
    drawn_edges,
    edge_sources,
    edge_width,
    file_href,
    most_connected,
    safe_url,
)
from kg.model import Article, Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, Predicate, Status


def _article(article_id: str, source: str | None, published: str) -> Article:
    return Article(article_id, "", "", "", (), (), published=published, source=source)


def _claim(s: str, p: Predicate, o: str, article: str, **q: object) -> Relation:
    return Relation(s, p, o, Qualifiers(**q), Evidence(article, f"{s} {p} {o}.", 0, 9), 0.8)


def _people(*ids: str) -> dict[str, Entity]:
    return {i: Entity(i, i.title(), EntityType.PERSON, mentions=1) for i in ids}


def _star(n: int) -> KnowledgeGraph:
    """One hub met by n-1 actors, plus one pair outside the star and one actor alone."""
    ents = _people("hub", *(f"p{i}" for i in range(n)), "x", "y", "alone")
    claims = [_claim("hub", Predicate.MET, f"p{i}", "a") for i in range(n)]
    claims.append(_claim("x", Predicate.MET, "y", "a"))
    return KnowledgeGraph(ents, claims)


def test_view_small_graph_is_drawn_whole() -> None:
    """Within the limits every entity and edge is on the page."""
    graph = _star(5)
    cut = most_connected(graph, drawn_edges(graph))
    assert cut.entities == set(graph.entities)
    assert len(cut.edges) == 6
    assert not cut.partial


def test_view_big_graph_keeps_the_most_connected_within_both_limits() -> None:
    """Past the node limit the hub and its best-connected neighbours stay, actors with no
    relation go first, and only edges between kept entities are drawn."""
    graph = _star(30)
    limits = ViewLimits(max_nodes=10, max_edges=100)
    cut = most_connected(graph, drawn_edges(graph), limits)
    assert cut.partial
    assert len(cut.entities) == 10
    assert "hub" in cut.entities
    assert "alone" not in cut.entities
    assert all(e.source in cut.entities and e.target in cut.entities for e in cut.edges)
    assert (cut.total_entities, cut.total_edges) == (34, 31)
    tight = most_connected(graph, drawn_edges(graph), ViewLimits(max_nodes=100, max_edges=5))
    assert len(tight.edges) <= 5
    assert "hub" in tight.entities


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/news/1", "https://example.org/news/1"),
        ("HTTP://Example.org/a?b=c#d", "HTTP://Example.org/a?b=c#d"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("file:///etc/passwd", None),
        ("https://", None),
        ("https://example.org/a b", None),
        ('https://example.org/"onmouseover="x', None),
        ("//example.org/a", None),
        ("", None),
        (None, None),
    ],
)
def test_view_only_http_urls_become_links(url: str | None, expected: str | None) -> None:
    """An article URL is linked only when it is http(s) with a host and nothing to break out."""
    assert safe_url(url) == expected


@given(st.text(max_size=80))
def test_view_safe_url_never_passes_another_scheme(url: str) -> None:
    """Whatever the text, a URL kept for a link starts with http:// or https://."""
    kept = safe_url(url)
    assert kept is None or re.match(r"(?i)https?://", kept)


def test_view_file_links_are_relative_and_encoded(tmp_path: Path) -> None:
    """An article file is linked by a percent-encoded path relative to the page's folder; a
    missing file, a corpus row or an unknown page folder gives no link."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    odd = corpus / "javascript:x #1.txt"
    odd.write_text("text", "utf-8")
    page_dir = tmp_path / "out"
    page_dir.mkdir()
    assert file_href(str(odd), page_dir) == "../corpus/javascript%3Ax%20%231.txt"
    assert file_href(str(corpus / "missing.txt"), page_dir) is None
    assert file_href(f"{corpus}/rows.jsonl:12", page_dir) is None
    assert file_href(str(odd), None) is None


def test_view_edge_sources_come_from_the_fused_events() -> None:
    """A meeting planned in one outlet and reported held by two others counts three sources on
    both of its edges (planned and occurred); an unfused role counts its own source."""
    ents = _people("lula", "macron")
    ents["brazil"] = Entity("brazil", "Brazil", EntityType.COUNTRY, mentions=1)
    articles = {
        "a1": _article("a1", "Folha", "2024-03-20"),
        "a2": _article("a2", "Le Monde", "2024-03-27"),
        "a3": _article("a3", None, "2024-03-27"),
    }
    claims = [
        _claim("lula", Predicate.MET, "macron", "a1", status=Status.PLANNED, date="2024-03-26"),
        _claim("lula", Predicate.MET, "macron", "a2", date="2024-03-26"),
        _claim("macron", Predicate.MET, "lula", "a3", date="2024-03-26"),
        _claim("lula", Predicate.LEADER_OF, "brazil", "a2"),
    ]
    graph = KnowledgeGraph(ents, claims, articles)
    edges = drawn_edges(graph)
    names = dict(
        zip(
            [(e.predicate, e.status) for e in edges],
            edge_sources(graph, edges, fuse_events(graph)),
            strict=True,
        )
    )
    assert names[("met", "planned")] == ("Folha", "Le Monde", "a3")
    assert names[("met", "occurred")] == ("Folha", "Le Monde", "a3")
    assert names[("leader_of", "occurred")] == ("Le Monde",)


def test_view_edge_width_grows_with_sources_and_is_capped() -> None:
    """More sources never make an edge thinner, and no edge is wider than 12."""
    widths = [edge_width(n) for n in range(1, 200)]
    assert widths == sorted(widths)
    assert widths[0] < widths[1]
    assert max(widths) == 12.0


def _meta(page: str) -> dict[str, object]:
    """The JSON data view.js receives (after `var meta = `)."""
    text = page.split("var meta = ", 1)[1].split(";\n", 1)[0]
    return json.loads(text)


def test_view_page_size_is_bounded_for_a_busy_pair() -> None:
    """Three thousand claims between two actors list at most the limit in the panel, say how
    many more there are, and cut every sentence to the limit."""
    ents = _people("a", "b")
    long = "word " * 1000
    claims = [
        Relation(
            "a",
            Predicate.CRITICIZED,
            "b",
            Qualifiers(date=f"2020-01-{1 + k % 28:02d}"),
            Evidence(f"art{k}", long + str(k), 0, 10),
            0.8,
        )
        for k in range(3000)
    ]
    limits = ViewLimits(max_claims_per_edge=20, max_tooltip_claims=3, max_text=200)
    page = render_html(KnowledgeGraph(ents, claims), limits=limits)
    info = _meta(page)["panel"]["edges"]["e0"]
    assert len(info["claims"]) == 20
    assert info["more"] == 2980
    assert max(len(c["sentence"]) for c in info["claims"]) == 200
    assert len(page) < 2_000_000


def test_view_big_graph_page_has_a_notice_with_counts() -> None:
    """A page cut to the most connected entities says so, with counts and an actor to try."""
    graph = _star(30)
    page = render_html(graph, limits=ViewLimits(max_nodes=10, max_edges=100))
    notice = _meta(page)["notice"]
    assert notice == {
        "entities": 10,
        "total_entities": 34,
        "edges": 9,
        "total_edges": 31,
        "example": "Hub",
    }
    assert _meta(render_html(_star(3)))["notice"] is None


def test_view_claim_budget_is_shared_among_edges() -> None:
    """However many edges, sources and long sentences, the page lists at most ``max_claims``
    claims, at least one per edge, as many sources, every text cut to ``max_text``, tooltips
    included."""
    ents = {
        f"n{i}": Entity(f"n{i}", f"Actor {i}", EntityType.PERSON, mentions=1) for i in range(60)
    }
    long = "x" * 5000
    claims = [
        Relation(
            f"n{i}",
            Predicate.CRITICIZED,
            f"n{i + 1}",
            Qualifiers(),
            Evidence(f"a{k}", long + str(k), 0, 9),
            0.8,
        )
        for i in range(59)
        for k in range(12)
    ]
    limits = ViewLimits(max_claims=118, max_text=300, max_tooltip_claims=8)
    page = render_html(KnowledgeGraph(ents, claims), limits=limits)
    meta = _meta(page)
    listed = [c for e in meta["panel"]["edges"].values() for c in e["claims"]]
    assert len(listed) == 118  # two for each of the 59 edges
    assert all(e["more"] == 10 for e in meta["panel"]["edges"].values())
    assert all(len(e["sources"]) == 2 for e in meta["panel"]["edges"].values())
    assert all(e["sources_more"] == 10 for e in meta["panel"]["edges"].values())
    assert max(len(c["sentence"]) for c in listed) == 300
    assert all(t.count("\n— ") == 2 for t in meta["titles"]["edges"].values())  # 2 claims each
    assert max(len(t) for t in meta["titles"]["edges"].values()) < 1000


def _busy(seed: int) -> KnowledgeGraph:
    """Busy pairs: many claims per edge over dates, statuses, publishers and quotes."""
    import random

    rng = random.Random(seed)
    ids = [f"p{i:02d}" for i in range(30)]
    ents = _people(*ids)
    articles = {
        f"a{i}": _article(
            f"a{i}", rng.choice(["Folha", "Le Monde", None]), f"2024-03-{i % 28 + 1:02d}"
        )
        for i in range(60)
    }
    predicates = [Predicate.MET, Predicate.CRITICIZED, Predicate.LEADER_OF, Predicate.STATED]
    claims = []
    for _ in range(900):
        s, o = rng.sample(ids[: rng.choice([4, 30])], 2)
        p = rng.choice(predicates)
        q = {"status": rng.choice([Status.OCCURRED, Status.PLANNED])}
        if rng.random() < 0.7:
            q["date"] = f"2024-03-{rng.randint(1, 28):02d}"
        claim = _claim(s, p, o, f"a{rng.randrange(60)}", **q)
        if p is Predicate.STATED or rng.random() < 0.1:
            value = f"quote {rng.randrange(10_000)}"
            claim = Relation(
                s,
                p,
                None if p is Predicate.STATED else o,
                claim.qualifiers,
                claim.evidence,
                0.8,
                value,
            )
        claims.append(claim)
    return KnowledgeGraph(ents, sorted(claims, key=Relation.key), articles)


@pytest.mark.parametrize(
    "limits",
    [
        ViewLimits(),
        ViewLimits(max_nodes=8, max_edges=40),
        ViewLimits(max_nodes=30, max_edges=12, max_claims=30),
        ViewLimits(max_claims_per_edge=3, max_tooltip_claims=2, max_quotes=2),
    ],
)
def test_view_streamed_page_data_equals_the_whole_edges(limits: ViewLimits) -> None:
    """The page's data gathered from streams (shown claims only) equals the one made from
    every drawn edge with all its claims: cut, sources, panel records and quotes."""
    from kg.io.html import _edge_title, _node_title
    from kg.io.view import page_data, page_panel, panel_data

    for seed in range(3):
        graph = _busy(seed)
        events = fuse_events(graph)
        cut = most_connected(graph, drawn_edges(graph), limits)
        shrunk = limits.for_edges(len(cut.edges))
        sources = edge_sources(graph, list(cut.edges), events)
        data = page_data(graph, events, limits)
        assert data.cut.entities == cut.entities
        assert data.limits == shrunk
        assert data.sources == sources
        assert page_panel(graph, data) == panel_data(graph, cut, sources, events, None, shrunk)
        for edge, view, names in zip(cut.edges, data.edges, sources, strict=True):
            assert _edge_title(graph, view, names, shrunk) == _edge_title(
                graph, edge, names, shrunk
            )
        for entity_id in cut.entities:
            quotes = data.titles_quotes
            assert _node_title(graph, entity_id, quotes, shrunk) == _node_title(
                graph, entity_id, None, shrunk
            )
