(function () {
  "use strict";
  // Everything shown comes from the JSON blocks and is put in with textContent and
  // properties, never parsed as HTML: a record cannot inject markup.
  // This script runs between the article rows (`head`, above it) and the digest's larger
  // block (below it): the list is shown before the browser has even read the digest,
  // which is taken in once the page is parsed, or when a filter or a link needs it.
  var root = document.documentElement;
  var H = JSON.parse(document.getElementById("head").textContent);
  var A = H.articles, D = null;
  // Article row: source, title, date, top score, top claim, conflicts, people, organisations, places,
  // quotes, claims, error, [person id, name] of the first people. Entries: see each render function.
  var SOURCE = 0, TITLE = 1, DATE = 2, SCORE = 3, CLAIM = 4, CONFLICTS = 5, PEOPLE = 6, ORGS = 7, PLACES = 8,
      QUOTES = 9, CLAIMS = 10, ERROR = 11, CHIPS = 12;
  var ROWS = 100, ENTRIES = 30, MORE = 200;

  function el(tag, props, kids) {
    var node = document.createElement(tag);
    if (props) Object.keys(props).forEach(function (k) { node[k] = props[k]; });
    (kids || []).forEach(function (kid) {
      if (kid === null || kid === undefined || kid === "") return;
      node.appendChild(typeof kid === "string" || typeof kid === "number" ? document.createTextNode(String(kid)) : kid);
    });
    return node;
  }
  var PLURALS = {person: "people", copy: "copies", story: "stories"};
  function plural(n, word) { return n + " " + (n === 1 ? word : PLURALS[word] || word + "s"); }
  function page(n, item) { return H.pages + n + ".html" + (item ? "#" + encodeURIComponent("a" + n + "-" + item) : ""); }
  function titleOf(n) { var row = A[n - 1]; return row ? (row[TITLE] || row[SOURCE]) : String(n); }
  function articleLink(n, item, text) {
    return el("a", {href: page(n, item), title: A[n - 1] ? A[n - 1][SOURCE] : ""}, [text || titleOf(n)]);
  }
  function status(s) { return el("span", {className: "status status-" + s}, [s]); }
  function entryLink(id, text) { return el("a", {href: "#" + id, className: "digest-link"}, [text || id]); }
  function li(kid) { return el("li", null, [kid]); }

  // ---- filters and the article list -------------------------------------------------------
  var inputs = {q: "f-q", person: "f-person", org: "f-org", place: "f-place", score: "f-score",
                conflicts: "f-conflicts", order: "f-order"};
  Object.keys(inputs).forEach(function (k) { inputs[k] = document.getElementById(inputs[k]); });
  var list = document.getElementById("list"), more = document.getElementById("more");
  var count = document.getElementById("count");
  var shown = 0, matches = [], hay = null;

  function haystack(i) {
    if (hay === null) hay = new Array(A.length);
    if (hay[i] === undefined) {
      var r = A[i], parts = [r[TITLE], r[SOURCE], r[CLAIM]], d = digest();
      r[PEOPLE].forEach(function (p) { parts.push(d.people[p][1]); });
      r[ORGS].forEach(function (o) { parts.push(d.organisations[o][1]); });
      r[PLACES].forEach(function (l) { parts.push(d.places[l][1]); });
      hay[i] = parts.join(" \u0001 ").toLowerCase();
    }
    return hay[i];
  }
  function entriesMatching(name, text) {
    text = text.trim().toLowerCase();
    if (!text) return null;
    var found = {}, exact = /^[plo]\d+$/.test(text);
    digest()[name].forEach(function (e, i) {
      if (exact ? e[0].toLowerCase() === text
          : e[1].toLowerCase().indexOf(text) >= 0 || e[2].some(function (v) { return v.toLowerCase().indexOf(text) >= 0; })) {
        found[i] = true;
      }
    });
    return found;
  }
  function hasAny(ids, found) {
    for (var i = 0; i < ids.length; i++) if (found[ids[i]]) return true;
    return false;
  }
  function filter() {
    var q = inputs.q.value.trim().toLowerCase(), score = parseFloat(inputs.score.value) || 0;
    var people = entriesMatching("people", inputs.person.value);
    var orgs = entriesMatching("organisations", inputs.org.value);
    var places = entriesMatching("places", inputs.place.value);
    matches = [];
    for (var i = 0; i < A.length; i++) {
      var r = A[i];
      if (r[SCORE] < score) continue;
      if (people && !hasAny(r[PEOPLE], people)) continue;
      if (orgs && !hasAny(r[ORGS], orgs)) continue;
      if (places && !hasAny(r[PLACES], places)) continue;
      if (q && haystack(i).indexOf(q) < 0) continue;
      matches.push(i);
    }
    var conflicts = inputs.conflicts.checked, byScore = inputs.order.value === "score";
    matches.sort(function (a, b) {
      return (conflicts ? A[b][CONFLICTS] - A[a][CONFLICTS] : 0) || (byScore ? A[b][SCORE] - A[a][SCORE] : 0) || a - b;
    });
    list.textContent = "";
    shown = 0;
    showRows();
    if (D) ["people", "organisations", "places"].forEach(narrow);
  }
  function showRows() {
    var end = Math.min(matches.length, shown + ROWS), frag = document.createDocumentFragment();
    for (; shown < end; shown++) frag.appendChild(row(matches[shown]));
    list.appendChild(frag);
    count.textContent = plural(matches.length, "article") + " of " + A.length +
      (matches.length > shown ? ", showing " + shown : "");
    more.hidden = shown >= matches.length;
    root.setAttribute("data-rendered", String(shown));
    more.textContent = "show " + Math.min(ROWS, matches.length - shown) + " more";
  }
  function row(i) {
    var r = A[i], n = i + 1;
    var chips = r[CHIPS].map(function (p) {
      return el("button", {type: "button", className: "chip", title: "only articles with " + p[1],
                           onclick: function () { setFilter("person", p[0]); }}, [p[1]]);
    });
    return el("li", {value: n}, [
      el("div", null, [
        r[SCORE] ? el("span", {className: "score", title: "top claim check-worthiness"}, [r[SCORE].toFixed(2)]) : null,
        r[CONFLICTS] ? el("span", {className: "status status-conflict"}, [plural(r[CONFLICTS], "conflict")]) : null,
        r[ERROR] ? el("span", {className: "status status-conflict"}, ["not processed: " + r[ERROR]]) : null,
        " ", articleLink(n, null, r[TITLE] || r[SOURCE]),
        el("span", {className: "muted"}, [" " + [r[TITLE] ? r[SOURCE] : "", r[DATE], plural(r[PEOPLE].length, "person") +
          ", " + plural(r[QUOTES], "quote") + ", " + plural(r[CLAIMS], "claim")].filter(Boolean).join(" · ")])]),
      r[CLAIM] ? el("div", {className: "claim"}, [r[CLAIM]]) : null,
      chips.length ? el("div", {className: "names"}, chips) : null]);
  }
  function setFilter(which, value) {
    inputs[which].value = value;
    filter();
    document.getElementById("articles").scrollIntoView();
  }
  var timer = null;
  function later() { clearTimeout(timer); timer = setTimeout(filter, 120); }
  ["q", "person", "org", "place", "score"].forEach(function (k) { inputs[k].addEventListener("input", later); });
  inputs.conflicts.addEventListener("change", filter);
  inputs.order.addEventListener("change", filter);
  document.getElementById("filters").addEventListener("reset", function () { setTimeout(filter, 0); });
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); filter(); });
  more.addEventListener("click", showRows);

  // ---- digest sections: the first entries, more on request, any entry on demand ------------
  // The first `limit` items of a long list, and a button for the rest: an entry stays small.
  function capped(container, items, limit, make, wrap) {
    items.slice(0, limit).forEach(function (item) { container.appendChild(make(item)); });
    var rest = items.slice(limit);
    if (rest.length) {
      var button = el("button", {type: "button", className: "more", onclick: function () {
        holder.remove();
        rest.forEach(function (item) { container.appendChild(make(item)); });
      }}, ["and " + rest.length + " more"]);
      var holder = wrap ? wrap(button) : button;
      container.appendChild(holder);
    }
    return container;
  }
  function members(items, limit) {
    var seen = {}, out = [];
    items.forEach(function (m) { if (!seen[m[0]]) { seen[m[0]] = true; out.push(m); } });
    return capped(el("ul", {className: "entries"}), out, limit, function (m) { return li(articleLink(m[0], m[1])); }, li);
  }
  function articlesButton(which, id) {
    return el("button", {type: "button", className: "more", onclick: function () { setFilter(which, id); }},
              ["list its articles"]);
  }
  var render = {
    // id, measure, counted, place, period, status, note, sources, figures [n, id, text, time, window, places, by, sentence, copies]
    figures: function (g) {
      var table = el("table", null, [el("tr", null, ["Article", "Figure", "When", "Where", "Source", "Sentence"].map(
        function (h) { return el("th", null, [h]); }))]);
      capped(table, g[8], 8, function (f) {
        return el("tr", null, [
          el("td", null, [articleLink(f[0]), f[8].length ? el("div", {className: "muted"}, ["also in " + plural(f[8].length, "copy")]) : null]),
          el("td", null, [articleLink(f[0], f[1], f[2])]), el("td", null, [f[3] + (f[4] ? " (" + f[4] + ")" : "")]),
          el("td", null, [f[5]]), el("td", null, [f[6] || "(none given)"]), el("td", null, [f[7]])]);
      }, function (button) { return el("tr", null, [el("td", {colSpan: 6}, [button])]); });
      return el("div", {className: "card wide", id: g[0]}, [
        el("h3", null, [g[0] + " · " + g[1] + (g[3] ? " · " + g[3] : "") + (g[4] ? " · per " + g[4] : "") + " ",
                        status(g[5]), el("span", {className: "muted"}, [" " + plural(g[7], "source") + ", " + plural(g[8].length, "figure")])]),
        el("p", {className: "muted"}, [g[6]]), table]);
    },
    // id, text, match, similarity, speaker, person position, occurrences [n, id, text, speaker]
    quotes: function (r) {
      var who = r[5] >= 0 ? entryLink(D.people[r[5]][0], r[4]) : (r[4] || "no speaker found");
      var ul = capped(el("ul", {className: "entries"}), r[6], 6, function (o) {
        return el("li", null, [articleLink(o[0], o[1]), ": “" + o[2] + "”", o[3] ? el("span", {className: "muted"}, [" (" + o[3] + ")"]) : null]);
      }, li);
      return el("div", {className: "card", id: r[0]}, [el("strong", null, ["“" + r[1] + "”"]),
        el("div", {className: "muted"}, [r[0] + " · " + plural(r[6].length, "article") + " · ", who, " · " + r[2] + " wording, similarity " + r[3].toFixed(2)]), ul]);
    },
    // id, name, variants, roles, sources, members [n, id], quotes, sample quotes [n, id, text], ages, evidence
    people: function (p) {
      var facts = [p[0] + " · " + plural(p[4], "source") + " · " + plural(p[6], "quote")];
      if (p[2].length) facts.push(" · as " + p[2].join(", "));
      if (p[9].length) facts.push(" · merged by " + p[9].join(", "));
      var quotes = el("ul", {className: "entries"});
      p[7].forEach(function (q) { quotes.appendChild(li(articleLink(q[0], q[1], "“" + q[2] + "”"))); });
      return el("div", {className: "card", id: p[0]}, [
        el("strong", null, [p[1]]), p[3].length ? ", " + p[3].join("; ") : "",
        p[8].length ? el("span", {className: "muted"}, [" age " + p[8].join("/")]) : null,
        el("div", {className: "muted"}, facts), members(p[5], 6), p[7].length ? quotes : null,
        articlesButton("person", p[0])]);
    },
    // id, name, variants, kind, country, sources, members, mentions
    organisations: function (o) {
      return el("div", {className: "card", id: o[0]}, [el("strong", null, [o[1]]),
        el("div", {className: "muted"}, [o[0] + " · " + [o[3], o[4]].filter(Boolean).join(", ") + (o[3] || o[4] ? " · " : "") +
          plural(o[5], "source") + " · " + plural(o[7], "mention") + (o[2].length ? " · as " + o[2].join(", ") : "")]),
        members(o[6], 6), articlesButton("org", o[0])]);
    },
    // id, name, variants, country, kind, sources, members, mentions
    places: function (l) {
      return el("div", {className: "card", id: l[0]}, [el("strong", null, [l[1]]),
        el("div", {className: "muted"}, [l[0] + " · " + [l[4], l[3]].filter(Boolean).join(", ") + (l[3] || l[4] ? " · " : "") +
          plural(l[5], "source") + " · " + plural(l[7], "mention") + (l[2].length ? " · spelled " + l[2].join(" / ") : "")]),
        members(l[6], 6), articlesButton("place", l[0])]);
    },
    // id, how, articles
    stories: function (s) {
      return el("div", {className: "card", id: s[0]}, [el("strong", null, [s[0] + " · " + plural(s[2].length, "version")]),
        el("div", {className: "muted"}, [s[1].join("; ")]), members(s[2].map(function (n) { return [n, ""]; }), 8)]);
    }
  };
  var sections = {};
  function setUp(name) {
    var node = document.getElementById(name), items = D[name];
    var s = {node: node, items: items, shown: 0, grid: el("div", {className: name === "figures" ? "" : "cards"}),
             focus: el("div", {className: "focus"}), filter: null, text: "", view: items};
    s.button = el("button", {type: "button", className: "more", onclick: function () { showEntries(s, MORE); }});
    node.appendChild(s.focus);
    node.appendChild(s.grid);
    node.appendChild(s.button);
    if (!items.length) node.appendChild(el("p", {className: "muted"}, ["None in these articles."]));
    sections[name] = s;
    showEntries(s, ENTRIES);
  }
  function showEntries(s, step) {
    var end = Math.min(s.view.length, s.shown + step), frag = document.createDocumentFragment();
    for (; s.shown < end; s.shown++) {
      if (!document.getElementById(s.view[s.shown][0])) frag.appendChild(render[s.node.id](s.view[s.shown]));
    }
    s.grid.appendChild(frag);
    var left = s.view.length - s.shown;
    s.button.hidden = left <= 0;
    s.button.textContent = "show " + Math.min(MORE, left) + " more of " + s.view.length;
  }
  // The person, organisation and place filters narrow their digest sections too.
  function narrow(name) {
    var s = sections[name], text = inputs[{people: "person", organisations: "org", places: "place"}[name]].value;
    if (text === s.text) return;
    var found = entriesMatching(name, text);
    s.text = text;
    s.view = found ? s.items.filter(function (e, i) { return found[i]; }) : s.items;
    s.grid.textContent = "";
    s.focus.textContent = "";
    s.shown = 0;
    showEntries(s, ENTRIES);
  }
  // The digest block, read once: on first need, else just after the list is shown.
  function digest() {
    if (D === null) {
      D = JSON.parse(document.getElementById("digest").textContent);
      Object.keys(render).forEach(setUp);
      root.setAttribute("data-digest-ms", performance.now().toFixed(0));
    }
    return D;
  }
  var where = {P: "people", O: "organisations", L: "places", F: "figures", R: "quotes", S: "stories"};
  // `#find:person=Blair&score=0.5` sets the filters (a link to a view); `#P12` shows entry P12.
  function reveal() {
    var id = location.hash.slice(1);
    if (id.indexOf("find:") === 0) {
      var params = new URLSearchParams(id.slice(5));
      ["q", "person", "org", "place", "score"].forEach(function (k) { inputs[k].value = params.get(k) || (k === "score" ? "0" : ""); });
      filter();
      return;
    }
    id = decodeURIComponent(id);
    if (!/^[POLFRS]\d+$/.test(id)) return;
    var node = document.getElementById(id);
    if (!node) {
      var s = sections[where[id[0]]] || (digest(), sections[where[id[0]]]);
      var entry = s.items.filter(function (e) { return e[0] === id; })[0];
      if (!entry) return;
      node = render[s.node.id](entry);
      s.focus.appendChild(node);
    }
    node.classList.add("target");
    node.scrollIntoView();
  }

  var c = H.counts, summary = document.getElementById("summary");
  summary.textContent = "";
  summary.appendChild(el("span", null, [plural(A.length, "article") + " · "]));
  summary.appendChild(el("a", {href: "#figures"}, [plural(c.figures, "figure group")]));
  if (c.conflicts) {
    summary.appendChild(el("span", null, [" (", el("span", {className: "status status-conflict"}, [c.conflicts + " in conflict"]), ")"]));
  }
  summary.appendChild(el("span", null, [" · "]));
  summary.appendChild(el("a", {href: "#quotes"}, [plural(c.quotes, "recurring quote")]));
  summary.appendChild(el("span", null, [" · " + plural(c.people, "person") + " in more than one source · " +
                                        plural(c.stories, "story") + " told more than once"]));
  filter();
  root.setAttribute("data-script", "ran");
  // How long opening took, from navigation: the list shown, then the page loaded and laid out.
  root.setAttribute("data-render-ms", performance.now().toFixed(0));
  document.addEventListener("DOMContentLoaded", function () {
    if (location.hash) reveal();
    window.addEventListener("hashchange", reveal);
  });
  window.addEventListener("load", function () {
    root.setAttribute("data-load-ms", performance.now().toFixed(0));
    setTimeout(digest, 0);
  });
})();
