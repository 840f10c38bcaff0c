/// Whether a sentence speaks of the past or of the future around a date expression:
/// the verb marker nearest to the expression decides ("a dit lundi" → past,
/// "Jeudi, Emmanuel Macron recevra" → future, "said on Tuesday", "will meet on Thursday").
enum TenseDetector {
    enum Tense: Sendable, Hashable { case past, future, neutral }

    private static let futureWords: Set<String> = [
        "sera", "seront", "aura", "auront", "ira", "iront", "fera", "feront", "pourra", "pourront", "devra", "devront",
        "doit", "doivent", "devrait", "devraient", "pourrait", "pourraient", "prevu", "prevue", "prevus", "prevues", "prevoit", "attendu",
        "attendue", "attendus", "attendues", "prochain", "prochaine", "prochains", "prochaines",
        "will", "ll", "shall", "due", "expected", "scheduled", "planned", "plans", "upcoming", "going", "next",
    ]
    private static let pastWords: Set<String> = [
        "said", "met", "was", "were", "had", "did", "told", "held", "spoke", "took", "came", "went", "made", "gave",
        "saw", "left", "began", "wrote", "hit", "struck", "fell", "won", "lost", "sent", "brought", "ago",
        "dernier", "derniere", "derniers", "dernieres", "passe", "passee", "depuis", "since", "last",
    ]
    private static let conditionalAuxiliaries: Set<String> = ["aurait", "auraient", "serait", "seraient", "pourrait", "pourraient"]
    private static let auxiliaries: Set<String> = [
        "a", "ont", "avait", "avaient", "ai", "avons", "avez", "as", "eu",
    ]
    private static let skippable: Set<String> = [
        "t", "il", "elle", "on", "ils", "elles", "deja", "pas", "ne", "n", "jamais", "aussi", "egalement", "bien",
        "lui", "leur", "ete", "notamment", "encore", "also", "not", "already", "been", "finalement", "ainsi",
    ]
    private static let notVerbs: Set<String> = [
        "contra", "extra", "ultra", "opera", "camera", "cobra", "sierra", "mantra", "cholera", "zebra", "agora",
        "front", "affront", "parfait", "extrait", "portrait", "retrait", "attrait", "souhait", "abstrait", "distrait",
        "need", "indeed", "united", "hundred", "speed", "embed", "proceed", "exceed", "succeed", "feed", "seed",
    ]

    /// Verbs that report speech: they date the saying, not what is said.
    private static let reportingVerbs: Set<String> = [
        "dit", "declare", "indique", "annonce", "precise", "explique", "affirme", "ajoute", "estime", "souligne",
        "assure", "confirme", "rapporte", "averti", "prevenu", "said", "told", "announced", "added", "stated",
        "reported", "confirmed", "noted", "explained",
    ]

    /// The tense of `tokens` as it bears on the expression spanning `range`.
    /// `english` switches the verb rules (auxiliaries, endings) from French to English.
    /// Markers of the expression's own clause (between commas, semicolons, colons) decide;
    /// a clause that is little more than the date ("Jeudi, …", "Last week, …") borrows the sentence's.
    /// A clause without a verb of its own ("Lancée à Londres le 2 mars, elle a tenu…",
    /// "après leur sommet du 15 août") takes the past when the sentence's nearest verb that
    /// does not report speech is past; a future elsewhere is not borrowed, since such
    /// verbless clauses mostly recall what came before.
    static func tense(of tokens: [DateToken], around range: Range<Int>, english: Bool = false) -> Tense {
        let clause = clause(of: tokens, around: range)
        if clause.count - range.count <= 1 {
            return nearest(in: tokens, 0..<sentenceEnd(tokens, after: range), around: range, english: english)?.tense ?? .neutral
        }
        if let own = nearest(in: tokens, clause, around: range, english: english) { return own.tense }
        let scope = 0..<sentenceEnd(tokens, after: range)
        let borrowed = nearest(in: tokens, scope, around: range, english: english) { _, token in
            !reportingVerbs.contains(token.folded)
        }
        // A verbless clause that opens the sentence ("Dès janvier à Paris, nous poursuivrons") is
        // the main clause's time, future too.
        if clause.lowerBound == 0, range.lowerBound <= 1, let main = nearest(in: tokens, scope, around: range, english: english) {
            return main.tense
        }
        return borrowed?.tense == .past ? .past : .neutral
    }

    /// The marker nearest to the expression in `scope` that `accept` keeps.
    private static func nearest(in tokens: [DateToken], _ scope: Range<Int>, around range: Range<Int>, english: Bool,
                                accept: (Tense, DateToken) -> Bool = { _, _ in true }) -> (distance: Int, tense: Tense)? {
        var best: (distance: Int, tense: Tense)?
        for k in scope where !range.contains(k) {
            let token = tokens[k]
            guard let tense = english ? englishMarker(tokens, k, token) : frenchMarker(tokens, k, token),
                  accept(tense, token) else { continue }
            let distance = k < range.lowerBound ? range.lowerBound - k : k - range.upperBound + 1
            if best == nil || distance < (best?.distance ?? .max) { best = (distance, tense) }
        }
        return best
    }

