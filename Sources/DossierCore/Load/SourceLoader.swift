import Foundation

/// Reads the clips of a source folder: every `*.txt` and `*.md`, in sorted order,
/// decoded and with line ends normalized. The only stage besides `write` that touches the disk.
public struct SourceLoader: Sendable {
    public init() {}

    /// Reads the clips of `folder`; `displayFolder` is how diagnostics and `source:` name it.
    public func load(folder: URL, displayFolder: String) throws(DiagnosticError) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw DiagnosticError(.error(
                "cannot read the source folder '\(displayFolder)'; create it and put the clips (*.txt, *.md) in it, or pass --source",
                file: displayFolder))
        }
        let clipNames = names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.filter { !$0.hasPrefix(".") }.sorted()
        let reader = FolderReader(root: folder, description: "source folder '\(displayFolder)'")
        let results: [(SourceFile?, [Diagnostic])] = clipNames.parallelMap { name in
            let display = displayFolder.isEmpty ? name : "\(displayFolder)/\(name)"
            switch reader.read(name, display: display) {
            case .bytes(let bytes): return Self.decode(bytes, path: display, isMarkdown: name.hasSuffix(".md"))
            case .refused(let diagnostic): return (nil, [diagnostic])
            case .missing: return (nil, [.warning("this file went away while the folder was read; it is skipped", file: display)])
            }
        }
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        for (file, fileDiagnostics) in results {
            if let file { files.append(file) }
            diagnostics += fileDiagnostics
        }
        if files.isEmpty {
            diagnostics.append(.warning("no clips found; add *.txt or *.md files to this folder", file: displayFolder))
        }
        return (files, diagnostics)
    }

    /// Decodes one clip's bytes: UTF-8 with or without BOM, UTF-16 with a BOM, else
    /// Windows-1252 with a warning; empty and binary files are skipped with a warning; the
    /// text is held to `InputLimits`.
    public static func decode(_ data: Data, path: String, isMarkdown: Bool) -> (SourceFile?, [Diagnostic]) {
        decode([UInt8](data), path: path, isMarkdown: isMarkdown)
    }

    static func decode(_ raw: [UInt8], path: String, isMarkdown: Bool) -> (SourceFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var text: String
        if let (utf16, warnings) = UTF16Clip.decode(raw, path: path) {
            diagnostics += warnings
            if utf16.unicodeScalars.contains("\0") {
                return (nil, diagnostics + [.warning("this file holds NUL characters and looks binary; it is skipped. Save clips as plain text", file: path)])
            }
            text = utf16
        } else if raw.contains(0) {
            return (nil, [.warning("this file holds NUL bytes and looks binary; it is skipped. Save clips as plain text", file: path)])
        } else {
            let bytes = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
            if let utf8 = String(validating: bytes, as: UTF8.self) {
                text = utf8
            } else {
                text = Windows1252.decode(bytes)
                diagnostics.append(.warning(
                    "this file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure of its accents",
                    file: path, line: Self.lineOfFirstInvalidUTF8(bytes)))
            }
        }
        text = Self.normalizeLineEnds(text)
        let limited = ClipLimiter.limit(text, path: path, isMarkdown: isMarkdown)
        text = limited.text
        diagnostics += limited.diagnostics
        if text.allSatisfy({ $0.isWhitespace }) {
            return (nil, diagnostics + [.warning("this file is empty; it is skipped", file: path)])
        }
        return (SourceFile(path: path, text: text, isMarkdown: isMarkdown), diagnostics)
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for b in text.utf8 {
            if b == 13 {
                bytes.append(10)
                previousWasCR = true
            } else {
                if !(b == 10 && previousWasCR) { bytes.append(b) }
                previousWasCR = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The 1-based line of the first byte sequence that is not valid UTF-8.
    static func lineOfFirstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            if i + length > bytes.count { return line }
            if length > 1, String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil { return line }
            if b == 10 { line += 1 }
            i += length
        }
        return line
    }
}

/// UTF-16 text, as Windows tools save "Unicode" text: known by its byte-order mark.
enum UTF16Clip {
    /// The text of `bytes` when they start with a UTF-16 byte-order mark, with warnings about
    /// what could not be decoded; nil when there is no such mark.
    static func decode(_ bytes: [UInt8], path: String) -> (String, [Diagnostic])? {
        let bigEndian: Bool
        if bytes.starts(with: [0xFF, 0xFE]) { bigEndian = false } else if bytes.starts(with: [0xFE, 0xFF]) { bigEndian = true } else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let pair = bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
            units.append(pair)
            i += 2
        }
        var diagnostics: [Diagnostic] = []
        if bytes.count % 2 == 1 {
            diagnostics.append(.warning("this UTF-16 file ends with half a character; the last byte is ignored. Save it again as UTF-8", file: path))
        }
        var scalars = String.UnicodeScalarView()
        var invalid = 0
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                scalars.append("\u{FFFD}")
                invalid += 1
            }
        }
        if invalid > 0 {
            diagnostics.append(.warning("this UTF-16 file holds \(invalid) broken character\(invalid == 1 ? "" : "s"), shown as '\u{FFFD}'; save it again as UTF-8", file: path))
        }
        return (String(scalars), diagnostics)
    }
}

/// The Windows-1252 code page, for clips saved by old Windows tools.
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
