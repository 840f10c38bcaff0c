/// How much of a date is known.
public enum DatePrecision: String, Sendable, Hashable, Codable {
    case day, month, year
}

/// Where inside a month (or a year) an approximate date falls: "début", "mi-", "fin".
public enum DateApproximation: String, Sendable, Hashable, Codable {
    case early, mid, late
}

/// A date known to a day, a month or a year, possibly approximate ("mi-décembre 2025").
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?
    public var approx: DateApproximation?

    public init(year: Int, month: Int? = nil, day: Int? = nil, approx: DateApproximation? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.approx = day == nil ? approx : nil
    }

    public init(_ date: SimpleDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    public var precision: DatePrecision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as in `dossier.json`.
    public var iso: String {
        var s = SimpleDate.pad(year, 4)
        if let month { s += "-" + SimpleDate.pad(month, 2) }
        if let day { s += "-" + SimpleDate.pad(day, 2) }
        return s
    }

    public var description: String { iso + (approx.map { " (\($0.rawValue))" } ?? "") }

    /// The day when the precision is a day.
    public var simpleDate: SimpleDate? {
        guard let month, let day else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }

    /// A sort key that puts approximate and coarse dates where a reader expects them:
    /// "début janvier" before "15 janvier", "janvier" before "1er janvier" would be odd,
    /// so month-only dates sort at the start of their month, "mi-" at the 15th, "fin" at the 25th.
    public var sortKey: Int {
        let m = month ?? (approx == .late ? 12 : approx == .mid ? 6 : 1)
        let d: Int
        if let day { d = day } else {
            switch approx {
            case .early: d = 5
            case .mid: d = 15
            case .late: d = 25
            case nil: d = 0
            }
        }
        return year * 10_000 + m * 100 + d
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.sortKey != rhs.sortKey { return lhs.sortKey < rhs.sortKey }
        return lhs.iso < rhs.iso
    }
}