    /// Where the sentence's say on the expression ends: at a relative clause after it.
    private static func sentenceEnd(_ tokens: [DateToken], after range: Range<Int>) -> Int {
        var hi = range.upperBound
        while hi < tokens.count, !relatives.contains(tokens[hi].folded) { hi += 1 }
        return hi
    }

    private static let clauseEnds: Set<Character> = [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}"]

    /// Relative pronouns: a relative clause after the date has its own tense ("à Genève le
    /// 23 novembre et de la réunion qui aura lieu", "on November 23 and the meeting which will").
    private static let relatives: Set<String> = ["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "which", "who", "whom"]

    /// The tokens of the clause holding `range`, up to a relative clause that follows it.
    private static func clause(of tokens: [DateToken], around range: Range<Int>) -> Range<Int> {
        var lo = min(range.lowerBound, tokens.count)
        while lo > 0, !ends(tokens[lo - 1]) { lo -= 1 }
        var hi = max(range.upperBound, lo)
        while hi < tokens.count, hi == 0 || !ends(tokens[hi - 1]), !relatives.contains(tokens[hi].folded) { hi += 1 }
        return lo..<max(hi, lo)
    }

    private static func ends(_ token: DateToken) -> Bool {
        token.trailing.map { clauseEnds.contains($0) } ?? false
    }

    private static func englishMarker(_ t: [DateToken], _ k: Int, _ token: DateToken) -> Tense? {
        let f = token.folded
        if notVerbs.contains(f) || token.isCapitalized && k > 0 { return nil }
        if futureWords.contains(f) { return .future }
        if pastWords.contains(f) { return .past }
        if f.utf8.count >= 5, f.hasSuffix("ed"), !f.hasSuffix("eed") { return .past }
        if isParticiple(f), k > 0, ["has", "have"].contains(t[k - 1].folded) { return .past }
        return nil
    }

    private static func frenchMarker(_ t: [DateToken], _ k: Int, _ token: DateToken) -> Tense? {
        let f = token.folded
        if notVerbs.contains(f) || token.isCapitalized && k > 0 { return nil }
        if futureWords.contains(f) { return .future }
        if pastWords.contains(f) { return .past }
        if (f == "va" || f == "vont" || f == "vais"), let next = nextVerb(t, after: k), isInfinitive(next) { return .future }
        if f.utf8.count >= 5, f.hasSuffix("ra") || f.hasSuffix("ront") || f.hasSuffix("rons") { return .future }
        // The conditional reports what was to come ("ils se retrouveraient le 6 janvier"), unless it
        // is the compound past of hearsay ("aurait rencontré").
        if f.utf8.count >= 7, f.hasSuffix("rait") || f.hasSuffix("raient"), !conditionalAuxiliaries.contains(f),
           reportsSpeech(t, before: k) { return .future }
        if isParticiple(f), hasAuxiliary(t, before: k) { return .past }
        if f.utf8.count >= 5, f.hasSuffix("ait") || f.hasSuffix("aient"), !f.hasSuffix("rait"), !f.hasSuffix("raient") { return .past }
        return nil
    }

    /// Whether the words before `k` report speech ("a annoncé que …"): the conditional after
    /// them is the future of what was said, not a hedge.
    private static func reportsSpeech(_ t: [DateToken], before k: Int) -> Bool {
        var j = k - 1
        while j > 0 {
            if t[j].folded == "que" || t[j].folded == "qu" {
                return (max(0, j - 3)..<j).contains { reportingVerbs.contains(t[$0].folded) }
            }
            j -= 1
        }
        return false
    }

    private static func nextVerb(_ t: [DateToken], after k: Int) -> String? {
        var j = k + 1
        while j < t.count, ["se", "s", "y", "en", "le", "la", "les", "lui", "leur", "me", "nous", "vous", "pas"].contains(t[j].folded) { j += 1 }
        return j < t.count ? t[j].folded : nil
    }

    private static func isInfinitive(_ f: String) -> Bool {
        f.utf8.count >= 4 && (f.hasSuffix("er") || f.hasSuffix("ir") || f.hasSuffix("re") || f.hasSuffix("oir"))
    }

    private static func isParticiple(_ f: String) -> Bool {
        guard f.utf8.count >= 2 else { return false }
        for suffix in ["e", "es", "ee", "ees", "i", "is", "u", "us", "it", "ert", "eint", "ed", "en", "ne"] where f.hasSuffix(suffix) {
            return true
        }
        return f == "met" || f == "said" || f == "told"
    }

    private static func hasAuxiliary(_ t: [DateToken], before k: Int) -> Bool {
        var j = k - 1
        var skipped = 0
        while j >= 0, skipped <= 3 {
            let f = t[j].folded
            if auxiliaries.contains(f) { return !t[j].isGraveA }
            if (f == "est" || f == "sont" || f == "etait" || f == "etaient"), j > 0, ["s", "se"].contains(t[j - 1].folded) { return true }
            guard skippable.contains(f) else { return false }
            j -= 1
            skipped += 1
        }
        return false
    }
}
