import Foundation
import Yams

/// Reads `dossier.yml`: site settings and optional corrections.
public struct SettingsLoader: Sendable {
    public init() {}

    /// The largest `dossier.yml` read, in bytes: settings and corrections fit in far less.
    public static let maximumSize = 1 << 20

    private static let knownKeys: Set<String> = [
        "title", "description", "language", "base_url", "time_zone", "people", "not_people", "meetings", "clips",
    ]

    /// Parses the YAML text of `dossier.yml`; `path` names it in diagnostics.
    public func parse(_ yaml: String, path: String) throws(DiagnosticError) -> (settings: DossierSettings, diagnostics: [Diagnostic]) {
        guard yaml.utf8.count <= Self.maximumSize else {
            throw DiagnosticError(.error("dossier.yml is \(yaml.utf8.count / 1024) KB; a settings file is at most \(Self.maximumSize / 1024) KB. Keep only settings and corrections in it",
                                         file: path))
        }
        if let (depth, line) = YAMLBounds.deepestNesting(yaml), depth > YAMLBounds.maximumDepth {
            throw DiagnosticError(.error("this line nests values \(depth) levels deep; settings need a few levels at most (at most \(YAMLBounds.maximumDepth)). Flatten it",
                                         file: path, line: line))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DiagnosticError(.error("this is not valid YAML (\(Self.describe(error))); fix the line or remove it",
                                         file: path, line: Self.line(of: error)))
        } catch {
            throw DiagnosticError(.error("this is not valid YAML (\(error)); fix it or remove it", file: path))
        }
        var settings = DossierSettings()
        var diagnostics: [Diagnostic] = []
        guard let node else { return (settings, [.warning("the settings file is empty; using default settings", file: path)]) }
        // Aliases share their anchor's node, so a few lines can stand for billions of values
        // ("billion laughs"); count what the aliases stand for, stopping at the limit, before
        // anything walks the tree.
        if !YAMLBounds.isWithinSize(node) {
            throw DiagnosticError(.error(
                "this file's aliases (*name) expand to more than \(YAMLBounds.maximumNodes) values; settings need far fewer. Write the values out instead of repeating aliases",
                file: path))
        }
        guard let mapping = node.mapping else {
            throw DiagnosticError(.error("the settings must be a mapping of keys such as 'title:' and 'language:'", file: path, line: node.mark.map { $0.line }))
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            func text() throws(DiagnosticError) -> String {
                guard let s = value.string else {
                    throw DiagnosticError(.error("'\(key)' must be a text value, not '\(Self.preview(value))'", file: path, line: line))
                }
                return s
            }
            switch key {
            case "title": settings.title = try text()
            case "description": settings.description = try text()
            case "language":
                let lang = try text()
                guard lang.count == 2, lang.allSatisfy({ $0.isLetter && $0.isASCII }) else {
                    throw DiagnosticError(.error("language '\(lang)' is not a two-letter ISO 639-1 code; write e.g. 'fr' or 'en'", file: path, line: line))
                }
                settings.language = lang.lowercased()
                if SiteStrings.forLanguage(settings.language) == nil {
                    let known = SiteStrings.all.map(\.code).joined(separator: ", ")
                    diagnostics.append(.warning(
                        "the site's interface has no words for language '\(lang)' yet, so pages use French; write one of \(known), or add a strings table for it (Sources/DossierCore/Plan/Strings)",
                        file: path, line: line))
                }
            case "base_url":
                let url = try text()
                if let problem = BaseURL.problem(url) {
                    throw DiagnosticError(.error("base_url '\(url)' \(problem); write the absolute http(s) URL the site is published at, e.g. 'https://example.org/dossier/'",
                                                 file: path, line: line))
                }
                settings.baseURL = BaseURL.normalized(url)
            case "time_zone":
                let zone = try text()
                guard TimeZone(identifier: zone) != nil else {
                    throw DiagnosticError(.error("time_zone '\(zone)' is not a known time zone; write an IANA name such as 'Europe/Paris', 'America/New_York' or 'UTC'",
                                                 file: path, line: line))
                }
                settings.timeZone = zone
            case "people":
                settings.corrections.people = try Self.people(value, path: path)
            case "not_people":
                settings.corrections.notPeople = value.sequence?.compactMap(\.string) ?? []
            case "meetings":
                for (k, v) in value.mapping ?? [:] {
                    if let id = k.string, let title = v.mapping?["title"]?.string ?? v.string {
                        settings.corrections.meetingTitles[id] = title
                    }
                }
            case "clips":
                (settings.corrections.clips, settings.corrections.clipLines) = try Self.clips(value, path: path)
            default:
                diagnostics.append(.warning("unknown setting '\(key)' is ignored; known settings are \(Self.knownKeys.sorted().joined(separator: ", "))",
                                            file: path, line: line))
            }
        }
        return (settings, diagnostics)
    }

