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
from kg.model import Article, Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, EventType, Predicate, Status
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
        # bounded waits sized for a loaded shared machine (a 1,500-node page parses its
        # inline data for tens of seconds when five test suites share two cores)
        self.page.goto(path.as_uri(), timeout=180_000)
        self.page.wait_for_function("window.kgStable === true", timeout=180_000)

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
    putin = seed_graph.entity("Putin").id
    _click(page, f"node:{putin}")  # the picture shows the panel of the most connected actor
    assert page.page.inner_text("#kg-side-title") == "Vladimir Putin"
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
def test_html_page_never_carries_raw_markup_from_labels(text: str) -> None:
    """A label with markup appears in the page only in escaped form."""
    label = f"<i data-x='{text}'>{text}</i>"  # markup no page of kg's writes by itself
    e = Entity("x", label, EntityType.PERSON, mentions=1)
    page = render_html(KnowledgeGraph({"x": e}, []))
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
    articles = {
        f"art{i}": Article(
            f"art{i}",
            path,
            "",
            "",
            (),
            (),
            title=PAYLOADS[i],
            published="2025-01-0" + str(i + 1),
            source=PAYLOADS[-1 - i],
            url=url,
        )
        for i, (url, path) in enumerate(
            [
                (PAYLOADS[2], ""),
                ('https://example.org/"><script>window.pwned=6</script>', ""),
                (None, "javascript:window.pwned=7"),
            ]
        )
    }
    return KnowledgeGraph(ents, claims, articles)


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


def test_html_panel_shows_every_payload_as_text(browser: Any, tmp_path: Path) -> None:
    """Clicking every node and edge of the hostile graph fills the panel with the payloads as
    literal text: no element they describe is created, no link but a safe one, nothing runs."""
    graph = _hostile_graph()
    page = _open(browser, graph, tmp_path)
    _place(page, {"a": (-300, -200), "b": (300, -200), "c": (-300, 200), "d": (300, 200)})
    targets = [f"node:{n}" for n in graph.entities]
    targets += [f"edge:e{i}" for i in range(len(drawn_edges(graph)))]
    for target in targets:
        _click(page, target)
        kind, ident = target.split(":")
        assert page.eval("kgShown()") == [kind, ident], target
        shown = page.page.inner_text("#kg-side")
        assert any(p in shown for p in PAYLOADS), target
        assert (
            page.eval("document.querySelectorAll('#kg-side :is(img,script,svg,iframe)').length")
            == 0
        )
        hrefs = page.eval(
            "[...document.querySelectorAll('#kg-side a')].map(a => a.getAttribute('href'))"
        )
        assert all(h.startswith("https://www.wikidata.org/") for h in hrefs), hrefs
    assert page.eval("typeof window.pwned") == "undefined"
    assert page.dialogs == []
    assert page.errors == []
    page.page.close()


# -- the analyst's view: panel, links, dates, isolated entities, labels, sources, big graphs --


def _article(article_id: str, source: str, published: str, **where: str) -> Article:
    """A minimal article with metadata (url or path given by keyword)."""
    return Article(
        article_id,
        where.get("path", ""),
        "",
        "",
        (),
        (),
        title=f"Report {article_id}",
        published=published,
        source=source,
        url=where.get("url"),
    )


def _claim(s: str, p: Predicate, o: str, article: str, sentence: str, **q: Any) -> Relation:
    return Relation(s, p, o, Qualifiers(**q), Evidence(article, sentence, 0, len(sentence)), 0.8)


