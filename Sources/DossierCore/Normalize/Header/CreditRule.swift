import Foundation

/// Photo captions and wire credits: "… avec la Russie. AFP or licensors", "(AP Photo/Efrem
/// Lukatsky)", "© AFP", "Photo Reuters", and credit lines of their own ("(AFP)", "Avec AFP").
enum CreditRule {
    /// A caption split from the credit that ends it.
    struct Caption: Equatable {
        var text: String
        var credit: String
    }

    /// The caption and credit when `text` ends with a photo or wire credit.
    static func caption(_ text: String) -> Caption? {
        guard mayEndWithCredit(text) else { return nil }
        // "(AP Photo/Efrem Lukatsky)" at the end.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex {
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            if WireAgencies.looksLikeCredit(inner) {
                let caption = String(text[..<open]).clipTrimmed
                if caption.count >= 15 { return Caption(text: caption, credit: cleanCredit(inner)) }
            }
        }
        // "… la Russie. AFP or licensors", "… à Kiev. Photo Reuters", "… © AFP".
        let cuts = sentenceCuts(in: text)
        for cut in cuts {
            let tail = String(text[cut...]).clipTrimmed
            let caption = String(text[..<cut]).clipTrimmed
            if caption.count >= 15, WireAgencies.looksLikeCredit(tail) {
                return Caption(text: caption, credit: cleanCredit(tail))
            }
        }
        return nil
    }

    /// A quick test: the end of the text holds a credit word.
    private static func mayEndWithCredit(_ text: String) -> Bool {
        let tail = String(decoding: text.utf8.suffix(100), as: UTF8.self)
        return FoldedWords.of(tail).contains(where: { WireAgencies.creditWords.contains($0) }) || ByteSearch.contains(tail, "©")
    }

    /// Places where a credit may start: after a sentence end, before "©" or "Photo".
    private static func sentenceCuts(in text: String) -> [String.Index] {
        var cuts: [String.Index] = []
        var i = text.index(text.endIndex, offsetBy: -72, limitedBy: text.startIndex) ?? text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            let next = text.index(after: i)
            if (".!?…»\"".contains(ch)) && next < text.endIndex && text[next] == " " {
                cuts.append(next)
            } else if ch == "©" || ch == "|" {
                cuts.append(i)
            } else if ch == "P" || ch == "C", text[i...].hasPrefix("Photo") || text[i...].hasPrefix("Crédit") || text[i...].hasPrefix("Credit") {
                if i > text.startIndex { cuts.append(i) }
            }
            i = next
        }
        return cuts.filter { text.distance(from: $0, to: text.endIndex) <= 72 }
    }

    /// The credit without "©", "Photo :", brackets or a final period.
    static func cleanCredit(_ credit: String) -> String {
        var s = credit.clipTrimmed
        for prefix in ["|", "©", "(", "Sources :", "Sources:", "Source :", "Source:", "Photograph:", "Photograph :", "Photo :", "Photo:", "Photos :", "Photos:", "Crédit photo :", "Crédit photo:",
                       "Crédit :", "Crédit:", "Credit:", "Credit :", "Photo credit:", "Photo"] where s.hasPrefix(prefix) {
            let rest = String(s.dropFirst(prefix.count)).clipTrimmed
            if !rest.isEmpty { s = rest }
        }
        while let last = s.last, last == ")" || last == "." { s.removeLast() }
        if s.hasPrefix("©") { s = String(s.dropFirst()).clipTrimmed }
        return s.clipTrimmed
    }

    /// The credit of a line that is only a credit ("(AFP)", "© Reuters", "Avec AFP", "— Reuters").
    static func standaloneCredit(_ text: String) -> String? {
        guard text.utf8.count <= 160 else { return nil }
        var s = text
        if s.hasPrefix("("), s.hasSuffix(")") { s = String(s.dropFirst().dropLast()).clipTrimmed }
        while let f = s.first, "—–-".contains(f) { s = String(s.dropFirst()).clipTrimmed }
        let folded = TextFolding.fold(s)
        for prefix in ["avec ", "with "] where folded.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count))
        }
        if let range = folded.range(of: " avec "), WireAgencies.outlet(in: String(folded[range.upperBound...])) != nil {
            // "Le Monde avec AFP"
            s = String(s.suffix(folded.distance(from: range.upperBound, to: folded.endIndex)))
        }
        guard s.count <= 50, WireAgencies.looksLikeCredit(s), !s.contains(where: { $0 == "." && s.count > 12 }) else { return nil }
        let credit = cleanCredit(s)
        return credit.isEmpty ? nil : credit
    }
}
