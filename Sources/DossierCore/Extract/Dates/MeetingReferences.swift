/// The days of the meetings one clip names instead of dating ("le sommet d'Alaska", "the day
/// before the meeting"), read in order: a place names a meeting of the story calendar (or one
/// the clip dated in a sentence naming that place); a bare noun ("le sommet", "the meeting")
/// is the meeting of that kind the clip named last, else the clip's first dated happening.
struct MeetingReferences {
    var calendar: StoryCalendar?
    var publication: SimpleDate?
    private var last: [MeetingKindGroup: SimpleDate] = [:]

    init(calendar: StoryCalendar?, publication: SimpleDate?) {
        self.calendar = calendar
        self.publication = publication
    }

    /// The day `offset` days from the meeting named, or nil when neither the calendar nor the
    /// clip says which meeting it is.
    mutating func day(kind: MeetingMention.Kind, place: String?, offset: Int, recent: Bool = false, past: Bool = false,
                      events all: [DatedEvent], sentence: String) -> SimpleDate? {
        // The sentence's own dates are what the reference is read with, not what it points to.
        let events = all.filter { $0.sentence != sentence }
        let group = MeetingKindGroup(kind)
        var base: SimpleDate?
        if let place {
            base = calendar?.meetingDay(kind: kind, place: place, near: publication, recent: recent, past: past) ?? Self.inClip(place, events)
        } else {
            base = last[group] ?? events.first { $0.date.precision == .day && !$0.future }?.date.simpleDate
        }
        guard let base else { return nil }
        last[group] = base
        return base.adding(days: offset)
    }

    /// The latest day the clip gives in a sentence that names `place`.
    private static func inClip(_ place: String, _ events: [DatedEvent]) -> SimpleDate? {
        events.last { $0.date.precision == .day && TextFolding.fold($0.sentence).contains(place) }?.date.simpleDate
    }
}
