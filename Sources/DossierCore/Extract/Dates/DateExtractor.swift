/// Finds the dates a clip gives and resolves them against its publication date,
/// in French and English, on accent-folded words (so "fevrier" and "février" match).
public struct DateExtractor: Sendable {
    /// The dossier's calendar, on the second reading of a clip; nil on the first.
    public var calendar: StoryCalendar?
    /// Whether years alone, seasons and "depuis novembre" are kept: they resolve like any date
    /// (the rules' tests read them) but are spans of time, not happenings, so events leave them out.
    var keepsSpans = false

    public init(calendar: StoryCalendar? = nil) {
        self.calendar = calendar
    }

    /// The publication date the text gives when the clip has no stamp, and how it was found.
    public func publicationDate(of article: Article) -> (date: SimpleDate, basis: DateBasis)? {
        publicationDate(of: article, body: scan(article))
    }

    private func publicationDate(of article: Article, body: [ScannedSentence]) -> (date: SimpleDate, basis: DateBasis)? {
        var sentences: [ScannedSentence] = []
        for header in [article.title, article.subtitle].compactMap({ $0 }) {
            sentences += DateScanner.scan(header, blockIndex: -1)
        }
        if let caption = article.caption { sentences += DateScanner.scan(caption, blockIndex: PublicationDateFinder.captionBlock) }
        sentences += body
        return PublicationDateFinder.find(in: sentences, years: years(for: sentences), english: article.lang.hasPrefix("en"))
    }

    /// Dates an undated article from its text, then returns its events: the same as
    /// `publicationDate(of:)` followed by `events(in:)`, reading the text once.
    public func dateAndEvents(of article: inout Article) -> [DatedEvent] {
        dateAndReading(of: &article).events
    }

    /// Dates an undated article from its text, then reads its events, with the number of
    /// dates only the story calendar can resolve.
    public func dateAndReading(of article: inout Article) -> (events: [DatedEvent], pending: Int, open: [OpenDate]) {
        let body = scan(article)
        if article.date == nil, let found = publicationDate(of: article, body: body) {
            article.date = found.date
            article.dateBasis = found.basis
        }
        return reading(article, sentences: body)
    }

    /// Every date expression in the body, resolved at its precision; the publication
    /// line and the dates of embedded posts' signatures are not events.
    public func events(in article: Article) -> [DatedEvent] {
        reading(article, sentences: scan(article)).events
    }

    /// The events of the clip and how many of its dates were left for the story calendar.
    public func reading(in article: Article) -> (events: [DatedEvent], pending: Int, open: [OpenDate]) {
        reading(article, sentences: scan(article))
    }

