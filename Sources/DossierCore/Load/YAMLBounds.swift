import Yams

/// Limits that keep reading a YAML document bounded whatever its text.
enum YAMLBounds {
    /// The most values a settings tree may stand for, aliases expanded.
    static let maximumNodes = 100_000
    /// The deepest nesting a settings line may open.
    static let maximumDepth = 64

    /// Whether `node`, with every alias counted as the values it stands for, holds at most
    /// `maximumNodes` values. The walk stops at the limit, so it never expands a bomb.
    static func isWithinSize(_ node: Node) -> Bool {
        var budget = maximumNodes
        func visit(_ node: Node) -> Bool {
            budget -= 1
            if budget < 0 { return false }
            switch node {
            case .scalar, .alias: return true
            case .mapping(let mapping):
                for (key, value) in mapping where !visit(key) || !visit(value) { return false }
                return true
            case .sequence(let sequence):
                for item in sequence where !visit(item) { return false }
                return true
            }
        }
        return visit(node)
    }

    /// The deepest nesting any line opens and that line, counted from the text before parsing
    /// (parsers nest one call per level, so a line of ten thousand `[` would exhaust the stack):
    /// flow brackets, `- ` items opened on one line, and indentation. Quoted text is skipped.
    static func deepestNesting(_ text: String) -> (depth: Int, line: Int)? {
        var deepest: (depth: Int, line: Int)?
        var flow = 0
        var line = 1
        var quote: UInt8?
        var atLineStart = true
        var indent = 0
        var dashes = 0
        var previous: UInt8 = 0x20
        func note() {
            let depth = flow + dashes + indent / 2
            if depth > (deepest?.depth ?? 0) { deepest = (depth, line) }
        }
        for byte in text.utf8 {
            if byte == 0x0A {
                note()
                line += 1
                atLineStart = true
                indent = 0
                dashes = 0
                if quote == 0x0A { quote = nil }
                previous = byte
                continue
            }
            if let q = quote {
                if byte == q, previous != UInt8(ascii: "\\") || q == UInt8(ascii: "'") { quote = nil }
                previous = byte
                continue
            }
            switch byte {
            case UInt8(ascii: " ") where atLineStart: indent += 1
            case UInt8(ascii: "-") where atLineStart || previous == UInt8(ascii: " ") && dashes > 0: dashes += 1
            case UInt8(ascii: "#") where previous == 0x20 || atLineStart:
                quote = 0x0A  // a comment runs to the end of the line
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["), UInt8(ascii: "{"): flow += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
            default: break
            }
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "-") { atLineStart = false }
            previous = byte
            note()
        }
        note()
        return deepest
    }
}
