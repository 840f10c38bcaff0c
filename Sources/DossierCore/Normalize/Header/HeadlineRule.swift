/// Finds the headline among the first lines of a clip: a line repeated near the top, else the
/// first line when it is headline-shaped; a second headline in another language is the subtitle.
enum HeadlineRule {
    /// The headline found and what was taken out of the lines.
    struct Result: Equatable {
        var title: String?
        var subtitle: String?
        /// The first line when it was displaced by a repeated headline (a caption without credit).
        var displacedFirstLine: String?
    }

    /// How many lines from the top may hold the headline.
    static let window = 8

    /// Takes the headline (and subtitle) out of `lines`.
    static func apply(_ lines: inout [ClipLine], firstIsStamp: Bool, lang: String) -> Result {
        var result = Result()
        dropKickers(&lines, keepFirst: firstIsStamp)
        guard !lines.isEmpty else { return result }
        var position: Int?
        if let repeated = repeatedHeadline(in: lines) {
            if repeated > 0, firstIsStamp {
                result.displacedFirstLine = lines[0].text
                lines.remove(at: 0)
                position = repeated - 1
            } else {
                position = repeated
            }
        } else if HeadlineShape.isHeadline(lines[0].text) || (firstIsStamp && lines[0].text.count <= 200 && !TextShape.hasInnerSentenceBreak(lines[0].text)) {
            position = 0
        }
        guard let index = position else { return result }
        let title = lines[index].text
        result.title = title
        remove(title, from: &lines)
        if index < lines.count, lines[index].quote == nil, HeadlineShape.isHeadline(lines[index].text),
           let other = LanguageDetector.clearLanguage(of: lines[index].text), other != lang,
           LanguageDetector.clearLanguage(of: title) != other {
            result.subtitle = lines[index].text
            remove(lines[index].text, from: &lines)
        }
        return result
    }

    /// The index of the first headline-shaped line repeated near the top.
    private static func repeatedHeadline(in lines: [ClipLine]) -> Int? {
        let top = lines.prefix(window + 4).map(\.folded)
        for i in 0..<min(window, top.count) where HeadlineShape.isHeadline(lines[i].text) {
            if top[(i + 1)...].contains(top[i]) { return i }
        }
        return nil
    }

    /// Removes every copy of `text` (folded) from the lines.
    private static func remove(_ text: String, from lines: inout [ClipLine]) {
        let folded = FastFold.fold(text)
        lines.removeAll { $0.quote == nil && $0.folded == folded }
    }

    /// Drops short section labels above the headline ("Europe", "Guerre en Ukraine").
    private static func dropKickers(_ lines: inout [ClipLine], keepFirst: Bool) {
        while lines.count >= 2, !keepFirst || lines.count > 2 {
            let start = keepFirst ? 1 : 0
            guard start + 1 < lines.count else { return }
            let kicker = lines[start].text
            let next = lines[start + 1].text
            guard TextShape.words(kicker).count <= 3, kicker.count <= 25, !TextShape.endsWithPunctuation(kicker),
                  HeadlineShape.isHeadline(next), TextShape.words(next).count > TextShape.words(kicker).count + 2,
                  start == 0 || !HeadlineShape.isHeadline(lines[0].text)
            else { return }
            lines.remove(at: start)
        }
    }
}
