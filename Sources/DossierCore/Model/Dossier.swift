/// An article with its place in the dossier: slug, what was extracted, what it links to.
public struct DossierArticle: Sendable, Hashable {
    /// The slug: `articles/<id>/`.
    public var id: String
    public var article: Article
    public var mentions: ArticleMentions
    /// Ids of the people the article names, in order of first mention.
    public var people: [String]
    /// Ids of the meetings the article reports or refers to.
    public var meetings: [String]

    public init(id: String, article: Article, mentions: ArticleMentions = ArticleMentions(),
                people: [String] = [], meetings: [String] = []) {
        self.id = id
        self.article = article
        self.mentions = mentions
        self.people = people
        self.meetings = meetings
    }
}

/// Where a person, a meeting or an event appears: an article's block.
public struct Citation: Sendable, Hashable {
    public var articleID: String
    public var blockIndex: Int
    public var sentence: String

    public init(articleID: String, blockIndex: Int, sentence: String) {
        self.articleID = articleID
        self.blockIndex = blockIndex
        self.sentence = sentence
    }

    /// The paragraph's anchor, or `title` for the headline (block index -1).
    public var anchor: String { blockIndex < 0 ? "title" : Block.anchor(forIndex: blockIndex) }
}

/// A person merged across clips.
public struct Person: Sendable, Hashable {
    public var id: String
    /// The canonical spelling: the fullest, most frequent one in the dossier's language.
    public var name: String
    /// Other spellings seen in the clips (short forms, transliterations).
    public var aliases: [String]
    /// The most frequent role phrase, if any.
    public var role: String?
    /// All role phrases seen, most frequent first.
    public var roles: [String]
    /// A Wikidata id from `dossier.yml` ("Q3052772").
    public var wikidata: String?
    /// Articles naming the person, in the dossier's article order.
    public var articles: [String]
    /// The first mention in each article.
    public var mentions: [Citation]
    /// Direct quotes attributed to the person.
    public var quotes: [PersonQuote]

    public init(id: String, name: String, aliases: [String] = [], role: String? = nil, roles: [String] = [],
                wikidata: String? = nil, articles: [String] = [], mentions: [Citation] = [], quotes: [PersonQuote] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role
        self.roles = roles
        self.wikidata = wikidata
        self.articles = articles
        self.mentions = mentions
        self.quotes = quotes
    }
}

/// A quote on a person's page, linked to its paragraph.
public struct PersonQuote: Sendable, Hashable {
    public var text: String
    public var citation: Citation

    public init(text: String, citation: Citation) {
        self.text = text
        self.citation = citation
    }
}

/// A meeting clustered across clips.
public struct Meeting: Sendable, Hashable {
    public var id: String
    public var title: String
    public var kind: MeetingMention.Kind
    public var date: PartialDate?
    public var place: String?
    public var participants: [String]
    public var articles: [String]
    public var mentions: [Citation]
    /// The group that held it ("Coalition des volontaires"), when the clips say.
    public var forum: String?
    /// The building it was held in ("Élysée"), when the clips say; `place` is its city.
    public var venue: String?
    /// Held, planned or cancelled, as the latest clips tell it.
    public var status: MeetingStatus

    public init(id: String, title: String, kind: MeetingMention.Kind, date: PartialDate?, place: String?,
                participants: [String] = [], articles: [String] = [], mentions: [Citation] = [], forum: String? = nil,
                venue: String? = nil, status: MeetingStatus = .held) {
        self.forum = forum
        self.venue = venue
        self.status = status
        self.id = id
        self.title = title
        self.kind = kind
        self.date = date
        self.place = place
        self.participants = participants
        self.articles = articles
        self.mentions = mentions
    }
}

/// One event of the timeline, possibly reported by several clips.
public struct TimelineEntry: Sendable, Hashable {
    public var date: PartialDate
    public var label: String
    public var sources: [Citation]
    public var people: [String]
    public var meeting: String?

    public init(date: PartialDate, label: String, sources: [Citation], people: [String] = [], meeting: String? = nil) {
        self.date = date
        self.label = label
        self.sources = sources
        self.people = people
        self.meeting = meeting
    }

    public var articles: [String] {
        var seen = Set<String>()
        return sources.map(\.articleID).filter { seen.insert($0).inserted }
    }
}

/// The whole dossier, as the link stage makes it and the plan stage reads it.
public struct Dossier: Sendable {
    public var settings: DossierSettings
    /// Articles, newest first (undated last), then by source path.
    public var articles: [DossierArticle]
    public var people: [Person]
    public var meetings: [Meeting]
    public var timeline: [TimelineEntry]

    public init(settings: DossierSettings, articles: [DossierArticle], people: [Person] = [],
                meetings: [Meeting] = [], timeline: [TimelineEntry] = []) {
        self.settings = settings
        self.articles = articles
        self.people = people
        self.meetings = meetings
        self.timeline = timeline
    }
}
