/// Bullet lines ("• Item", "– Item", "- Item", "* Item", "· Item") and their text.
enum BulletRule {
    private static let markers: Set<Character> = ["•", "–", "-", "*", "·", "▪", "►", "■", "◦", "‣", "●"]

    /// The item text when the line is a bullet, else nil.
    static func item(_ text: String) -> String? {
        guard let first = text.first, markers.contains(first) else { return nil }
        let rest = text.dropFirst()
        // "-- gendre de…" or "-5 %" are not bullets; "•Item" is.
        guard let next = rest.first, next == " " || (first == "•" || first == "·" || first == "▪" || first == "●") && next.isLetter
        else { return nil }
        let item = rest.clipTrimmed
        return item.isEmpty ? nil : item
    }
}
