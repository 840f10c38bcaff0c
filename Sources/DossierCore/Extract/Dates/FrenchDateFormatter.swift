/// Dates written the French way for pages: "4 septembre 2025", "1er janvier 2026",
/// "mi-décembre 2025", "fin décembre 2025", "début janvier 2026", "2025".
public enum FrenchDateFormatter {
    private static let monthNames = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]

    /// "4 septembre 2025", "1er janvier 2026".
    public static func long(_ date: SimpleDate) -> String {
        (date.day == 1 ? "1er" : String(date.day)) + " " + monthYear(year: date.year, month: date.month)
    }

    /// A date at its precision: "6 janvier 2026", "décembre 2025", "mi-décembre 2025", "fin 2025", "2025".
    public static func long(_ date: PartialDate) -> String {
        if let day = date.simpleDate { return long(day) }
        let base = date.month.map { monthYear(year: date.year, month: $0) } ?? String(date.year)
        switch date.approx {
        case .early: return "début " + base
        case .mid: return "mi-" + base
        case .late: return "fin " + base
        case nil: return base
        }
    }

    /// "janvier 2026".
    public static func monthYear(year: Int, month: Int) -> String {
        let name = (1...12).contains(month) ? monthNames[month - 1] : String(month)
        return name + " " + String(year)
    }
}
