/// Finds where a meeting is held in a stretch of a sentence: "à Paris", "en Alaska",
/// "au palais de l'Élysée", "at the White House", "en visioconférence", or a known city named alone.
struct MeetingPlaceFinder: Sendable {
    var lexicon: MeetingLexicon

    /// The place in `tokens[range]`; `people` holds the token indices that belong to names.
    func place(in tokens: [MeetingToken], range: Range<Int>, people: Set<Int>, anchor: Int? = nil,
               stopsAtTopic: Bool = true) -> String? {
        let range = range.clamped(to: 0..<tokens.count)
        var bareCity: String?
        var video = false
        var i = range.lowerBound
        while i < range.upperBound {
            let word = tokens[i].folded
            if stopsAtTopic, lexicon.topicWords.contains(word) { break }
            if lexicon.videoNouns.contains(word) || (word == "video" && i + 1 < tokens.count
                && lexicon.videoHeads.contains(tokens[i + 1].folded)) {
                video = true
            }
            if lexicon.directionWords.contains(word), let found = venueOrCity(after: i + 1, in: tokens, limit: range.upperBound) { return found }
            if lexicon.placePrepositions.contains(word), let found = placeAfter(i + 1, in: tokens, limit: range.upperBound, people: people) {
                // "garanties à Kiev", "soutien à Washington": a capital named for its government is
                // a place only close to the meeting word or right after a name ("a reçu Macron à Kiev").
                let close = anchor.map { i - $0 <= 3 && i >= $0 - 1 } ?? true
                if !MeetingPlaces.metonyms.contains(MeetingFolding.fold(found)) || close || people.contains(i - 1) {
                    return found
                }
            }
            if bareCity == nil, tokens[i].isCapitalized, !people.contains(i), let city = city(at: i, in: tokens),
               !MeetingPlaces.metonyms.contains(MeetingFolding.fold(city)) {
                bareCity = city
            }
            i += 1
        }
        return bareCity ?? (video ? MeetingPlaces.videoConference : nil)
    }

    private func placeAfter(_ start: Int, in tokens: [MeetingToken], limit: Int, people: Set<Int>) -> String? {
        var j = start
        while j < limit, j - start < 5, lexicon.placeFillers.contains(tokens[j].folded) {
            if let venue = venue(at: j, in: tokens) { return venue }
            if tokens[j].isCapitalized, let city = city(at: j, in: tokens) { return city }
            j += 1
        }
        guard j < limit else { return nil }
        if let venue = venue(at: j, in: tokens) { return venue }
        guard tokens[j].isCapitalized, tokens[j].text.count > 1, !people.contains(j),
              !lexicon.notPlaces.contains(tokens[j].folded), lexicon.weekdays[tokens[j].folded] == nil,
              // "in the Hungarian capital": a nationality is no place.
              !DemonymWords.all.contains(tokens[j].folded) else {
            return nil
        }
        // "son homologue à l'Assemblée nationale Yaël Braun-Pivet": a role, not a place.
        if let name = (j + 1..<min(j + 3, limit)).first(where: people.contains),
           !(j + 1..<name).contains(where: { lexicon.nameLinks.contains(tokens[$0].folded) }) {
            return nil
        }
        if let city = city(at: j, in: tokens) { return city }
        return tokens[j].text
    }

    /// "the Oval Office meeting": a known venue written just before the meeting noun.
    func venue(justBefore start: Int, in tokens: [MeetingToken]) -> String? {
        for j in max(0, start - 3)..<start {
            if let found = lexicon.venues.first(where: { tokens.matches($0.words, at: j) && j + $0.words.count == start }) {
                return found.name
            }
        }
        return nil
    }

    /// "…depuis Bruxelles, où il a été reçu", "…in Brussels, where he met": the known city just
    /// before a "where" that opens the meeting's clause.
    func city(beforeWhere start: Int, in tokens: [MeetingToken]) -> String? {
        for j in stride(from: start - 1, through: max(1, start - 4), by: -1) where lexicon.whereWords.contains(tokens[j].folded) {
            guard tokens[j - 1].isCapitalized else { return nil }
            return city(at: j - 1, in: tokens)
        }
        return nil
    }

    /// "welcomed Zelenskyy to Downing Street": after "to", only a known venue or city.
    private func venueOrCity(after start: Int, in tokens: [MeetingToken], limit: Int) -> String? {
        var j = start
        if j < limit, lexicon.articles.contains(tokens[j].folded) { j += 1 }
        guard j < limit else { return nil }
        if let venue = venue(at: j, in: tokens) { return venue }
        if tokens[j].isCapitalized, let city = city(at: j, in: tokens), !MeetingPlaces.metonyms.contains(MeetingFolding.fold(city)) {
            return city
        }
        return nil
    }

    private func venue(at j: Int, in tokens: [MeetingToken]) -> String? {
        lexicon.venues.first { tokens.matches($0.words, at: j) }?.name
    }

    /// The city a venue named `name` stands in.
    func city(ofVenue name: String) -> String? {
        lexicon.venues.first { $0.name == name }?.city
    }

    private func city(at j: Int, in tokens: [MeetingToken]) -> String? {
        if j + 1 < tokens.count, let two = lexicon.cities[tokens[j].folded + " " + tokens[j + 1].folded] {
            return two
        }
        return lexicon.cities[tokens[j].folded]
    }
}
