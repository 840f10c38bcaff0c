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
                guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                    throw DiagnosticError(.error("base_url '\(url)' must be an absolute http(s) URL, e.g. 'https://example.org/dossier/'", file: path, line: line))
                }
                settings.baseURL = url.hasSuffix("/") ? url : url + "/"
            case "time_zone": settings.timeZone = try text()
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
                settings.corrections.clips = try Self.clips(value, path: path)
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
            c.wikidata = v.mapping?["wikidata"]?.string
            result[name] = c
        }
        return result
    }

    private static func clips(_ node: Node, path: String) throws(DiagnosticError) -> [String: Corrections.ClipCorrection] {
        var result: [String: Corrections.ClipCorrection] = [:]
        for (k, v) in node.mapping ?? [:] {
            guard let file = k.string else { continue }
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
                    throw DiagnosticError(.error("date '\(dateText)' for clip '\(file)' is not a date; write it as YYYY-MM-DD",
                                                 file: path, line: v.mapping?["date"]?.mark?.line))
                }
                c.date = date
            }
            result[file] = c
        }
        return result
    }

    private static func preview(_ node: Node) -> String {
        (try? Yams.serialize(node: node).trimmingCharacters(in: .whitespacesAndNewlines)) ?? "?"
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}
