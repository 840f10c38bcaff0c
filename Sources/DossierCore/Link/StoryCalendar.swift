/// The dossier's calendar after a first reading of every clip: the story's span (from the
/// first to the last day of its dated clips) and the meetings the clips date, with their
/// places and kinds. A second reading resolves against it what a clip left open: a day and
/// month with no year in an undated clip, a meeting named without a date ("le sommet
/// d'Alaska", "the Berlin talks"), a day counted from one ("à la veille de la réunion de Genève").
/// A value built from the clips alone: the machine's clock plays no part.
public struct StoryCalendar: Sendable, Hashable {
    /// The first and last publication days of the clips that carry their own date.
    public var span: ClosedRange<SimpleDate>?
    /// Dated meetings, one per cluster.
    var meetings: [Entry]

    struct Entry: Sendable, Hashable {
        var day: SimpleDate
        /// The folded region of its place (`MeetingPlaces.region`), nil for a video call or no place.
        var region: String?
        var group: MeetingKindGroup
    }

    /// How far from a clip's day a meeting it names may lie, in days (before, after).
    static let reachBefore = 150
    static let reachAfter = 60
    static let recentReach = 14

    public init(span: ClosedRange<SimpleDate>?, meetings: [Meeting] = []) {
        self.span = span
        self.meetings = meetings.compactMap { m in
            guard let day = m.date?.simpleDate else { return nil }
            let region = m.place.flatMap { $0 == MeetingPlaces.videoConference ? nil : MeetingPlaces.region(of: $0) }
            return Entry(day: day, region: region, group: MeetingKindGroup(m.kind))
        }
    }

    /// The calendar of clips read once: the span of the clips that date themselves (a stamp,
    /// a dateline, the text, a correction), and the meetings clustered from them.
    init(articles: [DossierArticle], meetings: [Meeting]) {
        var lo: SimpleDate?, hi: SimpleDate?
        for entry in articles {
            guard let d = entry.article.date, entry.article.dateBasis != .meeting, entry.article.dateBasis != .inferred else { continue }
            if lo.map({ d < $0 }) ?? true { lo = d }
            if hi.map({ d > $0 }) ?? true { hi = d }
        }
        let span: ClosedRange<SimpleDate>? = if let lo, let hi { lo...hi } else { nil }
        self.init(span: span, meetings: meetings)
    }

    /// The year that puts `day` `month` in the story: the one inside the span (or nearest to
    /// it), among those where the weekday is right when one is given. Two years that fit
    /// equally give nil: the text does not say which.
    static func year(day: Int, month: Int, weekday: Int?, span: ClosedRange<SimpleDate>) -> Int? {
        var best: (distance: Int, year: Int)?
        var tie = false
        for y in (span.lowerBound.year - 1)...(span.upperBound.year + 1) where SimpleDate.isValid(year: y, month: month, day: day) {
            let d = SimpleDate(year: y, month: month, day: day)
            if let weekday, d.weekday != weekday { continue }
            let distance = d < span.lowerBound ? span.lowerBound.dayNumber - d.dayNumber
                : d > span.upperBound ? d.dayNumber - span.upperBound.dayNumber : 0
            if let b = best, b.distance == distance { tie = true; continue }
            if best.map({ distance < $0.distance }) ?? true { best = (distance, y); tie = false }
        }
        guard let best, !tie else { return nil }
        // A weekday may reach a year beyond the span's neighbours; a bare day may not stray far.
        if weekday == nil, best.distance > 200 { return nil }
        return best.year
    }

