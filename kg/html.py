"""The interactive HTML view: a pyvis page made fully self-contained (vis-network inlined,
every CDN reference removed), with a legend, search, filters and a neighbourhood view.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kg.graph import KnowledgeGraph
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
    r"<link\b[^>]*href=\"https?://[^\"]*\"[^>]*/?>|<script\b[^>]*src=\"https?://[^\"]*\"[^>]*>\s*</script>",
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
        facts = [f"{k}: {v}" for k, v in (("date", q.date), ("place", q.place),
                                           ("title", q.title), ("cameo", q.cameo)) if v]
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

    net = Network(height="85vh", width="100%", directed=True, cdn_resources="in_line",
                  notebook=False)
    degree: dict[str, int] = defaultdict(int)
    edges = drawn_edges(kg)
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    for e in sorted(kg.entities.values(), key=lambda e: e.id):
        color, shape = TYPE_STYLE[e.type]
        net.add_node(e.id, label=e.label, title=_node_title(kg, e.id), color=color, shape=shape,
                     size=10 + min(30, 2 * e.mentions), etype=e.type.value,
                     search=" ".join((e.label, *e.aliases)).lower())
    for i, edge in enumerate(edges):
        family = edge.relations[0].predicate.family
        symmetric = edge.relations[0].predicate.symmetric
        net.add_edge(edge.source, edge.target, id=f"e{i}", label=edge.predicate,
                     title=_edge_title(kg, edge), color=FAMILY_COLOR[family],
                     dashes=edge.status != Status.OCCURRED.value,
                     arrows="" if symmetric else "to", predicate=edge.predicate,
                     status=edge.status, family=family.value)
    net.set_options(json.dumps(_OPTIONS))
    page = net.generate_html()
    return _finish_page(page, kg, edges, heading)


_OPTIONS: dict[str, Any] = {
    "physics": {
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -8000, "springLength": 160,
                      "avoidOverlap": 0.2},
        "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 50},
        "minVelocity": 0.75,
    },
    "edges": {"font": {"size": 11, "align": "middle"}, "smooth": {"type": "continuous"}},
    "nodes": {"font": {"size": 14}},
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
}


def _finish_page(page: str, kg: KnowledgeGraph, edges: list[DrawnEdge], heading: str) -> str:
    page = _EXTERNAL.sub("", page)
    page = re.sub(r"<center>\s*<h1>.*?</h1>\s*</center>", "", page, flags=re.S)
    types = sorted({e.type.value for e in kg.entities.values()})
    predicates = sorted({e.predicate for e in edges})
    statuses = [s.value for s in Status if any(e.status == s.value for e in edges)]
    legend = {t.value: {"color": c, "shape": s} for t, (c, s) in TYPE_STYLE.items()}
    families = {f.value: c for f, c in FAMILY_COLOR.items()}
    meta = {"types": types, "predicates": predicates, "statuses": statuses,
            "legend": legend, "families": families,
            "counts": {"nodes": len(kg.entities), "edges": len(edges)}}
    controls = _CONTROLS.replace("__META__", _script_json(meta))
    page = page.replace("<body>", "<body>\n" + _PANEL, 1)
    return page.replace("</body>", controls + "\n</body>", 1)


_PANEL = """<div id="kg-panel" style="font:13px sans-serif;padding:6px;border-bottom:1px solid #ccc">
  <input id="kg-search" type="search" placeholder="Find an actor…" style="width:16em">
  <button id="kg-find" type="button">Find</button>
  <button id="kg-ego" type="button">Neighbourhood of selected</button>
  <button id="kg-reset" type="button">Show all</button>
  <span id="kg-status" style="margin-left:1em;color:#555"></span>
  <div id="kg-filters" style="margin-top:4px"></div>
  <div id="kg-legend" style="margin-top:4px"></div>
