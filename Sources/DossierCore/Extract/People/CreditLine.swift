/// Recognizes the lines of a clip that credit journalists rather than report news:
/// "(John Irish, avec la contribution d'Andrew Gray; version française Jean Terzian)",
/// "(Reporting by X; Editing by Y)", "Par John Irish", "By Tom Balmforth".
enum CreditLine {
    private static let markers = [
        "contribution", "reporting by", "editing by", "writing by", "version francaise", "redige par", "edite par",
        "additional reporting", "compiled by", "avec la collaboration", "traduit par", "translated by", "edition par", "redaction",
    ]

    private static let needles = TextSearch.Needles(markers)

    static func isCredit(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        if trimmed.hasPrefix("("), trimmed.count < 400 {
            let folded = TextFolding.fold(trimmed)
            if TextSearch.containsAny(folded, needles) { return true }
        }
        let words = text.trimmingSpaces().split(separator: " ")
        guard words.count >= 2, words.count <= 8, let first = words.first,
              ["par", "by"].contains(TextFolding.fold(first)) else { return false }
        return words.dropFirst().allSatisfy { word in
            word.first?.isUppercase == true || ["et", "and", "avec", "with", "à", "in", "de", "-", "|"].contains(String(word))
        }
    }
}
