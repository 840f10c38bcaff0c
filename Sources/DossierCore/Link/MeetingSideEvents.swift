/// Tells a meeting held beside a bigger one ("en marge du sommet", "on the sidelines of the
/// summit", "avant le sommet") from that bigger meeting, though both fall on the same day.
enum MeetingSideEvents {
    private static let needles = TextSearch.Needles(MeetingLexicon.all.sideEventPhrases)

    /// Whether a bilateral meeting, lunch, call or press conference is told as held beside another meeting.
    static func isBeside(_ mention: MeetingMention) -> Bool {
        guard mention.kind != .summit, mention.kind != .videoConference else { return false }
        let text = MeetingFolding.fold(mention.sentence)
        return TextSearch.containsAny(text, needles)
    }
}
