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
        } else if HeadlineShape.isHeadline(lines[0].text) || (firstIsStamp && lines[0].text.count <= 200 && !LineShape.hasInnerSentenceBreak(lines[0].text)) {
            position = 0
        }
        guard let index = position else { return result }
        let title = lines[index].text
        result.title = title
        remove(title, from: &lines)
        guard index < lines.count, lines[index].quote == nil, HeadlineShape.isHeadline(lines[index].text) else { return result }
        let next = lines[index].text
        let titleLang = ClipLanguage.clearLanguage(of: title)
        let nextLang = ClipLanguage.clearLanguage(of: next)
        if let nextLang, nextLang != lang, titleLang != nextLang {
            result.subtitle = next
            remove(next, from: &lines)
        } else if let titleLang, titleLang != lang, nextLang == lang {
            // The original headline above the translated one: the translation is the title.
            result.title = next
            result.subtitle = title
            remove(next, from: &lines)
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
        let folded = TextFolding.fold(text)
        lines.removeAll { $0.quote == nil && $0.folded == folded }
    }

    /// Drops short section labels above the headline ("International", "Guerre en Ukraine").
    private static func dropKickers(_ lines: inout [ClipLine], keepFirst: Bool) {
        let start = keepFirst ? 1 : 0
        guard start < lines.count else { return }
        let top = lines[start..<min(lines.count, start + window)]
        guard let headline = top.firstIndex(where: { HeadlineShape.isHeadline($0.text) && LineShape.words($0.text).count >= 5 }),
              headline > start,
              lines[start..<headline].allSatisfy({ isLabel($0.text) })
        else { return }
        lines.removeSubrange(start..<headline)
    }

    /// A section label: at most three words, no punctuation at the end.
    private static func isLabel(_ text: String) -> Bool {
        LineShape.words(text).count <= 3 && text.count <= 30 && !LineShape.endsWithPunctuation(text)
    }
}