def _analyst_graph(tmp_path: Path) -> KnowledgeGraph:
    """Modi and Abe met in New Delhi (three outlets), Merkel and Erdoğan met in 2016 (one
    outlet; another denies it), Abe spoke with Merkel (undated); Ankara has no relation.
    Articles carry an https URL, a javascript: URL, a file beside the page and an absolute
    path that does not exist."""
    (tmp_path / "a2.txt").write_text("Abe and Modi met in New Delhi.", "utf-8")
    ents = {
        "modi": Entity("modi", "Narendra Modi", EntityType.PERSON, ("Modi",), mentions=4),
        "abe": Entity("abe", "Shinzo Abe", EntityType.PERSON, ("Abe",), mentions=4),
        "merkel": Entity("merkel", "Angela Merkel", EntityType.PERSON, ("Merkel",), mentions=3),
        "erdogan": Entity(
            "erdogan",
            "Recep Tayyip Erdoğan",
            EntityType.PERSON,
            ("Erdogan", "Turkish president"),
            mentions=3,
        ),
        "ankara": Entity("ankara", "Ankara", EntityType.CITY, mentions=1),
    }
    articles = {
        "a1": _article("a1", "Reuters", "2015-12-12", url="https://example.org/a1"),
        "a2": _article("a2", "AP", "2015-12-13", path=str(tmp_path / "a2.txt")),
        "a3": _article("a3", "AFP", "2015-12-13", url="javascript:window.pwned=9"),
        "a4": _article("a4", "Reuters", "2016-03-08", path="/nonexistent/a4.txt"),
        "a5": _article("a5", "DW", "2016-05-01", url="https://example.org/a5"),
        "a6": _article("a6", "Anadolu", "2016-03-10", url="https://example.org/a6"),
    }
    met = Predicate.MET
    claims = [
        _claim(
            "modi",
            met,
            "abe",
            "a1",
            "Modi met Abe in New Delhi.",
            date="2015-12-12",
            place="New Delhi",
            event=EventType.CONSULT,
        ),
        _claim(
            "abe",
            met,
            "modi",
            "a2",
            "Abe and Modi met in New Delhi on Saturday.",
            date="2015-12-12",
            place="New Delhi",
            event=EventType.CONSULT,
        ),
        _claim(
            "modi",
            met,
            "abe",
            "a3",
            "The two leaders met in the Indian capital.",
            date="2015-12",
            place="New Delhi",
            event=EventType.CONSULT,
        ),
        _claim(
            "merkel",
            met,
            "erdogan",
            "a4",
            "Merkel met Erdogan in Ankara in March.",
            date="2016-03",
            place="Ankara",
            event=EventType.CONSULT,
        ),
        _claim(
            "abe",
            Predicate.SPOKE_WITH,
            "merkel",
            "a5",
            "Abe spoke with Merkel by phone.",
            event=EventType.CONSULT,
        ),
        _claim(
            "erdogan",
            met,
            "merkel",
            "a6",
            "Ankara denied that Erdogan met Merkel in March.",
            status=Status.DENIED,
            date="2016-03",
            place="Ankara",
            event=EventType.CONSULT,
        ),
    ]
    return KnowledgeGraph(ents, claims, articles)


def _place(page: Page, layout: dict[str, tuple[int, int]]) -> None:
    for node, (x, y) in layout.items():
        page.eval(f"network.moveNode('{node}', {x}, {y})")
    page.eval("network.fit()")


def _click(page: Page, target: str) -> None:
    """Click a node ('node:ID') or an edge ('edge:ID', a third of the way along it)."""
    kind, ident = target.split(":", 1)
    if kind == "node":
        script = f"network.canvasToDOM(network.getPositions(['{ident}'])['{ident}'])"
    else:
        script = f"network.canvasToDOM(network.body.edges['{ident}'].edgeType.getPoint(0.3))"
    pos = page.eval(script)
    box = page.page.query_selector("#mynetwork").bounding_box()
    page.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def _edge_id(
    graph: KnowledgeGraph, a: str, predicate: str, b: str, status: str = "occurred"
) -> str:
    for i, e in enumerate(drawn_edges(graph)):
        if {e.source, e.target} == {a, b} and e.predicate == predicate and e.status == status:
            return f"e{i}"
    raise AssertionError(f"no {predicate} edge between {a} and {b}")


ANALYST_LAYOUT = {"modi": (-300, -150), "abe": (0, -150), "merkel": (0, 150), "erdogan": (300, 150)}


def test_html_clicking_an_edge_lists_its_claims_sources_and_links(
    browser: Any, tmp_path: Path
) -> None:
    """An edge's panel lists each claim's status, date, place, PLOVER type and sentence, the
    sources, and links: https URL and relative file only, opened with rel=noopener."""
    graph = _analyst_graph(tmp_path)
    page = _open(browser, graph, tmp_path)
    _place(page, ANALYST_LAYOUT)
    _click(page, "edge:" + _edge_id(graph, "modi", "met", "abe"))
    assert page.page.inner_text("#kg-side-title") in (
        "Narendra Modi met Shinzo Abe",
        "Shinzo Abe met Narendra Modi",
    )
    claims = page.page.query_selector_all("#kg-side li.kg-claim")
    assert len(claims) == 3
    text = page.page.inner_text("#kg-side")
    for part in (
        "occurred",
        "2015-12-12",
        "New Delhi",
        "PLOVER CONSULT",
        "Modi met Abe in New Delhi.",
    ):
        assert part in text
    assert [
        li.inner_text() for li in page.page.query_selector_all("#kg-side ul.kg-sources li")
    ] == [
        "AFP",
        "AP",
        "Reuters",
    ]
    links = page.eval(
        "[...document.querySelectorAll('#kg-side a')]"
        ".map(a => [a.getAttribute('href'), a.rel, a.textContent])"
    )
    assert sorted(links) == [
        ["a2.txt", "noopener noreferrer", "Report a2"],
        ["https://example.org/a1", "noopener noreferrer", "Report a1"],
    ]
    assert "Report a3" in text  # the javascript: URL shows as text, not as a link
    page.page.close()


