extension StoryWords {
    /// English.
    static let en = StoryWords(
        meetingNouns: [
            "summit": .summit, "meeting": .meeting, "meetings": .meeting, "talks": .talks, "negotiations": .talks,
            "videoconference": .videoConference, "call": .call, "lunch": .lunch, "dinner": .lunch,
        ],
        dayBefore: ["eve"],
        dayAfter: [],
        dayUnits: ["day", "days"],
        after: ["after"],
        before: ["before", "ahead"],
        of: ["of"],
        determiners: ["the", "its", "his", "her", "their", "this", "that"],
        placePrepositions: ["in", "at"],
        periodStarts: ["since"],
        bareLeads: ["during", "after", "before", "following"],
        bareLinks: [],
        otherStories: ["related", "more from", "you may also like", "most read", "read also", "read more"]
    )
}
