#!/usr/bin/env node
// Measures the offline search of a built site: index size, and the time a query takes
// (loading the shards its words need, then matching), as the page's script does it.
// Usage: node scripts/search-bench.js SITE_FOLDER "query words" ...
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const site = process.argv[2] || "public";
const queries = process.argv.slice(3).length ? process.argv.slice(3) : ["elysee", "coalition volontaires", "zelensky paris", "garanties secu"];
const dir = path.join(site, "search");

function sizeOf(folder) {
  let total = 0, files = 0, largest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const p = path.join(folder, entry.name);
    if (entry.isDirectory()) { const s = sizeOf(p); total += s.total; files += s.files; largest = Math.max(largest, s.largest); }
    else { const n = fs.statSync(p).size; total += n; files += 1; largest = Math.max(largest, n); }
  }
  return { total, files, largest };
}
function load(file) {
  let data = null;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), { dossierSearch: { load: (_, d) => { data = d; } } });
  return data;
}
const fold = (t) => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
const words = (t) => fold(t).split(/[^a-z0-9\u00c0-\uffff]+/).filter((w) => w.length > 1);
const shardOf = (w) => (/^[a-z0-9]{2}$/.test(w.slice(0, 2)) ? w.slice(0, 2) : "_");

const size = sizeOf(dir);
let t0 = process.hrtime.bigint();
const meta = load(path.join(dir, "meta.js"));
console.log(`index: ${(size.total / 1048576).toFixed(1)} MiB in ${size.files} files, largest ${(size.largest / 1024).toFixed(0)} KiB, ${meta.count} documents; meta.js ${fs.statSync(path.join(dir, "meta.js")).size} bytes`);
for (const q of queries) {
  t0 = process.hrtime.bigint();
  const terms = words(q);
  let bytes = 0;
  const sets = terms.map((w, i) => {
    const file = path.join(dir, "terms", shardOf(w) + ".js");
    if (!fs.existsSync(file)) return new Set();
    bytes += fs.statSync(file).size;
    const shard = load(file);
    const found = new Set();
    for (const term of Object.keys(shard)) if (term === w || (i === terms.length - 1 && term.startsWith(w))) shard[term].forEach((d) => found.add(d));
    return found;
  });
  const result = sets.length ? [...sets[0]].filter((d) => sets.every((s) => s.has(d))) : [];
  const rank = (i) => (i < meta.articles ? 2 : i < meta.articles + meta.people ? 0 : 1);
  result.sort((a, b) => rank(a) - rank(b) || a - b);
  const chunks = new Set(result.slice(0, 50).map((i) => Math.floor(i / meta.chunk)));
  for (const c of chunks) { const f = path.join(dir, "docs", c + ".js"); bytes += fs.statSync(f).size; load(f); }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`"${q}": ${result.length} results in ${ms.toFixed(1)} ms (index files read: ${(bytes / 1024).toFixed(0)} KiB)`);
}
