/// Holds a decoded clip to `InputLimits`: a clip past `clipBytes` is read up to the last
/// line end before the limit, and a line past `lineBytes` is broken into paragraphs at its
/// sentence ends (else at a space), so every later stage sees bounded lines. Each cut is a
/// warning at its line. Linear in the clip's bytes.
enum ClipLimiter {
    static func limit(_ text: String, path: String, isMarkdown: Bool) -> (text: String, diagnostics: [Diagnostic]) {
        let total = text.utf8.count
        guard total > InputLimits.lineBytes else { return (text, []) }
        var bytes = Array(text.utf8)
        var diagnostics: [Diagnostic] = []
        if bytes.count > InputLimits.clipBytes {
            var cut = InputLimits.clipBytes
            if let newline = bytes[..<cut].lastIndex(of: 10) {
                cut = newline + 1
            } else {
                while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            }
            bytes.removeSubrange(cut...)
            let line = bytes.count(where: { $0 == 10 }) + 1
            diagnostics.append(.warning(
                "this clip is \(InputLimits.size(total)), more than the \(InputLimits.size(InputLimits.clipBytes)) a clip may hold; it is read up to this line and the rest is left out. Split it into clips of one article each",
                file: path, line: line))
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var line = 1
        var start = 0
        // The front matter of a `.md` clip is YAML: its lines are never broken.
        var inFrontMatter = isMarkdown && bytes.starts(with: Array("---\n".utf8))
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            let length = end - start
            if inFrontMatter, line > 1, length == 3, bytes[start..<end].elementsEqual("---".utf8) || bytes[start..<end].elementsEqual("...".utf8) {
                inFrontMatter = false
            }
            if length > InputLimits.lineBytes, !inFrontMatter {
                let pieces = Self.pieces(bytes, start..<end)
                diagnostics.append(.warning(
                    "this line is \(InputLimits.size(length)) long, more than the \(InputLimits.size(InputLimits.lineBytes)) a paragraph may hold; it is read as \(pieces.count) paragraphs broken at sentence ends. Put a line break between the paragraphs of the clip",
                    file: path, line: line))
                for (k, piece) in pieces.enumerated() {
                    if k > 0 { out += [10, 10] }
                    out += bytes[piece]
                }
            } else {
                out += bytes[start..<end]
            }
            if end < bytes.count { out.append(10) }
            start = end + 1
            line += 1
        }
        return (String(decoding: out, as: UTF8.self), diagnostics)
    }

    /// The ranges of a long line, each at most `lineBytes`, cut after a sentence end, else
    /// at a space, else between two characters; the spaces at the cuts are dropped.
    static func pieces(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = line.lowerBound
        while line.upperBound - start > InputLimits.lineBytes {
            let window = start..<(start + InputLimits.lineBytes)
            var cut: Int?
            var space: Int?
            var j = window.upperBound - 1
            // The last sentence end in the window's second half, else its last space.
            while j > start + InputLimits.lineBytes / 2 {
                if bytes[j] == 32 {
                    if space == nil { space = j }
                    let before = bytes[j - 1]
                    if before == 46 || before == 33 || before == 63 || before == 0xA6 && j >= 3 && bytes[j - 3] == 0xE2 {
                        cut = j
                        break
                    }
                }
                j -= 1
            }
            if let at = cut ?? space {
                pieces.append(start..<at)
                start = at + 1
            } else {
                var at = window.upperBound
                while at > start + 1, bytes[at] & 0xC0 == 0x80 { at -= 1 }
                pieces.append(start..<at)
                start = at
            }
        }
        if start < line.upperBound { pieces.append(start..<line.upperBound) }
        return pieces
    }
}
