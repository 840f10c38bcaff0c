/// What the meeting rules know of one language: the words that name a meeting, tie it to a day,
/// a place or a group, tell who took part, and say whether it happened, is to come or was called
/// off. The rules read only this; each language fills one table (`Meetings+fr.swift`,
/// `Meetings+en.swift`), so a new language is a new table. All words are folded
/// (`MeetingFolding.fold`: lower case, no accents); look-ups are hashed and allocate nothing.
struct MeetingLexicon: Sendable {
    /// One way of naming a meeting: a noun ("sommet"), a verb ("a reçu"), several words.
    struct Cue: Sendable {
        var words: [String]
        var kind: MeetingMention.Kind
        var isVerb = false
        /// A verb in the present tense, telling of the day of the clip ("reçoit", "hosts").
        var isPresent = false
        /// A verb in the future or the conditional, or a modal of intent ("recevra", "will host", "doit rencontrer").
        var isFuture = false
        /// An infinitive of purpose ("pour rencontrer", "to meet"): its tense is that of the sentence.
        var isInfinitive = false
        var isPlural = false
        /// A verb that only names a meeting with a person as its object ("a reçu Zelensky").
        var needsPerson = false
        /// A word that is a meeting noun only after a determiner ("a call", "une rencontre").
        var needsDeterminer = false
        /// An agreement verb, a meeting only with a collective subject, a place and a date.
        var isAgreement = false
        /// A verb that names a meeting only with its person object right after it ("a appelé
        /// Zelensky", "called Putin"), not "a appelé à", "called on", "called Putin a liar".
        var needsObject = false
        /// A participle that names a gathering only with a group of people beside it ("Réunis à
        /// Bruxelles, les dirigeants…", "Gathered in Brussels, EU leaders…").
        var needsGroup = false

        init(_ words: [String], _ kind: MeetingMention.Kind, verb: Bool = false, present: Bool = false,
             future: Bool = false, infinitive: Bool = false, plural: Bool = false, person: Bool = false, determiner: Bool = false,
             agreement: Bool = false, object: Bool = false, group: Bool = false) {
            self.words = words.map { MeetingFolding.fold($0) }
            self.kind = kind
            isVerb = verb || agreement
            isPresent = present
            isFuture = future
            isInfinitive = infinitive
            isPlural = plural
            needsPerson = person
            needsDeterminer = determiner
            isAgreement = agreement
            needsObject = object
            needsGroup = group
        }
    }

    /// A venue, by its words, with the name shown and the city it stands in.
    struct Venue: Sendable {
        var words: [String]
        var name: String
        var city: String
    }

    // MARK: Cues
    var cues: [Cue]
    /// Folded stems one of which a block must contain to hold a cue (a cheap first pass).
    var stems: [String]
    /// Words that make the next noun a determined one ("a call", "une rencontre").
    var determiners: Set<String>
    /// Words before a noun that point back to a meeting already named ("cette réunion").
    var backReferences: Set<String>
    /// Small words between a back-reference and its noun that make it point elsewhere ("ce type de réunion").
    var backReferenceBreaks: Set<String>
    /// Words before a video noun that make it a means, not a meeting ("par visioconférence").
    var videoMeans: Set<String>
    /// "avec", "with": a person follows.
    var withWords: Set<String>
    /// Reciprocal verbs whose people may stand before them ("Trump and Putin met").
    var reciprocalVerbs: Set<String>
    /// "par", "by": the agent of a passive ("un dîner offert par le roi").
    var agentWords: Set<String>
    /// Words between a verb and a noun that tell the kind of the verb's meeting ("a reçu X pour un déjeuner").
    var purposeWords: Set<String>
    /// Subjects that make an agreement or a reciprocal verb a gathering: several countries or leaders.
    var collectives: Set<String>
    /// Words before an infinitive cue that make it a wish, not a meeting ("souhaite rencontrer").
    var wishes: Set<String>
    /// Adverbs that may stand inside a verb cue ("avait longuement discuté", "had already met").
    var adverbs: Set<String>
    /// Endings that make a word an adverb ("-ment", "-ly"), for words of at least six letters.
    var adverbEndings: [String]
    /// Words between a call verb and its object that make it something else ("appelé à", "called on").
    var objectBreaks: Set<String>
    /// Words right after the object of a call verb that make it a naming ("called Putin a killer").
    var namingWords: Set<String>

