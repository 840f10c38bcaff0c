import Testing
@testable import DossierCore

@Suite struct SimpleDateTests {
    @Test func weekdayOfKnownDays() {
        #expect(SimpleDate(year: 2026, month: 1, day: 6).weekday == 2) // Tuesday
        #expect(SimpleDate(year: 2025, month: 11, day: 25).weekday == 2)
        #expect(SimpleDate(year: 1970, month: 1, day: 1).weekday == 4)
    }

    @Test func dayNumbersRoundTrip() {
        let d = SimpleDate(year: 2024, month: 2, day: 29)
        #expect(SimpleDate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 1) == SimpleDate(year: 2024, month: 3, day: 1))
        #expect(SimpleDate(year: 2026, month: 1, day: 1).adding(days: -1) == SimpleDate(year: 2025, month: 12, day: 31))
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "25-01-01", "2025-1-1", "x"])
    func invalidISODatesAreRejected(_ text: String) {
        #expect(SimpleDate(iso: text) == nil)
    }
}
