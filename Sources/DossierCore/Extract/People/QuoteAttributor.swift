/// Attributes the direct quotes of a clip to the people who speak them, when the text says
/// who speaks: after the quote ("», a déclaré Emmanuel Macron", "", a-t-il dit", "," Rutte
/// said"), or before it ("Emmanuel Macron a déclaré : «", "Selon lui, «"). A quote whose
/// speaker is not a named person ("a dit un conseiller") is skipped.
struct QuoteAttributor {
    var clip: ClipText
    var sentences: [ClipSentence]
    var context: NameContext
    /// The quotes of each piece.
    private let quoteSpans: [[QuoteSpan]]
    /// The sentences of each piece, as a range of `sentences` (they come piece by piece, in order).
    private let pieceSentences: [Range<Int>]
    /// What `before` and `subject` ask of each sentence, read once (see `SentenceQuotes`).
    private let sentenceQuotes: [SentenceQuotes]
    /// For each sentence, the latest sentence up to it (itself included) of a body piece that
    /// names a subject outside quotes, or -1.
    private let latestSubject: [Int]

    init(clip: ClipText, sentences: [ClipSentence], context: NameContext) {
        self.clip = clip
        self.sentences = sentences
        self.context = context
        let quoteSpans = clip.pieces.map { QuoteSpan.spans(in: $0.text) }
        self.quoteSpans = quoteSpans
        var ranges = [Range<Int>](repeating: 0..<0, count: clip.pieces.count)
        var k = 0
        while k < sentences.count {
            let piece = sentences[k].piece
            var end = k
            while end < sentences.count, sentences[end].piece == piece { end += 1 }
            if ranges.indices.contains(piece) { ranges[piece] = k..<end }
            k = end
        }
        pieceSentences = ranges
        let read = sentences.map { SentenceQuotes($0, quotes: quoteSpans[$0.piece]) }
        sentenceQuotes = read
        var latest: [Int] = []
        latest.reserveCapacity(sentences.count)
        for (i, sentence) in sentences.enumerated() {
            let names = clip.pieces[sentence.piece].blockIndex >= 0 && read[i].subject != nil
            latest.append(names ? i : (latest.last ?? -1))
        }
        latestSubject = latest
    }

    /// One sentence as the rules before a quote read it: its tokens and name spans outside
    /// every quote of its piece, in order, with their text positions for binary search.
    private struct SentenceQuotes {
        /// Tokens outside quotes, and those of them that are speech verbs or "selon".
        var outsideTokens: [Int] = []
        var verbTokens: [Int] = []
        /// Name spans outside quotes that are not complements ("le conseiller d'X").
        var spans: [NameSpan] = []
        var spanPositions: [String.Index] = []
        /// For each of `spans`, the index of the last span up to it followed by a speech cue, or -1.
        var lastCued: [Int] = []
        /// The first of `spans`: the sentence's subject.
        var subject: (name: String, at: String.Index)? { spans.first.map { ($0.name, spanPositions[0]) } }

        init(_ sentence: ClipSentence, quotes: [QuoteSpan]) {
            let tokens = sentence.tokens
            for (j, token) in tokens.enumerated() where !QuoteSpan.contains(quotes, token.text.startIndex) {
                outsideTokens.append(j)
                if SpeechWords.verbs.contains(token.key) || token.key == "selon" { verbTokens.append(j) }
            }
            for span in sentence.spans where !span.isComplement {
                let at = sentence.position(of: span)
                guard !QuoteSpan.contains(quotes, at) else { continue }
                let cued = SpeechCue.follows(tokens, end: span.range.upperBound)
                lastCued.append(cued ? spans.count : (lastCued.last ?? -1))
                spans.append(span)
                spanPositions.append(at)
            }
        }
    }

    /// Quotes shorter than this are scare quotes, not statements.
    static let minimumWords = 3

    private enum Verdict { case speaker(String), nobody, unknown }

