/// Groups meeting mentions: first those dated to the day, by day; then those dated to a month,
/// joining a day of that month when clearly the same meeting; then undated ones, joining a dated
/// meeting of their own clip with the same place or group, or one with the same place and people.
struct MeetingClusterer: Sendable {
    func cluster(_ items: [MeetingItem]) -> [MeetingCluster] {
        var clusters: [MeetingCluster] = []
        var byDay: [SimpleDate: [Int]] = [:]
        var byMonth: [Int: [Int]] = [:]
        var coarse = CoarseIndex()
        var byArticle: [Int: [Int]] = [:]
        var byPlace: [String: [Int]] = [:]
        var undated: [String: [Int]] = [:]
        var byForum: [String: [Int]] = [:]
        var noted = Set<String>()

        func open(_ item: MeetingItem) -> Int {
            clusters.append(MeetingCluster(item))
            return clusters.count - 1
        }
        func note(_ c: Int, _ item: MeetingItem) {
            if noted.insert("a\(item.articleIndex)|\(c)").inserted { byArticle[item.articleIndex, default: []].append(c) }
            if let p = item.mention.place, p != MeetingPlaces.videoConference {
                let key = MeetingPlaces.region(of: p)
                if noted.insert("p\(key)|\(c)").inserted { byPlace[key, default: []].append(c) }
            }
            if let f = item.mention.forum, noted.insert("f\(f)|\(c)").inserted { byForum[f, default: []].append(c) }
        }

        // Mentions that say where first, so that a mention with no place meets the places told.
        let dayItems = items.filter { $0.mention.date?.simpleDate != nil }
        for item in dayItems.filter({ $0.realPlace != nil }) + dayItems.filter({ $0.realPlace == nil }) {
            guard let day = item.mention.date?.simpleDate else { continue }
            let c: Int
            if let found = byDay[day]?.first(where: { clusters[$0].accepts(item) }) {
                c = found
                clusters[c].add(item)
            } else {
                c = open(item)
                byDay[day, default: []].append(c)
                byMonth[day.year * 100 + day.month, default: []].append(c)
            }
            note(c, item)
        }
        for item in items {
            guard let date = item.mention.date, date.day == nil else { continue }
            let c: Int
            if let month = date.month, let found = bestDay(for: item, month: date.year * 100 + month, approx: date.approx,
                                                            among: byMonth, clusters: clusters) {
                c = found
                clusters[c].add(item)
            } else if let found = sameCoarseDate(item, date: date, in: coarse, clusters: clusters) {
                c = found
                clusters[c].add(item)
                coarse.note(c, item, date: date)
            } else {
                c = open(item)
                coarse.note(c, item, date: date)
            }
            note(c, item)
        }
        for item in items where item.mention.date == nil {
            let c: Int
            if let found = sameClip(item, among: byArticle[item.articleIndex] ?? [], clusters: clusters)
                ?? namedMeeting(item, among: byPlace, clusters: clusters)
                ?? namedMeeting(item, ofForum: byForum, clusters: clusters)
                ?? samePlaceAndPeople(item, among: byPlace, clusters: clusters) {
                c = found
                clusters[c].add(item)
            } else {
                let key = "\(item.group)|" + (item.mention.place.map(MeetingPlaces.region(of:)) ?? "")
                if let found = undated[key]?.first(where: { isSameUndated(item, clusters[$0]) }) {
                    c = found
                    clusters[c].add(item)
                } else {
                    c = open(item)
                    undated[key, default: []].append(c)
                }
            }
            note(c, item)
        }
        return clusters
    }

    /// A day of the month that is clearly the meeting a month-dated mention tells of.
    private func bestDay(for item: MeetingItem, month: Int, approx: DateApproximation?,
                         among byMonth: [Int: [Int]], clusters: [MeetingCluster]) -> Int? {
        let candidates = (byMonth[month] ?? []).filter { c in
            let cluster = clusters[c]
            guard cluster.group == item.group, cluster.accepts(item), let day = cluster.day?.day else { return false }
            switch approx {
            case .early: if day > 12 { return false }
            case .mid: if day < 8 || day > 22 { return false }
            case .late: if day < 18 { return false }
            case nil: break
            }
            let sharedForum = item.mention.forum.map { cluster.distinctForums.contains($0) } ?? false
            let sharedPlace = item.mention.place.map { cluster.isHeld(at: $0) } ?? false
            return cluster.overlap(item) >= 2 || (sharedForum && sharedPlace) || (sharedPlace && cluster.overlap(item) >= 1)
        }
        if let own = candidates.first(where: { clusters[$0].firstOrder[item.articleIndex] != nil }) { return own }
        // Another clip's meeting only when it is the one that fits best.
        guard let best = candidates.max(by: { clusters[$0].overlap(item) < clusters[$1].overlap(item) }) else { return nil }
        let top = clusters[best].overlap(item)
        return candidates.filter { clusters[$0].overlap(item) == top }.count == 1 ? best : nil
    }

