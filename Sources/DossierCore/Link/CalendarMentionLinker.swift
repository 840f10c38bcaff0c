/// Links a clip to a meeting of the story calendar it tells of without dating it, as a reader of
/// the dossier does: "Trump had stood beside Zelenskyy at Mar-a-Lago", "sa rencontre avec Donald
/// Trump à Mar-a-Lago", "Zelenskyy spent two days in Berlin with Witkoff and Kushner", "the Moscow
/// talks". A sentence names the place or venue of a meeting the calendar dates to the day, and
/// with it one of that meeting's people and a meeting word, or the venue, or two of its people, or
/// the meeting's name (its noun and its place: "le sommet d'Alaska"). Its own date must not
/// contradict the calendar's, unless it was read from another happening ("neuf jours après sa
/// rencontre…"); the meeting must lie within the calendar's reach of the clip's day. The clip then
/// joins that meeting, and an undated or contradicted meeting that only this clip's sentence made
/// is folded into it. Two meetings that fit equally leave the clip alone.
///
/// Cost: the calendar is indexed by the places it holds; a clip is read again only in the
/// sentences that name one of them (a byte search first), so the pass is linear in the text.
struct CalendarMentionLinker: Sendable {
    /// A dated meeting held at a real place.
    private struct Entry {
        var meeting: Int
        var day: SimpleDate
        var group: MeetingKindGroup
        var participants: Set<String>
    }

    /// A place written in a clip: its words, its region, whether it is a building.
    private struct Written {
        var words: [String]
        var region: String
        var isVenue: Bool
    }

    /// How many words apart a meeting word and a place may be to tell of one meeting.
    private static let window = 8

    private var entries: [Entry] = []
    private var byRegion: [String: [Int]] = [:]
    /// Written places of the calendar's regions, by first word.
    private var written: [String: [Written]] = [:]
    private var needles = TextSearch.Needles([])

    init(meetings: [Meeting]) {
        for (m, meeting) in meetings.enumerated() {
            guard let day = meeting.date?.simpleDate, let place = meeting.place, place != MeetingPlaces.videoConference,
                  meeting.kind != .call, meeting.status != .cancelled else { continue }
            let region = MeetingPlaces.region(of: place)
            byRegion[region, default: []].append(entries.count)
            entries.append(Entry(meeting: m, day: day, group: MeetingKindGroup(meeting.kind), participants: Set(meeting.participants)))
        }
        guard !entries.isEmpty else { return }
        var forms: [Written] = []
        let lexicon = MeetingLexicon.all
        for (spelling, city) in lexicon.cities {
            let region = MeetingPlaces.region(of: city)
            guard byRegion[region] != nil else { continue }
            forms.append(Written(words: spelling.split(separator: " ").map(String.init), region: region, isVenue: false))
        }
        for venue in lexicon.venues {
            let region = MeetingPlaces.region(of: venue.city)
            guard byRegion[region] != nil else { continue }
            forms.append(Written(words: venue.words, region: region, isVenue: true))
        }
        for form in forms {
            guard let first = form.words.first else { continue }
            written[first, default: []].append(form)
        }
        // Longest first, so "palm beach" is read before "palm" and "elysee palace" before "elysee".
        for key in written.keys { written[key]?.sort { $0.words.count > $1.words.count } }
        needles = TextSearch.Needles(Array(Set(forms.map { $0.words.joined(separator: " ") })).sorted())
    }

    /// Links every clip to the calendar meetings it tells of; `articleMeetings` are the meeting ids
    /// of each article, in the order of `articles`.
    func link(_ articles: [DossierArticle], personIDs: [[String: String]], meetings: inout [Meeting],
              articleMeetings: inout [[String]]) {
        guard !entries.isEmpty else { return }
        var folded = Set<String>()
        for (a, entry) in articles.enumerated() {
            let ids = a < personIDs.count ? personIDs[a] : [:]
            for found in links(in: entry, personIDs: ids) {
                let target = entries[found.entry].meeting
                let id = meetings[target].id
                guard !folded.contains(id) else { continue }
                // The meetings this sentence alone made, undated or dated otherwise: one meeting.
                for d in meetings.indices where d != target && !folded.contains(meetings[d].id)
                    && isDuplicate(meetings[d], of: entries[found.entry], articleID: entry.id, sentence: found.sentence,
                                   region: found.region, relative: found.relative) {
                    folded.insert(meetings[d].id)
                    for p in meetings[d].participants where !meetings[target].participants.contains(p) {
                        meetings[target].participants.append(p)
                    }
                    articleMeetings[a].removeAll { $0 == meetings[d].id }
                }
                if !articleMeetings[a].contains(id) { articleMeetings[a].append(id) }
                if !meetings[target].articles.contains(entry.id) {
                    meetings[target].articles.append(entry.id)
                    meetings[target].mentions.append(Citation(articleID: entry.id, blockIndex: found.blockIndex, sentence: found.sentence))
                }
            }
        }
        guard !folded.isEmpty else { return }
        meetings.removeAll { folded.contains($0.id) }
        for a in articleMeetings.indices { articleMeetings[a].removeAll { folded.contains($0) } }
    }