    func quotes() -> [Quote] {
        var out: [Quote] = []
        for (p, piece) in clip.pieces.enumerated() where piece.blockIndex >= 0 {
            if piece.isAttribution {
                if let name = sentences[pieceSentences[p]].first(where: { !$0.spans.isEmpty })?.spans.first?.name,
                   let body = clip.pieces.indices.contains(p - 1) ? clip.pieces[p - 1].text : nil, !body.isEmpty {
                    out.append(Quote(text: body, speaker: name, blockIndex: piece.blockIndex))
                }
                continue
            }
            let spans = quoteSpans[p]
            for (q, quote) in spans.enumerated() where quote.wordCount >= Self.minimumWords {
                var verdict = after(quote, index: q, in: piece.text, piece: p, all: spans)
                if case .unknown = verdict { verdict = before(quote, index: q, piece: p, all: spans) }
                if case .speaker(let name) = verdict {
                    out.append(Quote(text: quote.text, speaker: name, blockIndex: piece.blockIndex))
                }
            }
        }
        return out
    }

    // MARK: After the quote

    private func after(_ quote: QuoteSpan, index: Int, in text: String, piece: Int, all: [QuoteSpan]) -> Verdict {
        // Quotes come in order and never overlap: the next one is the first to open after this one.
        let limit = index + 1 < all.count ? all[index + 1].open : text.endIndex
        guard quote.end <= limit else { return .unknown }
        let tokens = NameTokenizer.tokens(in: text[quote.end..<limit])
        var k = 0
        while k < tokens.count, tokens[k].isMark(",") || tokens[k].isMark("—") || tokens[k].isMark("–") { k += 1 }
        guard k < tokens.count, tokens[k].isWord else { return .unknown }
        let first = tokens[k].key
        if SpeechWords.isInvertedPronoun(first) || (SpeechWords.pronouns.contains(first) && isVerb(tokens, k + 1)) {
            return subject(before: quote.open, piece: piece).map(Verdict.speaker) ?? .nobody
        }
        if first == "selon" || (first == "according" && k + 1 < tokens.count && tokens[k + 1].key == "to") {
            let spans = NameFinder(context: context).spans(in: tokens)
            let start = first == "selon" ? k + 1 : k + 2
            if let span = spans.first(where: { $0.range.lowerBound == start }) { return .speaker(span.name) }
            return .nobody
        }
        let spans = NameFinder(context: context).spans(in: tokens)
        if let verb = verbIndex(tokens, from: k) {
            // "a déclaré Emmanuel Macron", "a prévenu le conseiller d'Emmanuel Macron" (not him).
            if let span = spans.first(where: { $0.range.lowerBound > verb }),
               !span.isComplement, (verb + 1..<span.range.lowerBound).allSatisfy({ allowedBetween(tokens[$0]) }) {
                return .speaker(span.name)
            }
            return .nobody
        }
        // "," Rutte said", "," NATO chief Mark Rutte told reporters".
        if let span = spans.first, span.range.lowerBound - k <= 5,
           (k..<span.range.lowerBound).allSatisfy({ allowedBetween(tokens[$0]) }),
           SpeechCue.follows(tokens, end: span.range.upperBound) {
            return .speaker(span.name)
        }
        return .unknown
    }

    /// The index of a finite speech verb starting at `k` ("a déclaré", "said"), not a gerund.
    private func verbIndex(_ tokens: [NameToken], from k: Int) -> Int? {
        var j = k
        while j < tokens.count, j < k + 3, tokens[j].isWord, SpeechWords.auxiliaries.contains(tokens[j].key) { j += 1 }
        guard isVerb(tokens, j) else { return nil }
        let key = tokens[j].key
        return key.hasSuffix("ant") || key.hasSuffix("ing") ? nil : j
    }

    private func isVerb(_ tokens: [NameToken], _ j: Int) -> Bool {
        j < tokens.count && tokens[j].isWord && SpeechWords.verbs.contains(tokens[j].key)
    }

    /// Words that may stand between a verb and its inverted subject: "a déclaré mercredi le président".
    private func allowedBetween(_ t: NameToken) -> Bool {
        guard t.isWord else { return false }
        let k = t.key
        if ["un", "une", "a", "an", "one", "des", "deux", "plusieurs"].contains(k) { return false }
        return RoleWords.determiners.contains(k) || RoleWords.connectors.contains(k) || SpeechWords.auxiliaries.contains(k)
            || CalendarWords.all.contains(k) || NameLexicon.isRoleWord(t)
    }

    // MARK: Before the quote