    /// Meetings known to a month or a year, by date and clip, and by date, group and place.
    private struct CoarseIndex {
        var byClip: [String: [Int]] = [:]
        var byForumAndPlace: [String: [Int]] = [:]

        static func clipKey(_ date: PartialDate, _ item: MeetingItem) -> String { "\(date)|\(item.articleIndex)" }

        static func sharedKey(_ date: PartialDate, _ item: MeetingItem) -> String? {
            guard let forum = item.mention.forum, let place = item.realPlace else { return nil }
            return "\(date)|\(forum)|\(MeetingPlaces.region(of: place))"
        }

        mutating func note(_ c: Int, _ item: MeetingItem, date: PartialDate) {
            let own = Self.clipKey(date, item)
            if !(byClip[own] ?? []).contains(c) { byClip[own, default: []].append(c) }
            if let shared = Self.sharedKey(date, item), !(byForumAndPlace[shared] ?? []).contains(c) {
                byForumAndPlace[shared, default: []].append(c)
            }
        }
    }

    /// The meeting with the same coarse date ("en 2025", "en décembre") a mention is: one of its
    /// own clip, or else the single one of other clips with the same group and the same place.
    private func sameCoarseDate(_ item: MeetingItem, date: PartialDate, in index: CoarseIndex,
                                clusters: [MeetingCluster]) -> Int? {
        if let own = index.byClip[CoarseIndex.clipKey(date, item)]?.first(where: { clusters[$0].accepts(item) }) { return own }
        guard let key = CoarseIndex.sharedKey(date, item) else { return nil }
        let matching = (index.byForumAndPlace[key] ?? []).filter { clusters[$0].accepts(item) }
        return matching.count == 1 ? matching.first : nil
    }

    /// A dated meeting of the same clip with the same place or the same group.
    private func sameClip(_ item: MeetingItem, among candidates: [Int], clusters: [MeetingCluster]) -> Int? {
        func score(_ c: Int) -> Int {
            let cluster = clusters[c]
            guard cluster.day != nil || cluster.date != nil, cluster.group == item.group, cluster.accepts(item) else { return 0 }
            // A meeting held somewhere is not the video call of the clip ("la coalition s'est réunie
            // en visioconférence dimanche, deux jours après le sommet d'Alaska").
            if let p = item.realPlace, !cluster.distinctPlaces.isEmpty, !cluster.isHeld(at: p) { return 0 }
            // Named people who are all others than the meeting's: another meeting at the same place.
            // (A summit is reported with different heads of state; a meeting with its few people.)
            if item.mention.kind == .meeting || item.group != .gathering,
               !item.participantIDs.isEmpty, !cluster.participantIDs.isEmpty, cluster.overlap(item) == 0 { return 0 }
            var s = 0
            if let p = item.mention.place, cluster.isHeld(at: p) || cluster.distinctPlaces.contains(p) { s += 2 }
            if let f = item.mention.forum, cluster.distinctForums.contains(f) { s += 2 }
            return s
        }
        let scored = candidates.map { ($0, score($0)) }.filter { $0.1 > 0 }
        return scored.max { $0.1 < $1.1 }?.0
    }

    /// The one dated meeting held at the same place with at least two of the same people.
    private func samePlaceAndPeople(_ item: MeetingItem, among byPlace: [String: [Int]], clusters: [MeetingCluster]) -> Int? {
        guard let place = item.mention.place, place != MeetingPlaces.videoConference, item.participantIDs.count >= 2 else { return nil }
        let candidates = (byPlace[MeetingPlaces.region(of: place)] ?? []).filter {
            clusters[$0].date != nil && clusters[$0].overlap(item) >= 2 && isInReach(item, clusters[$0])
                && (clusters[$0].group == item.group || [clusters[$0].group, item.group].allSatisfy { $0 == .gathering || $0 == .lunch })
        }
        guard let best = candidates.max(by: { clusters[$0].overlap(item) < clusters[$1].overlap(item) }) else { return nil }
        let top = clusters[best].overlap(item)
        return candidates.filter { clusters[$0].overlap(item) == top }.count == 1 ? best : nil
    }

