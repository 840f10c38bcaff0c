/// The named groups a meeting can be held by, and how a title names them.
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
    static let nato = Forum(name: "Otan", genitive: "de l'Otan", english: "NATO")

    /// Forums by their folded words, longest first.
    static let spellings: [(words: [String], forum: Forum)] = [
        (["coalition", "des", "volontaires"], coalition),
        (["coalition", "of", "the", "willing"], coalition),
        (["coalition", "of", "willing"], coalition),
        (["triangle", "de", "weimar"], weimar),
        (["weimar", "triangle"], weimar),
        (["conseil", "europeen"], europeanCouncil),
        (["european", "council"], europeanCouncil),
        (["union", "europeenne"], europeanUnion),
        (["european", "union"], europeanUnion),
        (["conseil", "de", "securite"], securityCouncil),
        (["security", "council"], securityCouncil),
        (["g7"], Forum(name: "G7", genitive: "du G7", english: "G7")),
        (["g20"], Forum(name: "G20", genitive: "du G20", english: "G20")),
        (["otan"], nato),
        (["nato"], nato),
        (["ue"], europeanUnion),
        (["eu"], europeanUnion),
        (["e3"], Forum(name: "E3", genitive: "de l'E3", english: "E3")),
    ]

    /// The forum whose name starts at token `i`, and how many tokens it spans.
    static func forum(at i: Int, in tokens: [MeetingToken]) -> (forum: Forum, length: Int)? {
        for spelling in spellings where tokens.matches(spelling.words, at: i) {
            return (spelling.forum, spelling.words.count)
        }
        return nil
    }

    /// The forum named `name`, to build titles from a meeting's forum.
    static func forum(named name: String) -> Forum? {
        spellings.first { $0.forum.name == name }?.forum
    }
}
