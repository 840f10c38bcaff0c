import Foundation

/// Writes an ALL-CAPS heading in sentence case ("CLARTÉ" → "Clarté", "\"PAIX ILLUSOIRE\"" →
/// "\"Paix illusoire\""), keeping the spelling the article uses for names and acronyms.
enum HeadingCase {
    /// `text` in sentence case; `known` maps lower-cased words to their spelling in the article.
    static func apply(_ text: String, known: [String: String] = [:]) -> String {
        var out: [String] = []
        var first = true
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let lower = word.lowercased()
            let core = elided(lower.trimmingCharacters(in: .punctuationCharacters)).word
            if isAcronym(word) {
                out.append(String(word))
            } else if let spelling = known[core], !core.isEmpty {
                out.append(lower.replacingOccurrences(of: core, with: spelling))
            } else if first {
                out.append(capitalizeFirstLetter(lower))
            } else {
                out.append(lower)
            }
            if word.contains(where: { $0.isLetter }) { first = false }
        }
        return out.joined(separator: " ")
    }

    /// Short capitals that are not common words: "UE", "USA", "GMT".
    private static let shortWords: Set<String> = [
        "le", "la", "les", "de", "du", "des", "un", "une", "et", "ou", "en", "au", "aux", "a", "à", "sur", "par", "pour",
        "ce", "ces", "sa", "son", "ses", "il", "on", "ne", "pas", "qui", "que", "est", "the", "of", "and", "to", "in",
        "for", "a", "an", "on", "at", "by", "is", "it", "as", "or", "no", "not", "new", "war", "all", "can", "may", "its",
        "his", "her", "our", "we", "us", "oui", "non", "vs", "ni", "se", "nos", "vos", "mes", "tes", "lui", "eux", "bis",
    ]

    private static func isAcronym(_ word: Substring) -> Bool {
        let core = word.trimmingCharacters(in: .punctuationCharacters)
        let letters = core.filter(\.isLetter)
        return (2...3).contains(letters.count) && letters.allSatisfy(\.isUppercase) && !shortWords.contains(core.lowercased())
    }

    private static func capitalizeFirstLetter(_ word: String) -> String {
        guard let i = word.firstIndex(where: { $0.isLetter }) else { return word }
        return word[..<i] + word[i].uppercased() + word[word.index(after: i)...]
    }

    /// "l'OTAN" → ("l'", "OTAN"): a French elided article or pronoun and the word after it.
    static func elided(_ word: String) -> (prefix: String, word: String) {
        guard let mark = word.firstIndex(where: { $0 == "'" || $0 == "’" }), word.distance(from: word.startIndex, to: mark) <= 3
        else { return ("", word) }
        let after = word.index(after: mark)
        return (String(word[..<after]), String(word[after...]))
    }

    /// Spellings of names and acronyms seen inside sentences of the article ("Kiev", "OTAN").
    static func knownSpellings(in texts: [String]) -> [String: String] {
        var known: [String: String] = [:]
        for text in texts {
            var previous: Substring = ""
            for word in text.split(separator: " ") {
                if let f = word.unicodeScalars.first, f.value >= 0x61 && f.value <= 0x7A,
                   !word.unicodeScalars.prefix(4).contains(where: { $0 == "'" || $0 == "’" }) {
                    previous = word
                    continue
                }
                let core = elided(word.trimmingCharacters(in: .punctuationCharacters)).word
                if let f = core.first, f.isUppercase, !previous.isEmpty, !LineShape.endsSentence(String(previous)),
                   core.count > 1, !LineShape.isAllCaps(String(previous)) {
                    known[core.lowercased()] = known[core.lowercased()] ?? core
                }
                previous = word
            }
        }
        return known
    }
}
