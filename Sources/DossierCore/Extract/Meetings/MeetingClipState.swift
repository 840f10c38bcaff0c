/// What the meeting extractor carries from sentence to sentence of one clip: the mentions found,
/// the last dated one (for "cette réunion"), the last subject named (for "a-t-il dit").
struct MeetingClipState: Sendable {
    let article: Article
    private(set) var mentions: [MeetingMention] = []
    /// Mentions of a meeting named only to count days from it ("deux jours après le sommet
    /// d'Alaska"): what the next sentence says of "la réunion" is not about them.
    private var timeReferences = Set<Int>()
    /// Forums named with a meeting noun anywhere in the clip, kept or not.
    private var forumsSeen: [String] = []
    /// The first name of the previous sentence of the block, for a pronoun subject.
    private var previousSubject: String?
    let lexicon: MeetingLexicon
    private let forumFinder: MeetingForumFinder
    private let placeFinder: MeetingPlaceFinder
    private let dateFinder: MeetingDateFinder
    private let participantFinder: MeetingParticipantFinder
    private let genericFilter: MeetingGenericFilter
    private let statusReader: MeetingStatusReader

    /// The story calendar on a second reading, nil on the first.
    let calendar: StoryCalendar?

    init(article: Article, calendar: StoryCalendar? = nil) {
        self.article = article
        self.calendar = calendar
        let lexicon = MeetingLexicon.forLanguage(article.lang)
        self.lexicon = lexicon
        placeFinder = MeetingPlaceFinder(lexicon: lexicon)
        dateFinder = MeetingDateFinder(lexicon: lexicon)
        participantFinder = MeetingParticipantFinder(lexicon: lexicon)
        genericFilter = MeetingGenericFilter(lexicon: lexicon)
        statusReader = MeetingStatusReader(lexicon: lexicon, clipDate: article.date)
        let texts = [article.title] + article.blocks.map(\.plainText)
        let names = texts.contains { text in
            guard TextSearch.containsAny(text, ["oalition", "OALITION"]) else { return false }
            let folded = MeetingFolding.fold(text)
            return TextSearch.containsAny(folded, lexicon.coalitionNames)
        }
        forumFinder = MeetingForumFinder(lexicon: lexicon, namesCoalition: names)
    }

    mutating func leaveBlock(_ blockIndex: Int) { previousSubject = nil }

