extension SitePlanner {
    /// The front page: the dossier's articles, newest first.
    func frontPage(_ index: DossierIndex) -> [String: TemplateValue] {
        let items: [TemplateValue] = index.dossier.articles.map { entry in
            let a = entry.article
            return [
                "url": .string("articles/\(entry.id)/"),
                "title": .string(a.title),
                "date": .optional(a.date.map(FrenchDateFormatter.long)),
                "date_iso": .optional(a.date?.iso),
                "byline": .optional(byline(a)),
                "summary": .optional(Self.summary(of: a)),
            ]
        }
        return [
            "articles": .list(items),
            "article_count": .int(items.count),
            "people_count": .int(index.dossier.people.count),
            "meeting_count": .int(index.dossier.meetings.count),
        ]
    }

    /// The article page and its normalized Markdown.
    func articleFiles(_ entry: DossierArticle, _ index: DossierIndex) -> [PlannedFile] {
        let a = entry.article
        let people: [TemplateValue] = entry.people.compactMap { id in
            guard let person = index.people[id] else { return nil }
            return ["name": .string(person.name), "url": .string("../../people/\(id)/"), "role": .optional(person.role)]
        }
        let meetings: [TemplateValue] = entry.meetings.compactMap { id in
            guard let meeting = index.meetings[id] else { return nil }
            return ["title": .string(meeting.title), "url": .string("../../meetings/\(id)/"),
                    "date": .optional(meeting.date.map(FrenchDateFormatter.long))]
        }
        let sourcing = ArticleSourcing(article: a, language: index.dossier.settings.language)
        let context: [String: TemplateValue] = [
            "title": .string(a.title),
            "subtitle": .optional(a.subtitle),
            "caption": .optional(a.caption),
            "date": .optional(a.date.map(FrenchDateFormatter.long)),
            // "date déduite : 6 janvier 2026 (d’après la rencontre que l’article rapporte)" when inferred.
            "date_label": .optional(a.date.map { sourcing.dateLabel(formatted: FrenchDateFormatter.long($0)) }),
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
        return [
            page("articles/\(entry.id)/index.html", "article", depth: 2, title: a.title, nav: .none, index.dossier, context),
            PlannedFile(path: "articles/\(entry.id)/index.md", content: .text(ArticleMarkdown.render(a))),
        ]
    }

    /// "AFP", "John Irish", or nil.
    func byline(_ a: Article) -> String? {
        var parts: [String] = []
        if !a.authors.isEmpty { parts.append(a.authors.joined(separator: ", ")) }
        if let outlet = a.outlet, !parts.contains(outlet) { parts.append(outlet) }
        return parts.isEmpty ? nil : parts.joined(separator: " — ")
    }

    /// The first sentence of the first paragraph, at most about 240 characters.
    static func summary(of a: Article) -> String? {
        guard let first = a.blocks.first(where: { $0.kind == .paragraph }) else { return nil }
        let sentence = SentenceSplitter.sentences(in: first.text).first ?? first.text
        return shorten(sentence, to: 240)
    }

    /// Cuts `text` at a word boundary and adds an ellipsis when it is longer than `limit`.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:–—-(".contains(last) || last == " " { cut.removeLast() }
        return cut + "…"
    }
}
