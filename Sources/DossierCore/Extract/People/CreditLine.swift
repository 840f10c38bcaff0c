/// Recognizes the lines of a clip that credit journalists rather than report news:
/// "(John Irish, avec la contribution d'Andrew Gray; version française Jean Terzian)",
/// "(Reporting by X; Editing by Y)", "Par John Irish", "By Tom Balmforth".
enum CreditLine {
    private static let markers = [
        "contribution", "reporting by", "editing by", "writing by", "version francaise", "redige par", "edite par",
        "additional reporting", "compiled by", "avec la collaboration", "traduit par", "translated by", "edition par", "redaction",
    ]

    private static let needles = TextSearch.Needles(markers)

    /// False when the text has more than 8 words at a glance (runs of bytes between plain
    /// spaces), so long paragraphs are not split; texts with joining scalars are always read.
    private static func mayHaveFewWords(_ text: String) -> Bool {
        var words = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 8 { return !text.unicodeScalars.allSatisfy(ScalarTraits.isStandalone) }
            }
        }
        return true
    }

    static func isCredit(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        if trimmed.hasPrefix("("), trimmed.count < 400 {
            let folded = TextFolding.fold(trimmed)
            if TextSearch.containsAny(folded, needles) { return true }
        }
        guard mayHaveFewWords(trimmed) else { return false }
        let words = trimmed.split(separator: " ")
        guard words.count >= 2, words.count <= 8, let first = words.first,
              ["par", "by"].contains(TextFolding.fold(first)) else { return false }
        return words.dropFirst().allSatisfy { word in
            word.first?.isUppercase == true || ["et", "and", "avec", "with", "à", "in", "de", "-", "|"].contains(String(word))
        }
    }
}
