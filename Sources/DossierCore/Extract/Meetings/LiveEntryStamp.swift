/// Tells a live blog's entry stamp ("16:05", "14.40 GMT", "9h30 CET"): the paragraphs after it
/// tell of the day the live blog is dated, unless they write another date.
enum LiveEntryStamp {

    /// Whether `text` is only a clock time, maybe with a time zone.
    static func isStamp(_ text: String, lexicon: MeetingLexicon = .all) -> Bool {
        let words = text.split(separator: " ")
        guard let clock = words.first, words.count <= 2, clock.utf8.count <= 5 else { return false }
        if words.count == 2, !lexicon.clockZones.contains(words[1].lowercased()) { return false }
        let bytes = Array(clock.utf8)
        guard let sep = bytes.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "h") }) else {
            return false
        }
        let hours = bytes[..<sep], minutes = bytes[(sep + 1)...]
        let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        guard (1...2).contains(hours.count), minutes.count == 2, hours.allSatisfy(isDigit), minutes.allSatisfy(isDigit),
              let h = Int(String(decoding: hours, as: UTF8.self)), let m = Int(String(decoding: minutes, as: UTF8.self)) else {
            return false
        }
        return h < 24 && m < 60
    }
}
