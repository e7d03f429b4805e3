/* diplograph view: draws the embedded graph. Text from the graph is only ever placed with
   textContent, option values or vis string titles (shown as text), never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var sources = data.sources;
  var articles = data.articles;
  var SHOWN = 4;

  function sourceText(i) {
    var s = sources[i];
    var a = articles[s[1]];
    var where = [a[0], a[1], a[2]].filter(Boolean).join(" \u00b7 ");
    return "\u201c" + s[0] + "\u201d" + (where ? "\n   \u2014 " + where : "");
  }
  /* Tooltips are strings (vis shows them as text): the summary, then the first sentences. */
  function withSources(item) {
    var refs = item.src || [];
    var lines = [item.title];
    refs.slice(0, SHOWN).forEach(function (i) { lines.push(sourceText(i)); });
    var more = (item.n || refs.length) - Math.min(SHOWN, refs.length);
    if (more > 0) { lines.push("\u2026 and " + more + " more sentences"); }
    item.summary = item.title;
    item.title = lines.join("\n");
  }
  data.nodes.forEach(withSources);
  data.edges.forEach(withSources);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  var container = document.getElementById("network");
  window.network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  if (data.focus.length) { window.network.fit({ nodes: data.focus, animation: false }); }

  var details = document.getElementById("details");
  var links = document.getElementById("links");
  function show(item) {
    details.textContent = item ? item.summary : "";
    while (links.firstChild) { links.removeChild(links.firstChild); }
    ((item && item.src) || []).forEach(function (i) {
      var s = sources[i];
      var a = articles[s[1]];
      links.appendChild(sourceBlock(s, a));
    });
  }
  window.network.on("click", function (params) {
    if (params.nodes.length) { show(byId[params.nodes[0]]); }
    else if (params.edges.length) { show(edgeById[params.edges[0]]); }
  });

  var list = document.getElementById("names");
  var labels = data.nodes.map(function (n) { return n.label; }).sort();
  labels.slice(0, 5000).forEach(function (label) {
    var option = document.createElement("option");
    option.value = label;
    list.appendChild(option);
  });
  var status = document.getElementById("search-status");
  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) { status.textContent = ""; return; }
    var exact = null, partial = null;
    for (var i = 0; i < data.nodes.length; i++) {
      var label = String(data.nodes[i].label).toLowerCase();
      if (label === wanted) { exact = data.nodes[i]; break; }
      if (partial === null && label.indexOf(wanted) >= 0) { partial = data.nodes[i]; }
    }
    var hit = exact || partial;
    if (!hit) { status.textContent = "not found"; return; }
    status.textContent = "";
    window.network.selectNodes([hit.id]);
    window.network.focus(hit.id, { scale: 1.5, animation: false });
    show(hit);
  }
  var search = document.getElementById("search");
  search.addEventListener("change", function () { find(search.value); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(search.value); } });
  var physics = document.getElementById("physics");
  physics.addEventListener("change", function () {
    window.network.setOptions({ physics: { enabled: physics.checked } });
  });
  if (!data.options.physics.enabled) { physics.checked = false; }
})();