    /// Reads one sentence; `inLiveEntry` when it stands under a live blog's time stamp, so it
    /// tells of the clip's day unless it writes a date.
    mutating func read(_ s: MeetingSentenceReader, inLiveEntry: Bool = false) {
        defer { previousSubject = s.names.first?.name }
        let told = mentions.count
        defer { joinForum(of: s, toldSince: told) }
        guard let firstCue = s.cues.first else {
            joinParticipants(of: s)
            return
        }
        let nameTokens = s.nameTokens
        var cueDates: [PartialDate?] = []
        for (n, cue) in s.cues.enumerated() {
            defer { if cueDates.count == n { cueDates.append(nil) } }
            let segmentEnd = n + 1 < s.cues.count ? s.cues[n + 1].start : s.tokens.count
            let forum = forumFinder.forum(for: cue, in: s.tokens)
            if let forum, !forumsSeen.contains(forum.name) { forumsSeen.append(forum.name) }
            if genericFilter.isGeneric(cue, segmentEnd: segmentEnd, in: s.tokens) { continue }

            var date = dateFinder.writtenDate(for: cue, segmentEnd: segmentEnd, firstCueStart: firstCue.start,
                                              dates: s.dates, tokens: s.tokens)
            // An agreement is a meeting only at a written date and a real place.
            if cue.isAgreement, date == nil { continue }
            if date == nil, n > 0, let previous = cueDates[n - 1],
               (max(0, cue.start - 4)..<cue.start).contains(where: { lexicon.sameDayLinks.contains(s.tokens[$0].folded) }),
               !isOffset(before: cue.start, in: s.tokens),
               cityNamed(after: cue, in: s).map({ city in
                   cityNamed(after: s.cues[n - 1], in: s).map { MeetingPlaces.areCompatible($0, city) } ?? true
               }) ?? true {
                // "un appel organisé jeudi à la suite du sommet": the summit is that day too.
                date = previous
            }
            var linkedPlace: String?
            if date == nil, let linked = linkedMeeting(of: n, in: s, cueDates: cueDates) {
                date = linked.date
                linkedPlace = linked.place
            }
            // "Zelensky y a participé depuis Bruxelles, où il a été reçu par Ursula von der Leyen":
            // told while taking part in the meeting just told, so on its day.
            if date == nil, (0..<cue.start).contains(where: { lexicon.participationVerbs.contains(s.tokens[$0].folded) }) {
                date = mentions.last { $0.date?.day != nil && $0.blockIndex >= s.blockIndex - 1 }?.date
            }
            if date == nil, startsWithSequel(s.tokens) {
                // "Leaders then held a call with Trump": the day of the meeting told just before.
                date = mentions.last { $0.date != nil && $0.blockIndex >= s.blockIndex - 3 }?.date
            }
            cueDates.append(date)
            var ofTheDay = false
            var kind = cue.kind
            if date == nil, cue.refersBack { date = referredDate(kind: cue.kind, blockIndex: s.blockIndex) }
            // "Starmer opened the video call … The call was co-chaired by Macron": the same video call.
            let videoCall = cue.kind == .call ? referredVideoCall(before: cue.start, in: s) : nil
            if let videoCall {
                kind = .videoConference
                date = videoCall.date
            }
            if date == nil, s.dates.isEmpty, cue.kind != .talks, let day = article.date,
               inLiveEntry || dateFinder.tellsOfTheDay(s.tokens, cue: cue) {
                date = PartialDate(day)
                ofTheDay = true
            }

            var place = placeFinder.place(in: s.tokens, range: cue.start..<segmentEnd, people: nameTokens, anchor: cue.end)
            if place == nil, n == 0 {
                place = placeFinder.place(in: s.tokens, range: 0..<cue.start, people: nameTokens, anchor: cue.start - 4)
            }
            if place == nil { place = placeFinder.venue(justBefore: cue.start, in: s.tokens) }
            if place == nil { place = placeFinder.city(beforeWhere: cue.start, in: s.tokens) }
            if place == nil, cue.kind == .videoConference { place = MeetingPlaces.videoConference }
            if place == nil, ofTheDay { place = titlePlace() }
            // A call after the summit is not held at the summit's place.
            if place == nil, kind != .call, let linkedPlace, linkedPlace != MeetingPlaces.videoConference { place = linkedPlace }
            if let videoCall { place = videoCall.place }
            // "separate talks", "une nouvelle rencontre": not a meeting the calendar knows.
            if date == nil, !(max(0, cue.start - 2)..<cue.start).contains(where: { lexicon.otherMeetingWords.contains(s.tokens[$0].folded) }),
               let day = calendarDay(kind: kind, place: place, future: cue.isFuture || statusReader.status(
                   of: cue, date: nil, within: (n > 0 ? s.cues[n - 1].end : 0)..<segmentEnd, in: s.tokens) != .held) {
                date = PartialDate(day)
            }

            var participants = participantFinder.participants(
                of: cue, segmentEnd: segmentEnd, previousCueEnd: n > 0 ? s.cues[n - 1].end : 0, in: s.tokens, names: s.names)
            // "Marco Rubio told reporters in Geneva that Sunday's talks …": a speaker at the meeting's place took part.
            if let p = place, p != MeetingPlaces.videoConference {
                let clauseStart = n > 0 ? s.cues[n - 1].end : 0
                for span in s.names where span.start >= clauseStart && span.end <= cue.start && !participants.contains(span.name) {
                    let between = span.end..<cue.start
                    if between.contains(where: { lexicon.reporting.contains(s.tokens[$0].folded) }),
                       between.contains(where: { $0 > span.end && lexicon.placePrepositions.contains(s.tokens[$0 - 1].folded)
                                                     && lexicon.cities[s.tokens[$0].folded] == p }) {
                        participants.append(span.name)
                    }
                }
            }
            if participants.isEmpty, let subject = previousSubject,
               s.tokens[..<cue.start].contains(where: { lexicon.pronouns.contains($0.folded) }) {
                participants = [subject]
            }
            // "Trump said he had called off his planned summit with Putin", "Trump …, saying he had
            // called Putin": a pronoun or a possessive just before the meeting's words stands for the
            // sentence's subject, or the last one named before.
            if let subject = pronounSubject(of: cue, in: s), !participants.contains(subject) { participants.append(subject) }
            // "The two leaders had agreed in a phone call": the two people of the meeting just told.
            if participants.count < 2, let pair = pairReferred(before: cue.start, in: s) {
                for name in pair where !participants.contains(name) { participants.append(name) }
            }

            if cue.isAgreement, place == nil || place == MeetingPlaces.videoConference { continue }
            if cue.kind == .meeting, place == MeetingPlaces.videoConference { kind = .videoConference }
            guard date != nil || place != nil else {
                // "La réunion était coprésidée par X, Y et Z": the meeting just told, with more people.
                // "A meeting between Putin and Zelensky" is another meeting, to come: only a definite
                // noun is the one just told.
                if !cue.isVerb, !participants.isEmpty, cue.start > 0, isDefinite(s.tokens[cue.start - 1].folded) {
                    joinLast(participants, group: MeetingKindGroup(kind), blockIndex: s.blockIndex)
                }
                continue
            }
            // Talks are a meeting when held somewhere or on a given day, not "talks last month".
            if cue.kind == .talks, place == nil, date?.day == nil { continue }
            // A venue names its city: "au Kremlin" is in Moscow, and the Kremlin is kept.
            var venue: String?
            if let p = place, let city = placeFinder.city(ofVenue: p) {
                venue = p
                place = city
            }
            var mention = MeetingMention(kind: kind, cue: cue.text, date: date, place: place,
                                         participants: participants, forum: forum?.name,
                                         sentence: s.sentence, blockIndex: s.blockIndex)
            mention.venue = venue
            mention.status = statusReader.status(of: cue, date: date, within: (n > 0 ? s.cues[n - 1].end : 0)..<segmentEnd,
                                                 in: s.tokens)
            if isOffset(before: cue.start, in: s.tokens) { timeReferences.insert(mentions.count) }
            mentions.append(mention)
        }
    }

