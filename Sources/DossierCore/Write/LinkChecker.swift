/// Checks every internal link and `#anchor` of the rendered site before it is written:
/// a link to a missing page or a missing anchor is an error naming the page, its line and the link.
public struct LinkChecker: Sendable {
    public init() {}

    /// What the check needs of one page: its ids and its links.
    public struct PageLinks: Sendable {
        public var ids: Set<String>
        public var links: [(value: String, line: Int)]

        /// The ids and links (`href`, `src`) of an HTML page.
        public init(html bytes: [UInt8]) {
            let found = LinkChecker.attributeValues(named: ["id", "href", "src"], in: bytes)
            ids = Set(found[0].map(\.value))
            links = found[1] + found[2]
        }
    }

    /// `files` maps output paths (`articles/x/index.html`) to their bytes; `displayFolder` names the output folder.
    public func check(_ files: [String: [UInt8]], displayFolder: String) -> [Diagnostic] {
        let pages = files.filter { $0.key.hasSuffix(".html") }.mapValues { PageLinks(html: $0) }
        return check(pages: pages, files: Set(files.keys), displayFolder: displayFolder)
    }

    /// Checks the links of `pages` (HTML pages by path) against every path of the site.
    public func check(pages: [String: PageLinks], files: Set<String>, displayFolder: String) -> [Diagnostic] {
        let problems: [[Diagnostic]] = pages.keys.sorted().parallelMap { path in
            var found: [Diagnostic] = []
            for link in pages[path]?.links ?? [] {
                guard let target = Self.resolve(link.value, from: path) else { continue }
                let file = displayFolder.isEmpty ? path : "\(displayFolder)/\(path)"
                if !files.contains(target.path) {
                    found.append(.error("broken link '\(link.value)': '\(target.path)' is not part of the site; fix the template or the link",
                                        file: file, line: link.line))
                } else if let anchor = target.anchor, !anchor.isEmpty, target.path.hasSuffix(".html"), pages[target.path]?.ids.contains(anchor) != true {
                    found.append(.error("broken anchor '\(link.value)': '\(target.path)' has no element with id '\(anchor)'",
                                        file: file, line: link.line))
                }
            }
            return found
        }
        return problems.flatMap { $0 }
    }

    /// The site path and anchor an internal link points to; nil for external links
    /// (a scheme such as `https:` or `mailto:` before any `/`, or a `//host` link).
    static func resolve(_ link: String, from page: String) -> (path: String, anchor: String?)? {
        let bytes = Array(link.utf8)
        if bytes.isEmpty || bytes.starts(with: [0x2F, 0x2F]) { return nil }
        for b in bytes {
            if b == 0x3A { return nil }               // ':' before any '/', '?' or '#': a scheme
            if b == 0x2F || b == 0x3F || b == 0x23 { break }
        }
        var end = bytes.count
        var anchor: String?
        if let hash = bytes.firstIndex(of: 0x23) {
            anchor = String(decoding: bytes[(hash + 1)...], as: UTF8.self)
            end = hash
        }
        if let query = bytes[..<end].firstIndex(of: 0x3F) { end = query }
        if end == 0 { return (page, anchor) }
        var parts = page.utf8.split(separator: 0x2F).dropLast().map { Array($0) }
        let segments = bytes[..<end].split(separator: 0x2F, omittingEmptySubsequences: false)
        for segment in segments {
            if segment.isEmpty || segment.elementsEqual([0x2E]) { continue }
            if segment.elementsEqual([0x2E, 0x2E]) {
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(Array(segment))
            }
        }
        var path = parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/")
        let last = segments.last.map(Array.init) ?? []
        if last.isEmpty || last == [0x2E] || last == [0x2E, 0x2E] { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, anchor)
    }

    /// For each of `names`, every value of that attribute in `html` with its line, as
    /// `attributeValues(named:in:)` finds them, in one pass over the page.
    static func attributeValues(named names: [String], in html: [UInt8]) -> [[(value: String, line: Int)]] {
        let patterns = names.map { Array(" \($0)=\"".utf8) }
        var results: [[(value: String, line: Int)]] = Array(repeating: [], count: names.count)
        // Each name's scan steps over the values it reads, with their newlines (see below):
        // where it resumes, and how many newlines it has not counted.
        var resume = Array(repeating: 0, count: names.count)
        var skippedLines = Array(repeating: 0, count: names.count)
        var line = 1
        let n = html.count
        for i in 0..<n {
            let b = html[i]
            if b == 10 { line += 1; continue }
            guard b == 32 else { continue }
            for (k, pattern) in patterns.enumerated() where i >= resume[k] {
                guard i + pattern.count <= n, html[i..<(i + pattern.count)].elementsEqual(pattern) else { continue }
                let start = i + pattern.count
                var end = start
                var newlines = 0
                while end < n, html[end] != 34 {
                    if html[end] == 10 { newlines += 1 }
                    end += 1
                }
                results[k].append((String(decoding: html[start..<end], as: UTF8.self).replacingAmpersands(), line - skippedLines[k]))
                skippedLines[k] += newlines
                resume[k] = end
            }
        }
        return results
    }

    /// Every value of the attribute `name` in `html`, with its line, HTML entities for `&` decoded.
    static func attributeValues(named name: String, in html: [UInt8]) -> [(value: String, line: Int)] {
        let pattern = Array(" \(name)=\"".utf8)
        var results: [(String, Int)] = []
        var line = 1
        var i = 0
        let n = html.count
        while i < n {
            let b = html[i]
            if b == 10 { line += 1 }
            if b == 32, i + pattern.count <= n, html[i..<(i + pattern.count)].elementsEqual(pattern) {
                let start = i + pattern.count
                var end = start
                while end < n, html[end] != 34 { end += 1 }
                let value = String(decoding: html[start..<end], as: UTF8.self).replacingAmpersands()
                results.append((value, line))
                i = end
                continue
            }
            i += 1
        }
        return results
    }
}

private extension String {
    /// `&amp;` decoded to `&`, the only entity the planner writes in links.
    func replacingAmpersands() -> String {
        guard utf8.contains(0x26) else { return self }
        return split(separator: "&amp;", omittingEmptySubsequences: false).joined(separator: "&")
    }
}
