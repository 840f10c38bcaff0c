/// Whether a sentence speaks of the past or of the future around a date expression:
/// the verb marker nearest to the expression decides ("a dit lundi" → past,
/// "Jeudi, Emmanuel Macron recevra" → future, "said on Tuesday", "will meet on Thursday").
enum TenseDetector {
    enum Tense: Sendable, Hashable { case past, future, neutral }

    private static let words = TenseWords.all
    private static let futureWords = words.future
    private static let pastWords = words.past
    private static let notVerbs = words.notVerbs
    /// Verbs that report speech: they date the saying, not what is said.
    private static let reportingVerbs = words.reportingVerbs

    /// The tense of `tokens` as it bears on the expression spanning `range`.
    /// `english` switches the verb rules (auxiliaries, endings) from French to English.
    /// Markers of the expression's own clause (between commas, semicolons, colons) decide;
    /// a clause that is little more than the date ("Jeudi, …", "Last week, …") borrows the sentence's.
    /// A clause without a verb of its own ("Lancée à Londres le 2 mars, elle a tenu…",
    /// "après leur sommet du 15 août") takes the past when the sentence's nearest verb that
    /// does not report speech is past; a future elsewhere is not borrowed, since such
    /// verbless clauses mostly recall what came before.
    static func tense(of tokens: [DateToken], around range: Range<Int>, english: Bool = false) -> Tense {
        Reading(tokens, english: english).tense(around: range)
    }

    /// One sentence's markers, clause ends and relative pronouns, read once, so that the tense
    /// around each of its date expressions costs a few lookups: a sentence of many dates stays
    /// linear in its tokens.
    struct Reading {
        private let count: Int
        private let markers: [Tense?]
        /// For each position i, the last marker before i (-1 when none), all of them or only
        /// those that do not report speech.
        private let previous: [Int], previousPlain: [Int]
        /// For each position i, the first marker at or after i (`count` when none).
        private let next: [Int], nextPlain: [Int]
        /// For each position i, the last clause end before i (-1), the first clause end and
        /// the first relative pronoun at or after i (`count`).
        private let previousEnd: [Int], nextEnd: [Int], nextRelative: [Int]

        init(_ tokens: [DateToken], english: Bool) {
            count = tokens.count
            var markers: [Tense?] = []
            markers.reserveCapacity(count)
            var plain: [Bool] = []
            plain.reserveCapacity(count)
            var lastQue = -1
            for (k, token) in tokens.enumerated() {
                let marker = english ? englishMarker(tokens, k, token) : frenchMarker(tokens, k, token, lastQue: lastQue)
                markers.append(marker)
                plain.append(marker != nil && !reportingVerbs.contains(token.folded))
                if k > 0, TenseDetector.words.complementizers.contains(token.folded) { lastQue = k }
            }
            self.markers = markers
            var previous = [Int](repeating: -1, count: count + 1), previousPlain = previous, previousEnd = previous
            for i in 0..<count {
                previous[i + 1] = markers[i] != nil ? i : previous[i]
                previousPlain[i + 1] = plain[i] ? i : previousPlain[i]
                previousEnd[i + 1] = TenseDetector.ends(tokens[i]) ? i : previousEnd[i]
            }
            var next = [Int](repeating: count, count: count + 1), nextPlain = next, nextEnd = next, nextRelative = next
            for i in stride(from: count - 1, through: 0, by: -1) {
                next[i] = markers[i] != nil ? i : next[i + 1]
                nextPlain[i] = plain[i] ? i : nextPlain[i + 1]
                nextEnd[i] = TenseDetector.ends(tokens[i]) ? i : nextEnd[i + 1]
                nextRelative[i] = relatives.contains(tokens[i].folded) ? i : nextRelative[i + 1]
            }
            (self.previous, self.previousPlain, self.previousEnd) = (previous, previousPlain, previousEnd)
            (self.next, self.nextPlain, self.nextEnd, self.nextRelative) = (next, nextPlain, nextEnd, nextRelative)
        }

        /// The tense of the sentence as it bears on the expression spanning `range`
        /// (see `TenseDetector.tense(of:around:english:)`).
        func tense(around range: Range<Int>) -> Tense {
            let clause = clause(around: range)
            let scope = 0..<sentenceEnd(after: range)
            if clause.count - range.count <= 1 {
                return nearest(in: scope, around: range, plainOnly: false) ?? .neutral
            }
            if let own = nearest(in: clause, around: range, plainOnly: false) { return own }
            let borrowed = nearest(in: scope, around: range, plainOnly: true)
            // A verbless clause that opens the sentence ("Dès janvier à Paris, nous poursuivrons") is
            // the main clause's time, future too.
            if clause.lowerBound == 0, range.lowerBound <= 1, let main = nearest(in: scope, around: range, plainOnly: false) {
                return main
            }
            return borrowed == .past ? .past : .neutral
        }