    private static func people(_ node: Node, path: String) throws(DiagnosticError) -> [String: Corrections.PersonCorrection] {
        var result: [String: Corrections.PersonCorrection] = [:]
        guard let mapping = node.mapping else {
            throw DiagnosticError(.error("'people' must map each name to its corrections (aliases, role, wikidata)", file: path, line: node.mark?.line))
        }
        for (k, v) in mapping {
            guard let name = k.string else { continue }
            var c = Corrections.PersonCorrection()
            c.aliases = v.mapping?["aliases"]?.sequence?.compactMap(\.string) ?? []
            c.role = v.mapping?["role"]?.string
            if let id = v.mapping?["wikidata"] {
                let text = id.string ?? Self.preview(id)
                guard Self.isWikidataID(text) else {
                    throw DiagnosticError(.error("wikidata '\(text)' for '\(name)' is not a Wikidata id; write 'Q' and the item's number, e.g. 'Q3881545' (the end of the item's wikidata.org address)",
                                                 file: path, line: id.mark?.line))
                }
                c.wikidata = text
            }
            result[name] = c
        }
        return result
    }

    /// `Q` and a number: `Q3881545`.
    static func isWikidataID(_ text: String) -> Bool {
        let digits = text.utf8.dropFirst()
        return text.hasPrefix("Q") && !digits.isEmpty && digits.first != UInt8(ascii: "0") && digits.allSatisfy { (0x30...0x39).contains($0) }
    }

    private static func clips(_ node: Node, path: String) throws(DiagnosticError) -> ([String: Corrections.ClipCorrection], [String: Int]) {
        var result: [String: Corrections.ClipCorrection] = [:]
        var lines: [String: Int] = [:]
        for (k, v) in node.mapping ?? [:] {
            guard let file = k.string else { continue }
            lines[file] = k.mark?.line
            var c = Corrections.ClipCorrection()
            c.title = v.mapping?["title"]?.string
            c.outlet = v.mapping?["outlet"]?.string
            if let url = v.mapping?["url"]?.string {
                guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                    throw DiagnosticError(.error("url '\(url)' for clip '\(file)' is not a web address; write the original's address, e.g. 'https://www.example.org/article'",
                                                 file: path, line: v.mapping?["url"]?.mark?.line))
                }
                c.url = url
            }
            if let dateText = v.mapping?["date"]?.string {
                guard let date = SimpleDate(iso: dateText) else {
                    throw DiagnosticError(.error("date '\(dateText)' for clip '\(file)' is not a real day; write it as YYYY-MM-DD, e.g. 2026-01-06",
                                                 file: path, line: v.mapping?["date"]?.mark?.line))
                }
                c.date = date
            }
            result[file] = c
        }
        return (result, lines)
    }

    /// Warnings for corrections under `clips:` that name no clip of the folder, each suggesting
    /// the closest clip name.
    public static func checkClipNames(_ corrections: Corrections, clips: [String], path: String) -> [Diagnostic] {
        let present = Set(clips)
        return corrections.clips.keys.filter { !present.contains($0) }.sorted().map { name in
            let closest = clips.min { EditDistance.between(name, $0) < EditDistance.between(name, $1) }
            let hint = closest.map { "did you mean '\($0)'? " } ?? ""
            return .warning("the correction for clip '\(name)' names no clip of the source folder; it is ignored. \(hint)Write the clip's file name as it is in the folder, or remove the correction",
                            file: path, line: corrections.clipLines[name])
        }
    }

    /// A short rendering of a value for a message (the tree is bounded by `YAMLBounds` first).
    private static func preview(_ node: Node) -> String {
        let text = (try? Yams.serialize(node: node).trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?"
        return text.count > 60 ? String(text.prefix(60)) + "…" : text
    }

    /// The line where the problem starts: an unclosed quote is reported where it opens, not
    /// at the end of the file where the parser noticed it.
    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _), .composer(let context, _, let mark, _):
            context?.mark.line ?? mark.line
        default: nil
        }
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            (context.map { "\($0.text): " } ?? "") + problem
        default: "\(error)"
        }
    }
}
