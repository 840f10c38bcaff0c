// dossier — offline search over search/docs.js and search/terms/<shard>.js.
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
  var kinds = { article: "Article", person: "Personne", meeting: "Rencontre" };
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
  function show(docs, ids, query) {
    list.textContent = "";
    var shown = ids.slice(0, 50);
    shown.forEach(function (i) {
      var d = docs[i];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + d[1];
      a.textContent = d[0];
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = (kinds[d[2]] || d[2]) + (d[3] ? " · " + d[3] : "");
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
    status.textContent = ids.length === 0 ? "Aucun résultat pour « " + query + " »."
      : ids.length + " résultat" + (ids.length > 1 ? "s" : "") + (ids.length > shown.length ? " (50 premiers affichés)" : "") + ".";
  }
  var pending = 0;
  function search(docs) {
    var query = input.value.trim();
    var terms = words(query);
    var ticket = ++pending;
    if (terms.length === 0) { list.textContent = ""; status.textContent = "Tapez un mot pour chercher."; return; }
    Promise.all(terms.map(function (w, i) { return matches(w, i === terms.length - 1); })).then(function (sets) {
      if (ticket !== pending) return;
      var result = Array.from(sets[0]).filter(function (i) { return sets.every(function (s) { return s.has(i); }); });
      var rank = { person: 0, meeting: 1, article: 2 };
      result.sort(function (a, b) { return (rank[docs[a][2]] - rank[docs[b][2]]) || (a - b); });
      show(docs, result, query);
    });
  }
  status.textContent = "Chargement de l'index…";
  load("docs", "docs.js").then(function (docs) {
    if (!Array.isArray(docs)) docs = [];
    status.textContent = "Tapez un mot pour chercher.";
    input.addEventListener("input", function () { search(docs); });
    form.addEventListener("submit", function (e) { e.preventDefault(); search(docs); });
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; search(docs); }
  });
})();
