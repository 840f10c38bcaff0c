/// Finds the people an article names (title and body, never its bylines), the role
/// phrases the text gives them, and the direct quotes it attributes to them.
public struct PersonExtractor: Sendable {
    public init() {}

    public func extract(from article: Article) -> (people: [PersonMention], quotes: [Quote]) {
        let found = extractAll(from: article)
        return (found.people, found.quotes)
    }

    /// The people, the quotes, and the family names alone that only the dossier can confirm.
    public func extractAll(from article: Article) -> (people: [PersonMention], quotes: [Quote], possible: [PersonMention]) {
        let clip = ClipText(article)
        var sentences = Self.sentences(of: clip)
        let context = Self.context(of: article, sentences: sentences)
        for k in sentences.indices {
            var local = context
            local.isTitleCase = sentences[k].isTitleCase
            sentences[k].spans = NameFinder(context: local).spans(in: sentences[k].tokens)
        }
        var people: [PersonMention] = []
        var possible: [PersonMention] = []
        var possibleNames = Set<String>()
        for sentence in sentences {
            var local = context
            local.isTitleCase = sentence.isTitleCase
            let unsure = possibleNames.count < Self.possibleLimit
                ? NameFinder(context: local).possibleSingles(in: sentence.tokens, taken: sentence.spans) : []
            guard !sentence.spans.isEmpty || !unsure.isEmpty else { continue }
            let text = String(sentence.text)  // one copy, shared by the sentence's mentions
            for span in sentence.spans {
                people.append(PersonMention(name: span.name, role: span.role, blockIndex: sentence.blockIndex, sentence: text))
            }
            for span in unsure where possibleNames.count < Self.possibleLimit && possibleNames.insert(span.name).inserted {
                possible.append(PersonMention(name: span.name, role: span.role, blockIndex: sentence.blockIndex, sentence: text))
            }
        }
        let quotes = QuoteAttributor(clip: clip, sentences: sentences, context: context).quotes()
        return (people, quotes, possible)
    }

    /// At most this many distinct possible family names per clip (their first mention each).
    static let possibleLimit = 64

    /// Splits every piece into sentences and tokens.
    static func sentences(of clip: ClipText) -> [ClipSentence] {
        var out: [ClipSentence] = []
        for (p, piece) in clip.pieces.enumerated() {
            for range in SentenceSplitter.sentenceRanges(in: piece.text) {
                let text = piece.text[range]
                let tokens = NameTokenizer.tokens(in: text)
                out.append(ClipSentence(piece: p, blockIndex: piece.blockIndex, text: text, tokens: tokens,
                                        isTitleCase: NameContext.isTitleCase(tokens)))
            }
        }
        return out
    }

    /// The clip-wide knowledge: family names of the full names it gives, bylines to leave out.
    static func context(of article: Article, sentences: [ClipSentence]) -> NameContext {
        var context = NameContext()
        for name in article.authors + article.contributors {
            let key = TextFolding.fold(name)
            context.excluded.insert(key)
            if let last = key.split(separator: " ").last { context.excluded.insert(String(last)) }
        }
        // Photographers of the credits ("Ludovic Marin / AFP", "REUTERS/Evelyn Hockstein"): their
        // full names only, so that a newsmaker who shares a family name stays.
        for credit in article.credits {
            for part in credit.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == "|" }) {
                let name = part.replacingOccurrences(of: " via ", with: " / ").split(separator: "/").first.map { $0.clipTrimmed } ?? ""
                let words = name.split(separator: " ")
                guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
                context.excluded.insert(TextFolding.fold(name))
            }
        }
        for sentence in sentences {
            var local = context
            local.isTitleCase = sentence.isTitleCase
            for span in NameFinder(context: local).spans(in: sentence.tokens) where span.isFull {
                let words = span.range.map { sentence.tokens[$0] }
                guard let last = words.last else { continue }
                context.surnames.insert(last.key)
                let family = words.drop(while: { NameLexicon.isGiven($0.key) && $0.key != last.key })
                context.surnamePhrases.insert(family.map(\.key).joined(separator: " "))
            }
        }
        return context
    }
}
