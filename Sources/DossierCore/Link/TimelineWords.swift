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
        for word in TextFolding.fold(sentence).split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            guard word.count >= 4, !stopwords.contains(String(word)), !word.allSatisfy(\.isNumber) else { continue }
            out.insert(String(word))
        }
        return out
    }
}