    // MARK: Sentences and dates
    /// Words that tie a meeting to the one just named, on the same day.
    var sameDayLinks: Set<String>
    /// Units and words of a gap in time: "deux jours après le sommet" is not the summit's day.
    var offsets: Set<String>
    /// Words of a day counted after a meeting ("le lendemain du sommet") or before one ("la veille de la réunion").
    var laterWords: Set<String>
    var earlierWords: Set<String>
    /// Words that open a sentence telling what happened next, the same day.
    var sequels: Set<String>
    /// Subject pronouns ("il", "she") standing for the last person named.
    var pronouns: Set<String>
    /// Possessives before a meeting noun that stand for the sentence's subject ("his planned summit").
    var possessives: Set<String>
    /// "two", "deux": before a word of `pairHeads`, the two people of the meeting just told.
    var pairWords: Set<String>
    /// "leaders", "présidents": people a pair word counts.
    var pairHeads: Set<String>
    /// Determiners by which "the call" points back to a video call just told.
    var definiteReferences: Set<String>
    /// Words that tell a sentence is about the clip's own day.
    var presentWords: Set<String>
    /// Pairs of words (joined by a space) that tell the same.
    var presentPairs: WordPairs
    /// Verbs of speech: a date right after one is when something was said.
    var speechVerbs: Set<String>
    /// Words that put the speech at the meeting ("lors d'une conférence de presse").
    var speechOccasions: Set<String>
    /// Relative pronouns that open a clause about the noun just before them ("the war that began").
    var relativeOpeners: Set<String>
    /// Lower-case nouns a relative clause may follow and still tell of the meeting ("the meeting
    /// with the delegation, which took place on Monday").
    var relativeAntecedents: Set<String>
    /// Words before a meeting noun that make it another meeting than those known ("separate talks", "une nouvelle rencontre").
    var otherMeetingWords: Set<String>
    /// Words that tell of the day just told ("dans la foulée"), unless a genitive follows ("dans la foulée du sommet").
    var dayLinks: Set<String>
    /// Words that make what follows a complement ("de", "of").
    var genitives: Set<String>
    /// Time zones and words that may follow a live blog's clock time.
    var clockZones: Set<String>
    /// Weekday names, Monday = 1.
    var weekdays: [String: Int]

    // MARK: Groups
    /// Words that may stand between a meeting noun and its forum ("sommet de la coalition").
    var forumLinks: Set<String>
    /// Words between a forum and its noun ("G7 leaders' meeting").
    var forumHeads: Set<String>
    /// Forums by their folded words.
    var forums: [(words: [String], forum: MeetingForums.Forum)]
    /// How the clip names the Coalition of the Willing in full, so that "la coalition" alone is it.
    var coalitionNames: [String]
    /// Words that make talks talk in general ("les négociations se poursuivent").
    var genericMarkers: Set<String>
    /// Words of number that make talks written after them a series ("plusieurs réunions", "a dozen meetings").
    var quantityMarkers: Set<String>
    /// Pairs of words that do the same ("en cours").
    var genericPairs: WordPairs
    /// Phrases that tell a meeting held beside a bigger one ("en marge", "on the sidelines").
    var sideEventPhrases: [String]

    // MARK: Participants
    /// Words before a meeting noun that make the sentence's subject one of its participants.
    var connectors: Set<String>
    /// Connectors that place the whole sentence at the meeting ("lors de", "en marge de").
    var occasions: Set<String>
    /// Words before a name that make it something other than a participant ("gendre de X").
    var relations: Set<String>
    /// Words just before "de X" that keep X a participant ("aux côtés de X").
    var companions: Set<String>
    /// Words that report speech; a name right after one is the speaker.
    var reporting: Set<String>
    /// Words that open a reported clause: a name before one is not the subject of what follows.
    var clauseOpeners: Set<String>
    /// "selon", "according": what follows is a source.
    var sources: Set<String>
    /// "de", "of": a name after one is a complement ("le plan de Zelensky").
    var ofWords: Set<String>
    /// "et", "and": a name after one is in a list.
    var andWords: Set<String>
    /// Verbs telling that the people before them took part in the meeting told just before
    /// ("Zelensky y a participé", "Macron joined by video link").
    var participationVerbs: Set<String>
    /// Words that, before "by" or "de", bring people along ("flanked by", "accompagné de").
    var escorts: Set<String>
    /// Words telling that the people before them were expected at a group's meeting ("Zelensky était attendu devant la coalition").
    var expectedWords: Set<String>