    /// The mentions, with a summit or a video conference that names no group given the one group
    /// the clip holds meetings of.
    func finish() -> [MeetingMention] {
        guard forumsSeen.count == 1, let only = forumsSeen.first else { return mentions }
        let forumPlaces = mentions.filter { $0.forum == only }.compactMap(\.place).filter { $0 != MeetingPlaces.videoConference }
        return mentions.map { mention in
            var m = mention
            guard m.forum == nil, m.kind == .summit || m.kind == .videoConference else { return m }
            // "le sommet d'Alaska" in a clip about the coalition's video call is not the coalition's.
            if let p = m.place, p != MeetingPlaces.videoConference, !forumPlaces.contains(where: { MeetingPlaces.areCompatible($0, p) }) {
                return m
            }
            m.forum = only
            return m
        }
    }

    /// "Before the summit, Macron hosted … for lunch": the day of the other meeting of the
    /// sentence, or of the last meeting of its sort the clip dates.
    private func linkedMeeting(of n: Int, in s: MeetingSentenceReader, cueDates: [PartialDate?]) -> (date: PartialDate, place: String?)? {
        for (m, other) in s.cues.enumerated() where abs(m - n) == 1 {
            let linked = (max(0, other.start - 3)..<other.start).contains { lexicon.sameDayLinks.contains(s.tokens[$0].folded) }
            guard linked, !isOffset(before: other.start, in: s.tokens) else { continue }
            // "Après la réunion" after a summit told before: the same gathering; "dans la foulée de
            // son sommet en Alaska" after a summit in Paris: another one.
            let city = cityNamed(after: other, in: s)
            // "des discussions à la Maison Blanche dans la foulée de son sommet en Alaska": held
            // elsewhere, so not told as the same day.
            if let city, let own = cityNamed(after: s.cues[n], in: s), !MeetingPlaces.areCompatible(own, city) { continue }
            let sameKind = mentions.last {
                MeetingKindGroup($0.kind) == MeetingKindGroup(other.kind) && $0.date?.day != nil
                    && (city == nil || $0.place.map { MeetingPlaces.areCompatible($0, city ?? "") } ?? false)
            }
            if m < cueDates.count, let d = cueDates[m] { return (d, sameKind?.date == d ? sameKind?.place : nil) }
            if let found = sameKind, let d = found.date { return (d, found.place) }
        }
        return nil
    }

