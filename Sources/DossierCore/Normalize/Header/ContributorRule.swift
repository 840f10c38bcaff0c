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
        credit(text)?.map(\.name)
    }

    /// The reporters who wrote the story: the name that opens the paragraph ("(John Irish, avec…")
    /// or follows "Reporting by", as opposed to additional reporting and contributions.
    static func leadReporters(_ text: String) -> [String] {
        (credit(text) ?? []).filter(\.isLead).map(\.name)
    }

    /// The reporting names of a credit paragraph, each marked when it is the story's writer.
    private static func credit(_ text: String) -> [(name: String, isLead: Bool)]? {
        guard text.utf8.count <= 800 else { return nil }
        let folded = TextFolding.fold(text)
        guard markers.contains(where: { ByteSearch.contains(folded, $0) }) else { return nil }
        let inParentheses = text.hasPrefix("(") && (text.hasSuffix(")") || text.hasSuffix(")."))
        let startsWithCue = markers.contains(where: { folded.hasPrefix($0) }) || ByteSearch.contains(folded, "contributed to this report")
        guard inParentheses || startsWithCue else { return nil }
        var found: [(name: String, isLead: Bool)] = []
        for (clauseIndex, clause) in text.split(separator: ";").enumerated() {
            // A translator or an editor ("version française Jean Terzian", "Editing by Jane Doe")
            // did not report the story: their names are not contributors.
            var reports = true
            var lead = clauseIndex == 0 && inParentheses
            for segment in clause.split(whereSeparator: { $0 == "," || $0 == "(" || $0 == ")" }) {
                let folded = TextFolding.fold(segment).clipTrimmed
                if notReporting.contains(where: { folded.hasPrefix($0) }) {
                    reports = false
                } else if leading.contains(where: { folded.hasPrefix($0) }) {
                    reports = true
                    lead = true
                } else if reporting.contains(where: { folded.hasPrefix($0) }) {
                    reports = true
                    lead = false
                }
                guard reports else { continue }
                for name in Self.names(in: String(segment)) where !found.contains(where: { $0.name == name }) {
                    found.append((name, lead))
                }
            }
        }
        return found
    }

    /// Cues of the story's own reporters.
    private static let leading = ["reporting by", "reportage", "writing by", "written by", "redige par", "redigee par", "par "]

    /// Cues of a translation or an edit.
    private static let notReporting = [
        "version francaise", "version anglaise", "french version", "english version", "traduction", "traduit", "traduite",
        "translated", "translation", "editing", "edited", "edite par", "editee par", "edition", "adaptation", "adapte",
        "sous la direction", "graphics", "graphisme", "production", "produced",
    ]

    /// Cues of reporting, which end a translation clause.
    private static let reporting = [
        "reporting", "additional reporting", "avec la contribution", "contribution", "reportage", "writing", "written",
        "redige", "redigee", "compiled", "with",
    ]

    private static func names(in segment: String) -> [String] {
        var parts = [segment]
        for separator in [" et ", " and ", " & "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.compactMap { BylineNames.leadingName(in: $0, skipping: cues) }
    }
}
