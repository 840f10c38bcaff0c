/// Cleans the spaces of a line: tabs and stray no-break spaces become plain spaces,
/// zero-width characters go, runs of spaces collapse, ends are trimmed.
enum SpaceCleaner {
    static func clean(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0B, 0x0C, 0x0D, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
            case 0x200B, 0x2060, 0xFEFF, 0x00AD:
                continue
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                if scalar.value < 0x80 { out.append(UInt8(scalar.value)) } else { out.append(contentsOf: String(scalar).utf8) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
