/// Builds the body blocks from the remaining lines: paragraphs, subheadings, lists, quotes.
enum BodyBuilder {
    static func blocks(from lines: [ClipLine]) -> [Block] {
        var blocks: [Block] = []
        var known: [String: String]?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if let quote = line.quote {
                blocks.append(quote)
                index += 1
                continue
            }
            if let item = BulletRule.item(line.text) {
                var items = [item]
                index += 1
                while index < lines.count, lines[index].quote == nil, let next = BulletRule.item(lines[index].text) {
                    items.append(next)
                    index += 1
                }
                blocks.append(.list(items, line: line.line))
                continue
            }
            let next = index + 1 < lines.count ? lines[index + 1].text : nil
            switch HeadingRule.role(line.text, afterSentenceEnd: endsRunningText(blocks.last), next: next) {
            case .heading where blocks.isEmpty && LineShape.words(line.text).count >= 8:
                // A long unpunctuated line right under the headline is its standfirst.
                blocks.append(.paragraph(line.text, line: line.line))
            case .heading:
                var text = line.text
                if LineShape.isAllCaps(text) {
                    let spellings = known ?? knownSpellings(lines)
                    known = spellings
                    text = HeadingCase.apply(text, known: spellings)
                }
                blocks.append(.heading(text, line: line.line))
            case .relatedLink:
                break
            case .text:
                blocks.append(.paragraph(line.text, line: line.line))
            }
            index += 1
        }
        return blocks
    }

    /// Whether the previous block leaves room for a heading: none, or anything but an unfinished paragraph.
    private static func endsRunningText(_ block: Block?) -> Bool {
        guard let block, block.kind == .paragraph else { return true }
        return LineShape.endsSentence(block.text)
    }

    private static func knownSpellings(_ lines: [ClipLine]) -> [String: String] {
        HeadingCase.knownSpellings(in: lines.filter { !LineShape.isAllCaps($0.text) }.map(\.text))
    }
}
