/// A problem found while building, printed compiler-style: `file:line: severity: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad a diagnostic is: warnings let the build go on, errors stop it.
    public enum Severity: String, Sendable, Hashable, Comparable, Codable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    /// The file the problem is in, relative to the working directory when possible.
    public var file: String?
    /// The 1-based line in `file`, when known.
    public var line: Int?

    public init(_ severity: Severity, _ message: String, file: String? = nil, line: Int? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
    }

    public static func warning(_ message: String, file: String? = nil, line: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, message, file: file, line: line)
    }

    public static func error(_ message: String, file: String? = nil, line: Int? = nil) -> Diagnostic {
        Diagnostic(.error, message, file: file, line: line)
    }

    /// `seeds/003_x.txt:4: warning: no publication date found; …`, on one line: control
    /// characters in the file name or the message (a newline or a terminal escape in a file
    /// name, say) are written as escapes, so they can neither forge a line nor reach the terminal.
    public var description: String {
        var location = ""
        if let file {
            location = Self.escaped(file)
            if let line { location += ":\(line)" }
            location += ": "
        }
        return "\(location)\(severity.rawValue): \(Self.escaped(message))"
    }

    /// `text` with control, line-separating and bidirectional-override characters written
    /// as `\n`, `\t`, `\r` or `\u{…}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where isUnsafe(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// An error that stops a stage, carrying the diagnostics that explain it.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
