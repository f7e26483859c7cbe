"""The interactive HTML view: a pyvis page made fully self-contained (vis-network inlined,
every CDN reference removed), with a legend, search by name or alias, filters (type,
predicate, status, date range, entities with no relation), a neighbourhood view and a side
panel that lists the claims of the selected node or edge with links to their articles.

Every piece of article text reaches the page as JSON escaped for ``<script>`` and the DOM as
``textContent``; ``kg/data/view.js`` builds each element, link and tooltip itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from kg.graph.core import KnowledgeGraph
from kg.io.view import (
    DEFAULT_LIMITS,
    Cut,
    DrawnEdge,
    EdgeView,
    ViewLimits,
    clip,
    drawn_edges,
    edge_width,
    page_data,
    page_panel,
)
from kg.vocab import EntityType, Family, Predicate, Status

__all__ = ["DrawnEdge", "drawn_edges", "render_html", "view_options"]

TYPE_STYLE: dict[EntityType, tuple[str, str]] = {
    EntityType.PERSON: ("#4e79a7", "dot"),
    EntityType.ORGANIZATION: ("#f28e2b", "square"),
    EntityType.COUNTRY: ("#59a14f", "diamond"),
    EntityType.CITY: ("#76b7b2", "triangle"),
    EntityType.PLACE: ("#9c755f", "triangleDown"),
    EntityType.GROUP: ("#b07aa1", "hexagon"),
    EntityType.EVENT: ("#edc948", "star"),
}
FAMILY_COLOR: dict[Family, str] = {
    Family.COOPERATION: "#2e7d32",
    Family.CONFLICT: "#c62828",
    Family.ROLE: "#1565c0",
    Family.PLACE: "#6d4c41",
    Family.STATEMENT: "#757575",
}
_EXTERNAL = re.compile(
    r"<link\b[^>]*href=\"https?://[^\"]*\"[^>]*/?>"
    r"|<script\b[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>",
    re.S,
)


def search_key(text: str) -> str:
    """The form search compares: case folded, combining marks dropped (view.js folds the
    query alike, dropping the same ``Mn`` characters).

    >>> search_key("Recep Tayyip ERDOĞAN")
    'recep tayyip erdogan'
    """
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()


def _node_title(
    kg: KnowledgeGraph,
    entity_id: str,
    quotes: dict[str, list[str]] | None = None,
    limits: ViewLimits = DEFAULT_LIMITS,
) -> str:
    e = kg.entities[entity_id]
    lines = [e.label, f"type: {e.type.value}"]
    if e.aliases:
        lines.append("aliases: " + ", ".join(e.aliases))
    if e.qid:
        lines.append(f"Wikidata: https://www.wikidata.org/wiki/{e.qid}")
    if e.iso:
        lines.append(f"ISO 3166: {e.iso}")
    lines.append(f"mentions: {e.mentions}; articles: {len(e.articles)}")
    said = _quotes(kg).get(entity_id, []) if quotes is None else quotes.get(entity_id, [])
    for quote in said[:3]:
        lines.append(f"said: “{clip(quote, limits.max_text)}”")
    return "\n".join(lines)


def _quotes(kg: KnowledgeGraph) -> dict[str, list[str]]:
    """Quotes of each speaker, in claim order."""
    out: dict[str, list[str]] = {}
    for r in kg.claims:
        if r.value:
            out.setdefault(r.subject, []).append(r.value)
    return out


def _edge_title(
    kg: KnowledgeGraph,
    edge: DrawnEdge | EdgeView,
    sources: tuple[str, ...] = (),
    limits: ViewLimits = DEFAULT_LIMITS,
) -> str:
    a, b = kg.entities[edge.source].label, kg.entities[edge.target].label
    lines = [f"{a} {edge.predicate} {b}", f"status: {edge.status}"]
    if sources:
        lines.append(f"sources ({len(sources)}): " + ", ".join(sources[:10]))
        if len(sources) > 10:
            lines[-1] += f" and {len(sources) - 10} more"
    for r in edge.relations[: limits.max_tooltip_claims]:
        q = r.qualifiers
        facts = [
            f"{k}: {v}"
            for k, v in (
                ("date", q.date),
                ("place", q.place),
                ("title", q.title),
                ("event", q.event.value if q.event else None),
                ("cameo", q.cameo),
            )
            if v
        ]
        facts.append(f"confidence: {r.confidence}")
        lines.append("— " + "; ".join(facts))
        if r.evidence:
            lines.append(f"  [{r.evidence.article}] {clip(r.evidence.sentence, limits.max_text)}")
    hidden = edge.count - limits.max_tooltip_claims
    if hidden > 0:
        lines.append(f"… and {hidden} more claims: click the edge to list them")
    return "\n".join(lines)


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can close or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(
    kg: KnowledgeGraph,
    heading: str = "",
    *,
    page_dir: Path | None = None,
    limits: ViewLimits = DEFAULT_LIMITS,
) -> str:
    """A self-contained HTML page of the graph (no request leaves the file).

    ``page_dir`` is the folder the page is written to: article files found on disk are then
    linked by a path relative to it (an article's http(s) URL is linked in any case). Past
    ``limits`` the page shows the most connected entities with a notice (see ``ViewLimits``).
    """
    from pyvis.network import Network

    from kg.graph.fusion import fuse_events

    net = Network(
        height="85vh", width="100%", directed=True, cdn_resources="in_line", notebook=False
    )
    # streamed: the claims and events are read a few times, never held (a big graph's wait
    # on disk); only the edges' counts and what the page shows stay in memory
    data = page_data(kg, fuse_events(kg), limits)
    cut, edges, limits, sources = data.cut, data.edges, data.limits, data.sources
    degree: Counter[str] = Counter()
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    for e in sorted((kg.entities[i] for i in cut.entities), key=lambda e: e.id):
        color, shape = TYPE_STYLE[e.type]
        isolated = degree[e.id] == 0
        net.add_node(
            e.id,
            label=e.label,
            color=color,
            shape=shape,
            size=10 + min(30, 2 * e.mentions),
            etype=e.type.value,
            search=search_key(" ".join((e.label, *e.aliases))),
            degree=degree[e.id],
            # entities with no relation start hidden and out of the layout (the page's toggle)
            hidden=isolated,
            physics=not isolated,
        )
    for i, (edge, names) in enumerate(zip(edges, sources, strict=True)):
        family = Predicate(edge.predicate).family
        symmetric = Predicate(edge.predicate).symmetric
        net.add_edge(
            edge.source,
            edge.target,
            id=f"e{i}",
            label=edge.predicate,
            color=FAMILY_COLOR[family],
            dashes=edge.status != Status.OCCURRED.value,
            arrows="" if symmetric else "to",
            width=edge_width(len(names)),
            predicate=edge.predicate,
            status=edge.status,
            family=family.value,
            sources=len(names),
        )
    net.set_options(json.dumps(view_options(len(cut.entities), len(edges))))
    page = net.generate_html()
    # Tooltips never go through pyvis (whose template switches to innerHTML when a title
    # holds "href"): view.js makes each one a DOM element filled with textContent.
    quotes = data.titles_quotes
    titles = {
        "nodes": {e: _node_title(kg, e, quotes, limits) for e in sorted(cut.entities)},
        "edges": {
            f"e{i}": _edge_title(kg, edge, names, limits)
            for i, (edge, names) in enumerate(zip(edges, sources, strict=True))
        },
    }
    panel = page_panel(kg, data, page_dir)
    return _finish_page(page, kg, cut, heading, titles, panel)


def view_options(nodes: int, edges: int) -> dict[str, Any]:
    """vis-network options; big graphs trade layout polish for a page that settles quickly
    (no Kamada-Kawai seeding, straight edges, fewer stabilisation iterations) and use the
    ForceAtlas2 solver, which spreads a dense core so that its hubs' labels stay apart."""
    options: dict[str, Any] = json.loads(json.dumps(_OPTIONS))
    if nodes > 300 or edges > 800:
        options["layout"] = {"improvedLayout": False, "randomSeed": 7}
        options["edges"]["smooth"] = False
        options["physics"] = {
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "springLength": 80,
                "centralGravity": 0.01,
                "avoidOverlap": 0.5,
            },
            "stabilization": {
                "enabled": True,
                "iterations": 200 if nodes <= 1000 else 100,
                "updateInterval": 25,
            },
            "minVelocity": 0.75,
        }
    return options


