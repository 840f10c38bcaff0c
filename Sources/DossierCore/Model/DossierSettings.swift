/// `seeds/dossier.yml`: site settings and optional editorial corrections.
public struct DossierSettings: Sendable, Hashable {
    public var title: String
    public var description: String
    /// ISO 639-1 code of the dossier's language.
    public var language: String
    /// Absolute URL the site is published at, for feeds, sitemap and canonical links.
    public var baseURL: String?
    public var timeZone: String?
    public var corrections: Corrections

    public init(title: String = "Dossier", description: String = "", language: String = "fr",
                baseURL: String? = nil, timeZone: String? = nil, corrections: Corrections = Corrections()) {
        self.title = title
        self.description = description
        self.language = language
        self.baseURL = baseURL
        self.timeZone = timeZone
        self.corrections = corrections
    }
}

/// Editorial corrections for what no reader of the text could know.
public struct Corrections: Sendable, Hashable {
    /// Per person, keyed by the canonical name to use.
    public struct PersonCorrection: Sendable, Hashable {
        public var aliases: [String]
        public var role: String?
        public var wikidata: String?

        public init(aliases: [String] = [], role: String? = nil, wikidata: String? = nil) {
            self.aliases = aliases
            self.role = role
            self.wikidata = wikidata
        }
    }

    /// Per clip, keyed by file name (`004_x.txt`).
    public struct ClipCorrection: Sendable, Hashable {
        public var title: String?
        public var date: SimpleDate?
        /// The address of the original article.
        public var url: String?
        /// The outlet that published the clip, when the text does not say.
        public var outlet: String?

        public init(title: String? = nil, date: SimpleDate? = nil, url: String? = nil, outlet: String? = nil) {
            self.title = title
            self.date = date
            self.url = url
            self.outlet = outlet
        }
    }

    public var people: [String: PersonCorrection]
    /// Capitalized phrases that look like names but are not people.
    public var notPeople: [String]
    /// Meeting titles keyed by generated meeting id.
    public var meetingTitles: [String: String]
    public var clips: [String: ClipCorrection]
    /// The line of each clip's correction in `dossier.yml`, for diagnostics.
    public var clipLines: [String: Int] = [:]

    public init(people: [String: PersonCorrection] = [:], notPeople: [String] = [],
                meetingTitles: [String: String] = [:], clips: [String: ClipCorrection] = [:]) {
        self.people = people
        self.notPeople = notPeople
        self.meetingTitles = meetingTitles
        self.clips = clips
    }
}