    // MARK: Places
    /// Prepositions before a place ("à", "in"; "a" for French written without accents).
    var placePrepositions: Set<String>
    /// Words that may stand between a preposition and the place ("au palais de l'Élysée").
    var placeFillers: Set<String>
    /// Words after which the sentence talks of a topic or another time, not a place.
    var topicWords: Set<String>
    /// "où", "where": after a city, a clause telling what happened there.
    var whereWords: Set<String>
    /// "to", "from": a known venue or city may follow ("welcomed X to Downing Street").
    var directionWords: Set<String>
    /// Definite articles skipped before a venue.
    var articles: Set<String>
    /// Words that name a video link alone ("visioconférence").
    var videoNouns: Set<String>
    /// Words after "video" that make a video link ("video call").
    var videoHeads: Set<String>
    /// Words between a capitalized word and a name that keep the word a place ("à Kiev avec Zelensky").
    var nameLinks: Set<String>
    /// Capitalized words after a preposition that are no place: months, weekdays, institutions.
    var notPlaces: Set<String>
    /// Venues and the city each is in.
    var venues: [Venue]
    /// Cities by folded spelling, with the name to show (`MeetingPlaces.gazetteer` for every language so far).
    var cities: [String: String]

    // MARK: Status
    /// Words near a meeting that tell it is still to come ("prévu", "doit", "scheduled").
    var plannedWords: Set<String>
    /// Pairs that tell the same ("aura lieu", "is due").
    var plannedPairs: WordPairs
    /// Endings of future and conditional verbs ("réunira", "rassembleront") on lower-case words.
    var futureEndings: [String]
    /// Words with such an ending that are no verb ("caméra").
    var futureExceptions: Set<String>
    /// Words near a meeting that tell it was called off ("annulé", "cancelled").
    var cancelledWords: Set<String>
    /// Pairs that tell the same ("called off", "pas lieu").
    var cancelledPairs: WordPairs
}

/// Pairs of words ("en cours", "called off"), looked up by their two words without building a string.
struct WordPairs: Sendable, ExpressibleByArrayLiteral {
    private var seconds: [String: Set<String>] = [:]

    init(arrayLiteral pairs: String...) {
        for pair in pairs {
            let words = pair.split(separator: " ", maxSplits: 1).map(String.init)
            guard words.count == 2 else { continue }
            seconds[words[0], default: []].insert(words[1])
        }
    }

    var isEmpty: Bool { seconds.isEmpty }

    func contains(_ first: String, _ second: String) -> Bool {
        seconds[first]?.contains(second) ?? false
    }

    /// Whether two words in a row of `tokens[range]` are one of the pairs.
    func occurs(in tokens: [MeetingToken], _ range: Range<Int>) -> Bool {
        guard !isEmpty else { return false }
        let r = range.clamped(to: 0..<tokens.count)
        guard r.count >= 2 else { return false }
        return (r.lowerBound..<(r.upperBound - 1)).contains { contains(tokens[$0].folded, tokens[$0 + 1].folded) }
    }

    mutating func formUnion(_ other: WordPairs) {
        for (first, second) in other.seconds { seconds[first, default: []].formUnion(second) }
    }
}

extension MeetingLexicon {
    /// The lexicon of a clip's language; a clip in another language is read with all of them.
    static func forLanguage(_ lang: String) -> MeetingLexicon {
        switch lang {
        case "fr": french
        case "en": english
        default: all
        }
    }

    /// Every language at once.
    static let all = french.merged(with: english)

