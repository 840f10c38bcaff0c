import Foundation

/// Bylines: "par John Irish", "Par Jean Dupont et Marie Martin", "By Jane Smith and John Doe,
/// Reuters", "By Jane Smith | January 6, 2026".
enum BylineRule {
    /// What a byline line says.
    struct Byline: Equatable {
        var authors: [String] = []
        var outlet: String?
        /// The agency named beside a publisher ("Par Le Figaro avec AFP").
        var wire: String?
        var date: SimpleDate?
    }

    private static let roleWords: Set<String> = [
        "envoye", "envoyee", "special", "speciale", "correspondant", "correspondante", "journaliste", "reporter",
        "correspondent", "staff", "writer", "editor", "redaction", "in", "a", "au", "en", "chief", "senior",
        "bureau", "chef", "service", "with", "avec",
    ]

    /// The byline, when the whole line is one.
    static func byline(_ text: String) -> Byline? {
        guard text.utf8.count <= 240, let initial = text.first, "pPbB".contains(initial) else { return nil }
        let folded = TextFolding.fold(text)
        var rest: Substring
        if folded.hasPrefix("par ") || folded.hasPrefix("by ") {
            rest = text.drop(while: { $0 != " " }).dropFirst()
        } else if folded.hasPrefix("par:") || folded.hasPrefix("by:") {
            rest = text.drop(while: { $0 != ":" }).dropFirst()
        } else {
            return nil
        }
        var result = Byline()
        var segments: [Substring] = []
        for part in rest.split(whereSeparator: { $0 == "|" || $0 == "•" || $0 == "—" || $0 == "–" }) {
            if PublishedLineRule.date(ofLine: String(part)) != nil { segments.append(part) } else {
                segments += part.split(separator: ",")
            }
        }
        for (index, raw) in segments.enumerated() {
            let segment = raw.clipTrimmed
            if segment.isEmpty { continue }
            if let date = PublishedLineRule.date(ofLine: segment) {
                result.date = result.date ?? date
                continue
            }
            var names: [String] = []
            var allNames = true
            for whole in splitNames(segment) {
                // "JILL LAWLESS Associated Press": a name with its agency after it.
                var part = whole
                if let (name, agency) = nameBeforeAgency(whole) {
                    result.outlet = result.outlet ?? agency
                    part = name
                }
                if let entry = OutletDirectory.entry(named: part) {
                    // "Par Le Figaro", "By Jane Smith, Reuters", "Par Le Monde avec AFP".
                    if entry.isWire, result.outlet != nil || result.wire != nil {
                        result.wire = result.wire ?? entry.name
                    } else if entry.isWire {
                        result.outlet = entry.name
                        result.wire = entry.name
                    } else if let current = result.outlet, OutletDirectory.entry(named: current)?.isWire == true {
                        result.outlet = entry.name
                    } else {
                        result.outlet = result.outlet ?? entry.name
                    }
                } else if let outlet = WireAgencies.outlet(in: part), LineShape.words(part).count <= 3 {
                    result.outlet = result.outlet ?? outlet
                } else if index > 0, OutletNames.isOutletName(part) {
                    result.outlet = result.outlet ?? part
                } else if BylineNames.isName(part) && !(index > 0 && OutletNames.isOutletName(part)) {
                    names.append(titleCasedIfShouted(part))
                } else {
                    allNames = false
                }
            }
            if allNames {
                result.authors += names
            } else if index == 0 {
                return nil
            } else if !isRole(segment) {
                return nil
            }
        }
        return result.authors.isEmpty && result.outlet == nil ? nil : result
    }

    /// A name followed by a wire agency's name, split in two.
    private static func nameBeforeAgency(_ text: String) -> (name: String, agency: String)? {
        let words = LineShape.words(text)
        guard words.count >= 3 else { return nil }
        for tail in [2, 1] where words.count - tail >= 2 {
            let agencyText = words.suffix(tail).joined(separator: " ")
            let name = words.dropLast(tail).joined(separator: " ")
            if let agency = WireAgencies.outlet(in: agencyText), WireAgencies.outlet(in: name) == nil, BylineNames.isName(name) {
                return (name, agency)
            }
        }
        return nil
    }

    /// "SAMYA KULLAB" → "Samya Kullab"; names already in mixed case stay as written.
    static func titleCasedIfShouted(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        var out = ""
        var startOfWord = true
        for ch in name {
            out += startOfWord ? String(ch) : ch.lowercased()
            startOfWord = !ch.isLetter
        }
        return out
    }

    /// "Jean Dupont et Marie Martin" → the two names.
    private static func splitNames(_ segment: String) -> [String] {
        var parts = [segment]
        for separator in [" et ", " and ", " & ", " avec ", " with "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map(\.clipTrimmed).filter { !$0.isEmpty }
    }

    /// "envoyé spécial à Kiev", "Reuters correspondent": words about the author, not a name.
    static func isRole(_ segment: String) -> Bool {
        let tokens = FoldedWords.of(segment)
        return tokens.count <= 6 && tokens.contains(where: { roleWords.contains($0) })
    }
}
