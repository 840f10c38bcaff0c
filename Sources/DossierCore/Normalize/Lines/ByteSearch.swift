/// Substring search on UTF-8 bytes, much faster than Foundation's `String.contains(_:)`.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// The byte offset of the first occurrence of `needle` in `haystack`.
    static func firstOffset(of needle: String, in haystack: String) -> Int? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return 0 }
        var hay = haystack
        return hay.withUTF8 { h -> Int? in
            guard h.count >= n.count else { return nil }
            var i = 0
            let last = h.count - n.count
            while i <= last {
                if h[i] == first {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    if k == n.count { return i }
                }
                i += 1
            }
            return nil
        }
    }
}
