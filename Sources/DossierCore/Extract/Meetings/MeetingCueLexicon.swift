/// The French and English words that name a meeting, and how to find them in a sentence.
enum MeetingCueLexicon {
    /// One way of naming a meeting.
    struct Entry: Sendable {
        var words: [String]
        var kind: MeetingMention.Kind
        var isVerb = false
        var isPresent = false
        var isPlural = false
        /// A verb that only names a meeting with a person as its object ("a reçu Zelensky").
        var needsPerson = false
        /// A word that is a meeting noun only after a determiner ("a call", "une rencontre").
        var needsDeterminer = false
        /// An agreement verb, a meeting only with a collective subject, a place and a date.
        var isAgreement = false
    }

    static let french: [Entry] = [
        Entry(words: ["sommet"], kind: .summit),
        Entry(words: ["reunion"], kind: .meeting),
        Entry(words: ["reunions"], kind: .meeting, isPlural: true),
        Entry(words: ["rencontre"], kind: .meeting, needsDeterminer: true),
        Entry(words: ["rencontre"], kind: .meeting, isVerb: true, isPresent: true, needsPerson: true),
        Entry(words: ["a", "rencontre"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["ai", "rencontre"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["ai", "recu"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["avons", "recu"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["ont", "recu"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["ai", "accueilli"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["se", "sont", "rencontres"], kind: .meeting, isVerb: true),
        Entry(words: ["se", "sont", "retrouves"], kind: .meeting, isVerb: true),
        Entry(words: ["se", "sont", "retrouvees"], kind: .meeting, isVerb: true),
        Entry(words: ["se", "retrouvent"], kind: .meeting, isVerb: true, isPresent: true),
        Entry(words: ["se", "retrouveront"], kind: .meeting, isVerb: true),
        Entry(words: ["avait", "rencontre"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["rencontrera"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["visioconference"], kind: .videoConference),
        Entry(words: ["visio-conference"], kind: .videoConference),
        Entry(words: ["videoconference"], kind: .videoConference),
        Entry(words: ["discussion"], kind: .talks),
        Entry(words: ["discussions"], kind: .talks, isPlural: true),
        Entry(words: ["pourparlers"], kind: .talks, isPlural: true),
        Entry(words: ["negociations"], kind: .talks, isPlural: true),
        Entry(words: ["entretien", "telephonique"], kind: .call),
        Entry(words: ["entretien"], kind: .meeting),
        Entry(words: ["s'", "est", "entretenu"], kind: .meeting, isVerb: true),
        Entry(words: ["s'", "est", "entretenue"], kind: .meeting, isVerb: true),
        Entry(words: ["se", "sont", "entretenus"], kind: .meeting, isVerb: true),
        Entry(words: ["s'", "entretient"], kind: .meeting, isVerb: true, isPresent: true),
        Entry(words: ["s'", "entretiendra"], kind: .meeting, isVerb: true),
        Entry(words: ["se", "sont", "reunis"], kind: .meeting, isVerb: true),
        Entry(words: ["se", "reunissent"], kind: .meeting, isVerb: true, isPresent: true),
        Entry(words: ["se", "reunit"], kind: .meeting, isVerb: true, isPresent: true),
        Entry(words: ["se", "reuniront"], kind: .meeting, isVerb: true),
        Entry(words: ["se", "reunira"], kind: .meeting, isVerb: true),
        Entry(words: ["a", "recu"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["retrouver"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["retrouvera"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["a", "retrouve"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["a", "reuni"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["reunit"], kind: .meeting, isVerb: true, isPresent: true, needsPerson: true),
        Entry(words: ["recoit"], kind: .meeting, isVerb: true, isPresent: true, needsPerson: true),
        Entry(words: ["recevra"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["accueille"], kind: .meeting, isVerb: true, isPresent: true, needsPerson: true),
        Entry(words: ["a", "accueilli"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["accueillera"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["dejeuner"], kind: .lunch),
        Entry(words: ["petit-dejeuner"], kind: .lunch),
        Entry(words: ["diner"], kind: .lunch),
        Entry(words: ["diner", "de", "travail"], kind: .lunch),
        Entry(words: ["conference", "de", "presse"], kind: .pressConference),
        Entry(words: ["point", "de", "presse"], kind: .pressConference),
        Entry(words: ["s'", "exprimant", "au", "cote", "de"], kind: .pressConference, isVerb: true),
        Entry(words: ["s'", "exprimant", "aux", "cotes", "de"], kind: .pressConference, isVerb: true),
        Entry(words: ["appel", "telephonique"], kind: .call),
        Entry(words: ["appels", "telephoniques"], kind: .call, isPlural: true),
        Entry(words: ["conversation", "telephonique"], kind: .call),
        Entry(words: ["conversations", "telephoniques"], kind: .call, isPlural: true),
        Entry(words: ["echange", "telephonique"], kind: .call),
        Entry(words: ["s'", "est", "entretenu", "au", "telephone"], kind: .call, isVerb: true),
        Entry(words: ["s'", "est", "entretenu", "par", "telephone"], kind: .call, isVerb: true),
        Entry(words: ["s'", "est", "entretenue", "par", "telephone"], kind: .call, isVerb: true),
        Entry(words: ["se", "sont", "entretenus", "par", "telephone"], kind: .call, isVerb: true),
        Entry(words: ["se", "sont", "entretenus", "au", "telephone"], kind: .call, isVerb: true),
        // Pluperfect, common in the background paragraphs of news copy.
        Entry(words: ["s'", "etait", "entretenu"], kind: .meeting, isVerb: true),
        Entry(words: ["s'", "etait", "entretenue"], kind: .meeting, isVerb: true),
        Entry(words: ["s'", "etaient", "entretenus"], kind: .meeting, isVerb: true),
        Entry(words: ["s'", "etait", "entretenu", "par", "telephone"], kind: .call, isVerb: true),
        Entry(words: ["s'", "etait", "entretenu", "au", "telephone"], kind: .call, isVerb: true),
        Entry(words: ["s'", "etaient", "entretenus", "par", "telephone"], kind: .call, isVerb: true),
        Entry(words: ["avait", "recu"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["a", "telephone", "a"], kind: .call, isVerb: true, needsPerson: true),
    ]

    static let english: [Entry] = [
        Entry(words: ["summit"], kind: .summit),
        Entry(words: ["meeting"], kind: .meeting),
        Entry(words: ["meetings"], kind: .meeting, isPlural: true),
        Entry(words: ["talks"], kind: .talks),
        Entry(words: ["negotiations"], kind: .talks, isPlural: true),
        Entry(words: ["met"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["meets"], kind: .meeting, isVerb: true, isPresent: true, needsPerson: true),
        Entry(words: ["will", "meet"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["hosted"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["hosts"], kind: .meeting, isVerb: true, isPresent: true, needsPerson: true),
        Entry(words: ["is", "hosting"], kind: .meeting, isVerb: true, isPresent: true, needsPerson: true),
        Entry(words: ["will", "host"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["would", "host"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["to", "host"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["had", "met"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["welcomed"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["received"], kind: .meeting, isVerb: true, needsPerson: true),
        Entry(words: ["video", "conference"], kind: .videoConference),
        Entry(words: ["videoconference"], kind: .videoConference),
        Entry(words: ["video", "call"], kind: .videoConference),
        Entry(words: ["phone", "call"], kind: .call),
        Entry(words: ["telephone", "call"], kind: .call),
        Entry(words: ["call"], kind: .call, needsDeterminer: true),
        Entry(words: ["spoke", "by", "phone"], kind: .call, isVerb: true),
        Entry(words: ["spoke", "by", "telephone"], kind: .call, isVerb: true),
        Entry(words: ["spoke", "on", "the", "phone"], kind: .call, isVerb: true),
        Entry(words: ["phoned"], kind: .call, isVerb: true, needsPerson: true),
        Entry(words: ["spoke", "to"], kind: .call, isVerb: true, needsPerson: true),
        Entry(words: ["spoke", "with"], kind: .call, isVerb: true, needsPerson: true),
        Entry(words: ["lunch"], kind: .lunch),
        Entry(words: ["dinner"], kind: .lunch),
        Entry(words: ["breakfast"], kind: .lunch),
        Entry(words: ["press", "conference"], kind: .pressConference),
        Entry(words: ["news", "conference"], kind: .pressConference),
        Entry(words: ["joint", "press", "conference"], kind: .pressConference),
    ]

    /// Entries by first word, longest first, for the language of a clip.
    static func entries(forLanguage lang: String) -> [String: [Entry]] {
        switch lang {
        case "fr": frenchIndex
        case "en": englishIndex
        default: bothIndex
        }
    }

    private static let frenchIndex = index(french + MeetingAgreements.french)
    private static let englishIndex = index(english + MeetingAgreements.english)
    private static let bothIndex = index(french + english + MeetingAgreements.french + MeetingAgreements.english)

    private static func index(_ entries: [Entry]) -> [String: [Entry]] {
        var byFirst: [String: [Entry]] = [:]
        for entry in entries { byFirst[entry.words[0], default: []].append(entry) }
        // Longest first; entries of one length keep their order in the table.
        return byFirst.mapValues { list in
            list.enumerated().sorted { ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset) }
                .map(\.element)
        }
    }

    /// Folded stems one of which a block must contain to hold a cue (a cheap first pass).
    static let stems: [String] = [
        "sommet", "reuni", "rencontr", "visio", "videoconf", "discussion", "pourparlers", "negociation",
        "entretien", "entretenu", "entretiendra", "recu", "recoit", "recevra", "accueil", "dejeuner", "diner",
        "presse", "telephon", "exprimant", "retrouv", "summit", "meet", "met ", "talks", "call", "host", "welcomed",
        "received", "lunch", "dinner", "breakfast", "conference", "spoke",
    ] + MeetingAgreements.stems

    /// Words that make the next noun a determined one ("a call", "une rencontre").
    static let determiners: Set<String> = [
        "a", "an", "the", "this", "that", "their", "his", "her", "phone", "une", "la", "cette", "sa", "leur",
        "nouvelle", "premiere", "derniere", "l'", "de", "d'", "une", "prochaine", "breve", "courte",
    ]

    /// Words before a noun that point back to a meeting already named ("cette réunion").
    static let backReferences: Set<String> = ["cette", "ce", "cet", "this", "that", "meme", "same"]
}
