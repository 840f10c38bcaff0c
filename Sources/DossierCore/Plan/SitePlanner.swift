/// Plans every file of the site from the dossier: which page, which template, which data.
/// Pure: the dossier in, the list of files out; all links are relative so the site works at any path.
public struct SitePlanner: Sendable {
    public var generator: String
    /// Static files from the templates' `assets/` folder, keyed by path under `assets/`.
    public var assets: [String: [UInt8]]

    public init(generator: String, assets: [String: [UInt8]] = [:]) {
        self.generator = generator
        self.assets = assets
    }

    public func plan(_ dossier: Dossier) -> [PlannedFile] {
        var timings = StageTimings()
        return plan(dossier, timings: &timings)
    }

    /// Plans the site, recording the time of its costlier parts.
    public func plan(_ dossier: Dossier, timings: inout StageTimings) -> [PlannedFile] {
        let index = DossierIndex(dossier)
        var files: [PlannedFile] = []
        files.append(page("index.html", "index", depth: 0, title: nil, nav: .home, dossier, frontPage(index)))
        files += timings.measure("plan articles") { dossier.articles.parallelMap { articleFiles($0, index) }.flatMap { $0 } }
        files += timelineFiles(index)
        files.append(page("people/index.html", "people", depth: 1, title: strings.people, nav: .people, dossier, peopleIndex(index)))
        for person in dossier.people {
            files.append(page("people/\(person.id)/index.html", "person", depth: 2, title: person.name, nav: .people, dossier, personPage(person, index)))
        }
        files.append(page("meetings/index.html", "meetings", depth: 1, title: strings.meetings, nav: .meetings, dossier, meetingsIndex(index)))
        for meeting in dossier.meetings {
            files.append(page("meetings/\(meeting.id)/index.html", "meeting", depth: 2, title: meeting.title, nav: .meetings, dossier, meetingPage(meeting, index)))
        }
        files.append(page("search/index.html", "search", depth: 1, title: strings.search, nav: .search, dossier, [:]))
        files += timings.measure("plan search index") { SearchIndexer.files(dossier) }
        files.append(page("404.html", "404", depth: 0, title: strings.notFound, nav: .none, dossier, [:]))
        files.append(timings.measure("plan dossier.json") {
            PlannedFile(path: "dossier.json", content: .text(DossierJSON(generator: generator).encode(dossier)))
        })
        files.append(PlannedFile(path: "timeline.json", content: .text(
            TimelineJSExporter.json(dossier.timeline, articles: dossier.articles, title: dossier.settings.title))))
        files.append(PlannedFile(path: "robots.txt", content: .text(robots(dossier))))
        let feeds = FeedWriter(dossier: dossier, generator: generator)
        files += timings.measure("plan feeds") {
            [PlannedFile(path: "feed.xml", content: .text(feeds.atom())),
             PlannedFile(path: "feed.json", content: .text(feeds.jsonFeed())),
             PlannedFile(path: "sitemap.xml", content: .text(feeds.sitemap(pages: files.map(\.path).filter { $0 != "404.html" })))]
        }
        for (path, bytes) in assets.sorted(by: { $0.key < $1.key }) {
            files.append(PlannedFile(path: "assets/\(path)", content: .bytes(bytes)))
        }
        return files
    }

    var strings: SiteStrings { SiteStrings.french }

    /// The navigation entry a page belongs to.
    enum Nav: String { case home, timeline, people, meetings, search, none }

    /// A page with the context every template shares: site, root, navigation.
    func page(_ path: String, _ template: String, depth: Int, title: String?, nav: Nav,
              _ dossier: Dossier, _ fields: [String: TemplateValue]) -> PlannedFile {
        // 404.html is served at any depth: it can only link reliably with absolute URLs.
        let root = path == "404.html" ? (dossier.settings.baseURL ?? "./") : depth == 0 ? "./" : String(repeating: "../", count: depth)
        var context = fields
        context["root"] = .string(root)
        context["site"] = [
            "title": .string(dossier.settings.title),
            "description": .string(dossier.settings.description),
            "language": .string(dossier.settings.language),
        ]
        context["generator"] = .string(generator)
        context["page_title"] = .string(title.map { "\($0) — \(dossier.settings.title)" } ?? dossier.settings.title)
        if context["lang"] == nil { context["lang"] = .string(dossier.settings.language) }
        if context["description"] == nil { context["description"] = .string(dossier.settings.description) }
        if context["jsonld"] == nil { context["jsonld"] = false }
        if context["og_type"] == nil { context["og_type"] = "website" }
        let canonical = dossier.settings.baseURL.map { $0 + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path) }
        context["canonical"] = .optional(canonical)
        context["og_title"] = .string(title ?? dossier.settings.title)
        context["nav"] = .list([
            navItem(strings.home, root, nav == .home),
            navItem(strings.timeline, root + "timeline/", nav == .timeline),
            navItem(strings.people, root + "people/", nav == .people),
            navItem(strings.meetings, root + "meetings/", nav == .meetings),
            navItem(strings.search, root + "search/", nav == .search),
        ])
        return PlannedFile(path: path, content: .page(template: template, context: .object(context)))
    }

    private func navItem(_ label: String, _ url: String, _ current: Bool) -> TemplateValue {
        ["label": .string(label), "url": .string(url), "current": .bool(current)]
    }

    private func robots(_ dossier: Dossier) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = dossier.settings.baseURL { text += "Sitemap: \(base)sitemap.xml\n" }
        return text
    }
}

/// Lookups the pages need, built once per build.
struct DossierIndex {
    let dossier: Dossier
    let articles: [String: DossierArticle]
    let people: [String: Person]
    let meetings: [String: Meeting]

    init(_ dossier: Dossier) {
        self.dossier = dossier
        articles = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        people = Dictionary(dossier.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        meetings = Dictionary(dossier.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