    private func merged(with o: MeetingLexicon) -> MeetingLexicon {
        var m = self
        m.cues += o.cues
        m.stems += o.stems
        m.determiners.formUnion(o.determiners)
        m.backReferences.formUnion(o.backReferences)
        m.backReferenceBreaks.formUnion(o.backReferenceBreaks)
        m.videoMeans.formUnion(o.videoMeans)
        m.withWords.formUnion(o.withWords)
        m.reciprocalVerbs.formUnion(o.reciprocalVerbs)
        m.agentWords.formUnion(o.agentWords)
        m.purposeWords.formUnion(o.purposeWords)
        m.collectives.formUnion(o.collectives)
        m.wishes.formUnion(o.wishes)
        m.adverbs.formUnion(o.adverbs)
        m.adverbEndings += o.adverbEndings
        m.objectBreaks.formUnion(o.objectBreaks)
        m.namingWords.formUnion(o.namingWords)
        m.sameDayLinks.formUnion(o.sameDayLinks)
        m.offsets.formUnion(o.offsets)
        m.laterWords.formUnion(o.laterWords)
        m.earlierWords.formUnion(o.earlierWords)
        m.sequels.formUnion(o.sequels)
        m.pronouns.formUnion(o.pronouns)
        m.possessives.formUnion(o.possessives)
        m.pairWords.formUnion(o.pairWords)
        m.pairHeads.formUnion(o.pairHeads)
        m.definiteReferences.formUnion(o.definiteReferences)
        m.presentWords.formUnion(o.presentWords)
        m.presentPairs.formUnion(o.presentPairs)
        m.speechVerbs.formUnion(o.speechVerbs)
        m.speechOccasions.formUnion(o.speechOccasions)
        m.relativeOpeners.formUnion(o.relativeOpeners)
        m.relativeAntecedents.formUnion(o.relativeAntecedents)
        m.otherMeetingWords.formUnion(o.otherMeetingWords)
        m.dayLinks.formUnion(o.dayLinks)
        m.genitives.formUnion(o.genitives)
        m.clockZones.formUnion(o.clockZones)
        m.weekdays.merge(o.weekdays) { a, _ in a }
        m.forumLinks.formUnion(o.forumLinks)
        m.forumHeads.formUnion(o.forumHeads)
        m.forums += o.forums
        m.coalitionNames += o.coalitionNames
        m.genericMarkers.formUnion(o.genericMarkers)
        m.quantityMarkers.formUnion(o.quantityMarkers)
        m.genericPairs.formUnion(o.genericPairs)
        m.sideEventPhrases += o.sideEventPhrases
        m.connectors.formUnion(o.connectors)
        m.occasions.formUnion(o.occasions)
        m.relations.formUnion(o.relations)
        m.companions.formUnion(o.companions)
        m.reporting.formUnion(o.reporting)
        m.clauseOpeners.formUnion(o.clauseOpeners)
        m.sources.formUnion(o.sources)
        m.ofWords.formUnion(o.ofWords)
        m.andWords.formUnion(o.andWords)
        m.participationVerbs.formUnion(o.participationVerbs)
        m.expectedWords.formUnion(o.expectedWords)
        m.escorts.formUnion(o.escorts)
        m.placePrepositions.formUnion(o.placePrepositions)
        m.placeFillers.formUnion(o.placeFillers)
        m.topicWords.formUnion(o.topicWords)
        m.whereWords.formUnion(o.whereWords)
        m.directionWords.formUnion(o.directionWords)
        m.articles.formUnion(o.articles)
        m.videoNouns.formUnion(o.videoNouns)
        m.videoHeads.formUnion(o.videoHeads)
        m.nameLinks.formUnion(o.nameLinks)
        m.notPlaces.formUnion(o.notPlaces)
        m.venues += o.venues
        m.cities.merge(o.cities) { a, _ in a }
        m.plannedWords.formUnion(o.plannedWords)
        m.plannedPairs.formUnion(o.plannedPairs)
        m.futureEndings += o.futureEndings
        m.futureExceptions.formUnion(o.futureExceptions)
        m.cancelledWords.formUnion(o.cancelledWords)
        m.cancelledPairs.formUnion(o.cancelledPairs)
        return m
    }

    /// Whether `folded` is an adverb that may stand inside a verb cue.
    func isAdverb(_ folded: String) -> Bool {
        adverbs.contains(folded) || (folded.utf8.count >= 6 && adverbEndings.contains { folded.hasSuffix($0) })
    }

    /// Whether the lower-case word `folded` is a future or conditional verb form.
    func isFutureForm(_ token: MeetingToken) -> Bool {
        let w = token.folded
        guard !token.isCapitalized, w.utf8.count >= 6, !futureExceptions.contains(w) else { return false }
        return futureEndings.contains { w.hasSuffix($0) }
    }
}
