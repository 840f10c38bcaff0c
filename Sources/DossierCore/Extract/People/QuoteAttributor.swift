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

    init(clip: ClipText, sentences: [ClipSentence], context: NameContext) {
        self.clip = clip
        self.sentences = sentences
        self.context = context
        quoteSpans = clip.pieces.map { QuoteSpan.spans(in: $0.text) }
    }

    /// Quotes shorter than this are scare quotes, not statements.
    static let minimumWords = 3

    private enum Verdict { case speaker(String), nobody, unknown }

    func quotes() -> [Quote] {
        var out: [Quote] = []
        for (p, piece) in clip.pieces.enumerated() where piece.blockIndex >= 0 {
            if piece.isAttribution {
                if let name = sentences.first(where: { $0.piece == p && !$0.spans.isEmpty })?.spans.first?.name,
                   let body = clip.pieces.indices.contains(p - 1) ? clip.pieces[p - 1].text : nil, !body.isEmpty {
                    out.append(Quote(text: body, speaker: name, blockIndex: piece.blockIndex))
                }
                continue
            }
            let spans = quoteSpans[p]
            for (q, quote) in spans.enumerated() where quote.wordCount >= Self.minimumWords {
                var verdict = after(quote, in: piece.text, piece: p, all: spans)
                if case .unknown = verdict { verdict = before(quote, index: q, piece: p, all: spans) }
                if case .speaker(let name) = verdict {
                    out.append(Quote(text: quote.text, speaker: name, blockIndex: piece.blockIndex))
                }
            }
        }
        return out
    }

    // MARK: After the quote

    private func after(_ quote: QuoteSpan, in text: String, piece: Int, all: [QuoteSpan]) -> Verdict {
        let limit = all.first(where: { $0.open >= quote.end })?.open ?? text.endIndex
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
        guard let sentence = sentences.first(where: { $0.piece == piece && $0.text.startIndex <= quote.open && quote.open <= $0.text.endIndex })
        else { return .unknown }
        let outside = { (i: String.Index) in i < quote.open && !all.contains(where: { $0.contains(i) }) }
        let tokens = sentence.tokens
        guard let verb = tokens.indices.last(where: { j in
            outside(tokens[j].text.startIndex) && (SpeechWords.verbs.contains(tokens[j].key) || tokens[j].key == "selon")
        }) else {
            // "Macron : « … »"
            if let colon = tokens.indices.last(where: { outside(tokens[$0].text.startIndex) }), tokens[colon].isMark(":"),
               let span = sentence.spans.first(where: { $0.range.upperBound == colon }) {
                return .speaker(span.name)
            }
            return .unknown
        }
        if verb + 1 < tokens.count, SpeechWords.pronouns.contains(tokens[verb + 1].key) && tokens[verb].key == "selon" {
            return subject(before: quote.open, piece: piece).map(Verdict.speaker) ?? .nobody
        }
        let spans = sentence.spans.filter { outside(sentence.position(of: $0)) && !$0.isComplement }
        if tokens[verb].key == "selon" {
            return spans.first(where: { $0.range.lowerBound == verb + 1 }).map { .speaker($0.name) } ?? .unknown
        }
        // "Interrogé sur X, il répond : « … »": the pronoun stands for an earlier subject.
        if (max(0, verb - 3)..<verb).contains(where: { SpeechWords.pronouns.contains(tokens[$0].key) }) {
            return subject(before: sentence.text.startIndex, piece: piece).map(Verdict.speaker) ?? .nobody
        }
        // The name right before the verb ("Emmanuel Macron a déclaré"), else the sentence's subject
        // ("M. Barrot, qui a vu Marco Rubio, estime").
        let before = spans.filter { $0.range.upperBound <= verb }
        if let subject = before.last(where: { SpeechCue.follows(tokens, end: $0.range.upperBound) }) ?? before.first {
            return .speaker(subject.name)
        }
        if let inverted = spans.first(where: { $0.range.lowerBound > verb }),
           (verb + 1..<inverted.range.lowerBound).allSatisfy({ allowedBetween(tokens[$0]) }) {
            return .speaker(inverted.name)
        }
        return .unknown
    }

    /// The person the text last made a subject before `position`: the first name of the
    /// latest sentence (outside quotes) that names someone.
    private func subject(before position: String.Index, piece: Int) -> String? {
        for sentence in sentences.reversed() where clip.pieces[sentence.piece].blockIndex >= 0 {
            if sentence.piece > piece { continue }
            let quotes = quoteSpans[sentence.piece]
            let candidates = sentence.spans.filter { span in
                let at = sentence.position(of: span)
                return !span.isComplement && !quotes.contains(where: { $0.contains(at) })
                    && (sentence.piece < piece || at < position)
            }
            if let first = candidates.first { return first.name }
        }
        return nil
    }
}
