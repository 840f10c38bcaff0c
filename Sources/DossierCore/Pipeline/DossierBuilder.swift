/// Runs the pure stages — normalize, extract, link — from loaded clips to the `Dossier`.
public struct DossierBuilder: Sendable {
    public var settings: DossierSettings

    public init(settings: DossierSettings) { self.settings = settings }

    /// The normalized article of one clip, completed by what the extract stage finds.
    public func article(from file: SourceFile) -> (article: Article, mentions: ArticleMentions, diagnostics: [Diagnostic]) {
        var (article, diagnostics) = ClipNormalizer().normalize(file)
        if let correction = settings.corrections.clips[file.fileName] {
            if let title = correction.title {
                article.title = title
                article.titleDerived = false
            }
            if let date = correction.date {
                article.date = date
                article.dateBasis = .override
            }
            if let url = correction.url { article.url = url }
            if let outlet = correction.outlet { article.outlet = outlet }
        }
        let (people, quotes) = PersonExtractor().extract(from: article)
        let events = DateExtractor().dateAndEvents(of: &article)
        let meetings = MeetingExtractor().extract(from: article, events: events, people: people)
        return (article, ArticleMentions(people: people, quotes: quotes, events: events, meetings: meetings), diagnostics)
    }

    /// The mentions that depend on the article's date: events, then meetings.
    static func datedMentions(of article: Article, people: [PersonMention], quotes: [Quote]) -> ArticleMentions {
        let events = DateExtractor().events(in: article)
        let meetings = MeetingExtractor().extract(from: article, events: events, people: people)
        return ArticleMentions(people: people, quotes: quotes, events: events, meetings: meetings)
    }

    /// The whole dossier from the clips, with the diagnostics of every stage.
    public func build(_ files: [SourceFile], timings: inout StageTimings) -> (dossier: Dossier, diagnostics: [Diagnostic]) {
        let perClip = timings.measure("normalize+extract") { files.parallelMap { article(from: $0) } }
        var diagnostics = perClip.flatMap(\.diagnostics)
        let ids = SlugAssigner.assign(perClip.map(\.article))
        let articles = zip(ids, perClip).map { id, result in
            DossierArticle(id: id, article: result.article, mentions: result.mentions)
        }
        let dossier = link(articles, timings: &timings)
        // Articles name their clip relative to the source folder; diagnostics name it as the user did.
        let paths = Dictionary(files.map { ($0.fileName, $0.path) }, uniquingKeysWith: { first, _ in first })
        for entry in dossier.articles where entry.article.date == nil {
            let name = entry.article.source.split(separator: "/").last.map(String.init) ?? entry.article.source
            diagnostics.append(.warning(
                "no publication date found; add a line ' date YYYY-MM-DD' at the top of the clip, or a 'date:' for '\(name)' under 'clips:' in dossier.yml",
                file: paths[name] ?? entry.article.source, line: 1))
        }
        return (dossier, diagnostics.sorted { ($0.file ?? "", $0.line ?? 0) < ($1.file ?? "", $1.line ?? 0) })
    }

    /// The corpus-wide step: people merged, meetings clustered, timeline drawn.
    func link(_ input: [DossierArticle]) -> Dossier {
        var timings = StageTimings()
        return link(input, timings: &timings)
    }

    /// The corpus-wide step, timing each of its parts.
    func link(_ input: [DossierArticle], timings: inout StageTimings) -> Dossier {
        var articles = input
        let (people, articlePeople) = timings.measure("link people") {
            PersonLinker(corrections: settings.corrections, language: settings.language).link(articles)
        }
        for i in articles.indices { articles[i].people = articlePeople[i] }
        let personIDs = Self.personIDsBySurface(articles, people: people)
        var (meetings, articleMeetings) = timings.measure("link meetings") {
            MeetingLinker(corrections: settings.corrections, language: settings.language).link(articles, personIDs: personIDs)
        }
        // A clip with no date that reports a meeting other clips date takes that date;
        // its dates and meetings are then read again, and meetings clustered once more.
        var redated = false
        for i in articles.indices where articles[i].article.date == nil {
            let entry = articles[i]
            if let article = MeetingDater().redated(entry.article, people: entry.mentions.people, personIDs: personIDs[i], meetings: meetings) {
                articles[i].article = article
                articles[i].mentions = Self.datedMentions(of: article, people: entry.mentions.people, quotes: entry.mentions.quotes)
                redated = true
            }
        }
        if redated {
            (meetings, articleMeetings) = timings.measure("link meetings again") {
                MeetingLinker(corrections: settings.corrections, language: settings.language).link(articles, personIDs: personIDs)
            }
        }
        for i in articles.indices { articles[i].meetings = articleMeetings[i] }
        var byID: [String: [String: String]] = [:]
        for (entry, ids) in zip(articles, personIDs) { byID[entry.id] = ids }
        let timeline = timings.measure("link timeline") {
            TimelineAnnotator(
                personIDs: byID, articles: Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }), meetings: meetings
            ).annotate(TimelineBuilder().build(articles))
        }
        articles.sort(by: Self.newestFirst)
        return Dossier(settings: settings, articles: articles, people: people, meetings: meetings, timeline: timeline)
    }

    /// For each article, the person id of every surface name it uses.
    static func personIDsBySurface(_ articles: [DossierArticle], people: [Person]) -> [[String: String]] {
        var byArticle: [String: [String: String]] = [:]
        for person in people {
            let names = [person.name] + person.aliases
            for articleID in person.articles {
                for name in names { byArticle[articleID, default: [:]][name] = person.id }
            }
        }
        return articles.map { byArticle[$0.id] ?? [:] }
    }

    /// Newest first, undated last, then by source path.
    static func newestFirst(_ lhs: DossierArticle, _ rhs: DossierArticle) -> Bool {
        switch (lhs.article.date, rhs.article.date) {
        case let (l?, r?) where l != r: return l > r
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.article.source < rhs.article.source
        }
    }
}
