/// Checks every internal link and `#anchor` of the rendered site before it is written:
/// a link to a missing page or a missing anchor is an error naming the page, its line and the link.
public struct LinkChecker: Sendable {
    public init() {}

    /// `files` maps output paths (`articles/x/index.html`) to their bytes; `displayFolder` names the output folder.
    public func check(_ files: [String: [UInt8]], displayFolder: String) -> [Diagnostic] {
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        let ids: [String: Set<String>] = Dictionary(uniqueKeysWithValues: pages.parallelMap { path in
            (path, Set(Self.attributeValues(named: "id", in: files[path] ?? []).map(\.value)))
        })
        let problems: [[Diagnostic]] = pages.parallelMap { path in
            var found: [Diagnostic] = []
            let bytes = files[path] ?? []
            for link in Self.attributeValues(named: "href", in: bytes) + Self.attributeValues(named: "src", in: bytes) {
                guard let target = Self.resolve(link.value, from: path) else { continue }
                let file = displayFolder.isEmpty ? path : "\(displayFolder)/\(path)"
                if files[target.path] == nil {
                    found.append(.error("broken link '\(link.value)': '\(target.path)' is not part of the site; fix the template or the link",
                                        file: file, line: link.line))
                } else if let anchor = target.anchor, !anchor.isEmpty, target.path.hasSuffix(".html"), ids[target.path]?.contains(anchor) != true {
                    found.append(.error("broken anchor '\(link.value)': '\(target.path)' has no element with id '\(anchor)'",
                                        file: file, line: link.line))
                }
            }
            return found
        }
        return problems.flatMap { $0 }
    }

    /// The site path and anchor an internal link points to; nil for external links.
    static func resolve(_ link: String, from page: String) -> (path: String, anchor: String?)? {
        if link.isEmpty || link.hasPrefix("//") || link.contains(":") && !link.hasPrefix("#") && link.split(separator: "/").first?.contains(":") == true {
            return nil
        }
        var target = link
        var anchor: String?
        if let hash = target.firstIndex(of: "#") {
            anchor = String(target[target.index(after: hash)...])
            target = String(target[..<hash])
        }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        var parts = page.split(separator: "/").map(String.init).dropLast()
        if target.isEmpty {
            return (page, anchor)
        }
        for part in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        var path = parts.joined(separator: "/")
        if target.hasSuffix("/") || target == "." || target == ".." { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, anchor)
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
    func replacingAmpersands() -> String {
        contains("&amp;") ? split(separator: "&amp;", omittingEmptySubsequences: false).joined(separator: "&") : self
    }
}
