/// Dates in French long form, as readers of a French dossier expect them.
public enum FrenchDateFormatter {
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                         "septembre", "octobre", "novembre", "décembre"]

    /// "4 septembre 2025", "1er janvier 2026".
    public static func long(_ date: SimpleDate) -> String {
        "\(date.day == 1 ? "1er" : String(date.day)) \(months[date.month - 1]) \(date.year)"
    }

    /// "6 janvier 2026", "mi-décembre 2025", "décembre 2025", "fin décembre 2025", "2025".
    public static func long(_ date: PartialDate) -> String {
        if let day = date.simpleDate { return long(day) }
        guard let month = date.month else {
            switch date.approx {
            case .early: return "début \(date.year)"
            case .mid: return "mi-\(date.year)"
            case .late: return "fin \(date.year)"
            case nil: return String(date.year)
            }
        }
        let name = months[max(0, min(11, month - 1))]
        switch date.approx {
        case .early: return "début \(name) \(date.year)"
        case .mid: return "mi-\(name) \(date.year)"
        case .late: return "fin \(name) \(date.year)"
        case nil: return "\(name) \(date.year)"
        }
    }

    /// "janvier 2026".
    public static func monthYear(year: Int, month: Int) -> String {
        "\(months[max(0, min(11, month - 1))]) \(year)"
    }
}