    private func reading(_ article: Article, sentences: [ScannedSentence]) -> (events: [DatedEvent], pending: Int, open: [OpenDate]) {
        let resolver = DateResolver(publication: article.date, years: years(for: sentences))
        let clipReference = article.date == nil ? Self.latestFullDate(in: sentences) : nil
        let english = article.lang.hasPrefix("en")
        var events: [DatedEvent] = []
        var pending = 0
        var open: [OpenDate] = []
        var seen = Set<SentenceDate>()
        // Each distinct sentence text once, so that many dates in one long sentence do not
        // hash the sentence again for each.
        var sentenceIDs: [String: Int] = [:]
        var previous: (block: Int, day: SimpleDate)?
        // In an undated clip, "le lendemain" opening a paragraph counts from the last day told before it.
        var lastDay: SimpleDate?
        var anchor: (block: Int, date: SimpleDate)?
        var meetings = MeetingReferences(calendar: calendar, publication: article.date)
        for s in sentences {
            if EventFilter.isOtherStoriesLine(s) { continue }
            let reading = TenseDetector.Reading(s.tokens, english: english)
            let sentenceID = sentenceIDs[s.text] ?? sentenceIDs.count
            sentenceIDs[s.text] = sentenceID
            var datesTheSentence = false
            // Meetings named instead of dated are read after the sentence's own dates.
            let ordered = s.expressions.filter { !Self.isMeetingReference($0) } + s.expressions.filter(Self.isMeetingReference)
            for e in ordered where !EventFilter.isPublicationLine(e, in: s) {
                let tense = reading.tense(around: e.tokens)
                if case let .meetingDay(offset, kind, place, recent) = e.kind {
                    guard let day = meetings.day(kind: kind, place: place, offset: offset, recent: recent, past: tense == .past && offset >= 0,
                                                   events: events, sentence: s.text) else {
                        pending += 1
                        continue
                    }
                    var days = [day]
                    previous = (s.blockIndex, day)
                    lastDay = day
                    // "la veille du sommet d'Alaska" tells of the summit too.
                    if offset != 0, place != nil { days.append(day.adding(days: -offset)) }
                    for (n, d) in days.enumerated() {
                        // A sentence that dates itself gives the day; the meeting it counts from is still told of.
                        if datesTheSentence, n == 0 || offset == 0 { continue }
                        let date = PartialDate(d)
                        // "a meeting in Geneva last week": the meeting's day says more than the week's month.
                        events.removeAll { $0.blockIndex == s.blockIndex && $0.sentence == s.text && $0.date.precision == .month
                            && $0.date.year == d.year && $0.date.month == d.month }
                        if seen.insert(SentenceDate(date: date, blockIndex: s.blockIndex, sentence: sentenceID)).inserted {
                            events.append(DatedEvent(date: date, expression: s.written(e), sentence: s.text, blockIndex: s.blockIndex,
                                                     future: n == 0 && tense == .future))
                        }
                    }
                    continue
                }
                guard keepsSpans || !EventFilter.isSpan(e, in: s) else { continue }
                let reference = previous?.block == s.blockIndex ? previous?.day : article.date == nil ? lastDay : nil
                let sameBlockAnchor = anchor?.block == s.blockIndex ? anchor?.date : nil
                guard let date = Self.yearFromContext(e, anchor: sameBlockAnchor, tense: tense, resolver: resolver)
                        ?? resolver.resolve(e, tense: tense, previous: reference)
                        ?? Self.yearFromContext(e, anchor: Self.allowsClipReference(e, tense, clipReference) ? clipReference : nil,
                                                tense: tense, resolver: resolver) else {
                    if article.date == nil, Self.needsCalendar(e) {
                        pending += 1
                        if let span = calendar?.span, let years = Self.tiedYears(e, span: span) {
                            open.append(OpenDate(expression: s.written(e), sentence: s.text, blockIndex: s.blockIndex, years: years))
                        }
                    }
                    continue
                }
                if let day = date.simpleDate {
                    previous = (s.blockIndex, day)
                    lastDay = day
                }
                if e.writesYear, let month = date.month {
                    anchor = (s.blockIndex, SimpleDate(year: date.year, month: month, day: date.day ?? 1))
                }
                // A year alone, a season, a week counted from the clip ("la semaine dernière",
                // "later this week"): spans of time, not happenings of the story.
                guard keepsSpans || (date.precision != .year && !Self.isWeek(e)) else { continue }
                if date.precision == .day { datesTheSentence = true }
                let end = e.endDay.flatMap { d -> PartialDate? in
                    guard let m = date.month, d > (date.day ?? 0), SimpleDate.isValid(year: date.year, month: m, day: d) else { return nil }
                    return PartialDate(year: date.year, month: m, day: d)
                }
                let event = DatedEvent(date: date, expression: s.written(e), sentence: s.text, blockIndex: s.blockIndex,
                                       end: end, future: tense == .future)
                // One date written twice in one sentence ("lundi …, et lundi soir …") is one event.
                if seen.insert(SentenceDate(date: date, blockIndex: s.blockIndex, sentence: sentenceID)).inserted { events.append(event) }
            }
        }
        return (events, pending, open)
    }

    /// The years that fit a day and month (or a month) without a year equally well, when the story
    /// spans more than one that fits: the text does not say which.
    private static func tiedYears(_ e: DateExpression, span: ClosedRange<SimpleDate>) -> [Int]? {
        let years: [Int]
        switch e.kind {
        case let .dayMonth(day, month, weekday): years = StoryCalendar.tiedYears(day: day, month: month, weekday: weekday, span: span)
        case let .month(month, nil, _) where !e.saysPast: years = StoryCalendar.tiedYears(month: month, span: span)
        default: return nil
        }
        return years.isEmpty ? nil : years
    }

