// dossier — offline search over search/meta.js, search/docs/<n>.js and search/terms/<shard>.js.
// The index files are scripts that call dossierSearch.load(name, data), so search works
// from any host and from disk (file://). Words are folded (accents and case removed) the
// same way the index was built; the last word of the query matches as a prefix, so
// results show as one types.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;
  var root = form.getAttribute("data-root") || "../";
  var base = root + "search/";
  // The page's words, in the dossier's language (search.mustache writes them).
  var t = { loading: "…", prompt: "", none: "{query}", first: "", one: "%d", other: "%d", zero_is_one: "1",
            article: "Article", person: "Person", meeting: "Meeting" };
  try { t = JSON.parse(form.getAttribute("data-strings") || "{}"); } catch (e) { /* keep the defaults */ }
  var kinds = { article: t.article, person: t.person, meeting: t.meeting };
  function count(n) { return ((n === 1 || (n === 0 && t.zero_is_one)) ? t.one : t.other).replace("%d", String(n)); }
  var loaded = {};
  var waiting = {};

  window.dossierSearch = {
    load: function (name, data) {
      loaded[name] = data;
      (waiting[name] || []).forEach(function (resolve) { resolve(data); });
      delete waiting[name];
    }
  };
  function load(name, path) {
    if (loaded[name]) return Promise.resolve(loaded[name]);
    return new Promise(function (resolve) {
      if (waiting[name]) { waiting[name].push(resolve); return; }
      waiting[name] = [resolve];
      var script = document.createElement("script");
      script.src = base + path;
      script.onerror = function () { window.dossierSearch.load(name, {}); };
      document.head.appendChild(script);
    });
  }
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\u0153/g, "oe").replace(/\u00e6/g, "ae");
  }
  function words(text) {
    return fold(text).split(/[^a-z0-9\u00c0-\uffff]+/).filter(function (w) { return w.length > 1; });
  }
  function shardOf(word) {
    var p = word.slice(0, 2);
    return /^[a-z0-9]{2}$/.test(p) ? p : "_";
  }
  function matches(word, isLast) {
    var shard = shardOf(word);
    return load(shard, "terms/" + shard + ".js").then(function (terms) {
      var found = new Set();
      Object.keys(terms).forEach(function (term) {
        if (term === word || (isLast && term.indexOf(word) === 0)) terms[term].forEach(function (i) { found.add(i); });
      });
      return found;
    });
  }
  function docs(ids, meta) {
    var chunks = {};
    ids.forEach(function (i) { chunks[Math.floor(i / meta.chunk)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return load("docs/" + c, "docs/" + c + ".js").then(function (rows) { return [Number(c), rows]; });
    })).then(function (loadedChunks) {
      var byChunk = {};
      loadedChunks.forEach(function (pair) { byChunk[pair[0]] = pair[1]; });
      return ids.map(function (i) { var rows = byChunk[Math.floor(i / meta.chunk)] || []; return rows[i % meta.chunk] || ["?", "", "", "", "", ""]; });
    });
  }
  function show(rows, total, query) {
    list.textContent = "";
    var shown = rows;
    shown.forEach(function (d) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + d[1];
      a.textContent = d[0];
      if (d[5]) a.lang = d[5];
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = (kinds[d[2]] || d[2]) + (d[3] ? " · " + d[3] : "");
      li.appendChild(a);
      li.appendChild(meta);
      if (d[4]) {
        var excerpt = document.createElement("p");
        excerpt.className = "summary";
        excerpt.textContent = d[4];
        if (d[5]) excerpt.lang = d[5];
        li.appendChild(excerpt);
      }
      list.appendChild(li);
    });
    status.textContent = total === 0 ? t.none.replace("{query}", query)
      : count(total) + (total > shown.length ? " " + t.first : "") + ".";
  }
  var pending = 0;
  function search(meta) {
    var query = input.value.trim();
    var terms = words(query);
    var ticket = ++pending;
    if (terms.length === 0) { list.textContent = ""; status.textContent = t.prompt; return; }
    Promise.all(terms.map(function (w, i) { return matches(w, i === terms.length - 1); })).then(function (sets) {
      if (ticket !== pending) return;
      var result = Array.from(sets[0]).filter(function (i) { return sets.every(function (s) { return s.has(i); }); });
      // People first, then meetings, then articles (ids run articles, people, meetings).
      var rank = function (i) { return i < meta.articles ? 2 : i < meta.articles + meta.people ? 0 : 1; };
      result.sort(function (a, b) { return (rank(a) - rank(b)) || (a - b); });
      docs(result.slice(0, 50), meta).then(function (rows) { if (ticket === pending) show(rows, result.length, query); });
    });
  }
  status.textContent = t.loading;
  load("meta", "meta.js").then(function (meta) {
    if (!meta || !meta.chunk) meta = { chunk: 500, count: 0, articles: 0, people: 0, meetings: 0 };
    status.textContent = t.prompt;
    input.addEventListener("input", function () { search(meta); });
    form.addEventListener("submit", function (e) { e.preventDefault(); search(meta); });
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; search(meta); }
  });
})();
