/// Meeting kinds that can name one event: a summit is also "la réunion", "les discussions",
/// "la visioconférence"; a lunch, a press conference and a call are events of their own.
enum MeetingKindGroup: Sendable, Hashable {
    case gathering, lunch, pressConference, call

    init(_ kind: MeetingMention.Kind) {
        switch kind {
        case .summit, .meeting, .videoConference, .talks: self = .gathering
        case .lunch: self = .lunch
        case .pressConference: self = .pressConference
        case .call: self = .call
        }
    }
}
