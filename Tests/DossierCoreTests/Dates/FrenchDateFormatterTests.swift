import Testing
@testable import DossierCore

@Suite struct FrenchDateFormatterTests {
    @Test func days() {
        #expect(FrenchDateFormatter.long(SimpleDate(year: 2025, month: 9, day: 4)) == "4 septembre 2025")
        #expect(FrenchDateFormatter.long(SimpleDate(year: 2026, month: 1, day: 1)) == "1er janvier 2026")
    }

    @Test(arguments: [
        (PartialDate(year: 2025, month: 12, approx: .mid), "mi-décembre 2025"),
        (PartialDate(year: 2025, month: 12), "décembre 2025"),
        (PartialDate(year: 2025, month: 12, approx: .late), "fin décembre 2025"),
        (PartialDate(year: 2026, month: 1, approx: .early), "début janvier 2026"),
        (PartialDate(year: 2025), "2025"),
        (PartialDate(year: 2025, approx: .late), "fin 2025"),
        (PartialDate(year: 2026, month: 1, day: 6), "6 janvier 2026"),
        (PartialDate(year: 2025, month: 8, day: 15), "15 août 2025"),
    ])
    func partialDates(_ date: PartialDate, _ expected: String) {
        #expect(FrenchDateFormatter.long(date) == expected)
    }

    @Test func monthYear() {
        #expect(FrenchDateFormatter.monthYear(year: 2026, month: 1) == "janvier 2026")
    }
}
