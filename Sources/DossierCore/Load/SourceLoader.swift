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
        let results: [(SourceFile?, [Diagnostic])] = clipNames.parallelMap { name in
            let display = displayFolder.isEmpty ? name : "\(displayFolder)/\(name)"
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                return (nil, [.warning("cannot read this file; it is skipped. Check its permissions", file: display)])
            }
            return Self.decode(data, path: display, isMarkdown: name.hasSuffix(".md"))
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

    /// Decodes one clip's bytes: UTF-8 with or without BOM, else Windows-1252 with a warning;
    /// empty and binary files are skipped with a warning.
    public static func decode(_ data: Data, path: String, isMarkdown: Bool) -> (SourceFile?, [Diagnostic]) {
        var bytes = [UInt8](data)
        if bytes.contains(0) {
            return (nil, [.warning("this file holds NUL bytes and looks binary; it is skipped. Save clips as plain text", file: path)])
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var diagnostics: [Diagnostic] = []
        var text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            text = Windows1252.decode(bytes)
            let line = Self.lineOfFirstInvalidUTF8(bytes)
            diagnostics.append(.warning(
                "this file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure of its accents",
                file: path, line: line))
        }
        text = Self.normalizeLineEnds(text)
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
