/// A social-media embed ("… pic.twitter.com/x — Name (@handle) January 6, 2026") becomes a quote:
/// the post's text from its first line, its attribution, without the truncated teasers repeated
/// before it.
enum EmbedRule {
    /// The text and attribution of an embed's last line, or nil when the line is not one.
    static func embedEnd(_ text: String) -> (text: String, attribution: String?)? {
        let hasPicture = ByteSearch.contains(text, "pic.twitter.com/") || ByteSearch.contains(text, "t.co/")
        guard hasPicture || ByteSearch.contains(text, "(@") else { return nil }
        var body = Substring(text)
        var attribution: String?
        if let dash = text.range(of: "— ", options: .backwards) ?? text.range(of: "- ", options: .backwards),
           text[dash.upperBound...].contains("(@") {
            attribution = text[dash.upperBound...].clipTrimmed
            body = text[..<dash.lowerBound]
        }
        guard hasPicture || attribution != nil else { return nil }
        let words = body.split(separator: " ").filter { !$0.contains("pic.twitter.com/") && !$0.hasPrefix("https://t.co/") }
        return (words.joined(separator: " "), attribution)
    }

    /// Whether a line reads as part of a post: emoji, flags, @handles, #hashtags.
    static func isSocial(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where scalar.value >= 0x1F000 || (0x2600...0x27BF).contains(scalar.value) {
            return true
        }
        let words = LineShape.words(text)
        return words.contains { w in
            (w.hasPrefix("@") || w.hasPrefix("#")) && w.count > 2 && w.dropFirst().first?.isLetter == true
        }
    }

    /// Replaces each embed in `lines` with one line carrying its quote block.
    static func apply(_ lines: [ClipLine]) -> [ClipLine] {
        var out: [ClipLine] = []
        for line in lines {
            guard line.quote == nil, let end = embedEnd(line.text) else {
                out.append(line)
                continue
            }
            let teaser = TextFolding.fold(end.text)
            var post: [ClipLine] = []
            while let previous = out.last, previous.quote == nil {
                let folded = previous.folded
                if !teaser.isEmpty && (folded == teaser || isTruncation(folded, of: teaser)) {
                    out.removeLast()
                } else if isSocial(previous.text) {
                    post.insert(previous, at: 0)
                    out.removeLast()
                } else {
                    break
                }
            }
            var texts = post.map(\.text)
            if !end.text.isEmpty { texts.append(end.text) }
            guard !texts.isEmpty else {
                out.append(line)
                continue
            }
            let first = post.first ?? line
            var quoteLine = ClipLine(texts.joined(separator: "\n"), line: first.line, blankBefore: first.blankBefore)
            quoteLine.quote = .quote(texts.joined(separator: "\n"), attribution: end.attribution, line: first.line)
            out.append(quoteLine)
        }
        return out
    }

    /// "Les garanties … modalités de…" is a teaser of the embed text it starts.
    private static func isTruncation(_ line: String, of text: String) -> Bool {
        var stem = Substring(line)
        while let last = stem.last, last == "…" || last == "." { stem = stem.dropLast() }
        return stem.count >= 20 && text.hasPrefix(stem)
    }
}
