/// The words the story calendar reads in one language: the nouns that name a meeting
/// ("sommet", "talks"), the phrases that count days from a meeting ("la veille de",
/// "the day before"), and the little words around them. One table per language
/// (`StoryWords+fr.swift`, `StoryWords+en.swift`); the rules read their union, since
/// a clip may quote the other language. All words are folded (lower case, no accents).
struct StoryWords: Sendable {
    /// Meeting nouns and the kind of meeting each names.
    var meetingNouns: [String: MeetingMention.Kind]
    /// Words for the day before and the day after ("veille", "lendemain", "eve").
    var dayBefore: Set<String>
    var dayAfter: Set<String>
    /// Day units for "deux jours après", "three days after".
    var dayUnits: Set<String>
    /// "après"/"after", "avant"/"before".
    var after: Set<String>
    var before: Set<String>
    /// Words that link a day word to the meeting it counts from ("du", "de", "of").
    var of: Set<String>
    /// Determiners that make a meeting noun name one meeting ("le", "son", "the", "its").
    var determiners: Set<String>
    /// Prepositions that put a meeting at a place ("de Genève", "en Alaska", "in Geneva").
    var placePrepositions: Set<String>
    /// Words before a year or a month that make it a span, not a happening ("depuis 2022").
    var periodStarts: Set<String>
    /// Prepositions of time before a plural meeting noun with no article ("lors de discussions",
    /// "after talks"), and the little word that may follow them ("de").
    var bareLeads: Set<String>
    var bareLinks: Set<String>
    /// Headings of lists of other stories; dates under them are not the clip's news.
    var otherStories: [String]
}

extension StoryWords {
    /// The union of every language's table, built once.
    static let all: StoryWords = {
        let tables = [StoryWords.fr, StoryWords.en]
        var u = StoryWords(meetingNouns: [:], dayBefore: [], dayAfter: [], dayUnits: [], after: [], before: [], of: [],
                              determiners: [], placePrepositions: [], periodStarts: [], bareLeads: [], bareLinks: [], otherStories: [])
        for t in tables {
            u.meetingNouns.merge(t.meetingNouns) { first, _ in first }
            u.dayBefore.formUnion(t.dayBefore)
            u.dayAfter.formUnion(t.dayAfter)
            u.dayUnits.formUnion(t.dayUnits)
            u.after.formUnion(t.after)
            u.before.formUnion(t.before)
            u.of.formUnion(t.of)
            u.determiners.formUnion(t.determiners)
            u.placePrepositions.formUnion(t.placePrepositions)
            u.periodStarts.formUnion(t.periodStarts)
            u.bareLeads.formUnion(t.bareLeads)
            u.bareLinks.formUnion(t.bareLinks)
            u.otherStories += t.otherStories
        }
        return u
    }()
}
