/// Holds a normalized article's blocks to `InputLimits.blockBytes`: lines joined into one
/// paragraph (a hard-wrapped clip, a `.md` paragraph of many lines) can outgrow the line
/// limit, and such a block is split into blocks at its sentence ends, with a warning.
enum BlockLimiter {
    static func limit(_ blocks: inout [Block], path: String) -> [Diagnostic] {
        guard blocks.contains(where: { Self.isLong($0) }) else { return [] }
        var out: [Block] = []
        var diagnostics: [Diagnostic] = []
        for block in blocks {
            guard isLong(block) else {
                out.append(block)
                continue
            }
            let size = max(block.text.utf8.count, block.items.map(\.utf8.count).max() ?? 0)
            diagnostics.append(.warning(
                "this paragraph is \(InputLimits.size(size)) long, more than the \(InputLimits.size(InputLimits.blockBytes)) a paragraph may hold; it is split at sentence ends. Put blank lines between the paragraphs of the clip",
                file: path, line: block.line))
            switch block.kind {
            case .list:
                var split = block
                split.items = block.items.flatMap { Self.pieces($0) }
                out.append(split)
            case .paragraph, .heading, .quote:
                let pieces = Self.pieces(block.text)
                for (k, piece) in pieces.enumerated() {
                    var split = block
                    split.text = piece
                    if k < pieces.count - 1 { split.attribution = nil }
                    out.append(split)
                }
            }
        }
        blocks = out
        return diagnostics
    }

    private static func isLong(_ block: Block) -> Bool {
        block.text.utf8.count > InputLimits.blockBytes || block.items.contains { $0.utf8.count > InputLimits.blockBytes }
    }

    private static func pieces(_ text: String) -> [String] {
        guard text.utf8.count > InputLimits.blockBytes else { return [text] }
        let bytes = Array(text.utf8)
        return ClipLimiter.pieces(bytes, 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
    }
}
