import Foundation

/// A short title made from the lede of a clip that has no headline: its first sentence, cut at a
/// clause or word boundary to about 100 characters, without dangling punctuation or short words.
enum DerivedTitle {
    static let maxLength = 100

    /// Words a title must not end with.
    private static let dangling: Set<String> = [
        "de", "du", "des", "la", "le", "les", "l", "d", "un", "une", "et", "ou", "a", "au", "aux", "en", "pour",
        "par", "sur", "avec", "dans", "que", "qu", "qui", "ce", "cette", "ces", "son", "sa", "ses", "leur",
        "leurs", "ne", "se", "sans", "entre", "vers", "dont", "mais", "the", "an", "of", "to", "and", "or",
        "in", "on", "at", "for", "with", "by", "from", "that", "as", "its", "his", "her", "their", "which",
        "who", "is", "was", "but", "this", "these", "m", "mme", "mr", "mrs", "dr", "s", "lors", "apres",
        "after", "before", "avant", "est", "ont", "sont", "has", "have", "had", "will", "would", "were",
        "once", "when", "while", "if", "since", "because", "quand", "lorsque", "si", "alors", "comme", "puisque",
        "tandis", "ainsi", "afin", "pendant", "during", "into", "than", "que", "plus", "more",
    ]

    /// The title made from `lede`: its whole first sentence when short enough, else the sentence
    /// cut at a clause or a word and ended with "…", so that a reader never takes a fragment for a
    /// complete statement.
    static func title(fromLede lede: String) -> String {
        var sentence = SentenceSplitter.sentences(in: lede).first ?? lede
        if sentence.hasSuffix(".") && !sentence.hasSuffix("..") { sentence.removeLast() }
        if sentence.count <= maxLength + 20 { return tidy(sentence) }
        return cut(sentence) + "…"
    }

    private static func cut(_ sentence: String) -> String {
        let chars = Array(sentence)
        var clauseCut: Int?
        var wordCut: Int?
        // A clause may run a little past the length; a word cut may not.
        for i in 1..<min(chars.count, maxLength + 20) where chars[i] == " " {
            if i <= maxLength + 1 { wordCut = i }
            let before = chars[i - 1]
            let nextIsDash = i + 1 < chars.count && "—–".contains(chars[i + 1])
            if (before == "," || before == ";" || before == ":" || nextIsDash) && i >= maxLength * 7 / 10 { clauseCut = i }
        }
        guard let cut = clauseCut ?? wordCut else { return tidy(String(chars.prefix(maxLength))) }
        return tidy(String(chars[..<cut]))
    }

    /// Drops dangling punctuation, short words and unclosed quotes from the end.
    static func tidy(_ text: String) -> String {
        var words = LineShape.words(text).map(String.init)
        while let last = words.last {
            let trimmed = last.trimmingCharacters(in: .init(charactersIn: ",;:—–-«“\"("))
            if trimmed.isEmpty {
                words.removeLast()
                continue
            }
            let key = TextFolding.fold(trimmed).split(whereSeparator: { $0 == "'" }).last.map(String.init) ?? ""
            if words.count > 3, dangling.contains(key) || trimmed.hasSuffix("'") || trimmed.hasSuffix("’") {
                words.removeLast()
                continue
            }
            words[words.count - 1] = last.clipTrimmingTrailing(",;:—–-")
            break
        }
        var title = words.joined(separator: " ")
        let opens = title.filter { $0 == "«" }.count
        let closes = title.filter { $0 == "»" }.count
        if opens > closes, let last = title.lastIndex(of: "«"), last > title.startIndex { title = tidy(String(title[..<last])) }
        if title.filter({ $0 == "\"" }).count % 2 == 1, let last = title.lastIndex(of: "\""), last > title.startIndex {
            title = tidy(String(title[..<last]))
        }
        return title
    }
}
