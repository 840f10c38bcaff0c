/// The named groups a meeting can be held by, and how a title names them. How each language
/// spells them is in its lexicon (`MeetingLexicon.forums`).
enum MeetingForums {
    /// A forum: the name shown, the French phrase after a meeting noun ("Sommet du G7"), and
    /// the English name before one ("G7 summit").
    struct Forum: Sendable {
        var name: String
        var genitive: String
        var english: String

        /// How a meeting title in `language` names the forum.
        func inTitle(language: String) -> String { language == "en" ? english : genitive }
    }

    static let coalition = Forum(name: "Coalition des volontaires", genitive: "de la coalition des volontaires",
                                 english: "Coalition of the Willing")
    static let weimar = Forum(name: "Triangle de Weimar", genitive: "du triangle de Weimar", english: "Weimar Triangle")
    static let europeanCouncil = Forum(name: "Conseil européen", genitive: "du Conseil européen", english: "European Council")
    static let europeanUnion = Forum(name: "Union européenne", genitive: "de l'Union européenne", english: "EU")
    static let securityCouncil = Forum(name: "Conseil de sécurité", genitive: "du Conseil de sécurité", english: "UN Security Council")
    static let g7 = Forum(name: "G7", genitive: "du G7", english: "G7")
    static let g20 = Forum(name: "G20", genitive: "du G20", english: "G20")
    static let nato = Forum(name: "Otan", genitive: "de l'Otan", english: "NATO")
    static let e3 = Forum(name: "E3", genitive: "de l'E3", english: "E3")

    private static let known = [coalition, weimar, europeanCouncil, europeanUnion, securityCouncil, g7, g20, nato, e3]

    /// The forum whose name starts at token `i`, and how many tokens it spans.
    static func forum(at i: Int, in tokens: [MeetingToken], lexicon: MeetingLexicon) -> (forum: Forum, length: Int)? {
        for spelling in lexicon.forums where tokens.matches(spelling.words, at: i) {
            return (spelling.forum, spelling.words.count)
        }
        return nil
    }

    /// The forum named `name`, to build titles from a meeting's forum.
    static func forum(named name: String) -> Forum? {
        known.first { $0.name == name }
    }
}