    /// A meeting only one clip tells of, from the very sentence linked to the calendar meeting, at
    /// no other place, with no date or one the calendar contradicts (when read from another
    /// happening) or a coarser one that holds the meeting's day.
    private func isDuplicate(_ meeting: Meeting, of entry: Entry, articleID: String, sentence: String, region: String,
                             relative: Bool) -> Bool {
        guard meeting.articles == [articleID], meeting.mentions.contains(where: { $0.sentence == sentence }) else { return false }
        if let place = meeting.place, place != MeetingPlaces.videoConference, MeetingPlaces.region(of: place) != region { return false }
        if meeting.place == nil || meeting.place == MeetingPlaces.videoConference {
            guard !meeting.participants.isEmpty, Set(meeting.participants).isSubset(of: entry.participants) else { return false }
        }
        guard let date = meeting.date else { return true }
        if let day = date.simpleDate { return day != entry.day && relative }
        return Self.holds(date, entry.day)
    }

    private struct Found {
        var entry: Int
        var blockIndex: Int
        var sentence: String
        var region: String
        /// The sentence's date was read from another happening ("nine days after…").
        var relative: Bool
    }

    /// The calendar meetings the sentences of one clip tell of.
    private func links(in entry: DossierArticle, personIDs ids: [String: String]) -> [Found] {
        let article = entry.article
        let lexicon = MeetingLexicon.forLanguage(article.lang)
        var names: MeetingSentenceReader.NameWords?
        var found: [Found] = []
        var taken = Set<Int>()
        for (b, block) in article.blocks.enumerated() {
            let text = block.plainText
            guard TextSearch.containsAny(MeetingFolding.fold(text), needles) else { continue }
            let blockEvents = entry.mentions.events.filter { $0.blockIndex == b }
            let nameWords = names ?? MeetingSentenceReader.nameWords(Set(entry.mentions.people.map(\.name)))
            names = nameWords
            for sentence in SentenceSplitter.sentences(in: text) where TextSearch.containsAny(MeetingFolding.fold(sentence), needles) {
                let reader = MeetingSentenceReader(sentence: sentence, blockIndex: b, names: nameWords, events: blockEvents, lang: article.lang)
                let people = Set(reader.names.compactMap { ids[$0.name] })
                let events = blockEvents.filter { $0.sentence == sentence || sentence.contains($0.expression) }
                let relative = events.contains { Self.isRelative($0.expression, lexicon: lexicon) }
                let own = entry.mentions.meetings.filter { $0.blockIndex == b && $0.sentence == sentence }
                let ownDates = events.filter { !Self.isRelative($0.expression, lexicon: lexicon) }.map(\.date)
                    + (relative ? [] : own.compactMap(\.date))
                let announces = own.contains { $0.status == .planned }
                // A sentence the first reading took for a meeting elsewhere is about that one.
                let elsewhere = Set(own.compactMap { m in m.place.flatMap { $0 == MeetingPlaces.videoConference ? nil : MeetingPlaces.region(of: $0) } })
                for place in places(in: reader.tokens) where elsewhere.isEmpty || elsewhere.contains(place.written.region) {
                    guard let e = choose(place: place, reader: reader, people: people, lexicon: lexicon,
                                         clipDay: article.date, ownDates: ownDates, announces: announces),
                          taken.insert(e).inserted else { continue }
                    found.append(Found(entry: e, blockIndex: b, sentence: sentence, region: place.written.region, relative: relative))
                }
            }
        }
        return found
    }