    /// The one dated meeting an undated mention names by its place and sort ("the coalition summit
    /// at the Elysee", "une réunion à Genève la semaine dernière"), as a reader of the dossier
    /// finds it in the calendar: a meeting of that sort held there, on or before the clip's day
    /// when the clip tells it as held, on or after it when told as to come, within the calendar's
    /// reach. Days one or two apart are one meeting over several days; further apart, a meeting
    /// told as held is the latest one of the fortnight before the clip, else none. A clip with no
    /// day of its own names no meeting this way.
    private func namedMeeting(_ item: MeetingItem, among byPlace: [String: [Int]], clusters: [MeetingCluster]) -> Int? {
        guard let place = item.realPlace else { return nil }
        return calendarMeeting(item, among: byPlace[MeetingPlaces.region(of: place)] ?? [], clusters: clusters)
    }

    /// The same for a meeting named by its group only ("the meeting of the Coalition of the
    /// Willing, held by video conference", "la dernière visioconférence de la coalition").
    private func namedMeeting(_ item: MeetingItem, ofForum byForum: [String: [Int]], clusters: [MeetingCluster]) -> Int? {
        guard item.realPlace == nil, let forum = item.mention.forum else { return nil }
        return calendarMeeting(item, among: byForum[forum] ?? [], clusters: clusters)
    }

    private func calendarMeeting(_ item: MeetingItem, among all: [Int], clusters: [MeetingCluster]) -> Int? {
        guard let clipDay = item.clipDate, item.mention.status != .cancelled else { return nil }
        let held = item.mention.status == .held
        let today = clipDay.dayNumber
        let candidates = all.filter { c in
            clusters[c].day != nil && clusters[c].date?.day != nil && clusters[c].accepts(item) && isInReach(item, clusters[c])
        }
        let days = candidates.compactMap { clusters[$0].day?.dayNumber }
        guard let first = days.min(), let last = days.max() else { return nil }
        var chosen = candidates
        if last - first > 2 {
            guard held, last >= today - StoryCalendar.recentReach else { return nil }
            chosen = candidates.filter { (clusters[$0].day?.dayNumber ?? 0) >= last - 2 }
        }
        // Several meetings on those days: the one of the same kind, else the one sharing most people.
        let sameKind = chosen.filter { clusters[$0].kinds.contains(item.mention.kind) }
        if sameKind.count == 1 { return sameKind.first }
        let pool = sameKind.isEmpty ? chosen : sameKind
        guard let best = pool.max(by: { clusters[$0].overlap(item) < clusters[$1].overlap(item) }) else { return nil }
        let top = clusters[best].overlap(item)
        return pool.filter { clusters[$0].overlap(item) == top }.count == 1 ? best : nil
    }

    /// Whether a dated meeting may be the one an undated mention of a dated clip tells of: held on
    /// or before the clip's day (within the calendar's reach) when the clip tells it as held, on or
    /// after it when told as to come. A clip with no day of its own, or a meeting known to no
    /// day, is not held to it.
    private func isInReach(_ item: MeetingItem, _ cluster: MeetingCluster) -> Bool {
        guard let clipDay = item.clipDate, let day = cluster.day, cluster.date?.day != nil else { return true }
        let gap = day.dayNumber - clipDay.dayNumber
        switch item.mention.status {
        case .held: return gap <= 0 && -gap <= StoryCalendar.reachBefore
        case .planned: return gap >= 0 && gap <= StoryCalendar.reachAfter
        case .cancelled: return true
        }
    }

    /// Whether two undated mentions at one place are one meeting: same clip, or shared people or group.
    private func isSameUndated(_ item: MeetingItem, _ cluster: MeetingCluster) -> Bool {
        guard cluster.accepts(item) else { return false }
        if cluster.firstOrder[item.articleIndex] != nil { return true }
        if let f = item.mention.forum, cluster.distinctForums.contains(f) { return true }
        return cluster.overlap(item) >= 1
    }
}