        /// The tense of the marker nearest to the expression in `scope`, the one before it on a tie.
        private func nearest(in scope: Range<Int>, around range: Range<Int>, plainOnly: Bool) -> Tense? {
            let upper = min(scope.upperBound, count)
            let beforeBound = max(0, min(range.lowerBound, upper))
            let before = (plainOnly ? previousPlain : previous)[beforeBound]
            let afterStart = max(range.upperBound, scope.lowerBound)
            let after = afterStart < upper ? (plainOnly ? nextPlain : next)[afterStart] : count
            let hasBefore = before >= scope.lowerBound, hasAfter = after < upper
            switch (hasBefore, hasAfter) {
            case (true, true):
                return range.lowerBound - before <= after - range.upperBound + 1 ? markers[before] : markers[after]
            case (true, false): return markers[before]
            case (false, true): return markers[after]
            case (false, false): return nil
            }
        }

        /// Where the sentence's say on the expression ends: at a relative clause after it.
        private func sentenceEnd(after range: Range<Int>) -> Int {
            range.upperBound < count ? nextRelative[max(0, range.upperBound)] : range.upperBound
        }

        /// The tokens of the clause holding `range`, up to a relative clause that follows it.
        private func clause(around range: Range<Int>) -> Range<Int> {
            let lo = previousEnd[max(0, min(range.lowerBound, count))] + 1
            let start = max(range.upperBound, lo)
            guard start < count else { return lo..<max(start, lo) }
            let end = nextEnd[max(start - 1, 0)]
            let hi = min(end < count ? end + 1 : count, nextRelative[start])
            return lo..<max(hi, lo)
        }
    }

    private static let clauseEnds: Set<Character> = [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}"]

    /// Relative pronouns: a relative clause after the date has its own tense ("à Genève le
    /// 23 novembre et de la réunion qui aura lieu", "on November 23 and the meeting which will").
    private static let relatives = words.relatives

    private static func ends(_ token: DateToken) -> Bool {
        token.trailing.map { clauseEnds.contains($0) } ?? false
    }

    private static func englishMarker(_ t: [DateToken], _ k: Int, _ token: DateToken) -> Tense? {
        let f = token.folded
        if notVerbs.contains(f) || token.isCapitalized && k > 0 { return nil }
        if futureWords.contains(f) { return .future }
        if pastWords.contains(f) { return .past }
        if f.utf8.count >= 5, endsWithAny(f, words.pastEndings), !endsWithAny(f, words.notPastEndings) { return .past }
        if isParticiple(f), k > 0, words.perfectAuxiliaries.contains(t[k - 1].folded) { return .past }
        return nil
    }

    /// `lastQue` is the last "que" or "qu" among the tokens 1..<k, or -1.
    private static func frenchMarker(_ t: [DateToken], _ k: Int, _ token: DateToken, lastQue: Int) -> Tense? {
        let f = token.folded
        if notVerbs.contains(f) || token.isCapitalized && k > 0 { return nil }
        if futureWords.contains(f) { return .future }
        if pastWords.contains(f) { return .past }
        if words.goForms.contains(f), let next = nextVerb(t, after: k), isInfinitive(next) { return .future }
        if f.utf8.count >= 5, endsWithAny(f, words.futureEndings) { return .future }
        // The conditional reports what was to come ("ils se retrouveraient le 6 janvier"), unless it
        // is the compound past of hearsay ("aurait rencontré").
        if f.utf8.count >= 7, endsWithAny(f, words.conditionalEndings), !words.conditionalAuxiliaries.contains(f),
           reportsSpeech(t, que: lastQue) { return .future }
        if isParticiple(f), hasAuxiliary(t, before: k) { return .past }
        if f.utf8.count >= 5, endsWithAny(f, words.imperfectEndings), !endsWithAny(f, words.conditionalEndings) { return .past }
        return nil
    }

    /// Whether the words before `k` report speech ("a annoncé que …"): the conditional after
    /// them is the future of what was said, not a hedge.
    /// `que` is the last "que" before the conditional (-1 when none), found once per sentence.
    private static func reportsSpeech(_ t: [DateToken], que j: Int) -> Bool {
        guard j > 0 else { return false }
        return (max(0, j - 3)..<j).contains { reportingVerbs.contains(t[$0].folded) }
    }

    private static func nextVerb(_ t: [DateToken], after k: Int) -> String? {
        var j = k + 1
        while j < t.count, words.beforeInfinitive.contains(t[j].folded) { j += 1 }
        return j < t.count ? t[j].folded : nil
    }

    private static func isInfinitive(_ f: String) -> Bool {
        f.utf8.count >= 4 && endsWithAny(f, words.infinitiveEndings)
    }

    private static func isParticiple(_ f: String) -> Bool {
        guard f.utf8.count >= 2 else { return false }
        return endsWithAny(f, words.participleEndings) || words.irregularParticiples.contains(f)
    }

    private static func hasAuxiliary(_ t: [DateToken], before k: Int) -> Bool {
        var j = k - 1
        var skipped = 0
        while j >= 0, skipped <= 3 {
            let f = t[j].folded
            if words.auxiliaries.contains(f) { return !t[j].isGraveA }
            if words.reflexiveAuxiliaries.contains(f), j > 0, words.reflexivePronouns.contains(t[j - 1].folded) { return true }
            guard words.skippable.contains(f) else { return false }
            j -= 1
            skipped += 1
        }
        return false
    }

    private static func endsWithAny(_ f: String, _ endings: [String]) -> Bool {
        endings.contains { f.hasSuffix($0) }
    }
}
