extension SitePlanner {
    /// The article page and its normalized Markdown.
    func articleFiles(_ entry: DossierArticle, _ index: DossierIndex) -> [PlannedFile] {
        let a = entry.article
        return [
            deferredPage("articles/\(entry.id)/index.html", "article", depth: 2, title: a.title, nav: .none, index.dossier) {
                articlePage(entry, index)
            },
            PlannedFile(path: "articles/\(entry.id)/index.md", deferred: { .text(ArticleMarkdown.render(a)) }),
        ]
    }

    /// The fields of an article's page.
    func articlePage(_ entry: DossierArticle, _ index: DossierIndex) -> [String: TemplateValue] {
        let a = entry.article
        let people: [TemplateValue] = entry.people.compactMap { id in
            guard let person = index.people[id] else { return nil }
            return ["name": .string(person.name), "url": .string("../../people/\(id)/"), "role": .optional(person.role)]
        }
        let meetings: [TemplateValue] = entry.meetings.compactMap { index.meetings[$0] }
            .sorted(by: Self.chronological)
            .map { meetingLink($0, prefix: "../../meetings/", index) }
        let subtitleLang = a.subtitle.flatMap(ClipLanguage.clearLanguage(of:)).flatMap { $0 == a.lang ? nil : $0 }
        let sourcing = ArticleSourcing(article: a, strings: strings)
        let place = index.archivePlaces[entry.id] ?? (month: 0, page: 1)
        let archiveMonth = index.archive.indices.contains(place.month) ? index.archive[place.month]
            : ArchiveMonth(key: "undated", year: nil, month: nil, articles: [])
        return [
            "title": .string(a.title),
            // The breadcrumb leads to the article's month in the archive.
            "archive_url": .string(Self.archivePath(archiveMonth, page: place.page)),
            "archive_label": .string(archiveLabel(archiveMonth)),
            "subtitle": .optional(a.subtitle),
            "subtitle_lang": .optional(subtitleLang),
            "caption": .optional(a.caption),
            "date": .optional(a.date.map(strings.date)),
            // "date déduite : 6 janvier 2026 (d’après la rencontre que l’article rapporte)" when inferred.
            "date_label": .optional(a.date.map { sourcing.dateLabel(formatted: strings.date($0)) }),
            "date_inferred": .bool(sourcing.dateInferred),
            "date_basis": .string(a.dateBasis.rawValue),
            "date_basis_note": .optional(sourcing.dateInferred ? sourcing.basisNote : nil),
            "wire": .optional(a.wire == a.outlet ? nil : a.wire),
            "source_line": .optional(sourcing.sourceLine),
            "original_url": .optional(a.url),
            "original_link_label": .optional(sourcing.originalLinkLabel),
            "contributors_line": .optional(sourcing.contributorsLine),
            "date_iso": .optional(a.date?.iso),
            "authors": .optional(a.authors.isEmpty ? nil : a.authors.joined(separator: ", ")),
            "contributors": .optional(a.contributors.isEmpty ? nil : a.contributors.joined(separator: ", ")),
            "credits": .optional(a.credits.isEmpty ? nil : a.credits.joined(separator: ", ")),
            "outlet": .optional(a.outlet),
            "lang": .string(a.lang),
            "source": .string(a.source),
            "body": .string(ArticleHTML.body(a)),
            "people": .section(people),
            "meetings": .section(meetings),
            "description": .string(Self.summary(of: a) ?? a.title),
            "og_type": "article",
            "jsonld": .string(JSONLD.article(entry, people: entry.people.compactMap { index.people[$0]?.name })),
        ]
    }

    /// An article in a list: headline, date, byline, summary; `prefix` leads to the site's root.
    func articleItem(_ entry: DossierArticle, prefix: String) -> TemplateValue {
        let a = entry.article
        return [
            "url": .string("\(prefix)articles/\(entry.id)/"),
            "title": .string(a.title),
            "lang": .string(a.lang),
            "date": .optional(a.date.map(strings.date)),
            "date_iso": .optional(a.date?.iso),
            "byline": .optional(byline(a)),
            "summary": .optional(Self.summary(of: a)),
        ]
    }

    /// "John Irish — Reuters", "AFP", or nil.
    func byline(_ a: Article) -> String? {
        var parts: [String] = []
        if !a.authors.isEmpty { parts.append(a.authors.joined(separator: ", ")) }
        if let outlet = a.outlet, !parts.contains(outlet) { parts.append(outlet) }
        return parts.isEmpty ? nil : parts.joined(separator: " — ")
    }

    /// The first sentence of the first paragraph that does not repeat the headline, at most about 240 characters.
    static func summary(of a: Article) -> String? {
        let title = TextFolding.fold(a.title)
        for block in a.blocks where block.kind == .paragraph {
            let sentence = SentenceSplitter.sentences(in: block.text).first ?? block.text
            let folded = TextFolding.fold(sentence)
            // A derived headline is the first sentence cut short: the summary then takes the next paragraph.
            if !title.isEmpty, folded.hasPrefix(title.hasSuffix("…") ? String(title.dropLast()) : title) || title.hasPrefix(folded) { continue }
            return shorten(sentence, to: 240)
        }
        return nil
    }

    /// Cuts `text` at a word boundary and adds an ellipsis when it is longer than `limit`.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:–—-(".contains(last) || last == " " || last == "\u{00A0}" || last == "\u{202F}" { cut.removeLast() }
        return cut + "…"
    }
}
