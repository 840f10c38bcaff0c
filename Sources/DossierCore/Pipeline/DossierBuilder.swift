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
        let found = PersonExtractor().extractAll(from: article)
        var (people, quotes) = (found.people, found.quotes)
        var reading = DateExtractor().dateAndReading(of: &article)
        if let warning = MentionLimiter.limit(people: &people, quotes: &quotes, in: article, path: file.path) { diagnostics.append(warning) }
        if let warning = MentionLimiter.limit(events: &reading.events, in: article, path: file.path) { diagnostics.append(warning) }
        let meetings = MeetingExtractor().extract(from: article, events: reading.events, people: people)
        return (article, ArticleMentions(people: people, quotes: quotes, events: reading.events, meetings: meetings,
                                         pendingDates: reading.pending, possiblePeople: found.possible), diagnostics)
    }

    /// The mentions that depend on the article's date, read against the story calendar: events, then meetings.
    static func datedMentions(of article: Article, people: [PersonMention], quotes: [Quote],
                              calendar: StoryCalendar? = nil) -> ArticleMentions {
        var reading = DateExtractor(calendar: calendar).reading(in: article)
        _ = MentionLimiter.limit(events: &reading.events, in: article, path: article.source)  // warned when the clip was first read
        let meetings = MeetingExtractor().extract(from: article, events: reading.events, people: people)
        return ArticleMentions(people: people, quotes: quotes, events: reading.events, meetings: meetings, pendingDates: reading.pending,
                               openDates: reading.open)
    }

    /// The whole dossier from the clips, with the diagnostics of every stage.
    public func build(_ files: [SourceFile], timings: inout StageTimings, cache: ClipCache? = nil) -> (dossier: Dossier, diagnostics: [Diagnostic]) {
        let perClip = timings.measure("normalize+extract") {
            cache.map { $0.results(files) { article(from: $0) } } ?? files.parallelMap { article(from: $0) }
        }
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
        // The story calendar: the span of the dated clips and the meetings they date. The clips
        // that left something open (no date of their own, a day with no year, a meeting named
        // instead of dated) are read again against it, and meetings clustered once more.
        let calendar = StoryCalendar(articles: articles, meetings: meetings)
        var reread = false
        timings.measure("link calendar") {
            // Each clip is read again on its own (the calendar and the first meetings are fixed):
            // on every core, each result put back at its clip's place.
            let pending = articles.indices.filter { articles[$0].article.date == nil || articles[$0].mentions.pendingDates > 0 }
            let first = articles, firstMeetings = meetings
            let updates = pending.parallelMap { i in
                Self.reread(first[i], personIDs: personIDs[i], meetings: firstMeetings, calendar: calendar)
            }
            for (i, updated) in zip(pending, updates) {
                guard let updated else { continue }
                articles[i].article = updated.article
                articles[i].mentions = updated.mentions
                reread = true
            }
        }
        if reread {
            (meetings, articleMeetings) = timings.measure("link meetings again") {
                MeetingLinker(corrections: settings.corrections, language: settings.language).link(articles, personIDs: personIDs)
            }
        }
        // Clips that tell of a meeting of the calendar without dating it join it.
        timings.measure("link calendar mentions") {
            CalendarMentionLinker(meetings: meetings)
                .link(articles, personIDs: personIDs, meetings: &meetings, articleMeetings: &articleMeetings)
        }
        for i in articles.indices { articles[i].meetings = articleMeetings[i] }
        var byID: [String: [String: String]] = [:]
        for (entry, ids) in zip(articles, personIDs) { byID[entry.id] = ids }
        let timeline = timings.measure("link timeline") {
            let annotator = TimelineAnnotator(
                personIDs: byID, articles: Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }), meetings: meetings)
            return annotator.withMeetingEntries(annotator.annotate(TimelineBuilder().build(articles)))
        }
        articles.sort(by: Self.newestFirst)
        return Dossier(settings: settings, articles: articles, people: people, meetings: meetings, timeline: timeline)
    }

    /// A clip read again against the story calendar: an undated one takes the year the story
    /// puts its days in and a day written as "ce mardi 25 novembre"; failing that, the day of the
    /// meeting it reports (`meeting`), else the latest day it reports as past or present
    /// (`inferred`); then its events and meetings are read with that date. Nil when nothing changes.
    static func reread(_ entry: DossierArticle, personIDs: [String: String], meetings: [Meeting],
                       calendar: StoryCalendar) -> (article: Article, mentions: ArticleMentions)? {
        var article = entry.article
        let extractor = DateExtractor(calendar: calendar)
        var reading = extractor.dateAndReading(of: &article)
        if article.date == nil,
           let day = MeetingDater().date(for: article, people: entry.mentions.people, personIDs: personIDs, meetings: meetings) {
            article.date = day
            article.dateBasis = .meeting
            reading = extractor.reading(in: article)
        }
        if article.date == nil, let day = Self.inferredDay(article, events: reading.events) {
            article.date = day
            article.dateBasis = .inferred
            reading = extractor.reading(in: article)
        }
        // Meetings named but not dated ("after the coalition summit at the Elysee") take their
        // day from the calendar, and what the clip ties to them with it.
        let found = MeetingExtractor().extract(from: article, events: reading.events, people: entry.mentions.people, calendar: calendar)
        guard article != entry.article || reading.events != entry.mentions.events || !reading.open.isEmpty
                || found != entry.mentions.meetings else { return nil }
        return (article, ArticleMentions(people: entry.mentions.people, quotes: entry.mentions.quotes, events: reading.events,
                                         meetings: found, pendingDates: reading.pending, possiblePeople: entry.mentions.possiblePeople,
                                         openDates: reading.open))
    }

    /// The day an undated clip is of, when a reader can bound it closely: when it says
    /// "ce samedi" / "this Saturday" of its own day, the latest day it reports on that weekday;
    /// else the latest day it reports as past or present, when the clip also tells of a day to
    /// come within two days of it ("doit se rendre à Washington le lendemain") or counts days
    /// from its own ("lundi", "hier", "last week"). A clip that only looks back ("depuis le
    /// sommet d'Alaska", "met on Aug. 15") may be of any later day: it stays undated.
    static func inferredDay(_ article: Article, events: [DatedEvent]) -> SimpleDate? {
        let days = events.filter { !$0.future }.compactMap(\.date.simpleDate)
        if let today = todayWeekday(article) {
            let fitting = days.filter { $0.weekday == today }
            if let day = fitting.max() { return day }
        }
        guard let latest = days.max() else { return nil }
        let soon = events.lazy.filter(\.future).compactMap(\.date.simpleDate)
            .contains { $0 >= latest && $0.dayNumber - latest.dayNumber <= 2 }
        if soon || DateExtractor().countsFromItsOwnDay(article) { return latest }
        return nil
    }

    private static let todayWords: Set<String> = ["ce", "this"]

    /// The weekday a clip names as its own day ("Ce samedi, …", "this Saturday").
    private static func todayWeekday(_ article: Article) -> Int? {
        for block in article.blocks.prefix(4) {
            let words = block.plainText.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
            for (i, word) in words.enumerated().dropFirst() where todayWords.contains(TextFolding.fold(words[i - 1])) {
                if let weekday = DateLexicon.weekdays[TextFolding.fold(word)] { return weekday }
            }
        }
        return nil
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
