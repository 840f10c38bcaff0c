/// A date expression found in a sentence, before it is resolved to a calendar date.
struct DateExpression: Sendable, Hashable {
    /// What the words say, independent of the day the clip was written.
    enum Kind: Sendable, Hashable {
        /// A full calendar day ("25 novembre 2025", "2025-11-25").
        case day(SimpleDate)
        /// A day and a month without a year, with the weekday when given ("mardi 25 novembre").
        case dayMonth(day: Int, month: Int, weekday: Int?)
        /// A month with or without a year, possibly approximate ("mi-décembre", "janvier 2026").
        case month(Int, year: Int?, approx: DateApproximation?)
        /// A year, possibly approximate ("en 2025", "fin 2025").
        case year(Int, approx: DateApproximation?)
        /// A weekday, with "dernier"/"last" (-1), "prochain"/"next" (+1) or neither (0).
        case weekday(Int, direction: Int)
        /// A day counted from the clip's day ("hier" = -1, "demain" = +1).
        case relativeDay(Int)
        /// A day counted from the previous date of the paragraph ("la veille", "le lendemain").
        case anaphoricDay(Int)
        /// A week counted from the clip's week ("la semaine dernière" = -1).
        case relativeWeek(Int)
        /// A month counted from the clip's month ("le mois dernier" = -1).
        case relativeMonth(Int)
        /// A year counted from the clip's year ("l'an dernier" = -1).
        case relativeYear(Int)
        /// A season by the month it starts in, the last (-1), next (+1) or current (0) one.
        case season(Int, direction: Int)
        /// A meeting the text names ("le sommet d'Alaska", "the Berlin talks") or a day counted
        /// from it ("la veille de la réunion de Genève" = -1, "two days after the summit" = +2):
        /// its kind, its place (folded) when the words give one. The story calendar dates it.
        /// `recent`: named with an indefinite article ("un déjeuner à l'Élysée", "a meeting in Geneva"),
        /// so only a meeting of the clip's last days fits.
        case meetingDay(offset: Int, kind: MeetingMention.Kind, place: String?, recent: Bool)
    }

    var kind: Kind
    /// The tokens the expression spans, as indices into the sentence's tokens.
    var tokens: Range<Int>
    /// Whether the words themselves place the date before the clip ("depuis", "dernier").
    var saysPast: Bool = false
    /// Whether the words themselves place the date after the clip ("prochain", "next").
    var saysFuture: Bool = false
    /// The last day of a range written with this day ("les 3 et 4 septembre", "Dec. 14-15"):
    /// one happening from the expression's day to this day of the same month.
    var endDay: Int?

    /// Whether the expression writes its year ("25 novembre 2025", "janvier 2026").
    var writesYear: Bool {
        switch kind {
        case .day: true
        case let .month(_, year, _): year != nil
        default: false
        }
    }
}
