extension SitePlanner {
    /// How many items each part of the front page shows.
    static let homeEvents = 6
    static let homePeople = 8

    /// The front page, the dossier's home: the story in a few lines, the span of the coverage, the
    /// drawn timeline, the latest events, the main people, the next and the latest meetings, the
    /// outlets, then the newest articles and a link to the archive, which lists them all.
    func frontPage(_ index: DossierIndex) -> [String: TemplateValue] {
        let dossier = index.dossier
        let articles = dossier.articles.prefix(Self.homeArticles).map { articleItem($0, prefix: "") }
        var counts = [strings.count(dossier.articles.count, .articles)]
        let outlets = outletCounts(dossier)
        if !outlets.isEmpty { counts.append(strings.count(outlets.count, .outlets)) }
        counts.append(strings.count(dossier.people.count, .people))
        counts.append(strings.count(dossier.meetings.count, .meetings))
        let span: TemplateValue = index.coverage.map { coverage in
            .string(coverage.first == coverage.last ? strings.date(coverage.first)
                    : strings.fill(.coverageSpan, ["from": strings.date(coverage.first), "to": strings.date(coverage.last)]))
        } ?? false
        return [
            "articles": .section(articles),
            "archive_count": .string(strings.count(dossier.articles.count, .articles)),
            "counts": .string(counts.joined(separator: " · ")),
            "span": span,
            "drawing": .string(index.drawing.full(prefix: "", compact: true)),
            "latest_events": .section(latestEvents(index)),
            "main_people": .section(dossier.people.prefix(Self.homePeople).map { p in
                ["name": .string(p.name), "url": .string("people/\(p.id)/"), "role": .optional(p.role),
                 "count": .string(strings.count(p.articles.count, .articles))]
            }),
            "next_meeting": nextMeeting(index),
            "latest_meeting": latestMeeting(index),
            "outlets": .section(outlets.map { ["name": .string($0.name), "count": .int($0.count)] }),
        ]
    }

    /// The newest dated events up to the newest article, newest first.
    private func latestEvents(_ index: DossierIndex) -> [TemplateValue] {
        let timeline = index.dossier.timeline
        let limit = index.coverage.map { $0.last.year * 10_000 + $0.last.month * 100 + $0.last.day } ?? Int.max
        var chosen: [Int] = []
        for i in timeline.indices.reversed() where timeline[i].date.precision == .day && timeline[i].date.sortKey <= limit {
            chosen.append(i)
            if chosen.count == Self.homeEvents { break }
        }
        return chosen.map { i in
            let entry = timeline[i]
            return ["date": .string(strings.date(entry.date)), "date_iso": .string(entry.date.iso),
                    "label": .string(Self.shorten(entry.label, to: 220)),
                    "url": .string(index.entryPages[i] + "#" + index.entryAnchors[i])]
        }
    }

    /// The first planned meeting dated after the newest article, or false: a meeting the clips
    /// announced for a day the coverage has passed is not "next" to a reader.
    private func nextMeeting(_ index: DossierIndex) -> TemplateValue {
        let last = index.coverage.map { $0.last.year * 10_000 + $0.last.month * 100 + $0.last.day } ?? Int.min
        guard let m = index.dossier.meetings.filter({ m in
            index.status(of: m) == .planned && (m.date.map { $0.sortKey >= last } ?? false)
        }).min(by: Self.chronological) else { return false }
        return meetingLink(m, prefix: "meetings/", index)
    }

    /// The last meeting held, or false.
    private func latestMeeting(_ index: DossierIndex) -> TemplateValue {
        guard let m = index.dossier.meetings.filter({ $0.date != nil && index.status(of: $0) == .held }).max(by: Self.chronological)
        else { return false }
        return meetingLink(m, prefix: "meetings/", index)
    }

    /// Outlets and their number of articles, most first.
    func outletCounts(_ dossier: Dossier) -> [(name: String, count: Int)] {
        var counts: [String: Int] = [:]
        for entry in dossier.articles {
            if let outlet = entry.article.outlet, !outlet.isEmpty { counts[outlet, default: 0] += 1 }
        }
        return counts.map { (name: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// The search page: its texts for the script.
    func searchPage() -> [String: TemplateValue] {
        let results = SitePlural.results
        let forms = strings.plurals[results] ?? Plural(one: "%d", other: "%d")
        let table: [(String, String)] = [
            ("loading", strings[.searchLoading]), ("prompt", strings[.searchPrompt]), ("none", strings[.searchNone]),
            ("first", strings[.searchFirst]), ("one", forms.one), ("other", forms.other),
            ("zero_is_one", strings.pluralRule.isOne(0) ? "1" : ""),
            ("article", strings[.kindArticle]), ("person", strings[.kindPerson]), ("meeting", strings[.kindMeeting]),
        ]
        return ["search_strings": .string("{" + table.map { JSONText.string($0.0) + ":" + JSONText.string($0.1) }.joined(separator: ",") + "}")]
    }

    /// The 404 page: its stylesheet inline (it is served at any URL, where a relative link to the
    /// stylesheet would miss), and, when the site has no base URL, a script that finds the site's
    /// root by asking each parent folder of the URL for `dossier.json`, then re-roots the links.
    func notFoundPage(_ dossier: Dossier) -> [String: TemplateValue] {
        var fields: [String: TemplateValue] = [:]
        if let css = assets["style.css"] { fields["inline_css"] = .string(String(decoding: css, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")) }
        if dossier.settings.baseURL == nil { fields["root_script"] = .string(Self.rootScript) }
        return fields
    }

    static let rootScript = """
    (function () {
      "use strict";
      if (location.protocol !== "http:" && location.protocol !== "https:") return;
      var parts = location.pathname.split("/");
      parts.pop();
      var candidates = [];
      for (var i = parts.length; i >= 1; i--) candidates.push(parts.slice(0, i).join("/") + "/");
      function reroot(root) {
        document.querySelectorAll("a[href^='./'], link[href^='./']").forEach(function (el) {
          el.setAttribute("href", root + el.getAttribute("href").slice(2));
        });
      }
      function probe(k) {
        if (k >= candidates.length) { reroot("/"); return; }
        fetch(candidates[k] + "dossier.json", { method: "HEAD" }).then(function (r) {
          if (r.ok && (r.headers.get("content-type") || "").indexOf("json") >= 0) reroot(candidates[k]); else probe(k + 1);
        }, function () { probe(k + 1); });
      }
      document.addEventListener("DOMContentLoaded", function () { probe(0); });
    })();
    """
}
