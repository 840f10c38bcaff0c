/// The closing credit paragraph of wire copy: "(John Irish, avec la contribution d'Andrew Gray
/// à Bruxelles; version française Jean Terzian)", "(Reporting by X; Editing by Y)".
enum ContributorRule {
    /// Words that introduce the names in a credit paragraph.
    private static let cues: Set<String> = [
        "reporting", "additional", "by", "editing", "edited", "writing", "written", "compiled", "redige",
        "redigee", "edite", "editee", "par", "avec", "la", "le", "contribution", "contributions", "de", "d",
        "version", "francaise", "french", "english", "translation", "traduction", "traduit", "traduite", "et", "and",
        "reportage", "sous", "direction", "adaptation", "adapte", "compile", "graphics", "graphisme",
        "associated", "press", "writer", "writers", "journalist", "journalists", "reporter", "reporters",
        "contributed", "to", "this", "report", "fact", "checking", "research", "researched", "production", "produced", "des", "du", "with", "les",
    ]

    /// Phrases that mark a line as a wire credit paragraph.
    private static let markers = [
        "contribution", "reporting by", "editing by", "edited by", "writing by", "written by", "compiled by",
        "redige par", "edite par", "version francaise", "french version", "traduction", "translated by",
        "reportage", "additional reporting", "contributed to this report",
    ]

    /// The contributors named by the line, or nil when it is not a credit paragraph.
    static func contributors(_ text: String) -> [String]? {
        guard text.utf8.count <= 800 else { return nil }
        let folded = TextFolding.fold(text)
        guard markers.contains(where: { ByteSearch.contains(folded, $0) }) else { return nil }
        let inParentheses = text.hasPrefix("(") && (text.hasSuffix(")") || text.hasSuffix(")."))
        let startsWithCue = markers.contains(where: { folded.hasPrefix($0) }) || ByteSearch.contains(folded, "contributed to this report")
        guard inParentheses || startsWithCue else { return nil }
        var names: [String] = []
        for segment in segments(of: text) {
            if let name = BylineNames.leadingName(in: segment, skipping: cues), !names.contains(name) {
                names.append(name)
            }
        }
        return names
    }

    private static func segments(of text: String) -> [String] {
        var parts = text.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == "(" || $0 == ")" }).map(String.init)
        for separator in [" et ", " and ", " & "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts
    }
}