</div>"""

_CONTROLS = """<script>
(function () {
  var meta = __META__;
  var state = {types: {}, predicates: {}, statuses: {}, ego: null};
  meta.types.forEach(function (t) { state.types[t] = true; });
  meta.predicates.forEach(function (p) { state.predicates[p] = true; });
  meta.statuses.forEach(function (s) { state.statuses[s] = true; });
  function el(tag, text) { var e = document.createElement(tag); if (text) { e.textContent = text; } return e; }
  function group(title, values, key) {
    var box = el("span"); box.appendChild(el("b", title + ": "));
    values.forEach(function (v) {
      var label = el("label"); var cb = el("input"); cb.type = "checkbox"; cb.checked = true;
      cb.dataset.kind = key; cb.value = v;
      cb.addEventListener("change", function () { state[key][v] = cb.checked; apply(); });
      label.appendChild(cb); label.appendChild(document.createTextNode(v + " ")); box.appendChild(label);
    });
    box.appendChild(el("span", " | "));
    return box;
  }
  var filters = document.getElementById("kg-filters");
  filters.appendChild(group("type", meta.types, "types"));
  filters.appendChild(group("predicate", meta.predicates, "predicates"));
  filters.appendChild(group("status", meta.statuses, "statuses"));
  var legend = document.getElementById("kg-legend");
  Object.keys(meta.legend).forEach(function (t) {
    var item = el("span", "● " + t + " (" + meta.legend[t].shape + ")  ");
    item.style.color = meta.legend[t].color; legend.appendChild(item);
  });
  legend.appendChild(el("span", " edges: "));
  Object.keys(meta.families).forEach(function (f) {
    var item = el("span", "— " + f + "  "); item.style.color = meta.families[f]; legend.appendChild(item);
  });
  legend.appendChild(el("span", " dashed = planned, proposed, hypothetical or denied"));
  function neighbourhood(id) {
    var keep = {}; keep[id] = true;
    edges.get().forEach(function (e) {
      if (e.from === id) { keep[e.to] = true; } if (e.to === id) { keep[e.from] = true; }
    });
    return keep;
  }
  function apply() {
    var egoSet = state.ego ? neighbourhood(state.ego) : null;
    var nodeUpdates = nodes.get().map(function (n) {
      var hidden = !state.types[n.etype] || (egoSet !== null && !egoSet[n.id]);
      return {id: n.id, hidden: hidden};
    });
    nodes.update(nodeUpdates);
    var hiddenNodes = {};
    nodes.get().forEach(function (n) { if (n.hidden) { hiddenNodes[n.id] = true; } });
    var shown = 0;
    edges.update(edges.get().map(function (e) {
      var hidden = !state.predicates[e.predicate] || !state.statuses[e.status] ||
        hiddenNodes[e.from] || hiddenNodes[e.to];
      if (!hidden) { shown += 1; }
      return {id: e.id, hidden: !!hidden};
    }));
    document.getElementById("kg-status").textContent = shown + " of " + meta.counts.edges + " edges shown";
  }
  function find() {
    var q = document.getElementById("kg-search").value.trim().toLowerCase();
    if (!q) { return; }
    var hit = nodes.get().filter(function (n) { return n.search.indexOf(q) >= 0; });
    hit.sort(function (a, b) { return (a.label.toLowerCase() === q ? -1 : 0) - (b.label.toLowerCase() === q ? -1 : 0) || b.size - a.size; });
    if (hit.length) {
      network.selectNodes([hit[0].id]); network.focus(hit[0].id, {scale: 1.2});
      document.getElementById("kg-status").textContent = "found " + hit[0].label;
    } else {
      document.getElementById("kg-status").textContent = "no actor matches";
    }
  }
  document.getElementById("kg-find").addEventListener("click", find);
  document.getElementById("kg-search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(); } });
  document.getElementById("kg-ego").addEventListener("click", function () {
    var sel = network.getSelectedNodes(); state.ego = sel.length ? sel[0] : null; apply();
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    state.ego = null;
    document.querySelectorAll("#kg-filters input").forEach(function (cb) { cb.checked = true; state[cb.dataset.kind][cb.value] = true; });
    apply();
  });
  window.kgStable = false;
  function settle() {
    if (window.kgStable) { return; }
    network.setOptions({physics: false}); window.kgStable = true;
  }
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  // a small graph may finish stabilising inside the constructor, before these listeners
  if (network.physics && network.physics.stabilized) { settle(); }
  setTimeout(settle, 15000);  // a hard stop: physics never runs on forever
  window.kgApply = apply;
  window.kgMeta = meta;
})();
</script>"""