    /// The day of the meeting a clip names by its place and kind ("la réunion de Genève",
    /// "the Alaska summit"): the one dated meeting of the calendar held there, of a kind that can
    /// be named so, near the clip's day when it has one. Days one or two apart are one meeting
    /// over several days (its first day); meetings further apart make the name ambiguous: nil.
    /// `recent` (a meeting named with an indefinite article) asks for one held within `recentReach`
    /// days before the clip's day, and needs that day.
    /// `past`: the clip tells of the meeting as past, so it lies on or before the clip's day.
    func meetingDay(kind: MeetingMention.Kind, place: String, near: SimpleDate?, recent: Bool = false, past: Bool = false) -> SimpleDate? {
        if recent, near == nil { return nil }
        let before = recent ? Self.recentReach : Self.reachBefore, after = recent || past ? 0 : Self.reachAfter
        let region = Self.region(ofWritten: place)
        let group = MeetingKindGroup(kind)
        let generic = kind == .meeting
        var days = Set<SimpleDate>()
        for m in meetings where m.region == region && (generic || m.group == group) {
            if let near, m.day.dayNumber < near.dayNumber - before || m.day.dayNumber > near.dayNumber + after { continue }
            if let span, near == nil,
               m.day.dayNumber < span.lowerBound.dayNumber - Self.reachBefore || m.day.dayNumber > span.upperBound.dayNumber + Self.reachAfter { continue }
            days.insert(m.day)
        }
        guard let first = days.min(), let last = days.max() else { return nil }
        if last.dayNumber - first.dayNumber <= 2 { return first }
        // A clip names the meeting it follows: the latest one held in the fortnight before its day.
        if let near, let recent = days.filter({ $0 <= near && near.dayNumber - $0.dayNumber <= 14 }).max() { return recent }
        return nil
    }

    /// The years that fit `day` `month` equally well when more than one does (the ones `year`
    /// declines to choose between), else none.
    static func tiedYears(day: Int, month: Int, weekday: Int?, span: ClosedRange<SimpleDate>) -> [Int] {
        var best: (distance: Int, years: [Int])?
        for y in (span.lowerBound.year - 1)...(span.upperBound.year + 1) where SimpleDate.isValid(year: y, month: month, day: day) {
            let d = SimpleDate(year: y, month: month, day: day)
            if let weekday, d.weekday != weekday { continue }
            let distance = d < span.lowerBound ? span.lowerBound.dayNumber - d.dayNumber
                : d > span.upperBound ? d.dayNumber - span.upperBound.dayNumber : 0
            if let b = best, b.distance == distance { best?.years.append(y); continue }
            if best.map({ distance < $0.distance }) ?? true { best = (distance, [y]) }
        }
        guard let best, best.years.count > 1, weekday != nil || best.distance <= 200 else { return [] }
        return best.years
    }

    /// The years whose `month` lies inside the span, when more than one does, else none.
    static func tiedYears(month: Int, span: ClosedRange<SimpleDate>) -> [Int] {
        let lo = span.lowerBound.year * 12 + span.lowerBound.month - 1, hi = span.upperBound.year * 12 + span.upperBound.month - 1
        let years = (span.lowerBound.year...span.upperBound.year).filter { (lo...hi).contains($0 * 12 + month - 1) }
        return years.count > 1 ? years : []
    }

    /// The year a month without one falls in: the one year whose month lies inside the span.
    static func year(month: Int, span: ClosedRange<SimpleDate>) -> Int? {
        let lo = span.lowerBound.year * 12 + span.lowerBound.month - 1, hi = span.upperBound.year * 12 + span.upperBound.month - 1
        let years = (span.lowerBound.year...span.upperBound.year).filter { (lo...hi).contains($0 * 12 + month - 1) }
        return years.count == 1 ? years.first : nil
    }

    /// The region key of a place as a clip writes it ("Genève", "Geneva", "Alaska", "White House").
    static func region(ofWritten place: String) -> String {
        let folded = MeetingFolding.fold(place)
        if let city = MeetingLexicon.all.cities[folded] { return MeetingPlaces.region(of: city) }
        let words = folded.split(separator: " ").map(String.init)
        if let venue = MeetingLexicon.all.venues.first(where: { $0.words == words }) { return MeetingPlaces.region(of: venue.city) }
        return MeetingPlaces.region(of: folded)
    }
}
