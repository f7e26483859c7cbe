(function () {
  var meta = __META__;
  var state = {types: {}, predicates: {}, statuses: {}, ego: null};
  meta.types.forEach(function (t) { state.types[t] = true; });
  meta.predicates.forEach(function (p) { state.predicates[p] = true; });
  meta.statuses.forEach(function (s) { state.statuses[s] = true; });
  function el(tag, text) { var e = document.createElement(tag); if (text) { e.textContent = text; } return e; }
  // tooltips are elements holding text: article text never reaches innerHTML
  function tip(text) { var d = el("div", text); d.className = "kg-tip"; d.style.whiteSpace = "pre-wrap"; return d; }
  nodes.update(Object.keys(meta.titles.nodes).map(function (id) { return {id: id, title: tip(meta.titles.nodes[id])}; }));
  edges.update(Object.keys(meta.titles.edges).map(function (id) { return {id: id, title: tip(meta.titles.edges[id])}; }));
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
