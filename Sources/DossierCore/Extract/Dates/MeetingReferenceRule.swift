/// A meeting named instead of dated, and days counted from one:
/// "le sommet d'Alaska", "la réunion de Genève", "les discussions menées à Genève",
/// "the Alaska summit", "talks in Geneva", "à la veille de la réunion de Genève",
/// "le lendemain du sommet", "deux jours après le sommet", "the day before the meeting",
/// "two days after the summit", "on the eve of the talks".
/// A bare meeting noun ("le sommet") only counts with a day offset; on its own it must name
/// a place. The story calendar (or the clip's own dates) gives the day.
enum MeetingReferenceRule {
    private static let words = StoryWords.all

    /// Words a match can start on.
    static var anchors: Set<String> {
        words.dayBefore.union(words.dayAfter).union(words.dayUnits).union(words.determiners).union(indefinite).union(words.bareLeads)
    }

    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        offsetReference(t, at: i) ?? namedMeeting(t, at: i)
    }

    /// "la veille de X", "le lendemain du X", "deux jours après X", "the day before X", "the eve of X".
    private static func offsetReference(_ t: [DateToken], at i: Int) -> DateExpression? {
        let f = t[i].folded
        var offset: Int?
        var next = i + 1
        if words.dayBefore.contains(f) || words.dayAfter.contains(f) {
            // "la veille de", "au lendemain du", "the eve of"
            guard i > 0, ["la", "le", "au", "the"].contains(t[i - 1].folded) else { return nil }
            guard let of = DateRuleSupport.token(t, next), words.of.contains(of.folded), t[i].trailing == nil else { return nil }
            offset = words.dayBefore.contains(f) ? -1 : 1
            next += 1
            return reference(t, from: next, offset: offset ?? 0, start: i - 1, requirePlace: false)
        }
        // "deux jours après", "two days after", "the day before", "a day after", anchored on the unit
        guard words.dayUnits.contains(f), i > 0, t[i].trailing == nil, let dir = DateRuleSupport.token(t, i + 1) else { return nil }
        let before = t[i - 1]
        let count: Int
        if let n = before.number ?? DateLexicon.numberWords[before.folded], n > 0, n <= 10 {
            count = n
        } else if before.folded == "the" {
            count = 1
        } else {
            return nil
        }
        if words.after.contains(dir.folded) { offset = count } else if words.before.contains(dir.folded) { offset = -count } else { return nil }
        next = i + 2
        if let of = DateRuleSupport.token(t, next), words.of.contains(of.folded), of.folded != "des" { next += 1 }
        return reference(t, from: next, offset: offset ?? 0, start: i - 1, requirePlace: false)
    }

    /// "le sommet d'Alaska", "la réunion de Genève", "the Alaska summit", "the talks in Geneva";
    /// a plural noun with no article after a preposition of time, "lors de discussions à la
    /// Maison Blanche", "after talks in Geneva".
    private static func namedMeeting(_ t: [DateToken], at i: Int) -> DateExpression? {
        if words.bareLeads.contains(t[i].folded) {
            var j = i + 1
            if j < t.count, words.bareLinks.contains(t[j].folded) { j += 1 }
            guard j < t.count, words.meetingNouns[t[j].folded] != nil, t[j].folded.hasSuffix("s") else { return nil }
            return reference(t, from: j, offset: 0, start: j, requirePlace: true)
        }
        guard words.determiners.contains(t[i].folded) || indefinite.contains(t[i].folded), t[i].raw != "à" else { return nil }
        return reference(t, from: i, offset: 0, start: i, requirePlace: true)
    }

    /// Articles that may stand before a named meeting besides the determiners ("a meeting in Geneva").
    private static let indefinite: Set<String> = ["a", "an", "un", "une"]
    /// Articles between a preposition and a venue ("à la Maison Blanche", "at the White House").
    private static let venueArticles: Set<String> = ["la", "le", "l", "the"]

    /// The meeting named from token `j`: determiners, a possessor ("Trump's"), an English place
    /// before the noun, the noun, then within three words a preposition with the place.
    private static func reference(_ t: [DateToken], from j: Int, offset: Int, start: Int, requirePlace: Bool) -> DateExpression? {
        var k = j
        var skipped = 0
        let recent = k < t.count && indefinite.contains(t[k].folded)
        while k < t.count, words.determiners.contains(t[k].folded) || indefinite.contains(t[k].folded), t[k].raw != "à", skipped < 2 {
            k += 1
            skipped += 1
        }
        // "Trump's summit"
        if k + 1 < t.count, t[k].isCapitalized, t[k + 1].folded == "s", t[k + 1].raw.utf8.count == 1 { k += 2 }
        var place: String?
        // "the Alaska summit", "the Geneva talks"; "Friday's summit" is no place
        if k + 1 < t.count, words.meetingNouns[t[k + 1].folded] != nil, t[k].trailing == nil, isPlace(t[k]) {
            place = t[k].folded
            k += 1
        }
        guard k < t.count, let kind = words.meetingNouns[t[k].folded] else { return nil }
        // "conférence" names a meeting only as "conférence de presse"
        if kind == .pressConference, DateRuleSupport.token(t, k + 2)?.folded != "presse" { return nil }
        var end = k + 1
        if place == nil {
            var p = k + 1
            // up to three words before the place: "les discussions menées à Genève", "summit with Putin in Alaska"
            while p < t.count, p <= k + 4, t[p - 1].trailing == nil, !mayBeDate(t[p]) {
                if words.placePrepositions.contains(t[p].folded), let found = placeName(t, at: p + 1) {
                    place = found.name
                    end = found.end
                    break
                }
                p += 1
            }
        }
        if requirePlace, place == nil { return nil }
        return DateExpression(kind: .meetingDay(offset: offset, kind: kind, place: place, recent: recent), tokens: start..<end)
    }

    /// The place written at `i`, after an article when it is a venue ("la Maison Blanche"):
    /// its folded name and the index past it.
    private static func placeName(_ t: [DateToken], at i: Int) -> (name: String, end: Int)? {
        var k = i
        if k < t.count, venueArticles.contains(t[k].folded), !t[k].isCapitalized || t[k].folded == "the" { k += 1 }
        guard k < t.count else { return nil }
        let folded = t[k...].prefix(4).map(\.folded)
        if let venue = MeetingLexicon.all.venues.first(where: { folded.starts(with: $0.words) }) {
            return (venue.words.joined(separator: " "), k + venue.words.count)
        }
        guard k == i, isPlace(t[k]) else { return nil }
        if k + 1 < t.count, t[k + 1].isCapitalized, t[k].trailing == nil, MeetingLexicon.all.cities[t[k].folded + " " + t[k + 1].folded] != nil {
            return (t[k].folded + " " + t[k + 1].folded, k + 2)
        }
        return (t[k].folded, k + 1)
    }

    /// A word a date may start with: a reference never reads over a date ("leur sommet du 15 août en Alaska").
    private static func mayBeDate(_ token: DateToken) -> Bool {
        if let first = token.folded.utf8.first, first >= 48, first <= 57 { return true }
        return DateLexicon.months[token.folded] != nil || DateLexicon.weekdays[token.folded] != nil
    }

    /// A capitalized word that can be where a meeting is held.
    private static func isPlace(_ token: DateToken) -> Bool {
        guard token.isCapitalized, token.folded.utf8.count >= 3 else { return false }
        if MeetingLexicon.all.notPlaces.contains(token.folded) || DateLexicon.weekdays[token.folded] != nil
            || DateLexicon.months[token.folded] != nil { return false }
        return MeetingLexicon.all.cities[token.folded] != nil || MeetingPlaces.regions[token.folded] != nil
            || MeetingLexicon.all.venues.contains { $0.words.last == token.folded }
    }
}
