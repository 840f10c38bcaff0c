import Foundation
@testable import DossierCore

/// Meeting precision and recall of found meetings against expected ones: a found meeting counts
/// when its date and sort of meeting agree; places and participants are scored on those pairs.
struct MeetingScore: CustomStringConvertible {
    var found = 0
    var expected = 0
    var matched = 0
    var samePlace = 0
    var sameKind = 0
    var participantHits = 0
    var participantFound = 0
    var participantExpected = 0
    var misses: [String] = []

    var precision: Double { found == 0 ? 1 : Double(matched) / Double(found) }
    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
    var placeAccuracy: Double { matched == 0 ? 1 : Double(samePlace) / Double(matched) }
    var kindAccuracy: Double { matched == 0 ? 1 : Double(sameKind) / Double(matched) }
    var participantPrecision: Double { participantFound == 0 ? 1 : Double(participantHits) / Double(participantFound) }
    var participantRecall: Double { participantExpected == 0 ? 1 : Double(participantHits) / Double(participantExpected) }

    var description: String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return "meetings: found \(found), expected \(expected), matched \(matched); precision \(f(precision)) recall \(f(recall)); "
            + "place \(f(placeAccuracy)) kind \(f(kindAccuracy)); participants precision \(f(participantPrecision)) recall \(f(participantRecall))"
    }

    /// Adds the comparison of `meetings` (participants as ids) with `expected` for one clip or dossier.
    mutating func add(_ meetings: [Meeting], expected wanted: [MeetingFixture.Expected], label: String) {
        found += meetings.count
        expected += wanted.count
        var free = Array(meetings.indices)
        for want in wanted {
            let candidates = free.filter { i in
                meetings[i].date?.iso == want.date?.iso && meetings[i].date?.approx == want.date?.approx
                    && MeetingKindGroup(meetings[i].kind) == MeetingKindGroup(want.kind)
            }
            let best = candidates.max { a, b in
                let sa = (meetings[a].kind == want.kind ? 1 : 0) + (place(meetings[a], want.place) ? 2 : 0)
                let sb = (meetings[b].kind == want.kind ? 1 : 0) + (place(meetings[b], want.place) ? 2 : 0)
                return sa < sb
            }
            guard let i = best else { misses.append("\(label): missing \(want)"); continue }
            free.removeAll { $0 == i }
            matched += 1
            let m = meetings[i]
            if place(m, want.place) { samePlace += 1 } else { misses.append("\(label): place \(m.place ?? "-") for \(want)") }
            if m.kind == want.kind { sameKind += 1 } else { misses.append("\(label): kind \(m.kind) for \(want)") }
            let got = Set(m.participants)
            participantFound += got.count
            participantExpected += want.participants.count
            participantHits += got.intersection(want.participants).count
            if got != want.participants { misses.append("\(label): participants \(got.sorted()) for \(want)") }
        }
        for i in free { misses.append("\(label): extra \(meetings[i].title)") }
    }

    /// The expected place is the meeting's city or, when the reader named a building, its venue.
    private func place(_ m: Meeting, _ b: String?) -> Bool {
        m.place.map(TextFolding.fold) == b.map(TextFolding.fold) || (b != nil && m.venue.map(TextFolding.fold) == b.map(TextFolding.fold))
    }
}
