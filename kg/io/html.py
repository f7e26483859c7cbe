"""The interactive HTML view: a pyvis page made fully self-contained (vis-network inlined,
every CDN reference removed), with a legend, search, filters and a neighbourhood view.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Any

from kg.graph.core import KnowledgeGraph
from kg.model import Relation
from kg.vocab import EntityType, Family, Status

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


@dataclass(frozen=True, slots=True)
class DrawnEdge:
    """One drawn edge: all claims of one predicate and status between two entities."""

    source: str
    target: str
    predicate: str
    status: str
    relations: tuple[Relation, ...]


def drawn_edges(kg: KnowledgeGraph) -> list[DrawnEdge]:
    """Edges as drawn: symmetric relations once per pair, claims grouped by status."""
    groups: dict[tuple[str, str, str, str], list[Relation]] = defaultdict(list)
    for r in kg.claims:
        if r.object is None:
            continue
        a, b = r.subject, r.object
        if r.predicate.symmetric and b < a:
            a, b = b, a
        groups[(a, b, r.predicate.value, r.qualifiers.status.value)].append(r)
    return [DrawnEdge(a, b, p, s, tuple(rs)) for (a, b, p, s), rs in sorted(groups.items())]


def _node_title(kg: KnowledgeGraph, entity_id: str) -> str:
    e = kg.entities[entity_id]
    lines = [e.label, f"type: {e.type.value}"]
    if e.aliases:
        lines.append("aliases: " + ", ".join(e.aliases))
    if e.qid:
        lines.append(f"Wikidata: https://www.wikidata.org/wiki/{e.qid}")
    if e.iso:
        lines.append(f"ISO 3166: {e.iso}")
    lines.append(f"mentions: {e.mentions}; articles: {len(e.articles)}")
    quotes = [r.value for r in kg.claims if r.subject == entity_id and r.value]
    for quote in quotes[:3]:
        lines.append(f"said: “{quote}”")
    return "\n".join(lines)


def _edge_title(kg: KnowledgeGraph, edge: DrawnEdge) -> str:
    a, b = kg.entities[edge.source].label, kg.entities[edge.target].label
    lines = [f"{a} {edge.predicate} {b}", f"status: {edge.status}"]
    for r in edge.relations:
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
            lines.append(f"  [{r.evidence.article}] {r.evidence.sentence}")
    return "\n".join(lines)


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can close or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_html(kg: KnowledgeGraph, heading: str = "") -> str:
    """A self-contained HTML page of the graph (no request leaves the file)."""
    from pyvis.network import Network

    net = Network(
        height="85vh", width="100%", directed=True, cdn_resources="in_line", notebook=False
    )
    degree: dict[str, int] = defaultdict(int)
    edges = drawn_edges(kg)
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    for e in sorted(kg.entities.values(), key=lambda e: e.id):
        color, shape = TYPE_STYLE[e.type]
        net.add_node(
            e.id,
            label=e.label,
            color=color,
            shape=shape,
            size=10 + min(30, 2 * e.mentions),
            etype=e.type.value,
            search=" ".join((e.label, *e.aliases)).lower(),
        )
    for i, edge in enumerate(edges):
        family = edge.relations[0].predicate.family
        symmetric = edge.relations[0].predicate.symmetric
        net.add_edge(
            edge.source,
            edge.target,
            id=f"e{i}",
            label=edge.predicate,
            color=FAMILY_COLOR[family],
            dashes=edge.status != Status.OCCURRED.value,
            arrows="" if symmetric else "to",
            predicate=edge.predicate,
            status=edge.status,
            family=family.value,
        )
    net.set_options(json.dumps(view_options(len(kg.entities), len(edges))))
    page = net.generate_html()
    # Tooltips never go through pyvis (whose template switches to innerHTML when a title
    # holds "href"): view.js makes each one a DOM element filled with textContent.
    titles = {
        "nodes": {e: _node_title(kg, e) for e in sorted(kg.entities)},
        "edges": {f"e{i}": _edge_title(kg, edge) for i, edge in enumerate(edges)},
    }
    return _finish_page(page, kg, edges, heading, titles)


def view_options(nodes: int, edges: int) -> dict[str, Any]:
    """vis-network options; big graphs trade layout polish for a page that settles quickly
    (no Kamada-Kawai seeding, straight edges, fewer stabilisation iterations)."""
    options: dict[str, Any] = json.loads(json.dumps(_OPTIONS))
    if nodes > 300 or edges > 800:
        options["layout"] = {"improvedLayout": False}
        options["edges"]["smooth"] = False
        options["physics"]["stabilization"]["iterations"] = 150
        options["physics"]["barnesHut"]["theta"] = 0.8
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
}


def _finish_page(
    page: str,
    kg: KnowledgeGraph,
    edges: list[DrawnEdge],
    heading: str,
    titles: dict[str, dict[str, str]],
) -> str:
    from kg.io.fsio import GENERATOR_TAG

    page = _EXTERNAL.sub("", page)
    page = page.replace("<head>", "<head>\n" + GENERATOR_TAG, 1)
    page = re.sub(r"<center>\s*<h1>.*?</h1>\s*</center>", "", page, flags=re.S)
    types = sorted({e.type.value for e in kg.entities.values()})
    predicates = sorted({e.predicate for e in edges})
    statuses = [s.value for s in Status if any(e.status == s.value for e in edges)]
    legend = {t.value: {"color": c, "shape": s} for t, (c, s) in TYPE_STYLE.items()}
    families = {f.value: c for f, c in FAMILY_COLOR.items()}
    meta = {
        "types": types,
        "predicates": predicates,
        "statuses": statuses,
        "legend": legend,
        "families": families,
        "counts": {"nodes": len(kg.entities), "edges": len(edges)},
        "titles": titles,
    }
    script = _asset("view.js").replace("__META__", _script_json(meta))
    page = page.replace("<body>", "<body>\n" + _asset("view_panel.html"), 1)
    return page.replace("</body>", f"<script>\n{script}</script>\n</body>", 1)


def _asset(name: str) -> str:
    return resources.files("kg").joinpath(f"data/{name}").read_text("utf-8")
