import Testing
@testable import DossierCore

@Suite struct TimelineDrawingTests {
    private func mark(_ kind: TimelineDrawing.Mark.Kind, _ date: PartialDate, _ url: String, people: [String] = [], meeting: String? = nil) -> TimelineDrawing.Mark {
        .init(kind: kind, date: date, url: url, tooltip: "Tip <\(url)>", people: people, meeting: meeting)
    }

    private let marks: [TimelineDrawing.Mark] = [
        .init(kind: .event, date: PartialDate(year: 2025, month: 9, day: 4), url: "timeline/#d-2025-09-04", tooltip: "4 September 2025 — A & B",
              people: ["macron"], meeting: nil),
        .init(kind: .meeting(.summit, planned: false), date: PartialDate(year: 2026, month: 1, day: 6), url: "timeline/#d-2026-01-06",
              tooltip: "Summit", people: ["macron"], meeting: "summit"),
        .init(kind: .meeting(.call, planned: true), date: PartialDate(year: 2026, month: 2, day: 1), url: "meetings/call/",
              tooltip: "Call", people: [], meeting: "call"),
        .init(kind: .event, date: PartialDate(year: 2025), url: "timeline/#d-2025", tooltip: "2025", people: [], meeting: nil),
    ]

    @Test func theAxisRunsOverTheMonthsOfDatedMarksAndYearOnlyDatesAreNotDrawn() {
        let drawing = TimelineDrawing(marks: marks, coverage: nil, strings: .english)
        #expect(drawing.start == (2025, 9) && drawing.months == 6)
        #expect(drawing.marks.count == 3)
        let svg = drawing.full(prefix: "../")
        #expect(svg.contains("Sep 2025") && svg.contains("Jan 2026"))
    }

    @Test func marksAreLinksOutOfTheTabOrderWithEscapedTooltipsAndPlannedMeetingsHollow() {
        let svg = TimelineDrawing(marks: marks, coverage: nil, strings: .english).full(prefix: "../")
        #expect(svg.components(separatedBy: "<svg class=\"tl ").count - 1 == 2, "a wide and a tall drawing")
        #expect(svg.components(separatedBy: "aria-hidden=\"true\" focusable=\"false\"").count - 1 == 2)
        #expect(svg.contains("<a href=\"../timeline/#d-2025-09-04\" tabindex=\"-1\">"))
        #expect(svg.contains("<title>4 September 2025 — A &amp; B</title>"))
        #expect(svg.contains("class=\"tl-meeting planned\""))
        #expect(svg.contains("planned meeting") && svg.contains("meeting held"), "the legend names both")
        #expect(!svg.contains("<a href=\"../timeline/#d-2025\""))
    }

    @Test func aStripShowsOnlyItsPersonsOrMeetingsMarks() throws {
        let drawing = TimelineDrawing(marks: marks, coverage: nil, strings: .french)
        let strip = try #require(drawing.strip(highlight: .person("macron"), prefix: "../../", label: "Macron"))
        #expect(strip.contains("../../timeline/#d-2025-09-04") && strip.contains("../../timeline/#d-2026-01-06"))
        #expect(!strip.contains("meetings/call/"))
        #expect(strip.contains("janv. 2026"))
        #expect(drawing.strip(highlight: .person("nobody"), prefix: "../../", label: "x") == nil)
    }

    @Test func eventsFarFromTheCoverageStayOffTheAxis() {
        let old = TimelineDrawing.Mark(kind: .event, date: PartialDate(year: 1991, month: 8), url: "timeline/#d-1991-08", tooltip: "1991",
                                       people: [], meeting: nil)
        let coverage = (SimpleDate(year: 2025, month: 9, day: 4), SimpleDate(year: 2026, month: 1, day: 6))
        let drawing = TimelineDrawing(marks: marks + [old], coverage: coverage, strings: .english)
        #expect(drawing.start == (2025, 9))
        #expect(!drawing.full(prefix: "").contains("1991"))
    }
}
