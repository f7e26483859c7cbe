"""The HTML view in real headless Chromium: complete, offline, escaped, searchable, filterable,
with a side panel of claims and sources, a date filter, readable labels and a cut for big graphs."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graph.core import KnowledgeGraph
from kg.graph.fusion import fuse_events
from kg.io.browser import CHROMIUM, chromium
from kg.io.html import _edge_title, _node_title, _script_json, drawn_edges, render_html
from kg.io.view import edge_sources
from kg.model import Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, Predicate
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A persistent Chromium context with a fresh profile (Debian's chromium, no download)."""
    assert Path(CHROMIUM).exists(), "install Debian's chromium (make setup-dev does)"
    with chromium(1400, 900) as context:
        yield context


class Page:
    """A loaded page with what it logged, requested and tried to pop up."""

    def __init__(self, context: Any, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgStable === true", timeout=60_000)

    def eval(self, script: str) -> Any:
        return self.page.evaluate(script)


def _open(browser: Any, graph: KnowledgeGraph, tmp_path: Path, **options: Any) -> Page:
    path = tmp_path / "graph.html"
    path.write_text(render_html(graph, page_dir=tmp_path, **options), "utf-8")
    return Page(browser, path)


def _titles(graph: KnowledgeGraph) -> dict[str, dict[str, str]]:
    """The tooltip text of every node and edge, as the page must show it."""
    edges = drawn_edges(graph)
    sources = edge_sources(graph, edges, fuse_events(graph))
    return {
        "nodes": {k: _node_title(graph, k) for k in graph.entities},
        "edges": {
            f"e{i}": _edge_title(graph, e, names)
            for i, (e, names) in enumerate(zip(edges, sources, strict=True))
        },
    }


def test_html_seed_page_is_complete_and_offline(
    browser: Any, seed_graph: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Node and edge counts equal the graph's; no console error; no request leaves file://."""
    page = _open(browser, seed_graph, tmp_path)
    assert page.eval("network.body.data.nodes.length") == len(seed_graph.entities)
    assert page.eval("network.body.data.edges.length") == len(drawn_edges(seed_graph))
    assert page.errors == []
    assert [u for u in page.requests if not u.startswith("file://")] == []
    shot = tmp_path / "graph.png"
    page.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if request.config.getoption("--regen-golden"):
        shutil.copy(shot, ROOT / "output" / "graph.png")
    page.page.close()


def test_html_search_selects_the_node(browser: Any, seed_graph: Any, tmp_path: Path) -> None:
    """Searching 'Putin' selects Vladimir Putin's node."""
    page = _open(browser, seed_graph, tmp_path)
    page.page.fill("#kg-search", "Putin")
    page.page.click("#kg-find")
    assert page.eval("network.getSelectedNodes()") == [seed_graph.entity("Putin").id]
    page.page.close()


def test_html_filter_to_met_hides_other_edges(
    browser: Any, seed_graph: Any, tmp_path: Path
) -> None:
    """Unticking every predicate but `met` leaves only `met` edges shown."""
    page = _open(browser, seed_graph, tmp_path)
    for box in page.page.query_selector_all("#kg-filters input[data-kind=predicates]"):
        if box.get_attribute("value") != "met" and box.is_checked():
            box.uncheck()
    shown = page.eval("edges.get().filter(e => !e.hidden).map(e => e.predicate)")
    assert shown
    assert set(shown) == {"met"}
    assert len(shown) == sum(1 for e in drawn_edges(seed_graph) if e.predicate == "met")
    page.page.close()


def test_html_neighbourhood_view(browser: Any, seed_graph: Any, tmp_path: Path) -> None:
    """'Neighbourhood of selected' hides every node that is not a neighbour."""
    page = _open(browser, seed_graph, tmp_path)
    witkoff = seed_graph.entity("Witkoff").id
    page.eval(f"network.selectNodes([{witkoff!r}])")
    page.page.click("#kg-ego")
    visible = set(page.eval("nodes.get().filter(n => !n.hidden).map(n => n.id)"))
    expected = {witkoff} | {e.id for _, e in seed_graph.neighbors("Witkoff")}
    assert visible == expected
    page.page.close()


EVIL = "<img src=x onerror=alert(1)>"


def test_html_article_text_is_escaped(browser: Any, tmp_path: Path) -> None:
    """Markup in names and evidence shows as text and runs nothing."""
    a = Entity("a", EVIL, EntityType.PERSON, ("<script>alert(2)</script>",), mentions=1)
    b = Entity("b", "Plain", EntityType.COUNTRY, mentions=1)
    ev = Evidence("art", f"{EVIL} met <script>window.pwned = 1</script></script> Plain.", 0, 10)
    graph = KnowledgeGraph(
        {"a": a, "b": b}, [Relation("a", Predicate.MET, "b", Qualifiers(), ev, 0.5)]
    )
    page = _open(browser, graph, tmp_path)
    page.page.fill("#kg-search", "<img")
    page.page.click("#kg-find")
    assert page.page.inner_text("#kg-status") == f"found {EVIL}"
    # hover the node so vis-network shows its tooltip, then read it back as text
    pos = page.eval(
        "(() => { const p = network.getPositions(['a']).a; return network.canvasToDOM(p); })()"
    )
    box = page.page.query_selector("#mynetwork").bounding_box()
    page.page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    page.page.wait_for_selector(".vis-tooltip", state="visible", timeout=10_000)
    tooltip = page.page.inner_text(".vis-tooltip")
    assert EVIL in tooltip
    assert page.dialogs == []
    assert page.eval("document.querySelectorAll('img').length") == 0
    assert page.eval("typeof window.pwned") == "undefined"  # the injected script never ran
    page.page.close()


@given(st.text(max_size=200))
def test_html_script_json_escaping_is_safe_and_lossless(text: str) -> None:
    """Any text embedded in the page's script cannot open or close a tag, and reads back."""
    embedded = _script_json({"t": text})
    assert "<" not in embedded
    assert ">" not in embedded
    assert "&" not in embedded
    assert json.loads(embedded) == {"t": text}


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_html_page_never_carries_raw_markup_from_labels(label: str) -> None:
    """A label with markup appears in the page only in escaped form."""
    e = Entity("x", label, EntityType.PERSON, mentions=1)
    page = render_html(KnowledgeGraph({"x": e}, []))
    if "<" in label:
        assert label not in page.split("<body>", 1)[1]


PAYLOADS = (
    '<a href=x>now</a><img src=x onerror="window.pwned=1">',
    '<a href="javascript:window.pwned=2">click</a>',
    "javascript:window.pwned=3",
    '</script><script>window.pwned=4</script><svg onload="window.pwned=5">',
)


def _hostile_graph() -> KnowledgeGraph:
    """Four actors whose names, aliases, quotes, places and evidence carry page payloads."""
    ents = {
        k: Entity(k, f"{k.upper()} {p}", t, (f"alias {p}",), mentions=2)
        for k, p, t in zip(
            "abcd",
            PAYLOADS,
            (EntityType.PERSON, EntityType.COUNTRY, EntityType.PERSON, EntityType.CITY),
            strict=True,
        )
    }
    claims = [
        Relation(
            s,
            pred,
            o,
            Qualifiers(place=PAYLOADS[i], title=PAYLOADS[-1 - i]),
            Evidence(f"art{i}", f"{PAYLOADS[i]} said {PAYLOADS[-1 - i]}", 0, 5),
            0.9,
        )
        for i, (s, pred, o) in enumerate(
            [("a", Predicate.MET, "b"), ("c", Predicate.CRITICIZED, "d"), ("a", Predicate.MET, "c")]
        )
    ]
    claims.append(Relation("a", Predicate.STATED, None, Qualifiers(), None, 0.8, value=PAYLOADS[1]))
    return KnowledgeGraph(ents, claims)


def test_html_hovering_every_node_and_edge_runs_no_payload(browser: Any, tmp_path: Path) -> None:
    """Every tooltip shows href, javascript:, onerror and </script> payloads as literal text."""
    graph = _hostile_graph()
    html = render_html(graph)
    assert "popup.innerHTML" not in html  # pyvis's link template (innerHTML) is never chosen
    page = _open(browser, graph, tmp_path)
    layout = {"a": (-300, -200), "b": (300, -200), "c": (-300, 200), "d": (300, 200)}
    for node, (x, y) in layout.items():
        page.eval(f"network.moveNode('{node}', {x}, {y})")
    page.eval("network.fit()")
    titles = _titles(graph)
    box = page.page.query_selector("#mynetwork").bounding_box()
    points = {
        f"node {n}": page.eval(f"network.canvasToDOM(network.getPositions(['{n}'])['{n}'])")
        for n in graph.entities
    }
    for edge_id in titles["edges"]:
        points[f"edge {edge_id}"] = page.eval(
            f"(() => {{ const e = network.body.edges['{edge_id}'];"
            " const p = e.edgeType.getPoint(0.3); return network.canvasToDOM(p); })()"
        )
    expected = {f"node {k}": v for k, v in titles["nodes"].items()}
    expected |= {f"edge {k}": v for k, v in titles["edges"].items()}
    assert len(points) == len(expected) == 7
    for name, pos in points.items():
        page.page.mouse.move(5, 5)
        page.page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
        page.page.wait_for_function(
            "t => { const e = document.querySelector('.vis-tooltip');"
            " return e && e.style.visibility !== 'hidden' && e.innerText === t; }",
            arg=expected[name],
            timeout=10_000,
        )
        shown = page.page.inner_text(".vis-tooltip")
        assert any(p in shown for p in PAYLOADS), name
    assert page.eval("typeof window.pwned") == "undefined"  # no payload ran
    assert page.dialogs == []
    assert page.eval("document.querySelectorAll('.vis-tooltip *:not(.kg-tip)').length") == 0
    assert page.errors == []
    page.page.close()
