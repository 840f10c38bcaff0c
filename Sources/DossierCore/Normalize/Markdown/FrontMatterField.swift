import Yams

/// Reads one front-matter key into an `Article`, warning about values of the wrong kind.
enum FrontMatterField {
    static func apply(key: String, value: Node, to article: inout Article, sawTitle: inout Bool,
                      warn: (String, Node?) -> Void) {
        func text() -> String? {
            if value.null != nil, value.scalar?.style == .plain { return nil }
            guard let scalar = value.scalar else {
                warn("`\(key)` must be a text, not a list or a map; write `\(key): \"…\"`", value)
                return nil
            }
            return scalar.string
        }
        func list() -> [String] {
            if value.null != nil { return [] }
            if let items = value.sequence { return items.compactMap { $0.scalar?.string } }
            if let scalar = value.scalar {
                warn("`\(key)` must be a list; write `\(key): [\"\(scalar.string)\"]`", value)
                return [scalar.string]
            }
            return []
        }
        switch key {
        case "title":
            sawTitle = true
            article.title = text() ?? ""
        case "title_derived":
            if let flag = value.bool { article.titleDerived = flag } else {
                warn("`title_derived: \(value.scalar?.string ?? "…")` must be true or false", value)
            }
        case "subtitle": article.subtitle = text()
        case "caption": article.caption = text()
        case "date":
            guard let raw = text() else { article.date = nil; return }
            if let date = SimpleDate(iso: raw) { article.date = date } else {
                warn("`date: \(raw)` is not a real day; write it as YYYY-MM-DD (e.g. 2026-01-06) or null", value)
            }
        case "date_basis":
            let raw = text() ?? "none"
            if let basis = DateBasis(rawValue: raw) { article.dateBasis = basis } else {
                let names = DateBasis.allCases.map(\.rawValue).joined(separator: ", ")
                warn("`date_basis: \(raw)` is not known; use one of \(names)", value)
            }
        case "authors": article.authors = list()
        case "contributors": article.contributors = list()
        case "credits": article.credits = list()
        case "outlet": article.outlet = text()
        case "wire": article.wire = text()
        case "url":
            guard let raw = text() else { article.url = nil; return }
            if raw.hasPrefix("https://") || raw.hasPrefix("http://") { article.url = raw } else {
                warn("`url: \(raw)` is not a web address; write the original's address, e.g. `url: \"https://www.example.org/article\"`", value)
            }
        case "source":
            // The clip's name in the source folder: a folder written before it ("seeds/", or a path
            // of the machine that wrote the file) is not published.
            if let s = text(), let name = s.split(separator: "/").last, !name.isEmpty { article.source = String(name) }
        case "lang":
            if let lang = text(), lang.count == 2, lang.allSatisfy({ $0.isASCII && $0.isLowercase }) { article.lang = lang } else {
                warn("`lang: \(value.scalar?.string ?? "…")` is not a two-letter language code; write e.g. `lang: fr`", value)
            }
        default:
            warn("unknown front matter key `\(key)` is ignored; check its spelling", value)
        }
    }
}
