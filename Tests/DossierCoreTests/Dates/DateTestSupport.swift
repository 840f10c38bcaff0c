@testable import DossierCore

/// One-paragraph clips for the rule tests.
enum DateTestSupport {
    /// The story these clips are from, as its dated clips span it: a day and month with no year
    /// in an undated clip falls in it (the clock never decides).
    static let calendar = StoryCalendar(span: SimpleDate(year: 2025, month: 6, day: 1)...SimpleDate(year: 2026, month: 1, day: 31))
    /// The rules' view: years alone, seasons and spans ("depuis 2022") resolve too.
    static let extractor: DateExtractor = {
        var e = DateExtractor(calendar: calendar)
        e.keepsSpans = true
        return e
    }()
    /// The events as the pipeline keeps them.
    static let eventExtractor = DateExtractor(calendar: calendar)

    /// The events of `text` as "date approx|expression" strings, e.g. "2025-12 mid|mi-décembre".
    static func events(_ text: String, published: String? = nil, lang: String = "fr") -> [String] {
        let article = Article(date: published.flatMap { SimpleDate(iso: $0) }, source: "t.txt", lang: lang,
                              blocks: [.paragraph(text, line: 1)])
        return extractor.events(in: article).map { e in
            e.date.iso + (e.date.approx.map { " " + $0.rawValue } ?? "") + "|" + e.expression
        }
    }
}
