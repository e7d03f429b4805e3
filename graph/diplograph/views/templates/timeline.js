/* diplograph timeline: draws the embedded lanes and marks as SVG. Text from the graph is only
   ever placed with textContent (labels, <title> tooltips, the details panel), never as HTML. */
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var LABEL_W = 190, ROW = 30, TOP = 28, PAD = 16, RIGHT = 70, DAY = 86400000;
  var chart = document.getElementById("chart");

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function day(text) { return Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) / DAY; }

  var marks = data.marks;
  var first = Infinity, last = -Infinity;
  marks.forEach(function (m) { var d = day(m[1]); m.day = d; if (d < first) { first = d; } if (d > last) { last = d; } });
  if (!marks.length) { first = last = day("2000-01-01"); }
  var span = Math.max(1, last - first);
  var plotW = Math.max(600, chart.clientWidth - LABEL_W - 2 * PAD - RIGHT, Math.min(span * 3, 6000));
  var width = LABEL_W + plotW + 2 * PAD + RIGHT;
  var height = TOP + data.lanes.length * ROW + PAD;
  function x(d) { return LABEL_W + PAD + (last === first ? plotW / 2 : (d - first) / span * plotW); }

  var svg = el("svg", { width: width, height: height, role: "img" });
  var back = el("g", {}, svg);
  data.lanes.forEach(function (label, i) {
    el("rect", { "class": "lane-bg", x: 0, y: TOP + i * ROW, width: width, height: ROW, fill: i % 2 ? "#fafafa" : "#fff" }, back);
    var text = el("text", { x: 6, y: TOP + i * ROW + ROW / 2 + 4 }, back);
    text.textContent = label.length > 28 ? label.slice(0, 27) + "\u2026" : label;
    var full = el("title", {}, text);
    full.textContent = label;
  });
  /* Axis: years, months or days, whichever gives a readable number of ticks. */
  var axis = el("g", { "class": "axis" }, svg);
  var start = new Date(first * DAY), ticks = [];
  var step = span > 1500 ? "year" : span > 60 ? "month" : "day";
  var t = new Date(Date.UTC(start.getUTCFullYear(), step === "year" ? 0 : start.getUTCMonth(), step === "day" ? start.getUTCDate() : 1));
  while (t.getTime() / DAY <= last + 0.5 && ticks.length < 400) {
    if (t.getTime() / DAY >= first - 0.5) { ticks.push(new Date(t.getTime())); }
    if (step === "year") { t.setUTCFullYear(t.getUTCFullYear() + 1); }
    else if (step === "month") { t.setUTCMonth(t.getUTCMonth() + 1); }
    else { t.setUTCDate(t.getUTCDate() + Math.max(1, Math.ceil(span / 30))); }
  }
  if (!ticks.length) { ticks.push(start); }
  var every = Math.max(1, Math.ceil(ticks.length / (plotW / 70)));
  ticks.forEach(function (tick, i) {
    var px = x(tick.getTime() / DAY);
    el("line", { "class": "grid", x1: px, x2: px, y1: TOP - 4, y2: height - PAD }, axis);
    if (i % every === 0) {
      var label = el("text", { x: px + 2, y: TOP - 10 }, axis);
      var iso = tick.toISOString();
      label.textContent = step === "year" ? iso.slice(0, 4) : step === "month" ? iso.slice(0, 7) : iso.slice(0, 10);
    }
  });

  /* Marks: several on the same day of a lane fan out in a small grid to the right. */
  var layer = el("g", { id: "marks" }, svg);
  var cells = {};
  var nodes = [];
  marks.forEach(function (m, i) {
    var key = m[0] + ":" + Math.round(x(m.day));
    var k = cells[key] || 0;
    cells[key] = k + 1;
    var cx = x(m.day) + Math.floor(k / 4) * 7, cy = TOP + m[0] * ROW + ROW / 2 + ((k % 4) - 1.5) * 6;
    var color = m[2] === 0 ? data.colors.meeting : (data.colors[m[3]] || "#999");
    var shape = m[2] === 0
      ? el("rect", { x: cx - 5, y: cy - 5, width: 10, height: 10, fill: color }, layer)
      : el("circle", { cx: cx, cy: cy, r: 5.5, fill: color }, layer);
    shape.setAttribute("class", "mark" + (m[6] ? " " + m[6] : ""));
    shape.setAttribute("data-i", String(i));
    var tip = el("title", {}, shape);
    tip.textContent = m[4];
    nodes.push(shape);
  });
  chart.appendChild(svg);

  var details = document.getElementById("details");
  var links = document.getElementById("links");
  var selected = null;
  function show(i) {
    var m = marks[i];
    if (selected) { selected.classList.remove("selected"); }
    selected = nodes[i];
    selected.classList.add("selected");
    details.textContent = m[4] + (m[6] ? "\n(" + m[6] + ")" : "");
    while (links.firstChild) { links.removeChild(links.firstChild); }
    m[5].forEach(function (ref) {
      var s = data.sources[ref];
      var a = data.articles[s[1]];
      links.appendChild(sourceBlock(s, a));
    });
  }
  layer.addEventListener("click", function (ev) {
    var i = ev.target && ev.target.getAttribute ? ev.target.getAttribute("data-i") : null;
    if (i !== null) { show(+i); }
  });
  window.timeline = { show: show, marks: nodes.length };
  /* For tests and benchmarks: the drawing script's own time, and (at the next frame, once
     the SVG is laid out and painted) the time since navigation started. */
  window.__timelineScript = performance.now() - started;
  requestAnimationFrame(function () {
    window.__timelineDone = performance.now();
    window.__timelineDrawn = window.__timelineDone - started;
  });
})();
