import Foundation

/// Tells a person's name ("John Irish", "Jean-Marie Le Pen", "Ursula von der Leyen") from other words.
enum BylineNames {
    /// Lower-case particles allowed inside a name.
    static let particles: Set<String> = ["de", "du", "des", "van", "von", "der", "den", "da", "di", "al", "el", "bin", "ben", "la", "le", "y"]

    /// Whether `text` is a person's name of one to five words.
    static func isName(_ text: String) -> Bool {
        let words = LineShape.words(text)
        guard (1...5).contains(words.count), text.count <= 50 else { return false }
        guard let first = words.first, let last = words.last, isCapitalized(first), isCapitalized(last) else { return false }
        if words.count == 1 { return false }
        // "Le Monde", "The Guardian": an outlet, not a person.
        if ["le", "la", "les", "the", "l"].contains(TextFolding.fold(first.prefix(while: { $0.isLetter }))) { return false }
        return words.allSatisfy { isCapitalized($0) || particles.contains(String($0)) }
    }

    /// "Irish", "Jean-Marie", "O'Brien", "J.": starts with a capital, then letters.
    static func isCapitalized(_ word: Substring) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }

    /// The name that opens `segment` after cue words, up to a lower-case word or a place
    /// preposition: "avec la contribution d'Andrew Gray à Bruxelles" → "Andrew Gray".
    static func leadingName(in segment: String, skipping cues: Set<String>) -> String? {
        var name: [String] = []
        for raw in LineShape.words(segment) {
            var word = String(raw).trimmingCharacters(in: .init(charactersIn: "()[].:"))
            if name.isEmpty {
                for elision in ["d'", "d’", "D'", "D’"] where word.hasPrefix(elision) && word.count > 2 {
                    word = String(word.dropFirst(2))
                }
            }
            let folded = TextFolding.fold(word)
            if name.isEmpty {
                if cues.contains(folded) || word.isEmpty { continue }
                guard isCapitalized(Substring(word)) else { return nil }
                name.append(word)
            } else if isCapitalized(Substring(word)) {
                name.append(word)
            } else if particles.contains(word), !["la", "le", "y"].contains(word) {
                name.append(word)
            } else {
                break
            }
        }
        while let last = name.last, particles.contains(last) { name.removeLast() }
        guard !name.isEmpty else { return nil }
        let joined = name.joined(separator: " ")
        return name.count >= 2 ? joined : nil
    }
}