def test_html_clicking_a_node_lists_its_relations_and_claims(browser: Any, tmp_path: Path) -> None:
    """A node's panel shows its facts and every claim of its shown relations; clicking one of
    them opens that relation."""
    graph = _analyst_graph(tmp_path)
    page = _open(browser, graph, tmp_path)
    _place(page, ANALYST_LAYOUT)
    _click(page, "node:abe")
    assert page.page.inner_text("#kg-side-title") == "Shinzo Abe"
    assert "aliases: Abe" in page.page.inner_text("#kg-side")
    assert len(page.page.query_selector_all("#kg-side li.kg-claim")) == 4  # 3 met + 1 spoke_with
    spoke = _edge_id(graph, "abe", "spoke_with", "merkel")
    page.page.click(f"#kg-side button[data-edge={spoke}]")
    assert page.page.inner_text("#kg-side-title") == "Shinzo Abe spoke_with Angela Merkel"
    assert page.eval("network.getSelectedEdges()") == [spoke]
    page.page.close()


def test_html_contested_event_shows_both_sides(browser: Any, tmp_path: Path) -> None:
    """A meeting one outlet reports and another denies is drawn twice (solid and dashed); the
    panel of either names both sources and marks the event contested."""
    graph = _analyst_graph(tmp_path)
    page = _open(browser, graph, tmp_path)
    held = _edge_id(graph, "merkel", "met", "erdogan")
    denied = _edge_id(graph, "merkel", "met", "erdogan", "denied")
    assert page.eval(f"[edges.get('{held}').dashes, edges.get('{denied}').dashes]") == [False, True]
    for edge in (held, denied):
        page.eval(f"kgShow('edge', '{edge}')")
        text = page.page.inner_text("#kg-side")
        assert "occurred then denied" in text
        assert page.page.inner_text("#kg-side .kg-contested").strip() == "contested"
        sources = page.page.query_selector_all("#kg-side ul.kg-sources li")
        assert [li.inner_text() for li in sources] == ["Anadolu", "Reuters"]
    page.page.close()


def _visible(page: Page) -> tuple[set[str], set[str]]:
    nodes = set(page.eval("nodes.get().filter(n => !n.hidden).map(n => n.id)"))
    edges = set(
        page.eval(
            "edges.get().filter(e => !e.hidden).map(e => e.predicate + ':' + e.from + '-' + e.to)"
        )
    )
    return nodes, edges


def test_html_date_range_filters_claims_and_hides_what_is_left_alone(
    browser: Any, tmp_path: Path
) -> None:
    """From/to keep the relations with a claim in range (a month or year overlaps a day), the
    undated box keeps undated ones, and entities left with no relation are hidden."""
    graph = _analyst_graph(tmp_path)
    page = _open(browser, graph, tmp_path)
    assert _visible(page)[0] == {"modi", "abe", "merkel", "erdogan"}  # Ankara: no relation
    page.page.fill("#kg-from", "2016")
    nodes, edges = _visible(page)
    assert nodes == {"merkel", "erdogan", "abe"}
    assert edges == {"met:erdogan-merkel", "spoke_with:abe-merkel"}  # symmetric: ids sorted
    page.page.uncheck("#kg-undated")
    assert _visible(page)[0] == {"merkel", "erdogan"}
    page.page.fill("#kg-from", "2015-12-12")
    page.page.fill("#kg-to", "2015-12-12")
    assert _visible(page)[0] == {"modi", "abe"}
    _click_panel_for(page, graph)
    assert len(page.page.query_selector_all("#kg-side li.kg-claim")) == 3  # "2015-12" overlaps
    page.page.fill("#kg-to", "2015-12-1x")  # not a date: marked and ignored
    assert page.eval("document.getElementById('kg-to').classList.contains('kg-bad')")
    assert _visible(page)[0] == {"modi", "abe", "merkel", "erdogan"}  # only "from" applies
    page.page.close()


