extension SitePlanner {
    /// How many articles the front page lists: the newest; every article is in the archive.
    static let homeArticles = 20
    /// How many articles one archive page lists; a busier month gets several pages.
    static let archivePageSize = 100

    /// The articles of one month of the archive (or of the undated ones), newest first.
    struct ArchiveMonth: Sendable {
        /// "2026-01", or "undated".
        var key: String
        var year: Int?
        var month: Int?
        var articles: [DossierArticle]
        var pages: Int { max(1, (articles.count + SitePlanner.archivePageSize - 1) / SitePlanner.archivePageSize) }
    }

    /// Every article in its month, the newest month first, the undated ones last.
    static func archiveMonths(_ articles: [DossierArticle]) -> [ArchiveMonth] {
        var byKey: [Int: [DossierArticle]] = [:]
        for entry in articles {
            let key = entry.article.date.map { $0.year * 100 + $0.month } ?? -1
            byKey[key, default: []].append(entry)
        }
        return byKey.keys.sorted(by: >).map { key in
            let list = byKey[key] ?? []
            guard key >= 0 else { return ArchiveMonth(key: "undated", year: nil, month: nil, articles: list) }
            let year = key / 100, month = key % 100
            return ArchiveMonth(key: "\(year)-\(SimpleDate.pad(month, 2))", year: year, month: month, articles: list)
        }
    }

    /// Where each article is in `months`: the month's position and the page (1-based) that lists it.
    static func archivePlaces(_ months: [ArchiveMonth]) -> [String: (month: Int, page: Int)] {
        var places: [String: (month: Int, page: Int)] = [:]
        for (m, month) in months.enumerated() {
            for (k, entry) in month.articles.enumerated() { places[entry.id] = (m, k / archivePageSize + 1) }
        }
        return places
    }

    /// The folder of a month's page `page` (1-based) from the site's root.
    static func archivePath(_ month: ArchiveMonth, page: Int) -> String {
        page == 1 ? "archive/\(month.key)/" : "archive/\(month.key)/\(page)/"
    }

    /// "Janvier 2026", "Undated": a month standing alone, as a heading or a list item, starts with a capital.
    func archiveLabel(_ month: ArchiveMonth) -> String {
        guard let year = month.year, let m = month.month else { return strings[.undated] }
        let label = strings.monthYear(year: year, month: m)
        return label.prefix(1).uppercased() + label.dropFirst()
    }

    /// The archive: an index of months by year, and for each month its articles, newest first,
    /// a page per `archivePageSize` articles.
    func archiveFiles(_ index: DossierIndex) -> [PlannedFile] {
        let dossier = index.dossier
        let months = index.archive
        let title = strings[.archive]
        var years: [(label: String, months: [TemplateValue])] = []
        for month in months {
            let label = month.year.map(String.init) ?? strings[.undated]
            let item: TemplateValue = ["label": .string(archiveLabel(month)), "url": .string(String(Self.archivePath(month, page: 1).dropFirst("archive/".count))),
                                       "count": .string(strings.count(month.articles.count, .articles))]
            if years.last?.label == label { years[years.count - 1].months.append(item) } else { years.append((label, [item])) }
        }
        var files = [page("archive/index.html", "archive", depth: 1, title: title, nav: .none, dossier, [
            "index": true,
            "heading": .string(title),
            "total": .string(strings.count(dossier.articles.count, .articles)),
            "years": .list(years.map { ["label": .string($0.label), "id": .string("y-" + TextFolding.slug($0.label)), "months": .list($0.months)] }),
            "has_articles": .bool(!dossier.articles.isEmpty),
            "articles": .list([]), "pages": false, "newer": false, "older": false,
        ])]
        for (position, month) in months.enumerated() {
            let label = archiveLabel(month)
            let neighbour: (Int, String) -> TemplateValue = { offset, root in
                guard months.indices.contains(position + offset) else { return false }
                let other = months[position + offset]
                return ["label": .string(archiveLabel(other)), "url": .string(root + Self.archivePath(other, page: 1))]
            }
            for page in 1...month.pages {
                let depth = page == 1 ? 2 : 3
                let root = String(repeating: "../", count: depth)
                let slice = month.articles.dropFirst((page - 1) * Self.archivePageSize).prefix(Self.archivePageSize)
                let pages: TemplateValue = month.pages == 1 ? false : .section((1...month.pages).map { n in
                    ["label": .string(String(n)), "url": .string(root + Self.archivePath(month, page: n)), "current": .bool(n == page)]
                })
                let heading = month.pages == 1 ? label : label + " — " + strings.fill(.pageOf, ["n": String(page), "total": String(month.pages)])
                files.append(self.page("archive/\(month.key)/" + (page == 1 ? "" : "\(page)/") + "index.html", "archive", depth: depth,
                                       title: heading + " — " + title, nav: .none, dossier, [
                    "index": false,
                    "heading": .string(heading),
                    "total": .string(strings.count(month.articles.count, .articles)),
                    "articles": .list(slice.map { articleItem($0, prefix: root) }),
                    "pages": pages,
                    // Newer month first: "before" is the older month, as on a meeting page.
                    "older": neighbour(1, root),
                    "newer": neighbour(-1, root),
                    "has_articles": true,
                    "years": .list([]),
                ]))
            }
        }
        return files
    }
}
