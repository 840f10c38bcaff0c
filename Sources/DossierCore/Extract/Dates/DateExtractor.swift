import Foundation

/// Finds the dates a clip gives and resolves them against its publication date,
/// in French and English, on accent-folded words (so "fevrier" and "février" match).
public struct DateExtractor: Sendable {
    /// The present year: an undated clip is taken not to be written after it.
    public var referenceYear: Int

    public init(referenceYear: Int = DateExtractor.currentYear) {
        self.referenceYear = referenceYear
    }

    /// The year of the machine's clock.
    public static var currentYear: Int {
        Calendar(identifier: .gregorian).component(.year, from: Date())
    }

    /// The publication date the text gives when the clip has no stamp, and how it was found.
    public func publicationDate(of article: Article) -> (date: SimpleDate, basis: DateBasis)? {
        publicationDate(of: article, body: scan(article))
    }

    private func publicationDate(of article: Article, body: [ScannedSentence]) -> (date: SimpleDate, basis: DateBasis)? {
        var sentences: [ScannedSentence] = []
        for header in [article.title, article.subtitle, article.caption].compactMap({ $0 }) {
            sentences += DateScanner.scan(header, blockIndex: -1)
        }
        sentences += body
        return PublicationDateFinder.find(in: sentences, ceiling: ceiling(for: sentences), english: article.lang.hasPrefix("en"))
    }

    /// Dates an undated article from its text, then returns its events: the same as
    /// `publicationDate(of:)` followed by `events(in:)`, reading the text once.
    public func dateAndEvents(of article: inout Article) -> [DatedEvent] {
        let body = scan(article)
        if article.date == nil, let found = publicationDate(of: article, body: body) {
            article.date = found.date
            article.dateBasis = found.basis
        }
        return events(in: article, sentences: body)
    }

    /// Every date expression in the body, resolved at its precision; the publication
    /// line and the dates of embedded posts' signatures are not events.
    public func events(in article: Article) -> [DatedEvent] {
        events(in: article, sentences: scan(article))
    }

    private func events(in article: Article, sentences: [ScannedSentence]) -> [DatedEvent] {
        let resolver = DateResolver(publication: article.date, yearCeiling: ceiling(for: sentences))
        let clipReference = article.date == nil ? Self.latestFullDate(in: sentences) : nil
        let english = article.lang.hasPrefix("en")
        var events: [DatedEvent] = []
        var seen = Set<SentenceDate>()
        var previous: (block: Int, day: SimpleDate)?
        var anchor: (block: Int, date: SimpleDate)?
        for s in sentences {
            for e in s.expressions where !EventFilter.isPublicationLine(e, in: s) {
                let tense = TenseDetector.tense(of: s.tokens, around: e.tokens, english: english)
                let reference = previous?.block == s.blockIndex ? previous?.day : nil
                let sameBlockAnchor = anchor?.block == s.blockIndex ? anchor?.date : nil
                guard let date = Self.yearFromContext(e, anchor: sameBlockAnchor, tense: tense, resolver: resolver)
                        ?? resolver.resolve(e, tense: tense, previous: reference)
                        ?? Self.yearFromContext(e, anchor: Self.allowsClipReference(e, tense, clipReference) ? clipReference : nil,
                                                tense: tense, resolver: resolver) else { continue }
                if let day = date.simpleDate { previous = (s.blockIndex, day) }
                if e.writesYear, let month = date.month {
                    anchor = (s.blockIndex, SimpleDate(year: date.year, month: month, day: date.day ?? 1))
                }
                let event = DatedEvent(date: date, expression: s.written(e), sentence: s.text, blockIndex: s.blockIndex)
                // One date written twice in one sentence ("lundi …, et lundi soir …") is one event.
                if seen.insert(SentenceDate(date: date, blockIndex: s.blockIndex, sentence: s.text)).inserted { events.append(event) }
            }
        }
        return events
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

    private func scan(_ article: Article) -> [ScannedSentence] {
        var sentences: [ScannedSentence] = []
        for (index, block) in article.blocks.enumerated() {
            sentences += DateScanner.scan(DateScanner.text(of: block), blockIndex: index)
        }
        return sentences
    }

    /// The latest year a weekday may pin: the present, or the year after the latest
    /// year the clip writes in full when that is earlier (an older clip).
    private func ceiling(for sentences: [ScannedSentence]) -> Int {
        guard let latest = DateScanner.latestExplicitYear(in: sentences) else { return referenceYear }
        return min(referenceYear, latest + 1)
    }
}

/// A date in one sentence, the unit of an event.
private struct SentenceDate: Hashable {
    var date: PartialDate
    var blockIndex: Int
    var sentence: String
}
