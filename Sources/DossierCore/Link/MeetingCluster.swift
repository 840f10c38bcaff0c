/// One meeting mention with its clip and the person ids of its participants.
struct MeetingItem: Sendable {
    var articleIndex: Int
    var order: Int
    var mention: MeetingMention
    var participantIDs: [String]
    /// Told as held beside another meeting ("en marge du sommet").
    var isBeside: Bool
    /// The regions of the known cities its sentence names, to tell a placeless mention's place.
    var namedRegions: Set<String>
    /// Whether its sentence names someone, a participant or not ("un appel … auquel Zelensky prendra part").
    var namesSomeone: Bool
    /// The day of the clip that tells of it, when the clip has one.
    var clipDate: SimpleDate?
    init(articleIndex: Int, order: Int, mention: MeetingMention, participantIDs: [String], names: some Collection<String> = [],
         clipDate: SimpleDate? = nil) {
        self.articleIndex = articleIndex
        self.clipDate = clipDate
        self.order = order
        self.mention = mention
        self.participantIDs = participantIDs
        isBeside = MeetingSideEvents.isBeside(mention)
        namedRegions = mention.place == nil ? MeetingPlaces.regions(namedIn: mention.sentence) : []
        // Only a mention with no place, participant or group may need it (see `MeetingSifter`).
        let bare = mention.participants.isEmpty && mention.forum == nil
            && (mention.place == nil || mention.place == MeetingPlaces.videoConference)
        namesSomeone = !mention.participants.isEmpty || (bare && Self.holdsAny(of: names, in: mention.sentence))
    }

    /// Whether `text` holds one of `words`, byte by byte.
    private static func holdsAny(of words: some Collection<String>, in text: String) -> Bool {
        let t = Array(text.utf8)
        return words.contains { word in
            let w = Array(word.utf8)
            guard let first = w.first, w.count <= t.count else { return false }
            var i = 0
            while i + w.count <= t.count {
                if t[i] == first, t[i..<(i + w.count)].elementsEqual(w) { return true }
                i += 1
            }
            return false
        }
    }

    /// The mention's place, unless it is only a video link.
    var realPlace: String? {
        mention.place.flatMap { $0 == MeetingPlaces.videoConference ? nil : $0 }
    }

    var group: MeetingKindGroup { MeetingKindGroup(mention.kind) }
}

/// Mentions taken for one meeting, and what they agree on.
struct MeetingCluster: Sendable {
    private(set) var items: [MeetingItem] = []
    private(set) var day: SimpleDate?
    private(set) var places: [String] = []
    private(set) var forums: [String] = []
    private(set) var venues: [String] = []
    private(set) var participantIDs: Set<String> = []
    /// The first mention of each clip, by clip index.
    private(set) var firstOrder: [Int: Int] = [:]
    private(set) var kinds: Set<MeetingMention.Kind> = []
    private(set) var distinctPlaces: [String] = []
    private(set) var distinctForums: Set<String> = []
    /// Whether every mention tells of a meeting beside another one.
    private(set) var allBeside = true
    private(set) var date: PartialDate?
    let group: MeetingKindGroup

    init(_ item: MeetingItem) {
        group = item.group
        add(item)
    }

    var articles: Dictionary<Int, Int>.Keys { firstOrder.keys }

    mutating func add(_ item: MeetingItem) {
        items.append(item)
        if day == nil, let d = item.mention.date?.simpleDate { day = d }
        if let p = item.mention.place {
            places.append(p)
            if !distinctPlaces.contains(p) { distinctPlaces.append(p) }
        }
        if let v = item.mention.venue { venues.append(v) }
        if let f = item.mention.forum {
            forums.append(f)
            distinctForums.insert(f)
        }
        participantIDs.formUnion(item.participantIDs)
        if firstOrder[item.articleIndex].map({ item.order < $0 }) ?? true { firstOrder[item.articleIndex] = item.order }
        kinds.insert(item.mention.kind)
        allBeside = allBeside && item.isBeside
        if let d = item.mention.date, date.map({ rank($0) < rank(d) }) ?? true { date = d }
    }