    /// "Volodymyr Zelensky et Ursula von der Leyen y ont participé", "Macron and Merz joined by
    /// video link": a sentence with no meeting of its own whose people took part in the one just told.
    private mutating func joinParticipants(of s: MeetingSentenceReader) {
        // "He was flanked by army secretary Dan Driscoll and envoy Steve Witkoff."
        if let escort = s.tokens.indices.dropLast().first(where: {
            lexicon.escorts.contains(s.tokens[$0].folded)
                && (lexicon.agentWords.contains(s.tokens[$0 + 1].folded) || lexicon.ofWords.contains(s.tokens[$0 + 1].folded))
        }) {
            let people = s.names.filter { $0.start > escort }.map(\.name)
            if !people.isEmpty { joinLast(people, group: .gathering, blockIndex: s.blockIndex) }
            return
        }
        guard !s.names.isEmpty, let verb = s.tokens.indices.first(where: { lexicon.participationVerbs.contains(s.tokens[$0].folded) }) else {
            return
        }
        let people = s.names.filter { $0.end <= verb }.map(\.name)
        guard !people.isEmpty else { return }
        joinLast(people, group: .gathering, blockIndex: s.blockIndex)
    }

    /// "Volodymyr Zelensky était attendu pour présenter devant les membres de la coalition …":
    /// people expected at, or taking part in, a group's meeting took part in the last meeting of
    /// that group the clip tells of.
    private mutating func joinForum(of s: MeetingSentenceReader, toldSince told: Int) {
        guard !s.names.isEmpty, let verb = s.tokens.indices.first(where: {
            lexicon.participationVerbs.contains(s.tokens[$0].folded) || lexicon.expectedWords.contains(s.tokens[$0].folded)
        }) else { return }
        var forum: MeetingForums.Forum?
        for j in verb..<s.tokens.count where forum == nil { forum = forumFinder.forumOrCoalition(at: j, in: s.tokens)?.forum }
        guard let name = forum?.name, let k = mentions.lastIndex(where: { $0.forum == name }), k < told else { return }
        for span in s.names where span.end <= verb && !mentions[k].participants.contains(span.name) {
            mentions[k].participants.append(span.name)
        }
    }

    /// Adds `people` to the last meeting of `group` told in this block or the one before, a dated
    /// one first ("…, deux jours après le sommet d'Alaska. La réunion était coprésidée par …").
    private mutating func joinLast(_ people: [String], group: MeetingKindGroup, blockIndex: Int) {
        let candidates = mentions.indices.filter { !timeReferences.contains($0) }
        guard let k = candidates.last(where: { mentions[$0].blockIndex >= blockIndex - 1 && mentions[$0].date != nil })
                ?? candidates.last(where: { mentions[$0].blockIndex >= blockIndex - 1 }),
              MeetingKindGroup(mentions[k].kind) == group else { return }
        for name in people where !mentions[k].participants.contains(name) { mentions[k].participants.append(name) }
    }