_OPTIONS: dict[str, Any] = {
    "physics": {
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -8000, "springLength": 160, "avoidOverlap": 0.2},
        "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 50},
        "minVelocity": 0.75,
    },
    "edges": {"font": {"size": 11, "align": "middle"}, "smooth": {"type": "continuous"}},
    "nodes": {"font": {"size": 14}},
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    "layout": {"randomSeed": 7},  # the same graph is laid out the same way each time
}


def _notice(kg: KnowledgeGraph, cut: Cut) -> dict[str, Any] | None:
    """What a partial page says it leaves out, and the actor to suggest for `kg view`."""
    if not cut.partial:
        return None
    degree: Counter[str] = Counter()
    for edge in cut.edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    top = min(cut.entities, key=lambda i: (-degree[i], -kg.entities[i].mentions, i), default=None)
    return {
        "entities": len(cut.entities),
        "total_entities": cut.total_entities,
        "edges": len(cut.edges),
        "total_edges": cut.total_edges,
        "example": kg.entities[top].label if top is not None else "NAME",
    }


def _finish_page(
    page: str,
    kg: KnowledgeGraph,
    cut: Cut,
    heading: str,
    titles: dict[str, dict[str, str]],
    panel: dict[str, Any],
) -> str:
    from kg.io.ownership import GENERATOR_TAG

    page = _EXTERNAL.sub("", page)
    page = page.replace("<head>", "<head>\n" + GENERATOR_TAG, 1)
    page = re.sub(r"<center>\s*<h1>.*?</h1>\s*</center>", "", page, flags=re.S)
    edges = cut.edges
    types = sorted({kg.entities[i].type.value for i in cut.entities})
    predicates = sorted({e.predicate for e in edges})
    statuses = [s.value for s in Status if any(e.status == s.value for e in edges)]
    legend = {t.value: {"color": c, "shape": s} for t, (c, s) in TYPE_STYLE.items()}
    families = {f.value: c for f, c in FAMILY_COLOR.items()}
    dates = sorted({d for info in panel["edges"].values() for d in info["dates"]})
    meta = {
        "types": types,
        "predicates": predicates,
        "statuses": statuses,
        "legend": legend,
        "families": families,
        "counts": {"nodes": len(cut.entities), "edges": len(edges)},
        "titles": titles,
        "panel": panel,
        "dates": [dates[0], dates[-1]] if dates else None,
        "notice": _notice(kg, cut),
        "heading": heading,
    }
    script = _asset("view.js").replace("__META__", _script_json(meta))
    page = page.replace("<body>", "<body>\n" + _asset("view_panel.html"), 1)
    return page.replace("</body>", f"<script>\n{script}</script>\n</body>", 1)


def _asset(name: str) -> str:
    return resources.files("kg").joinpath(f"data/{name}").read_text("utf-8")