    /// The calendar meeting at `place` this sentence tells of, when one and only one fits best:
    /// most of the people it names took part, its meeting word is of the meeting's sort, a
    /// meeting after the clip's day is told as to come and one before it is not.
    private func choose(place: (written: Written, index: Int), reader: MeetingSentenceReader, people: Set<String>,
                        lexicon: MeetingLexicon, clipDay: SimpleDate?, ownDates: [PartialDate], announces: Bool) -> Int? {
        let cues = reader.cues.filter { MeetingKindGroup($0.kind) != .call }
        let named = cues.filter { Self.names(cue: $0, place: place.index, tokens: reader.tokens, lexicon: lexicon) }
        // A capital named for its government ("les concessions exigées par Moscou") is no place.
        if MeetingPlaces.metonyms.contains(place.written.region), named.isEmpty,
           !Self.isIntroduced(place.index, in: reader.tokens, lexicon: lexicon) { return nil }
        let toCome = !cues.isEmpty && cues.allSatisfy(\.isFuture)
        // A meeting word far from the place tells of another meeting ("cette nouvelle réunion …
        // après l'arrivée de Donald Trump à la Maison Blanche").
        let near = cues.contains { abs($0.start - place.index) <= Self.window }
        if !cues.isEmpty, !near { return nil }
        var scored: [(entry: Int, score: Int)] = []
        for e in byRegion[place.written.region] ?? [] {
            let entry = entries[e]
            if let clipDay {
                let gap = entry.day.dayNumber - clipDay.dayNumber
                if gap < -StoryCalendar.reachBefore || gap > StoryCalendar.reachAfter { continue }
                // A clip can only announce a meeting after its day, and does not announce one before it.
                if gap > 0 ? !(announces || toCome) : toCome { continue }
            }
            // Its own date, when it has one, is the calendar meeting's.
            if ownDates.contains(where: { !Self.holds($0, entry.day) }) { continue }
            if !cues.isEmpty, !cues.contains(where: { MeetingKindGroup($0.kind) == entry.group }) { continue }
            let overlap = entry.participants.intersection(people).count
            // Most of the people it names are the meeting's: not another meeting at the same place.
            if overlap * 2 <= people.count, overlap > 0 || !people.isEmpty { continue }
            let isNamed = named.contains { MeetingKindGroup($0.kind) == entry.group }
            let fits = overlap >= 2 || (overlap >= 1 && near && clipDay != nil) || (isNamed && clipDay != nil)
            guard fits else { continue }
            scored.append((e, overlap * 2 + (isNamed ? 1 : 0)))
        }
        guard let best = scored.max(by: { $0.score < $1.score }) else { return nil }
        let tied = scored.filter { $0.score == best.score }
        // Days one or two apart at one place are one meeting over several days: its first day.
        let days = tied.map { entries[$0.entry].day.dayNumber }
        guard let first = days.min(), let last = days.max(), last - first <= 2 else { return nil }
        return tied.min { entries[$0.entry].day < entries[$1.entry].day }?.entry
    }

    /// Whether a meeting noun names the meeting by its place: "le sommet d'Alaska", "the Berlin
    /// talks", "la réunion de Genève", "the talks in Geneva".
    private static func names(cue: MeetingCue, place: Int, tokens: [MeetingToken], lexicon: MeetingLexicon) -> Bool {
        guard !cue.isVerb else { return false }
        if place == cue.start - 1 { return true }
        guard place >= cue.end, place - cue.end <= 2 else { return false }
        return tokens[cue.end..<place].allSatisfy {
            lexicon.placePrepositions.contains($0.folded) || lexicon.placeFillers.contains($0.folded)
        }
    }

    /// Whether a place is written as where something happens: "à Moscou", "in the Kremlin".
    private static func isIntroduced(_ place: Int, in tokens: [MeetingToken], lexicon: MeetingLexicon) -> Bool {
        var i = place - 1
        while i >= 0, place - i <= 3 {
            if lexicon.placePrepositions.contains(tokens[i].folded) { return true }
            guard lexicon.placeFillers.contains(tokens[i].folded) else { return false }
            i -= 1
        }
        return false
    }

    /// The places of the calendar this sentence names, with the index of their first word.
    private func places(in tokens: [MeetingToken]) -> [(written: Written, index: Int)] {
        var result: [(written: Written, index: Int)] = []
        var i = 0
        while i < tokens.count {
            if let forms = written[tokens[i].folded], let form = forms.first(where: { tokens.matches($0.words, at: i) }),
               tokens[i].isCapitalized || form.isVenue {
                if !result.contains(where: { $0.written.region == form.region }) { result.append((form, i)) }
                i += form.words.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether a date expression counts from another happening ("neuf jours après", "the day before").
    private static func isRelative(_ expression: String, lexicon: MeetingLexicon) -> Bool {
        MeetingToken.tokens(in: expression).contains {
            lexicon.laterWords.contains($0.folded) || lexicon.earlierWords.contains($0.folded) || lexicon.offsets.contains($0.folded)
        }
    }

    /// Whether `date` (a day, a month, a year) holds `day`; a day one or two before it is the
    /// same meeting over several days.
    private static func holds(_ date: PartialDate, _ day: SimpleDate) -> Bool {
        if let d = date.simpleDate { return abs(d.dayNumber - day.dayNumber) <= 2 }
        if date.year != day.year { return false }
        if let month = date.month { return month == day.month }
        return true
    }
}
