/// Splits a raw clip into its non-empty lines, cleaning spaces on the way.
enum LineReader {
    /// The non-empty lines of `text`, numbered from `firstLine`.
    static func lines(of text: String, firstLine: Int = 1) -> [ClipLine] {
        var result: [ClipLine] = []
        var number = firstLine - 1
        var blank = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let cleaned = SpaceCleaner.clean(raw)
            if cleaned.isEmpty {
                blank = true
                continue
            }
            var line = ClipLine(cleaned, line: number, blankBefore: blank && !result.isEmpty)
            line.isNavigation = NavigationRow.matches(raw)
            result.append(line)
            blank = false
        }
        return result
    }
}