    /// The video call "the call" points back to: one told in this block or the one before.
    private func referredVideoCall(before start: Int, in s: MeetingSentenceReader) -> MeetingMention? {
        guard start > 0, lexicon.definiteReferences.contains(s.tokens[start - 1].folded) else { return nil }
        return mentions.last { $0.kind == .videoConference && $0.date != nil && $0.blockIndex >= s.blockIndex - 1 }
    }

    /// The known city or venue named in the few words after a cue ("sommet en Alaska avec …").
    private func cityNamed(after cue: MeetingCue, in s: MeetingSentenceReader) -> String? {
        for j in cue.end..<min(cue.end + 4, s.tokens.count) {
            if let city = lexicon.cities[s.tokens[j].folded] { return city }
            if let venue = lexicon.venues.first(where: { s.tokens.matches($0.words, at: j) }) { return venue.city }
        }
        return nil
    }

    /// The day of the one meeting of the calendar held at `place` of this sort, on or before the
    /// clip's day when told as past, after it when told as to come.
    private func calendarDay(kind: MeetingMention.Kind, place: String?, future: Bool) -> SimpleDate? {
        guard let calendar, let today = article.date, let place, place != MeetingPlaces.videoConference,
              let day = calendar.meetingDay(kind: kind, place: place, near: today) else { return nil }
        return (future ? day >= today : day <= today) ? day : nil
    }

    private func isDefinite(_ word: String) -> Bool {
        lexicon.articles.contains(word) || lexicon.backReferences.contains(word) || lexicon.definiteReferences.contains(word)
    }

    /// The person a pronoun or a possessive in the few words before a cue stands for, when no
    /// name stands between: the sentence's first name if it comes before, else the subject of the
    /// sentence before.
    private func pronounSubject(of cue: MeetingCue, in s: MeetingSentenceReader) -> String? {
        let window = max(0, cue.start - 4)..<cue.start
        guard let k = window.last(where: {
            lexicon.pronouns.contains(s.tokens[$0].folded) || (!cue.isVerb && lexicon.possessives.contains(s.tokens[$0].folded))
        }) else { return nil }
        if s.names.contains(where: { $0.start > k && $0.start < cue.start }) { return nil }
        if let first = s.names.first, first.end <= k { return first.name }
        return s.names.contains(where: { $0.start < k }) ? nil : previousSubject
    }

    /// The two people of the meeting just told (this block or the one before), for "the two
    /// leaders", "les deux présidents" in the words before a cue.
    private func pairReferred(before start: Int, in s: MeetingSentenceReader) -> [String]? {
        let window = max(0, start - 8)..<start
        guard window.contains(where: { $0 + 1 < s.tokens.count && lexicon.pairWords.contains(s.tokens[$0].folded)
                                       && lexicon.pairHeads.contains(s.tokens[$0 + 1].folded) }),
              let last = mentions.last(where: { $0.blockIndex >= s.blockIndex - 1 && $0.participants.count >= 2 }) else { return nil }
        return Array(last.participants.prefix(2))
    }

    /// "deux jours après le sommet", "the day before the call": a gap in time before a meeting noun.
    private func isOffset(before start: Int, in tokens: [MeetingToken]) -> Bool {
        (max(0, start - 5)..<start).contains { lexicon.offsets.contains(tokens[$0].folded) }
    }

    private func startsWithSequel(_ tokens: [MeetingToken]) -> Bool {
        tokens.prefix(4).contains { lexicon.sequels.contains($0.folded) }
    }

    /// The date of the meeting "cette réunion" points back to: the last dated mention of the
    /// same sort in this block or the two before.
    private func referredDate(kind: MeetingMention.Kind, blockIndex: Int) -> PartialDate? {
        let group = MeetingKindGroup(kind)
        return mentions.last { $0.date != nil && $0.blockIndex >= blockIndex - 2 && MeetingKindGroup($0.kind) == group }?.date
    }

    /// The place in the clip's headline ("… sur la table à Paris").
    private func titlePlace() -> String? {
        let tokens = MeetingToken.tokens(in: article.title)
        return placeFinder.place(in: tokens, range: 0..<tokens.count, people: [], stopsAtTopic: false)
    }
}