def _click_panel_for(page: Page, graph: KnowledgeGraph) -> None:
    page.eval(f"kgShow('edge', '{_edge_id(graph, 'modi', 'met', 'abe')}')")


def test_html_toggle_shows_entities_with_no_relation(browser: Any, tmp_path: Path) -> None:
    """Entities with no relation are hidden by default; the toggle shows them and hides them."""
    graph = _analyst_graph(tmp_path)
    page = _open(browser, graph, tmp_path)
    assert page.page.is_checked("#kg-isolated")
    assert "ankara" not in _visible(page)[0]
    page.page.uncheck("#kg-isolated")
    assert "ankara" in _visible(page)[0]
    page.page.check("#kg-isolated")
    assert "ankara" not in _visible(page)[0]
    page.page.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Turkish president", "erdogan"),
        ("ERDOGAN", "erdogan"),
        ("erdoğan", "erdogan"),
        ("abe", "abe"),
    ],
)
def test_html_search_matches_aliases_without_case_or_accents(
    browser: Any, tmp_path: Path, query: str, expected: str
) -> None:
    """Search finds an actor by any alias, whatever the case and accents, and opens its panel."""
    graph = _analyst_graph(tmp_path)
    page = _open(browser, graph, tmp_path)
    page.page.fill("#kg-search", query)
    page.page.press("#kg-search", "Enter")
    assert page.eval("network.getSelectedNodes()") == [expected]
    assert page.page.inner_text("#kg-side-title") == graph.entities[expected].label
    page.page.close()


def test_html_edge_width_grows_with_sources_and_tooltip_lists_them(
    browser: Any, tmp_path: Path
) -> None:
    """The meeting three outlets report is drawn wider than the one one outlet reports, and its
    tooltip names the three sources."""
    graph = _analyst_graph(tmp_path)
    page = _open(browser, graph, tmp_path)
    wide = _edge_id(graph, "modi", "met", "abe")
    thin = _edge_id(graph, "merkel", "met", "erdogan")
    widths = page.eval(f"[edges.get('{wide}').width, edges.get('{thin}').width]")
    assert widths[0] > widths[1]
    assert page.eval(f"edges.get('{wide}').sources") == 3
    assert "sources (3): AFP, AP, Reuters" in page.eval(f"kgMeta.titles.edges['{wide}']")
    page.page.close()


def test_html_labels_are_readable_at_default_zoom(
    browser: Any, seed_graph: Any, tmp_path: Path
) -> None:
    """At the zoom the seed page opens with, every shown label is at least 13 px on screen."""
    page = _open(browser, seed_graph, tmp_path)
    sizes = page.eval(
        "(() => { const s = network.getScale(); return nodes.get().filter(n => !n.hidden)"
        ".map(n => network.body.nodes[n.id].options.font.size * s); })()"
    )
    assert sizes
    assert min(sizes) >= 13
    page.page.close()


def _big_graph(nodes: int, edges: int) -> KnowledgeGraph:
    """A random graph past the page's limits: a few hubs and many small actors."""
    import random

    rng = random.Random(11)
    ents = {
        f"n{i}": Entity(f"n{i}", f"Actor {i}", EntityType.PERSON, mentions=1 + i % 5)
        for i in range(nodes)
    }
    hubs = [f"n{i}" for i in range(20)]
    claims = []
    for k in range(edges):
        a = rng.choice(hubs) if k % 2 else f"n{rng.randrange(nodes)}"
        b = f"n{rng.randrange(nodes)}"
        if a != b:
            claims.append(
                Relation(a, Predicate.MET, b, Qualifiers(), Evidence("x", f"S{k}.", k, k + 3), 0.8)
            )
    return KnowledgeGraph(ents, claims)


def test_html_big_graph_shows_the_most_connected_with_a_notice(
    browser: Any, tmp_path: Path
) -> None:
    """A graph past 1,500 entities opens as a page of the most connected ones, with a notice
    giving the counts and pointing to `kg view --entity`."""
    graph = _big_graph(5000, 9000)
    page = _open(browser, graph, tmp_path)
    assert page.eval("network.body.data.nodes.length") == 1500
    assert page.eval("network.body.data.edges.length") <= 4000
    notice = page.page.inner_text("#kg-notice")
    assert "1,500 most connected of 5,000 entities" in notice
    assert "kg view --entity" in notice
    assert page.errors == []
    page.page.close()
