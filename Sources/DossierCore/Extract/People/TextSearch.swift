import Foundation

/// Substring search over UTF-8 bytes, with the results of Foundation's `contains` and
/// `range(of:)`: texts made of scalars that are whole characters with no canonical twin
/// (nearly all news text) are searched byte by byte; others are left to Foundation, which
/// matches canonically equivalent spellings.
enum TextSearch {
    /// Whether `haystack` contains `needle`, as `haystack.contains(needle)`.
    static func contains(_ haystack: some StringProtocol, _ needle: some StringProtocol) -> Bool {
        guard isPlain(haystack), isPlain(needle) else { return haystack.contains(needle) }
        return firstOffset(of: needle, in: haystack) != nil
    }

    /// Where `needle` first occurs in `haystack`, as `haystack.range(of: needle)`.
    static func range(of needle: String, in haystack: String) -> Range<String.Index>? {
        guard isPlain(haystack), isPlain(needle) else { return haystack.range(of: needle) }
        guard let offset = firstOffset(of: needle, in: haystack) else { return nil }
        let utf8 = haystack.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `haystack` contains one of `needles`, as `needles.contains { haystack.contains($0) }`.
    static func containsAny(_ haystack: some StringProtocol, _ needles: [String]) -> Bool {
        guard isPlain(haystack), needles.allSatisfy(isPlain) else { return needles.contains { haystack.contains($0) } }
        let h = Array(haystack.utf8)
        return needles.contains { firstOffset(of: Array($0.utf8), in: h) != nil }
    }

    /// Words to look for in many texts, indexed once by their first byte.
    struct Needles: Sendable {
        let all: [String]
        fileprivate let byFirstByte: [[[UInt8]]]
        fileprivate let arePlain: Bool

        init(_ needles: [String]) {
            all = needles
            var table = [[[UInt8]]](repeating: [], count: 256)
            for needle in needles where !needle.isEmpty { table[Int(needle.utf8.first ?? 0)].append(Array(needle.utf8)) }
            byFirstByte = table
            arePlain = needles.allSatisfy(TextSearch.isPlain)
        }
    }

    /// Whether `haystack` contains one of `needles`, as `needles.all.contains { haystack.contains($0) }`.
    static func containsAny(_ haystack: some StringProtocol, _ needles: Needles) -> Bool {
        guard needles.arePlain, isPlain(haystack) else { return needles.all.contains { haystack.contains($0) } }
        let h = Array(haystack.utf8)
        for i in h.indices {
            for n in needles.byFirstByte[Int(h[i])] where i + n.count <= h.count {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
        }
        return false
    }

    private static func firstOffset(of needle: some StringProtocol, in haystack: some StringProtocol) -> Int? {
        firstOffset(of: Array(needle.utf8), in: Array(haystack.utf8))
    }

    private static func firstOffset(of n: [UInt8], in h: [UInt8]) -> Int? {
        guard let first = n.first, h.count >= n.count else { return nil }
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Every scalar a whole character, and none with a canonical twin ("Å" as U+212B).
    fileprivate static func isPlain(_ text: some StringProtocol) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return true }
        return text.unicodeScalars.allSatisfy(ScalarTraits.isSearchable)
    }
}
