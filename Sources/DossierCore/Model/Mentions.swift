/// A person named in an article's text (never a byline or a credit).
public struct PersonMention: Sendable, Hashable, Codable {
    /// The name as written, e.g. "Volodimir Zelensky", "Macron", "le général Knighton" → "Knighton".
    public var name: String
    /// The role phrase the text gives with the name, e.g. "secrétaire général de l'OTAN".
    public var role: String?
    /// The index of the block in `Article.blocks`.
    public var blockIndex: Int
    /// The sentence the name appears in.
    public var sentence: String

    public init(name: String, role: String? = nil, blockIndex: Int, sentence: String) {
        self.name = name
        self.role = role
        self.blockIndex = blockIndex
        self.sentence = sentence
    }
}

/// A direct quote attributed to a speaker by the text.
public struct Quote: Sendable, Hashable, Codable {
    public var text: String
    /// The speaker's name as written near the quote.
    public var speaker: String
    public var blockIndex: Int

    public init(text: String, speaker: String, blockIndex: Int) {
        self.text = text
        self.speaker = speaker
        self.blockIndex = blockIndex
    }
}

/// A date the text gives, resolved to a calendar date at its precision.
public struct DatedEvent: Sendable, Hashable, Codable {
    public var date: PartialDate
    /// The date expression as written ("ce mardi 25 novembre").
    public var expression: String
    /// The sentence that carries the date.
    public var sentence: String
    public var blockIndex: Int
    /// The last day of a happening that spans several days ("Dec. 14-15"), else nil.
    public var end: PartialDate?
    /// Whether the sentence tells of the date as still to come.
    public var future: Bool

    public init(date: PartialDate, expression: String, sentence: String, blockIndex: Int,
                end: PartialDate? = nil, future: Bool = false) {
        self.date = date
        self.expression = expression
        self.sentence = sentence
        self.blockIndex = blockIndex
        self.end = end
        self.future = future
    }
}

/// A date the text gives whose year it does not say, in a clip with no date of its own, when two
/// years fit the story equally ("le 18 août" in a story that runs over two Augusts): it is left at
/// the day and month the text supports, never placed in a year by guess.
public struct OpenDate: Sendable, Hashable, Codable {
    /// The date expression as written ("le 18 août").
    public var expression: String
    /// The sentence that carries the date.
    public var sentence: String
    public var blockIndex: Int
    /// The years that fit equally, in order.
    public var years: [Int]

    public init(expression: String, sentence: String, blockIndex: Int, years: [Int]) {
        self.expression = expression
        self.sentence = sentence
        self.blockIndex = blockIndex
        self.years = years
    }
}

/// Whether a meeting took place, is still to come, or was called off.
public enum MeetingStatus: String, Sendable, Hashable, Codable {
    case held, planned, cancelled
}

/// A meeting the text reports or refers to, before clustering across clips.
public struct MeetingMention: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case summit, meeting, videoConference = "video-conference", talks, call, lunch, pressConference = "press conference"
    }

    public var kind: Kind
    /// The meeting noun or verb as written ("sommet", "s'est entretenu").
    public var cue: String
    public var date: PartialDate?
    /// The city (or region) it is held in, or `MeetingPlaces.videoConference`.
    public var place: String?
    /// The building it is held in, when the text names one ("Élysée", "Kremlin"); `place` is its city.
    public var venue: String?
    /// Names of the people the text says took part, as written.
    public var participants: [String]
    /// As the clip tells it: held, still to come, or called off.
    public var status: MeetingStatus = .held
    /// A group or forum named with it ("Coalition des volontaires").
    public var forum: String?
    public var sentence: String
    public var blockIndex: Int

    public init(kind: Kind, cue: String, date: PartialDate? = nil, place: String? = nil, participants: [String] = [],
                forum: String? = nil, sentence: String, blockIndex: Int) {
        self.kind = kind
        self.cue = cue
        self.date = date
        self.place = place
        self.participants = participants
        self.forum = forum
        self.sentence = sentence
        self.blockIndex = blockIndex
    }
}

/// Everything the extract stage finds in one article.
public struct ArticleMentions: Sendable, Hashable, Codable {
    public var people: [PersonMention]
    /// Family names alone that nothing in the clip vouches for ("Støre did not comment"): the
    /// linker counts them only when the dossier names exactly one person in full with that
    /// family name. Nothing else reads them.
    public var possiblePeople: [PersonMention]
    public var quotes: [Quote]
    public var events: [DatedEvent]
    public var meetings: [MeetingMention]
    /// How many of the clip's dates only the story calendar can resolve (a day and month in an
    /// undated clip, "la veille de la réunion de Genève"): the clips the second pass re-reads.
    public var pendingDates: Int
    /// Dates whose year two years of the story fit equally (`OpenDate`), found on the second reading.
    public var openDates: [OpenDate]

    public init(people: [PersonMention] = [], quotes: [Quote] = [], events: [DatedEvent] = [], meetings: [MeetingMention] = [],
                pendingDates: Int = 0, possiblePeople: [PersonMention] = [], openDates: [OpenDate] = []) {
        self.openDates = openDates
        self.people = people
        self.possiblePeople = possiblePeople
        self.quotes = quotes
        self.events = events
        self.meetings = meetings
        self.pendingDates = pendingDates
    }
}
