// The query page: fills the cookbook menu, runs the query with fetch() and shows the answer.
// Every value from the store is written with textContent, never parsed as HTML.
"use strict";

(() => {
  const form = document.getElementById("form");
  const query = document.getElementById("query");
  const menu = document.getElementById("cookbook");
  const format = document.getElementById("format");
  const bind = document.getElementById("bind");
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  let cookbook = {};

  const say = (text, isError) => {
    status.textContent = text;
    status.className = isError ? "error" : "";
  };

  const cell = (term) => {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      td.textContent = term.value;
      td.title = term.value;
    } else {
      td.textContent = term.value + (term["xml:lang"] ? "@" + term["xml:lang"] : "");
    }
    return td;
  };

  const table = (data) => {
    const t = document.createElement("table");
    const head = t.createTHead().insertRow();
    for (const v of data.head.vars) {
      const th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    }
    const body = t.createTBody();
    for (const row of data.results.bindings) {
      const tr = body.insertRow();
      for (const v of data.head.vars) tr.appendChild(cell(row[v]));
    }
    return t;
  };

  const show = async (response) => {
    results.replaceChildren();
    const kind = response.headers.get("content-type") || "";
    if (kind.startsWith("application/sparql-results+json")) {
      const data = await response.json();
      if ("boolean" in data) {
        const p = document.createElement("p");
        p.textContent = "ASK: " + data.boolean;
        results.appendChild(p);
        return "answer: " + data.boolean;
      }
      results.appendChild(table(data));
      return data.results.bindings.length + " rows";
    }
    const pre = document.createElement("pre");
    pre.textContent = await response.text();
    results.appendChild(pre);
    return kind.split(";")[0];
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = new URLSearchParams({ query: query.value });
    for (const line of bind.value.split("\n")) {
      if (line.trim()) body.append("bind", line.trim());
    }
    const accept = format.value
      ? ""
      : "application/sparql-results+json, text/turtle;q=0.9";
    if (format.value) body.set("format", format.value);
    say("running …");
    const started = performance.now();
    try {
      const response = await fetch("query", {
        method: "POST",
        headers: accept ? { Accept: accept } : {},
        body,
      });
      if (!response.ok) {
        results.replaceChildren();
        say(response.status + ": " + (await response.text()), true);
        return;
      }
      const what = await show(response);
      say(what + " in " + Math.round(performance.now() - started) + " ms");
    } catch (error) {
      say(String(error), true);
    }
  });

  menu.addEventListener("change", () => {
    if (menu.value && cookbook[menu.value]) query.value = cookbook[menu.value];
  });

  fetch("cookbook.json")
    .then((r) => r.json())
    .then((data) => {
      cookbook = data;
      for (const name of Object.keys(data)) {
        const option = document.createElement("option");
        option.value = name;
        option.textContent = name;
        menu.appendChild(option);
      }
    })
    .catch((error) => say("cannot load the cookbook: " + error, true));
})();
