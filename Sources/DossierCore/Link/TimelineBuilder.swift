/// Builds the dossier's timeline from the dates every clip gives: one entry per event,
/// the same event reported by several clips once with all its sources, in date order.
///
/// Within a clip, the mentions of one date make one entry (labelled by the first);
/// across clips, entries on the same date at the same precision merge when their
/// sentences share at least `minimumSharedWords` content words (names, places, nouns).
/// Dates are bucketed and words indexed per bucket, so the work stays near-linear.
public struct TimelineBuilder: Sendable {
    /// Content words two reports of one event must share.
    public var minimumSharedWords: Int

    public init(minimumSharedWords: Int = 2) {
        self.minimumSharedWords = minimumSharedWords
    }

    public func build(_ articles: [DossierArticle]) -> [TimelineEntry] {
        // What each clip says on its own (its dates, their sentences' words) is read on every core;
        // only the merging across clips runs in order, and the labels are cut once it is done.
        let perArticle = articles.parallelMap { groups(of: $0) }
        var entries: [TimelineEntry] = []
        var firsts: [DatedEvent] = []
        var words: [Set<String>] = []
        var buckets: [PartialDate: TimelineBucket] = [:]
        for groups in perArticle {
            for group in groups {
                // Changed in place: a bucket copied out of the dictionary would copy its index.
                let target = buckets[group.date]?.bestMatch(for: group.words, minimum: minimumSharedWords)
                if let target {
                    entries[target].sources += group.sources
                    let added = group.words.subtracting(words[target])
                    words[target].formUnion(added)
                    buckets[group.date, default: TimelineBucket()].index(added, as: target)
                } else {
                    entries.append(TimelineEntry(date: group.date, label: "", sources: group.sources))
                    firsts.append(group.first)
                    words.append(group.words)
                    buckets[group.date, default: TimelineBucket()].index(group.words, as: entries.count - 1)
                }
            }
        }
        let labels = firsts.parallelMap { TimelineLabeler.label(sentence: $0.sentence, expression: $0.expression) }
        for i in entries.indices { entries[i].label = labels[i] }
        return entries.enumerated().sorted { a, b in
            if a.element.date != b.element.date { return a.element.date < b.element.date }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// One clip's mentions of one date.
    private struct Group: Sendable {
        var date: PartialDate
        /// The first mention, which labels the entry.
        var first: DatedEvent
        var sources: [Citation]
        var words: Set<String>
    }

    /// The clip's events gathered by date, in order of first mention.
    private func groups(of article: DossierArticle) -> [Group] {
        var groups: [Group] = []
        var position: [PartialDate: Int] = [:]
        for event in article.mentions.events {
            let citation = Citation(articleID: article.id, blockIndex: event.blockIndex, sentence: event.sentence)
            if let i = position[event.date] {
                if !groups[i].sources.contains(where: { $0.blockIndex == event.blockIndex && $0.sentence == event.sentence }) {
                    groups[i].sources.append(citation)
                    groups[i].words.formUnion(TimelineWords.contentWords(of: event.sentence))
                }
            } else {
                position[event.date] = groups.count
                groups.append(Group(date: event.date, first: event, sources: [citation],
                                    words: TimelineWords.contentWords(of: event.sentence)))
            }
        }
        return groups
    }
}

/// The entries of one date, with their content words indexed.
struct TimelineBucket {
    private var entriesByWord: [String: [Int]] = [:]
    private var firstEntry: Int?

    mutating func index(_ words: Set<String>, as entry: Int) {
        if firstEntry == nil { firstEntry = entry }
        for w in words { entriesByWord[w, default: []].append(entry) }
    }

    /// The entry sharing the most words with `words`, if it shares at least `minimum`
    /// or all of them when there are fewer (the earliest entry on a tie). A mention with
    /// no content word ("Mardi 6 janvier 2026" as a heading) joins the date's first entry.
    func bestMatch(for words: Set<String>, minimum: Int) -> Int? {
        if words.isEmpty { return firstEntry }
        let minimum = min(minimum, words.count)
        var shared: [Int: Int] = [:]
        for w in words { for e in entriesByWord[w] ?? [] { shared[e, default: 0] += 1 } }
        let best = shared.filter { $0.value >= minimum }.max { a, b in
            a.value != b.value ? a.value < b.value : a.key > b.key
        }
        return best?.key
    }
}