    private func before(_ quote: QuoteSpan, index: Int, piece: Int, all: [QuoteSpan]) -> Verdict {
        // The first sentence of the piece that ends at or after the quote's opening holds it, if any does.
        let range = pieceSentences[piece]
        let s = Self.partition(range) { sentences[$0].text.endIndex < quote.open }
        guard s < range.upperBound, sentences[s].text.startIndex <= quote.open else { return .unknown }
        let sentence = sentences[s], read = sentenceQuotes[s]
        let tokens = sentence.tokens
        // Tokens outside every quote and before this one.
        let isBefore = { (j: Int) in tokens[j].text.startIndex < quote.open }
        let verbCount = Self.partition(read.verbTokens.indices) { isBefore(read.verbTokens[$0]) }
        guard verbCount > 0 else {
            // "Macron : « … »"
            let outsideCount = Self.partition(read.outsideTokens.indices) { isBefore(read.outsideTokens[$0]) }
            if outsideCount > 0, case let colon = read.outsideTokens[outsideCount - 1], tokens[colon].isMark(":"),
               let span = sentence.spans.first(where: { $0.range.upperBound == colon }) {
                return .speaker(span.name)
            }
            return .unknown
        }
        let verb = read.verbTokens[verbCount - 1]
        if verb + 1 < tokens.count, SpeechWords.pronouns.contains(tokens[verb + 1].key) && tokens[verb].key == "selon" {
            return subject(before: quote.open, piece: piece).map(Verdict.speaker) ?? .nobody
        }
        // The spans outside quotes, before this quote.
        let spanCount = Self.partition(read.spanPositions.indices) { read.spanPositions[$0] < quote.open }
        let spans = read.spans[..<spanCount]
        if tokens[verb].key == "selon" {
            return spans.first(where: { $0.range.lowerBound == verb + 1 }).map { .speaker($0.name) } ?? .unknown
        }
        // "Interrogé sur X, il répond : « … »": the pronoun stands for an earlier subject.
        if (max(0, verb - 3)..<verb).contains(where: { SpeechWords.pronouns.contains(tokens[$0].key) }) {
            return subject(before: sentence.text.startIndex, piece: piece).map(Verdict.speaker) ?? .nobody
        }
        // The name right before the verb ("Emmanuel Macron a déclaré"), else the sentence's subject
        // ("M. Barrot, qui a vu Marco Rubio, estime").
        let beforeCount = Self.partition(spans.indices) { spans[$0].range.upperBound <= verb }
        if beforeCount > 0 {
            let cued = read.lastCued[beforeCount - 1]
            return .speaker(spans[cued >= 0 ? cued : 0].name)
        }
        let firstAfter = Self.partition(spans.indices) { spans[$0].range.lowerBound <= verb }
        if firstAfter < spans.endIndex, case let inverted = spans[firstAfter],
           (verb + 1..<inverted.range.lowerBound).allSatisfy({ allowedBetween(tokens[$0]) }) {
            return .speaker(inverted.name)
        }
        return .unknown
    }

    /// The first index of `range` where `isLow` is false; `isLow` holds for a prefix of `range`.
    private static func partition(_ range: Range<Int>, isLow: (Int) -> Bool) -> Int {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isLow(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The person the text last made a subject before `position`: the first name of the
    /// latest sentence (outside quotes) that names someone.
    private func subject(before position: String.Index, piece: Int) -> String? {
        // Sentences of the piece that start after `position` name no one before it; of the one
        // holding it, only a subject before `position` counts; earlier ones count whole.
        let range = pieceSentences[piece]
        let s = Self.partition(range) { sentences[$0].text.startIndex < position }
        var earlier = s - 1
        if s > range.lowerBound, clip.pieces[piece].blockIndex >= 0 {
            let holding = s - 1
            if let subject = sentenceQuotes[holding].subject, subject.at < position { return subject.name }
            earlier = holding - 1
        }
        if range.isEmpty { earlier = Self.lastSentence(before: piece, pieceSentences) }
        guard earlier >= 0 else { return nil }
        let latest = latestSubject[earlier]
        return latest >= 0 ? sentenceQuotes[latest].subject?.name : nil
    }

    /// The last sentence of the pieces before `piece`, or -1.
    private static func lastSentence(before piece: Int, _ pieceSentences: [Range<Int>]) -> Int {
        for p in stride(from: piece - 1, through: 0, by: -1) where !pieceSentences[p].isEmpty {
            return pieceSentences[p].upperBound - 1
        }
        return -1
    }
}
