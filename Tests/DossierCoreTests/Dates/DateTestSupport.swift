@testable import DossierCore

/// One-paragraph clips for the rule tests.
enum DateTestSupport {
    static let extractor = DateExtractor(referenceYear: 2026)

    /// The events of `text` as "date approx|expression" strings, e.g. "2025-12 mid|mi-décembre".
    static func events(_ text: String, published: String? = nil, lang: String = "fr") -> [String] {
        let article = Article(date: published.flatMap { SimpleDate(iso: $0) }, source: "t.txt", lang: lang,
                              blocks: [.paragraph(text, line: 1)])
        return extractor.events(in: article).map { e in
            e.date.iso + (e.date.approx.map { " " + $0.rawValue } ?? "") + "|" + e.expression
        }
    }
}
