/// The content words of a sentence, for telling whether two clips report the same
/// event: folded words of four letters or more, without function words and date words.
enum TimelineWords {
    private static let stopwords: Set<String> = [
        "dans", "pour", "avec", "sans", "sont", "etre", "cette", "leur", "leurs", "mais", "plus", "comme", "aussi",
        "apres", "avant", "selon", "entre", "tous", "toutes", "tout", "elle", "elles", "nous", "vous", "deux",
        "trois", "lors", "ainsi", "encore", "vers", "chez", "sous", "dont", "celui", "celle", "ceux", "fait", "faire",
        "avait", "avaient", "etait", "sera", "seront", "doit", "doivent", "president", "presidente", "ministre",
        "that", "with", "from", "this", "they", "have", "were", "will", "said", "would", "their", "which", "about",
        "after", "also", "into", "than", "there", "been", "more", "what", "when", "while", "president", "minister",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout",
        "septembre", "octobre", "novembre", "decembre", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "hier", "demain", "aujourd", "veille", "lendemain",
        "semaine", "dernier", "derniere", "prochain", "prochaine", "today", "yesterday", "tomorrow", "week", "last", "next",
    ]

    static func contentWords(of sentence: String) -> Set<String> {
        var out = Set<String>()
        for token in DateTokenizer.tokens(in: sentence) {
            let word = token.folded
            guard word.utf8.count >= 4, token.number == nil, !stopwords.contains(word),
                  word.utf8.first.map({ $0 < 48 || $0 > 57 }) ?? false else { continue }
            out.insert(word)
        }
        return out
    }
}
