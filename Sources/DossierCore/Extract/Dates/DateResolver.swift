/// Turns a date expression into a calendar date at its precision, from the clip's
/// publication day, the tense of the sentence and the date mentioned just before.
/// What cannot be known (a weekday in an undated clip) resolves to nil, never to a guess;
/// the machine's clock is never read, so the same clips give the same dates on any day.
struct DateResolver: Sendable {
    /// The clip's publication day, if known.
    var publication: SimpleDate?
    /// Where a day and month without a year may fall when the clip is undated.
    var years: YearPin

    /// The date `expression` names, or nil. `previous` is the last day resolved in the
    /// same paragraph, the reference of "la veille" and "le lendemain" (else the publication day).
    func resolve(_ expression: DateExpression, tense: TenseDetector.Tense, previous: SimpleDate?) -> PartialDate? {
        let tense = expression.saysPast ? .past : expression.saysFuture ? .future : tense
        switch expression.kind {
        case let .day(date):
            return PartialDate(date)
        case let .dayMonth(day, month, weekday):
            return dayMonth(day, month, weekday: weekday, tense: tense).map(PartialDate.init)
        case let .month(month, year, approx):
            if let year { return PartialDate(year: year, month: month, approx: approx) }
            guard let p = publication else {
                return years.year(month: month).map { PartialDate(year: $0, month: month, approx: approx) }
            }
            let y: Int
            if tense == .future { y = month >= p.month ? p.year : p.year + 1 } else { y = month <= p.month ? p.year : p.year - 1 }
            return PartialDate(year: y, month: month, approx: approx)
        case let .year(year, approx):
            return PartialDate(year: year, approx: approx)
        case let .weekday(weekday, direction):
            guard let p = publication else { return nil }
            return PartialDate(Self.weekday(weekday, from: p, direction: direction, tense: tense))
        case let .relativeDay(n):
            return publication.map { PartialDate($0.adding(days: n)) }
        case let .anaphoricDay(n):
            return (previous ?? publication).map { PartialDate($0.adding(days: n)) }
        case let .relativeWeek(n):
            guard let p = publication else { return nil }
            let monday = p.adding(days: 1 - p.weekday + 7 * n)
            let sunday = monday.adding(days: 6)
            guard monday.month == sunday.month, monday.year == sunday.year else { return nil }
            return PartialDate(year: monday.year, month: monday.month)
        case let .relativeMonth(n):
            guard let p = publication else { return nil }
            let index = p.year * 12 + (p.month - 1) + n
            return PartialDate(year: index / 12, month: index % 12 + 1)
        case let .relativeYear(n):
            return publication.map { PartialDate(year: $0.year + n) }
        case let .season(start, direction):
            return publication.map { PartialDate(year: Self.seasonYear(start: start, from: $0, direction: direction)) }
        case .meetingDay:
            return nil // dated by the clip's own meetings or the story calendar (DateExtractor)
        }
    }

    /// A day and month without a year: the year nearest the publication that fits the
    /// weekday when given (within about eight months; a weekday that fits no such year is a slip),
    /// on or before it for the past, on or after it for the future. In an undated clip, the year
    /// the story's calendar (or the clip's own years) allows, or nil.
    func dayMonth(_ day: Int, _ month: Int, weekday: Int?, tense: TenseDetector.Tense) -> SimpleDate? {
        guard let p = publication else {
            return years.year(day: day, month: month, weekday: weekday).map { SimpleDate(year: $0, month: month, day: day) }
        }
        var candidates = ((p.year - 1)...(p.year + 1))
            .filter { SimpleDate.isValid(year: $0, month: month, day: day) }
            .map { SimpleDate(year: $0, month: month, day: day) }
        if let weekday {
            // A weekday picks among the years near the clip, not one far from it.
            let fitting = candidates.filter { $0.weekday == weekday && abs($0.dayNumber - p.dayNumber) <= 250 }
            if !fitting.isEmpty { candidates = fitting }
        }
        let nearest = candidates.min { abs($0.dayNumber - p.dayNumber) < abs($1.dayNumber - p.dayNumber) }
        switch tense {
        case .past: return candidates.last { $0 <= p } ?? nearest
        case .future: return candidates.first { $0 >= p } ?? nearest
        case .neutral: return nearest
        }
    }

    /// The year in which `day` `month` falls on `weekday`: the latest one from 2000 up to
    /// `ceiling` (the year after the latest year the clip itself writes).
    static func pinnedYear(day: Int, month: Int, weekday: Int, ceiling: Int) -> Int? {
        stride(from: ceiling, through: 2000, by: -1).first {
            SimpleDate.isValid(year: $0, month: month, day: day)
                && SimpleDate(year: $0, month: month, day: day).weekday == weekday
        }
    }

    /// The year a season starts in: the last one over before `p`, the next one to begin
    /// after it, or the one `p` is in (else this year's).
    static func seasonYear(start: Int, from p: SimpleDate, direction: Int) -> Int {
        let now = p.year * 12 + p.month - 1
        let thisYears = p.year * 12 + start - 1
        let running = (0..<3).contains(now - thisYears) ? p.year : (0..<3).contains(now - thisYears + 12) ? p.year - 1 : nil
        switch direction {
        case ..<0:
            let lastStart = now - thisYears >= 3 ? p.year : p.year - 1
            return running == lastStart ? lastStart - 1 : lastStart
        case 1...:
            return thisYears > now ? p.year : p.year + 1
        default:
            return running ?? p.year
        }
    }

    /// The `weekday` around `p`: "dernier" the one before, "prochain" the one after;
    /// otherwise the publication day itself when it is that weekday, else the one
    /// before for the past, after for the future, and the nearer one when the tense is silent.
    static func weekday(_ weekday: Int, from p: SimpleDate, direction: Int, tense: TenseDetector.Tense) -> SimpleDate {
        let forward = (weekday - p.weekday + 7) % 7
        let backward = (p.weekday - weekday + 7) % 7
        if direction < 0 { return p.adding(days: -(backward == 0 ? 7 : backward)) }
        if direction > 0 { return p.adding(days: forward == 0 ? 7 : forward) }
        if forward == 0 { return p }
        switch tense {
        case .past: return p.adding(days: -backward)
        case .future: return p.adding(days: forward)
        case .neutral: return forward <= backward ? p.adding(days: forward) : p.adding(days: -backward)
        }
    }
}

/// Where a day and month written without a year fall in an undated clip: the year the story
/// calendar allows (inside the span of the dossier's dated clips; the weekday decides when given),
/// else, for a weekday, the latest fitting year up to the year after the latest the clip writes.
/// With neither, nothing: a weekday alone never picks a year.
struct YearPin: Sendable {
    var calendar: StoryCalendar?
    /// The year after the latest year the clip writes in full, if it writes one.
    var ceiling: Int?

    func year(day: Int, month: Int, weekday: Int?) -> Int? {
        if let calendar, let span = calendar.span {
            return StoryCalendar.year(day: day, month: month, weekday: weekday, span: span)
        }
        guard let weekday, let ceiling else { return nil }
        return DateResolver.pinnedYear(day: day, month: month, weekday: weekday, ceiling: ceiling)
    }

    /// The year of a month written without one in an undated clip: the story's, when its span holds that month once.
    func year(month: Int) -> Int? {
        guard let span = calendar?.span else { return nil }
        return StoryCalendar.year(month: month, span: span)
    }
}
