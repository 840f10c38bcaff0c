/// A leading ` date YYYY-MM-DD <text>` stamp: the publication date, then the headline or caption.
enum HeaderStampRule {
    /// What a stamp line says.
    struct Stamp: Equatable {
        var date: SimpleDate?
        /// The stamp as written when its date is not a real day ("date 2025-02-30").
        var invalid: String?
        var rest: String
    }

    /// The stamp of `text`, when the line is one.
    static func stamp(_ text: String) -> Stamp? {
        guard text.hasPrefix("date ") || text.hasPrefix("Date ") else { return nil }
        let afterKeyword = text.dropFirst(5)
        let value = afterKeyword.prefix(while: { $0 != " " })
        guard value.count >= 8, value.count <= 10, value.first?.isNumber == true,
              value.allSatisfy({ $0.isNumber || $0 == "-" }), value.filter({ $0 == "-" }).count == 2
        else { return nil }
        let rest = afterKeyword.dropFirst(value.count).clipTrimmed
        if let date = SimpleDate(iso: value) { return Stamp(date: date, rest: rest) }
        return Stamp(invalid: "date \(value)", rest: rest)
    }
}
