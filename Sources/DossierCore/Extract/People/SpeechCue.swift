/// Tells whether a name is the subject of a verb of saying: "Rutte said", "Poutine a
/// déclaré", "Mark Rutte, secrétaire général de l'Otan, a dit", "selon Macron".
enum SpeechCue {
    /// Verbs that also fit companies and institutions ("Gazprom a annoncé"): they do not
    /// make a person of an unknown word.
    private static let weak: Set<String> = [
        "annonce", "annonces", "announced", "announces", "confirme", "confirmed", "confirms", "fait", "mis", "propose",
        "menace", "promis", "promet", "exige", "reclame", "demande", "appelle", "posted", "posts", "appele", "publie", "promised",
    ]

    /// Whether a speech verb follows the name ending at `end` (after an optional apposition
    /// and auxiliaries). With `strong`, verbs that companies use too do not count.
    static func follows(_ tokens: [NameToken], end: Int, strong: Bool = false) -> Bool {
        // "Editor's note", "Putin's claims": a word after a possessive is its noun, not a verb.
        if end > 0, end <= tokens.count, tokens[end - 1].isPossessive { return false }
        var j = end
        if j < tokens.count, tokens[j].isMark(",") {
            guard let close = (j + 1..<min(tokens.count, j + 14)).first(where: { tokens[$0].isMark(",") }),
                  (j + 1..<close).allSatisfy({ tokens[$0].isWord }) else { return false }
            j = close + 1
        }
        var skipped = 0
        while j < tokens.count, tokens[j].isWord, SpeechWords.auxiliaries.contains(tokens[j].key), skipped < 4 {
            j += 1
            skipped += 1
        }
        guard j < tokens.count, tokens[j].isWord else { return false }
        let key = tokens[j].key
        return SpeechWords.verbs.contains(key) && !(strong && weak.contains(key))
    }

    /// Whether the name starting at `start` follows "selon" or "according to".
    static func isSourceAfterSelon(_ tokens: [NameToken], start: Int) -> Bool {
        if start >= 1, tokens[start - 1].key == "selon" { return true }
        return start >= 2 && tokens[start - 1].key == "to" && tokens[start - 2].key == "according"
    }
}
