/// How an article's publication date was found.
public enum DateBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// A ` date YYYY-MM-DD` stamp or a date line at the top of the clip.
    case header
    /// A wire dateline ("PARIS, 6 janvier (Reuters) -").
    case dateline
    /// A full date in the text that describes the day of the clip.
    case text
    /// A weekday with a day and month ("ce mardi 25 novembre") that pins the year.
    case weekday
    /// The date of the meeting the clip reports.
    case meeting
    /// The latest day the clip reports as past or present, the story calendar resolving its
    /// dates: a bound a reader would draw, not a date the clip writes.
    case inferred
    /// A correction in `seeds/dossier.yml`, or front matter written by hand.
    case override
    /// Not found.
    case none
}

/// A normalized clip: front matter and body blocks. Produced by the normalizer,
/// completed by the extract stage (publication date from the text), published as
/// Markdown with YAML front matter.
public struct Article: Sendable, Hashable, Codable {
    /// The headline; derived from the lede when the clip has none (`titleDerived`).
    public var title: String
    public var titleDerived: Bool
    /// A second headline, e.g. the English original title under a French one.
    public var subtitle: String?
    /// A photo caption found in the clip's header, with its credit removed.
    public var caption: String?
    public var date: SimpleDate?
    public var dateBasis: DateBasis
    /// Bylines: the journalists who wrote the clip.
    public var authors: [String]
    /// Journalists credited at the end of wire copy (contribution, translation).
    public var contributors: [String]
    /// Wire and photo credits ("AFP or licensors", "Reuters").
    public var credits: [String]
    /// The outlet that published the clip ("Le Monde" for "Le Monde avec AFP"), else the agency
    /// whose copy it is ("Reuters"), when the text says.
    public var outlet: String?
    /// The news agency whose copy the clip carries ("AFP" in "Le Monde avec AFP"), when named.
    public var wire: String?
    /// The address of the original article, from a URL line, the front matter or `dossier.yml`.
    public var url: String?
    /// The source file, relative to the source folder (e.g. `004_x.txt`); never a path of the
    /// machine that built the site.
    public var source: String
    /// ISO 639-1 language code of the text.
    public var lang: String
    public var blocks: [Block]

    public init(
        title: String = "", titleDerived: Bool = false, subtitle: String? = nil, caption: String? = nil,
        date: SimpleDate? = nil, dateBasis: DateBasis = .none, authors: [String] = [], contributors: [String] = [],
        credits: [String] = [], outlet: String? = nil, wire: String? = nil, url: String? = nil, source: String, lang: String = "fr", blocks: [Block] = []
    ) {
        self.title = title
        self.titleDerived = titleDerived
        self.subtitle = subtitle
        self.caption = caption
        self.date = date
        self.dateBasis = dateBasis
        self.authors = authors
        self.contributors = contributors
        self.credits = credits
        self.outlet = outlet
        self.wire = wire
        self.url = url
        self.source = source
        self.lang = lang
        self.blocks = blocks
    }
}
