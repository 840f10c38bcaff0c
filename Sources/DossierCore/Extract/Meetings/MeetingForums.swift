/// The named groups a meeting can be held by, and how a title names them.
enum MeetingForums {
    /// A forum: the name shown, and the French phrase after a meeting noun ("Sommet du G7").
    struct Forum: Sendable {
        var name: String
        var genitive: String
    }

    static let coalition = Forum(name: "Coalition des volontaires", genitive: "de la coalition des volontaires")

    /// Forums by their folded words, longest first.
    static let spellings: [(words: [String], forum: Forum)] = [
        (["coalition", "des", "volontaires"], coalition),
        (["coalition", "of", "the", "willing"], coalition),
        (["coalition", "of", "willing"], coalition),
        (["triangle", "de", "weimar"], Forum(name: "Triangle de Weimar", genitive: "du triangle de Weimar")),
        (["weimar", "triangle"], Forum(name: "Triangle de Weimar", genitive: "du triangle de Weimar")),
        (["conseil", "europeen"], Forum(name: "Conseil européen", genitive: "du Conseil européen")),
        (["european", "council"], Forum(name: "Conseil européen", genitive: "du Conseil européen")),
        (["union", "europeenne"], Forum(name: "Union européenne", genitive: "de l'Union européenne")),
        (["european", "union"], Forum(name: "Union européenne", genitive: "de l'Union européenne")),
        (["conseil", "de", "securite"], Forum(name: "Conseil de sécurité", genitive: "du Conseil de sécurité")),
        (["security", "council"], Forum(name: "Conseil de sécurité", genitive: "du Conseil de sécurité")),
        (["g7"], Forum(name: "G7", genitive: "du G7")),
        (["g20"], Forum(name: "G20", genitive: "du G20")),
        (["otan"], Forum(name: "Otan", genitive: "de l'Otan")),
        (["nato"], Forum(name: "Otan", genitive: "de l'Otan")),
        (["ue"], Forum(name: "Union européenne", genitive: "de l'Union européenne")),
        (["eu"], Forum(name: "Union européenne", genitive: "de l'Union européenne")),
        (["e3"], Forum(name: "E3", genitive: "de l'E3")),
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
