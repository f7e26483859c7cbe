(function () {
  // Article text reaches the DOM only as textContent or an attribute set through the DOM:
  // this script never assigns innerHTML, and builds every element, link and tooltip itself.
  var meta = __META__;
  var panel = meta.panel;
  var state = {types: {}, predicates: {}, statuses: {}, ego: null, found: null,
               hideIsolated: true, undated: true, from: null, to: null, shown: null};
  meta.types.forEach(function (t) { state.types[t] = true; });
  meta.predicates.forEach(function (p) { state.predicates[p] = true; });
  meta.statuses.forEach(function (s) { state.statuses[s] = true; });
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function fold(text) { return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase(); }
  // only http(s) URLs and relative paths become links; never a scheme such as javascript:
  function safeHref(h) {
    if (typeof h !== "string" || !h) { return false; }
    if (/^https?:\/\/[^\s]/i.test(h)) { return true; }
    return !/^[a-z][a-z0-9+.\-]*:/i.test(h) && !/^[\/\\]/.test(h) && !/[\s\\]/.test(h);
  }
  function link(href, text) {
    if (!safeHref(href)) { return el("span", text); }
    var a = el("a", text); a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  // tooltips are elements holding text: article text never reaches innerHTML
  function tip(text) { var d = el("div", text, "kg-tip"); d.style.whiteSpace = "pre-wrap"; return d; }
  nodes.update(Object.keys(meta.titles.nodes).map(function (id) { return {id: id, title: tip(meta.titles.nodes[id])}; }));
  edges.update(Object.keys(meta.titles.edges).map(function (id) { return {id: id, title: tip(meta.titles.edges[id])}; }));

  // -- toolbar ------------------------------------------------------------------------
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
  var filters = $("kg-filters");
  filters.appendChild(group("type", meta.types, "types"));
  filters.appendChild(group("predicate", meta.predicates, "predicates"));
  filters.appendChild(group("status", meta.statuses, "statuses"));
  var legend = $("kg-legend");
  Object.keys(meta.legend).forEach(function (t) {
    var item = el("span", "● " + t + " (" + meta.legend[t].shape + ")  ");
    item.style.color = meta.legend[t].color; legend.appendChild(item);
  });
  legend.appendChild(el("span", " edges: "));
  Object.keys(meta.families).forEach(function (f) {
    var item = el("span", "— " + f + "  "); item.style.color = meta.families[f]; legend.appendChild(item);
  });
  legend.appendChild(el("span", " dashed = planned, proposed, hypothetical or denied; width = number of sources"));
  if (meta.heading) { $("kg-panel").insertBefore(el("h2", meta.heading), $("kg-panel").firstChild); }
  if (meta.notice) {
    var n = meta.notice, notice = $("kg-notice");
    var num = function (x) { return x.toLocaleString("en"); };
    notice.appendChild(el("b", "Large graph: "));
    notice.appendChild(document.createTextNode(n.edges === n.total_edges
      ? "all " + num(n.total_edges) + " relations are shown, with their " + num(n.entities) +
        " entities; the other " + num(n.total_entities - n.entities) + " entities have no relation. "
      : "showing the " + num(n.entities) + " most connected of " + num(n.total_entities) +
        " entities and " + num(n.edges) + " of " + num(n.total_edges) + " relations. "));
    notice.appendChild(document.createTextNode("For one actor's full neighbourhood, run "));
    notice.appendChild(el("code", "kg view --entity " + JSON.stringify(n.example)));
    notice.appendChild(document.createTextNode(" (any actor's name or alias)."));
    notice.hidden = false;
  }
  if (meta.dates) {
    $("kg-from").placeholder = meta.dates[0]; $("kg-to").placeholder = meta.dates[1];
  }
  var names = $("kg-names"), seen = {};
  Object.keys(panel.nodes).forEach(function (id) {
    var info = panel.nodes[id];
    [info.label].concat(info.aliases).forEach(function (name) {
      if (seen[name]) { return; } seen[name] = true;
      var option = el("option"); option.value = name; names.appendChild(option);
    });
  });

  // -- dates: "2021" covers the year, "2021-06" the month; ranges overlap or not ------------
  var DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  function low(d) { return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d; }
  function high(d) { return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d; }
  function inRange(d) {
    if (!d) { return state.undated; }
    return (state.from === null || high(d) >= state.from) && (state.to === null || low(d) <= state.to);
  }
  function readDate(input, bound) {
    var v = input.value.trim();
    input.classList.toggle("kg-bad", v !== "" && !DATE.test(v));
    if (!DATE.test(v)) { return null; }
    return bound(v);
  }
  function readDates() {
    state.from = readDate($("kg-from"), low); state.to = readDate($("kg-to"), high);
    state.undated = $("kg-undated").checked;
  }
  function edgeInRange(id) {
    var info = panel.edges[id];
    return info.dates.some(inRange) || (info.undated && state.undated);
  }

  // -- filters ------------------------------------------------------------------------
  function neighbourhood(id) {
    var keep = {}; keep[id] = true;
    edges.get().forEach(function (e) {
      if (e.from === id) { keep[e.to] = true; } if (e.to === id) { keep[e.from] = true; }
    });
    return keep;
  }
  var placedIsolated = false;
  function placeIsolated(ids) {
    // entities with no relation start outside the layout: lay them in rows under the graph
    if (placedIsolated || !ids.length) { return; }
    placedIsolated = true;
    var pos = network.getPositions(), maxY = 0, minX = 0, any = false;
    Object.keys(pos).forEach(function (k) {
      if (ids.indexOf(k) >= 0) { return; }
      if (!any || pos[k].y > maxY) { maxY = pos[k].y; } if (!any || pos[k].x < minX) { minX = pos[k].x; }
      any = true;
    });
    var perRow = Math.max(4, Math.ceil(Math.sqrt(ids.length)));
    ids.forEach(function (id, i) {
      network.moveNode(id, minX + 180 * (i % perRow), maxY + 150 + 110 * Math.floor(i / perRow));
    });
  }
  function apply() {
    readDates();
    var egoSet = state.ego ? neighbourhood(state.ego) : null;
    var off = {};
    nodes.get().forEach(function (n) {
      if (!state.types[n.etype] || (egoSet !== null && !egoSet[n.id])) { off[n.id] = true; }
    });
    var shown = 0, linked = {};
    edges.update(edges.get().map(function (e) {
      var hidden = !state.predicates[e.predicate] || !state.statuses[e.status] ||
        off[e.from] || off[e.to] || !edgeInRange(e.id);
      if (!hidden) { shown += 1; linked[e.from] = true; linked[e.to] = true; }
      return {id: e.id, hidden: !!hidden};
    }));
    var actors = 0, revealed = [];
    nodes.update(nodes.get().map(function (n) {
      var hidden = !!off[n.id] || (state.hideIsolated && !linked[n.id] &&
        n.id !== state.found && n.id !== state.ego);
      if (!hidden) { actors += 1; if (n.degree === 0) { revealed.push(n.id); } }
      return {id: n.id, hidden: hidden};
    }));
    if (window.kgStable) { placeIsolated(revealed); }
    $("kg-status").textContent = shown + " of " + meta.counts.edges + " relations, " +
      actors + " of " + meta.counts.nodes + " entities shown";
    if (state.shown) { show(state.shown.kind, state.shown.id); }
  }

  // -- side panel ---------------------------------------------------------------------
  function label(id) { return panel.nodes[id] ? panel.nodes[id].label : id; }
  function facts(parts) { return parts.filter(function (p) { return p; }).join(" · "); }
  function articleLine(articleId) {
    var line = el("div", "", "kg-source");
    if (!articleId) { return line; }
    var a = panel.articles[articleId] || {};
    line.appendChild(document.createTextNode("— "));
    line.appendChild(link(a.href, a.title || articleId));
    var extra = facts([a.source, a.published]);
    if (extra) { line.appendChild(document.createTextNode(" (" + extra + ")")); }
    return line;
  }
  function claimItem(c) {
    var li = el("li", "", "kg-claim"); li.dataset.status = c.status;
    li.appendChild(el("div", facts([
      c.status, c.date, c.place, c.event ? "PLOVER " + c.event : null, c.title,
      "confidence " + c.confidence]), "kg-facts"));
    if (c.sentence) { li.appendChild(el("div", c.sentence, "kg-sentence")); }
    li.appendChild(articleLine(c.article));
    return li;
  }
  function claimList(info, box) {
    var list = el("ol"), hidden = 0;
    info.claims.forEach(function (c) {
      if (inRange(c.date)) { list.appendChild(claimItem(c)); } else { hidden += 1; }
    });
    box.appendChild(list);
    if (hidden) { box.appendChild(el("p", hidden + " claim(s) outside the date range are hidden.", "kg-muted")); }
    if (info.more) { box.appendChild(el("p", "and " + info.more + " more claims not listed on this page.", "kg-muted")); }
  }
  function edgeHeading(e) { return label(e.from) + " " + e.predicate + " " + label(e.to); }
  function showEdge(id, body) {
    var e = edges.get(id), info = panel.edges[id];
    $("kg-side-title").textContent = edgeHeading(e);
    body.appendChild(el("div", facts(["status: " + e.status, e.sources + " source(s)"])));
    if (info.sources.length) {
      body.appendChild(el("h4", "Sources"));
      var ul = el("ul", "", "kg-sources");
      info.sources.forEach(function (s) { ul.appendChild(el("li", s)); });
      body.appendChild(ul);
      if (info.sources_more) { body.appendChild(el("p", "and " + info.sources_more + " more sources.", "kg-muted")); }
    }
    if (info.events.length) {
      body.appendChild(el("h4", "Events"));
      var evs = el("ul");
      info.events.forEach(function (ev) {
        var li = el("li", facts([ev.date || "undated", ev.place,
          ev.articles + " article(s), " + ev.sources + " source(s)", ev.statuses.join(" then ")]));
        if (ev.contested) { li.appendChild(el("span", " contested", "kg-contested")); }
        evs.appendChild(li);
      });
      body.appendChild(evs);
      if (info.events_more) { body.appendChild(el("p", "and " + info.events_more + " more events.", "kg-muted")); }
    }
    body.appendChild(el("h4", "Claims"));
    claimList(info, body);
  }
  function showNode(id, body) {
    var info = panel.nodes[id];
    $("kg-side-title").textContent = info.label;
    body.appendChild(el("div", facts([info.type, info.mentions + " mention(s)", info.articles + " article(s)"])));
    if (info.aliases.length) { body.appendChild(el("div", "aliases: " + info.aliases.join(", "))); }
    if (info.qid && /^Q\d+$/.test(info.qid)) {
      var wd = el("div", "Wikidata: ");
      wd.appendChild(link("https://www.wikidata.org/wiki/" + info.qid, info.qid)); body.appendChild(wd);
    }
    if (info.iso) { body.appendChild(el("div", "ISO 3166: " + info.iso)); }
    if (info.quotes.length) {
      body.appendChild(el("h4", "Said"));
      var qs = el("ol");
      info.quotes.forEach(function (q) {
        var li = el("li"); li.appendChild(el("div", "“" + q.text + "”", "kg-sentence"));
        li.appendChild(articleLine(q.article)); qs.appendChild(li);
      });
      body.appendChild(qs);
    }
    var mine = edges.get({filter: function (e) { return (e.from === id || e.to === id) && !e.hidden; }});
    var claimsOf = function (e) { return panel.edges[e.id].claims.length + panel.edges[e.id].more; };
    mine.sort(function (a, b) { return b.sources - a.sources || claimsOf(b) - claimsOf(a) || (a.id < b.id ? -1 : 1); });
    body.appendChild(el("h4", "Relations shown (" + mine.length + ")"));
    var listed = 0;
    mine.forEach(function (e) {
      if (listed >= 200) { return; }
      var head = el("button", facts([edgeHeading(e), e.status, e.sources + " source(s)"]), "kg-edge");
      head.type = "button"; head.dataset.edge = e.id;
      head.addEventListener("click", function () { network.selectEdges([e.id]); show("edge", e.id); });
      body.appendChild(head);
      claimList(panel.edges[e.id], body);
      listed += panel.edges[e.id].claims.length;
    });
    if (listed >= 200) { body.appendChild(el("p", "Select one relation to see the rest.", "kg-muted")); }
  }
  function show(kind, id) {
    var body = $("kg-side-body");
    body.textContent = "";
    state.shown = {kind: kind, id: id};
    if (kind === "node" && panel.nodes[id]) { showNode(id, body); }
    else if (kind === "edge" && panel.edges[id]) { showEdge(id, body); }
  }
  network.on("click", function (params) {
    if (params.nodes.length) { show("node", params.nodes[0]); }
    else if (params.edges.length) { show("edge", params.edges[0]); }
  });

  // -- search, neighbourhood, reset -------------------------------------------------------
  function find() {
    var q = fold($("kg-search").value.trim());
    if (!q) { return; }
    function exact(n) {
      var info = panel.nodes[n.id];
      return [info.label].concat(info.aliases).some(function (s) { return fold(s) === q; });
    }
    var hit = nodes.get().filter(function (n) { return n.search.indexOf(q) >= 0; });
    hit.sort(function (a, b) { return (exact(b) - exact(a)) || (b.degree - a.degree) || (b.size - a.size); });
    if (!hit.length) { $("kg-status").textContent = "no actor matches"; return; }
    var n = hit[0];
    state.found = n.id; apply();
    var blocked = !state.types[n.etype] || nodes.get(n.id).hidden;
    network.selectNodes([n.id]);
    if (!blocked) { network.focus(n.id, {scale: Math.max(network.getScale(), 1.0)}); }
    show("node", n.id);
    $("kg-status").textContent = "found " + n.label + (hit.length > 1 ? " (1 of " + hit.length + ")" : "") +
      (blocked ? " (hidden by the filters)" : "");
  }
  $("kg-find").addEventListener("click", find);
  $("kg-search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(); } });
  $("kg-ego").addEventListener("click", function () {
    var sel = network.getSelectedNodes(); state.ego = sel.length ? sel[0] : null; apply();
  });
  $("kg-isolated").addEventListener("change", function () { state.hideIsolated = $("kg-isolated").checked; apply(); });
  ["kg-from", "kg-to"].forEach(function (id) { $(id).addEventListener("input", apply); });
  $("kg-undated").addEventListener("change", apply);
  $("kg-reset").addEventListener("click", function () {
    state.ego = null; state.found = null;
    document.querySelectorAll("#kg-filters input").forEach(function (cb) { cb.checked = true; state[cb.dataset.kind][cb.value] = true; });
    $("kg-from").value = ""; $("kg-to").value = ""; $("kg-undated").checked = true;
    apply(); network.fit();
  });

  // -- layout: settle, fit, and keep labels readable when zoomed out -----------------------
  // Below 100% zoom a label grows as the view shrinks, so it keeps its size on screen (up to
  // a cap). On a crowded graph (over 60 actors shown) only the 30 most connected actors do,
  // without a cap; the other labels fade out below a few pixels until one zooms in.
  var hubs = [], pending = false;
  function readable() {
    pending = false;
    var s = network.getScale();
    if (!(s > 0)) { return; }
    var k = Math.max(1, 1 / s), crowded = hubs.length > 0;
    network.setOptions({nodes: {font: {size: crowded ? 14 : Math.min(28, Math.ceil(14 * k))}},
                        edges: {font: {size: crowded ? 11 : Math.min(22, Math.ceil(11 * k))}}});
    if (crowded) { nodes.update(hubs.map(function (id) { return {id: id, font: {size: Math.ceil(14 * k)}}; })); }
  }
  network.on("zoom", function () { if (!pending) { pending = true; requestAnimationFrame(readable); } });
  window.kgStable = false;
  function settle() {
    if (window.kgStable) { return; }
    network.setOptions({physics: false});
    var bar = $("loadingBar");  // pyvis's progress bar (graphs over 100 nodes) fades too slowly
    if (bar) { bar.style.display = "none"; }
    network.fit({animation: false});
    var shown = nodes.get({filter: function (n) { return !n.hidden; }});
    if (shown.length > 60) {
      shown.sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); });
      hubs = shown.slice(0, 30).map(function (n) { return n.id; });
    }
    readable();
    window.kgStable = true;
  }
  apply();
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  // a small graph may finish stabilising inside the constructor, before these listeners
  if (network.physics && network.physics.stabilized) { settle(); }
  setTimeout(settle, 15000);  // a hard stop: physics never runs on forever
  window.kgApply = apply;
  window.kgShow = show;
  window.kgShown = function () { return state.shown ? [state.shown.kind, state.shown.id] : null; };
  window.kgMeta = meta;
})();
