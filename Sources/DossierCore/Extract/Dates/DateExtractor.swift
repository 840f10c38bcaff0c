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
        var sentences: [ScannedSentence] = []
        for header in [article.title, article.subtitle, article.caption].compactMap({ $0 }) {
            sentences += DateScanner.scan(header, blockIndex: -1)
        }
        sentences += scan(article)
        return PublicationDateFinder.find(in: sentences, ceiling: ceiling(for: sentences))
    }

    /// Every date expression in the body, resolved at its precision; the publication
    /// line and the dates of embedded posts' signatures are not events.
    public func events(in article: Article) -> [DatedEvent] {
        let sentences = scan(article)
        var resolver = DateResolver(publication: article.date, yearCeiling: ceiling(for: sentences))
        resolver.publication = article.date
        let english = article.lang.hasPrefix("en")
        var events: [DatedEvent] = []
        var previous: (block: Int, day: SimpleDate)?
        for s in sentences {
            for e in s.expressions where !EventFilter.isPublicationLine(e, in: s) {
                let tense = TenseDetector.tense(of: s.tokens, around: e.tokens, english: english)
                let reference = previous?.block == s.blockIndex ? previous?.day : nil
                guard let date = resolver.resolve(e, tense: tense, previous: reference) else { continue }
                if let day = date.simpleDate { previous = (s.blockIndex, day) }
                events.append(DatedEvent(date: date, expression: s.written(e), sentence: s.text, blockIndex: s.blockIndex))
            }
        }
        return events
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
