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
        var planner = self
        planner.strings = SiteStrings.forLanguage(dossier.settings.language) ?? .french
        return planner.planPages(dossier, timings: &timings)
    }

    private func planPages(_ dossier: Dossier, timings: inout StageTimings) -> [PlannedFile] {
        let index = DossierIndex(dossier, strings: strings)
        var files: [PlannedFile] = []
        files.append(page("index.html", "index", depth: 0, title: nil, nav: .home, dossier, frontPage(index)))
        files += timings.measure("plan articles") { dossier.articles.flatMap { articleFiles($0, index) } }
        files += archiveFiles(index)
        files += timings.measure("plan timeline") { timelineFiles(index) }
        files += timings.measure("plan people") {
            [page("people/index.html", "people", depth: 1, title: strings[.people], nav: .people, dossier, peopleIndex(index))]
                + dossier.people.map { person in
                    deferredPage("people/\(person.id)/index.html", "person", depth: 2, title: person.name, nav: .people, dossier) {
                        personPage(person, index)
                    }
                }
        }
        files += timings.measure("plan meetings") {
            meetingsIndexFiles(index)
                + dossier.meetings.enumerated().map { position, meeting in
                    deferredPage("meetings/\(meeting.id)/index.html", "meeting", depth: 2, title: meeting.title, nav: .meetings, dossier) {
                        meetingPage(meeting, index, position: position)
                    }
                }
        }
        files.append(page("search/index.html", "search", depth: 1, title: strings[.search], nav: .search, dossier, searchPage()))
        files += timings.measure("plan search index") { SearchIndexer(strings: strings).files(dossier) }
        files.append(page("404.html", "404", depth: 0, title: strings[.notFound], nav: .none, dossier, notFoundPage(dossier)))
        // Encoded while the pages are rendered, not held beside their contexts.
        let generator = generator, words = strings
        files.append(PlannedFile(path: "dossier.json", deferred: { .bytes(DossierJSON(generator: generator).encodedBytes(dossier)) }))
        files.append(PlannedFile(path: "timeline.json", deferred: {
            .text(TimelineJSExporter.json(dossier.timeline, articles: dossier.articles, title: dossier.settings.title, strings: words))
        }))
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

    /// The interface's words, in the dossier's language (set by `plan`).
    var strings: SiteStrings = .french

    /// The navigation entry a page belongs to.
    enum Nav: String { case home, timeline, people, meetings, search, none }

    /// A page with the context every template shares: site, root, navigation.
    func page(_ path: String, _ template: String, depth: Int, title: String?, nav: Nav,
              _ dossier: Dossier, _ fields: [String: TemplateValue]) -> PlannedFile {
        PlannedFile(path: path, content: .page(template: template,
                                               context: context(path, depth: depth, title: title, nav: nav, dossier, fields)))
    }

    /// A page like `page`, its fields made only when it is rendered.
    func deferredPage(_ path: String, _ template: String, depth: Int, title: String?, nav: Nav,
                      _ dossier: Dossier, _ fields: @escaping @Sendable () -> [String: TemplateValue]) -> PlannedFile {
        let planner = self
        return PlannedFile(path: path, deferred: {
            .page(template: template, context: planner.context(path, depth: depth, title: title, nav: nav, dossier, fields()))
        })
    }

    /// The context of a page: its fields and those every template shares.
    private func context(_ path: String, depth: Int, title: String?, nav: Nav,
                         _ dossier: Dossier, _ fields: [String: TemplateValue]) -> TemplateValue {
        // 404.html is served at any depth: with a base URL it links absolutely; without one its
        // links are relative to its own folder and a small script re-roots them (see notFoundPage).
        let root = path == "404.html" ? (dossier.settings.baseURL ?? "./") : depth == 0 ? "./" : String(repeating: "../", count: depth)
        var context = fields
        if context["home"] == nil { context["home"] = .bool(nav == .home) }
        if context["inline_css"] == nil { context["inline_css"] = false }
        if context["root_script"] == nil { context["root_script"] = false }
        context["root"] = .string(root)
        let siteTitle = strings.typeset(dossier.settings.title)
        context["site"] = [
            "title": .string(siteTitle),
            "description": .string(strings.typeset(dossier.settings.description)),
            "language": .string(dossier.settings.language),
        ]
        context["generator"] = .string(generator)
        context["t"] = strings.templateValue
        context["page_title"] = .string(title.map { "\($0) — \(siteTitle)" } ?? siteTitle)
        if context["lang"] == nil { context["lang"] = .string(dossier.settings.language) }
        if context["description"] == nil { context["description"] = .string(strings.typeset(dossier.settings.description)) }
        if context["jsonld"] == nil { context["jsonld"] = false }
        if context["og_type"] == nil { context["og_type"] = "website" }
        let canonical = dossier.settings.baseURL.map { $0 + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path) }
        context["canonical"] = .optional(canonical)
        context["og_title"] = .string(title ?? siteTitle)
        context["nav"] = .list([
            navItem(strings[.home], root, nav == .home),
            navItem(strings[.timeline], root + "timeline/", nav == .timeline),
            navItem(strings[.people], root + "people/", nav == .people),
            navItem(strings[.meetings], root + "meetings/", nav == .meetings),
            navItem(strings[.search], root + "search/", nav == .search),
        ])
        return .object(context)
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
struct DossierIndex: Sendable {
    let dossier: Dossier
    let articles: [String: DossierArticle]
    let people: [String: Person]
    let meetings: [String: Meeting]
    /// The meetings each person took part in, chronologically.
    let meetingsByPerson: [String: [Meeting]]
    /// The first and the last publication date of the dossier's articles.
    let coverage: (first: SimpleDate, last: SimpleDate)?
    /// For each timeline entry (same order), its anchor and the page that lists it, from the root.
    let entryAnchors: [String]
    let entryPages: [String]
    /// Every article in its month of the archive, and where each article is listed.
    let archive: [SitePlanner.ArchiveMonth]
    let archivePlaces: [String: (month: Int, page: Int)]
    /// Whether the timeline is split into pages (a year, a month, or part of a month each).
    let timelineSplit: Bool
    let drawing: TimelineDrawing

    init(_ dossier: Dossier, strings: SiteStrings) {
        self.dossier = dossier
        articles = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        people = Dictionary(dossier.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        meetings = Dictionary(dossier.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byPerson: [String: [Meeting]] = [:]
        for meeting in dossier.meetings {
            for person in Set(meeting.participants) { byPerson[person, default: []].append(meeting) }
        }
        meetingsByPerson = byPerson
        let dates = dossier.articles.compactMap(\.article.date)
        if let first = dates.min(), let last = dates.max() { coverage = (first, last) } else { coverage = nil }
        archive = SitePlanner.archiveMonths(dossier.articles)
        archivePlaces = SitePlanner.archivePlaces(archive)
        let pages = SitePlanner.timelinePages(dossier.timeline)
        timelineSplit = dossier.timeline.count > SitePlanner.timelinePageLimit
        var anchors: [String] = [], used: [String: Int] = [:]
        for entry in dossier.timeline {
            let base = "d-" + entry.date.iso + (entry.date.approx.map { "-" + $0.rawValue } ?? "")
            let n = used[base, default: 0] + 1
            used[base] = n
            anchors.append(n == 1 ? base : "\(base)-\(n)")
        }
        entryAnchors = anchors
        entryPages = pages
        drawing = TimelineDrawing(marks: Self.marks(dossier, anchors: anchors, pages: pages, meetings: meetings,
                                                     coverage: coverage, strings: strings),
                                  coverage: coverage, strings: strings)
    }

    /// Whether a meeting was held, is still to come, or was called off: as the clips tell it, and a
    /// meeting dated after the newest article is still to come.
    func status(of meeting: Meeting) -> MeetingDisplayStatus {
        Self.status(of: meeting, coverage: coverage)
    }

    static func status(of meeting: Meeting, coverage: (first: SimpleDate, last: SimpleDate)?) -> MeetingDisplayStatus {
        switch meeting.status {
        case .cancelled: return .cancelled
        case .planned: return .planned
        case .held: break
        }
        guard let date = meeting.date, let last = coverage?.last else { return .held }
        return date.sortKey > last.year * 10_000 + last.month * 100 + last.day ? .planned : .held
    }

    /// The drawing's marks: each timeline entry (a meeting's entry drawn as the meeting), and the
    /// dated meetings no entry stands for, linked to their pages.
    private static func marks(_ dossier: Dossier, anchors: [String], pages: [String], meetings: [String: Meeting],
                              coverage: (first: SimpleDate, last: SimpleDate)?, strings: SiteStrings) -> [TimelineDrawing.Mark] {
        var marks: [TimelineDrawing.Mark] = []
        var drawnMeetings = Set<String>()
        for (i, entry) in dossier.timeline.enumerated() {
            let tooltip = strings.date(entry.date) + " — " + SitePlanner.shorten(entry.label, to: 140)
            if let id = entry.meeting, let meeting = meetings[id] {
                // Several entries can tell of one meeting: it is drawn once, at its first entry.
                guard drawnMeetings.insert(id).inserted else { continue }
                let planned = status(of: meeting, coverage: coverage) == .planned
                marks.append(.init(kind: .meeting(meeting.kind, planned: planned), date: entry.date, url: pages[i] + "#" + anchors[i],
                                   tooltip: meeting.title, people: entry.people + meeting.participants, meeting: id))
            } else {
                marks.append(.init(kind: .event, date: entry.date, url: pages[i] + "#" + anchors[i], tooltip: tooltip,
                                   people: entry.people, meeting: nil))
            }
        }
        for meeting in dossier.meetings where !drawnMeetings.contains(meeting.id) {
            guard let date = meeting.date else { continue }
            let planned = status(of: meeting, coverage: coverage) == .planned
            marks.append(.init(kind: .meeting(meeting.kind, planned: planned), date: date, url: "meetings/\(meeting.id)/",
                               tooltip: meeting.title, people: meeting.participants, meeting: meeting.id))
        }
        return marks
    }
}