    /// Whether the clip counts days from its own ("lundi", "hier", "la semaine dernière",
    /// "on Monday"): copy written so is of the days it tells, not of some later day.
    public func countsFromItsOwnDay(_ article: Article) -> Bool {
        scan(article).contains { s in
            !EventFilter.isOtherStoriesLine(s) && s.expressions.contains { e in
                switch e.kind {
                case .weekday, .relativeDay, .relativeWeek: !EventFilter.isPublicationLine(e, in: s)
                default: false
                }
            }
        }
    }

    /// Whether the story calendar can resolve what the clip alone could not.
    private static func needsCalendar(_ e: DateExpression) -> Bool {
        switch e.kind {
        case .dayMonth, .weekday, .month: true
        default: false
        }
    }

    private static func isWeek(_ e: DateExpression) -> Bool {
        if case .relativeWeek = e.kind { return true }
        return false
    }

    private static func isMeetingReference(_ e: DateExpression) -> Bool {
        if case .meetingDay = e.kind { return true }
        return false
    }

    /// A month or a day without a year takes its year from the full date written just
    /// before it in the same paragraph ("le 2 mars 2025 à Londres, puis le 27 mars à Paris",
    /// "on March 2, 2025, and again in mid-March") when the clip is undated or the tense is silent.
    private static func yearFromContext(_ e: DateExpression, anchor: SimpleDate?, tense: TenseDetector.Tense,
                                        resolver: DateResolver) -> PartialDate? {
        guard let anchor, resolver.publication == nil || (tense == .neutral && !e.saysPast) else { return nil }
        switch e.kind {
        case let .month(month, nil, approx) where tense == .neutral && !e.saysPast:
            let target = anchor.year * 12 + anchor.month - 1
            let year = ((anchor.year - 1)...(anchor.year + 1)).min { abs($0 * 12 + month - 1 - target) < abs($1 * 12 + month - 1 - target) }
            return year.map { PartialDate(year: $0, month: month, approx: approx) }
        case .month, .dayMonth:
            var contextual = resolver
            contextual.publication = anchor
            return contextual.resolve(e, tense: tense, previous: nil)
        default:
            return nil
        }
    }

    /// The latest full day of an undated clip is only a lower bound of its publication:
    /// it places what is still to come or neutral, not what the clip says is past.
    /// The same day and month as that full day ("Le 6 janvier, … Mardi 6 janvier 2026") is that day.
    private static func allowsClipReference(_ e: DateExpression, _ tense: TenseDetector.Tense, _ reference: SimpleDate?) -> Bool {
        if case let .dayMonth(day, month, _) = e.kind, day == reference?.day, month == reference?.month { return true }
        return !e.saysPast && (tense != .past || e.saysFuture)
    }

    /// In an undated clip, the latest full day it writes ("Mardi 6 janvier 2026"): the
    /// year of a month or a day written without one elsewhere in the clip.
    private static func latestFullDate(in sentences: [ScannedSentence]) -> SimpleDate? {
        sentences.lazy.flatMap { s in s.expressions.filter { !EventFilter.isPublicationLine($0, in: s) } }
            .compactMap { e -> SimpleDate? in if case let .day(d) = e.kind { d } else { nil } }.max()
    }

    /// The body's sentences with dates, up to a short line that heads a list of other stories
    /// ("More from Analysis", "Sur le même sujet"): what follows it is the site's, not the clip's.
    private func scan(_ article: Article) -> [ScannedSentence] {
        var sentences: [ScannedSentence] = []
        for (index, block) in article.blocks.enumerated() {
            let text = DateScanner.text(of: block)
            if index > 0, EventFilter.opensOtherStories(text) { break }
            sentences += DateScanner.scan(text, blockIndex: index)
        }
        return sentences
    }

    /// Which year a day and month without one takes in an undated clip: the story calendar's
    /// on a second reading; on the first, for a weekday, the latest fitting year up to the year
    /// after the latest the clip writes (none when it writes no year).
    private func years(for sentences: [ScannedSentence]) -> YearPin {
        YearPin(calendar: calendar, ceiling: DateScanner.latestExplicitYear(in: sentences).map { $0 + 1 })
    }
}

/// A date in one sentence, the unit of an event.
private struct SentenceDate: Hashable {
    var date: PartialDate
    var blockIndex: Int
    /// The sentence's text, by the number `events(in:sentences:)` gave it.
    var sentence: Int
}
