/// Finds the meeting nouns and verbs of a sentence.
struct MeetingCueFinder: Sendable {
    var lang: String
    var lexicon: MeetingLexicon

    /// The cues of a sentence, in order; `personStarts` are the token indices where names start.
    func cues(in tokens: [MeetingToken], personStarts: Set<Int>) -> [MeetingCue] {
        let index = MeetingCueLexicon.entries(forLanguage: lang)
        var cues: [MeetingCue] = []
        var i = 0
        while i < tokens.count {
            guard let entries = index[tokens[i].folded],
                  let (entry, skip) = entries.lazy.compactMap({ e -> (MeetingCueLexicon.Entry, Int)? in
                      guard let skip = self.adverbSkip(e, at: i, in: tokens),
                            self.accepts(e, at: i, skip: skip, in: tokens, personStarts: personStarts) else { return nil }
                      return (e, skip)
                  }).first
            else { i += 1; continue }
            let end = i + entry.words.count + skip
            let text = tokens[i..<end].map(\.text).joined(separator: " ")
            cues.append(MeetingCue(kind: entry.kind, text: text, start: i, end: end, isVerb: entry.isVerb,
                                   isPresent: entry.isPresent, isFuture: entry.isFuture, isInfinitive: entry.isInfinitive, isPlural: entry.isPlural,
                                   refersBack: !entry.isVerb && refersBack(at: i, in: tokens), isAgreement: entry.isAgreement))
            i = end
        }
        return fuse(cues, in: tokens)
    }

    /// How many words stand between the auxiliary and the rest of a verb cue: 0 when the cue is
    /// written as is, 1 for an adverb after the auxiliary ("avait longuement discuté avec", "had
    /// already met"), nil when the cue is not there.
    private func adverbSkip(_ entry: MeetingCueLexicon.Entry, at i: Int, in tokens: [MeetingToken]) -> Int? {
        if tokens.matches(entry.words, at: i) { return 0 }
        guard entry.isVerb, entry.words.count >= 2, i + 1 < tokens.count, lexicon.isAdverb(tokens[i + 1].folded),
              tokens.matches(Array(entry.words.dropFirst()), at: i + 2) else { return nil }
        return 1
    }

    private func accepts(_ entry: MeetingCueLexicon.Entry, at i: Int, skip: Int = 0, in tokens: [MeetingToken],
                         personStarts: Set<Int>) -> Bool {
        let previous = i > 0 ? tokens[i - 1].folded : ""
        if entry.needsDeterminer, !lexicon.determiners.contains(previous) { return false }
        if entry.isAgreement { return hasCollectiveSubject(before: i, in: tokens) }
        if entry.kind == .videoConference, lexicon.videoMeans.contains(previous) { return false }
        let end = i + entry.words.count + skip
        if entry.needsGroup {
            // "Réunis jeudi à Bruxelles, les dirigeants des Vingt-Sept…": a group of people beside it.
            return (max(0, i - 4)..<min(end + 10, tokens.count)).contains { lexicon.collectives.contains(tokens[$0].folded) }
        }
        if entry.needsObject { return hasObject(after: end, in: tokens, personStarts: personStarts) }
        if entry.needsPerson {
            if lexicon.determiners.contains(previous) { return false }
            // "wants to meet Putin", "souhaite le rencontrer": a wish, not a meeting.
            if (max(0, i - 3)..<i).contains(where: { lexicon.wishes.contains(tokens[$0].folded) }) { return false }
            // "a rencontré avec", "avait dîné la veille avec": "with" a few words on.
            if (end..<min(end + 3, tokens.count)).contains(where: { lexicon.withWords.contains(tokens[$0].folded) }) { return true }
            // "Trump and Putin met in Anchorage", "the coalition met on Sunday": people or a group
            // named just before a reciprocal verb.
            if lexicon.reciprocalVerbs.contains(entry.words.last ?? ""),
               (max(0, i - 4)..<i).contains(where: { personStarts.contains($0) || lexicon.collectives.contains(tokens[$0].folded) }) {
                return true
            }
            // "a rencontré jeudi matin à Paris le chef de cabinet de la présidence, Andriï Iermak";
            // "hosted some 35 countries", "rencontraient une délégation russe": a group is met too.
            return (end..<min(end + 16, tokens.count)).contains { personStarts.contains($0) }
                || (end..<min(end + 5, tokens.count)).contains { lexicon.collectives.contains(tokens[$0].folded) }
        }
        return true
    }

    /// Whether a person is the object right after a verb ("a appelé Volodymyr Zelensky", "called
    /// Russian President Vladimir Putin"): a few title words may stand between, no word that makes
    /// the verb mean something else ("appelé à", "called on"), and no naming after the person
    /// ("called Putin a killer", "a appelé Zelensky à la retenue").
    private func hasObject(after end: Int, in tokens: [MeetingToken], personStarts: Set<Int>) -> Bool {
        guard let person = (end..<min(end + 5, tokens.count)).first(where: { personStarts.contains($0) }) else { return false }
        if (end..<person).contains(where: { lexicon.objectBreaks.contains(tokens[$0].folded) }) { return false }
        return !((person + 1)..<min(person + 4, tokens.count)).contains {
            lexicon.namingWords.contains(tokens[$0].folded) && tokens[$0 - 1].isCapitalized
        }
    }

    /// Whether the words just before the verb at `start` name a collective subject
    /// ("plusieurs pays européens avaient formalisé", "European leaders agreed").
    private func hasCollectiveSubject(before start: Int, in tokens: [MeetingToken]) -> Bool {
        (max(0, start - 6)..<start).contains { lexicon.collectives.contains(tokens[$0].folded) }
    }

    private func refersBack(at i: Int, in tokens: [MeetingToken]) -> Bool {
        if i > 0, lexicon.backReferences.contains(tokens[i - 1].folded) { return true }
        if i > 1, lexicon.backReferences.contains(tokens[i - 2].folded),
           !lexicon.backReferenceBreaks.contains(tokens[i - 1].folded) { return true }
        return false
    }

    /// "reçoit Zelensky pour un déjeuner": a verb and the noun that says what kind of meeting it is
    /// are one cue.
    private func fuse(_ cues: [MeetingCue], in tokens: [MeetingToken]) -> [MeetingCue] {
        var out: [MeetingCue] = []
        var skip = Set<Int>()
        for (n, cue) in cues.enumerated() where !skip.contains(n) {
            // "a dinner hosted by King Willem-Alexander": the host is one more participant of the dinner.
            if cue.isVerb, cue.end < tokens.count, lexicon.agentWords.contains(tokens[cue.end].folded),
               let last = out.last, !last.isVerb, cue.start - last.end <= 8 {
                out[out.count - 1].end = cue.end
                continue
            }
            var merged = cue
            if cue.isVerb, cue.kind == .meeting, n + 1 < cues.count {
                let noun = cues[n + 1]
                let between = tokens[cue.end..<noun.start].map(\.folded)
                if !noun.isVerb, noun.start - cue.end <= 25, between.contains(where: lexicon.purposeWords.contains) {
                    merged.kind = noun.kind
                    merged.end = noun.end
                    merged.text = cue.text + " … " + noun.text
                    merged.isFuture = cue.isFuture || noun.isFuture
                    skip.insert(n + 1)
                }
            }
            out.append(merged)
        }
        return out
    }
}