    /// Whether `item`, reported for the same day, can be this meeting: same sort of meeting,
    /// no other group, a place that agrees, and for a bilateral meeting, lunch, call or press
    /// conference, participants that are not wholly different people.
    func accepts(_ item: MeetingItem) -> Bool {
        guard item.group == group else { return false }
        // A meeting "on the sidelines of the summit" is not the summit.
        let wide: Set<MeetingMention.Kind> = [.summit, .videoConference]
        if item.isBeside, !kinds.isDisjoint(with: wide) { return false }
        if wide.contains(item.mention.kind), allBeside { return false }
        if let f = item.mention.forum, !distinctForums.isEmpty, !distinctForums.contains(f) { return false }
        if let p = item.mention.place, !distinctPlaces.isEmpty,
           !distinctPlaces.contains(where: { MeetingPlaces.areCompatible($0, p) }) { return false }
        if !isSupported(item) { return false }
        let ids = Set(item.participantIDs)
        let small = group != .gathering || (item.mention.kind == .meeting && kinds == [.meeting])
        if small, !ids.isEmpty, !participantIDs.isEmpty, ids.isDisjoint(with: participantIDs) { return false }
        // "Witkoff a rencontré jeudi à Paris Andriï Iermak" on the day of the Paris summit: two
        // people none of whom is among the summit's is a meeting of its own.
        if item.mention.kind == .meeting, ids.count == 2, !kinds.isDisjoint(with: wide), !participantIDs.isEmpty,
           ids.isDisjoint(with: participantIDs) { return false }
        // "Zelensky y a participé depuis Bruxelles, où il a été reçu par von der Leyen": two people
        // meeting at a real place are not the video call one of them joined from there.
        if item.mention.kind == .meeting, item.realPlace != nil, ids.count <= 2, !distinctPlaces.isEmpty,
           distinctPlaces.allSatisfy({ $0 == MeetingPlaces.videoConference }) { return false }
        if item.mention.place == MeetingPlaces.videoConference || (item.mention.forum != nil && item.realPlace == nil),
           kinds == [.meeting], participantIDs.count <= 2,
           !distinctPlaces.isEmpty, !distinctPlaces.contains(MeetingPlaces.videoConference) { return false }
        return true
    }

    /// Whether `item`, from a clip this meeting has none of yet, is tied to it by more than a date:
    /// the same real place, the same group, or a shared participant; and whether a mention with
    /// no place of its own names no other city in its sentence ("évoqué Milan … les réunions du 15").
    func isSupported(_ item: MeetingItem) -> Bool {
        if firstOrder[item.articleIndex] != nil { return true }
        let real = distinctPlaces.filter { $0 != MeetingPlaces.videoConference }
        if !item.namedRegions.isEmpty, !real.isEmpty,
           !real.contains(where: { item.namedRegions.contains(MeetingPlaces.region(of: $0)) }) { return false }
        if let p = item.realPlace, isHeld(at: p) { return true }
        if let f = item.mention.forum, distinctForums.contains(f) { return true }
        return overlap(item) >= 1
    }

    /// How many participants `item` shares with this meeting.
    func overlap(_ item: MeetingItem) -> Int {
        item.participantIDs.reduce(0) { $0 + (participantIDs.contains($1) ? 1 : 0) }
    }

    /// Whether this meeting has a real place (not only a video link) compatible with `place`.
    func isHeld(at place: String) -> Bool {
        distinctPlaces.contains { $0 != MeetingPlaces.videoConference && MeetingPlaces.areCompatible($0, place) }
    }

    private func rank(_ d: PartialDate) -> Int {
        (d.day != nil ? 4 : d.month != nil ? 2 : 0) + (d.approx != nil ? 1 : 0)
    }

    /// The most telling kind: a summit over a video conference over a meeting over talks.
    var kind: MeetingMention.Kind {
        let order: [MeetingMention.Kind] = [.summit, .videoConference, .meeting, .talks, .lunch, .pressConference, .call]
        return order.first { kinds.contains($0) && MeetingKindGroup($0) == group } ?? items[0].mention.kind
    }

    /// The place most mentions give, a real place before a video link.
    var place: String? {
        let real = places.filter { $0 != MeetingPlaces.videoConference }
        return Self.mostFrequent(real.isEmpty ? places : real)
    }

    var forum: String? { Self.mostFrequent(forums) }

    var venue: String? { Self.mostFrequent(venues) }

    /// Held once a clip tells it happened; else cancelled once a clip tells it was called off;
    /// else planned: every clip tells of it to come.
    var status: MeetingStatus {
        if items.contains(where: { $0.mention.status == .held }) { return .held }
        return items.contains { $0.mention.status == .cancelled } ? .cancelled : .planned
    }



    /// Participant ids, the most reported first.
    var participants: [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for id in items.flatMap(\.participantIDs) {
            if counts[id] == nil { order.append(id) }
            counts[id, default: 0] += 1
        }
        return order.enumerated().sorted { (counts[$0.element] ?? 0, -$0.offset) > (counts[$1.element] ?? 0, -$1.offset) }
            .map(\.element)
    }

    /// The value given most often, the first given on a tie.
    static func mostFrequent(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        let top = counts.values.max()
        return values.first { counts[$0] == top }
    }
}
