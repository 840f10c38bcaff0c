/// All-digit dates: "2025-11-25", "25/11/2025", "25.11.2025", and "11/25/2025" when
/// only the month-first reading is a real day.
enum NumericDateRule {
    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        let f = t[i].folded
        guard f.utf8.count >= 8, f.utf8.count <= 10 else { return nil }
        let parts = f.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let date: SimpleDate?
        if parts[0].count == 4 {
            date = valid(a, b, c)
        } else if parts[2].count == 4 {
            date = valid(c, b, a) ?? valid(c, a, b)
        } else {
            date = nil
        }
        guard let date, (1900...2100).contains(date.year) else { return nil }
        return DateExpression(kind: .day(date), tokens: i..<(i + 1))
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> SimpleDate? {
        SimpleDate.isValid(year: y, month: m, day: d) ? SimpleDate(year: y, month: m, day: d) : nil
    }
}
