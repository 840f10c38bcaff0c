import Foundation

/// The absolute URL a site is published at, from `base_url:` or `--base-url`.
public enum BaseURL {
    /// Why `text` cannot be a base URL (e.g. `is not an http(s) URL`), or nil when it can.
    /// Only http and https are taken: the URL lands in canonical links, feeds and the sitemap,
    /// where `javascript:` or `file:` would be an attack or a leak.
    public static func problem(_ text: String) -> String? {
        if text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "\"'<>\\`".unicodeScalars.contains($0) }) {
            return "holds spaces, quotes or control characters"
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            return "is not an absolute URL"
        }
        guard scheme == "http" || scheme == "https" else { return "is not an http(s) URL" }
        guard let host = components.host, !host.isEmpty, text.lowercased().hasPrefix(scheme + "://") else { return "names no host" }
        if components.query != nil || components.fragment != nil { return "has a query (?) or a fragment (#)" }
        return nil
    }

    /// `text` ending with a slash, so page paths can be appended to it.
    public static func normalized(_ text: String) -> String {
        text.hasSuffix("/") ? text : text + "/"
    }
}
