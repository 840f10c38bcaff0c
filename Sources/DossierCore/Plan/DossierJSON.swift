import Foundation

/// `dossier.json`: the whole dossier as data, with the keys ARCHITECTURE.md gives.
/// Absent values are written as `null`, never left out; keys are sorted so output is stable.
struct DossierJSON {
    var generator: String

    func encode(_ dossier: Dossier) -> String {
        String(decoding: encodedBytes(dossier), as: UTF8.self)
    }

    /// The file's bytes, written as `JSONEncoder` writes the document (pretty-printed, keys
    /// sorted, slashes unescaped) straight into one buffer: no tree of boxed values, no copy.
    func encodedBytes(_ dossier: Dossier) -> [UInt8] {
        var writer = PrettyJSONWriter()
        writer.write(document(dossier))
        writer.out.append(0x0A)
        return writer.out
    }

    func document(_ dossier: Dossier) -> Document {
        Document(
            generator: generator,
            site: Site(title: dossier.settings.title, description: dossier.settings.description, language: dossier.settings.language,
                       base_url: Nullable(dossier.settings.baseURL)),
            articles: dossier.articles.map { articleRecord($0, strings: SiteStrings.forLanguage(dossier.settings.language) ?? .french) },
            people: dossier.people.map { p in
                PersonRecord(id: p.id, name: p.name, aliases: p.aliases, role: Nullable(p.role), roles: p.roles, wikidata: Nullable(p.wikidata),
                             url: "people/\(p.id)/", articles: p.articles)
            },
            meetings: dossier.meetings.map { m in
                MeetingRecord(id: m.id, title: m.title, kind: m.kind.rawValue, date: Nullable(m.date?.iso), precision: Nullable(m.date?.precision.rawValue),
                              approx: Nullable(m.date?.approx?.rawValue), place: Nullable(m.place), venue: Nullable(m.venue),
                              status: m.status.rawValue, participants: m.participants, articles: m.articles,
                              url: "meetings/\(m.id)/")
            },
            timeline: dossier.timeline.map { t in
                TimelineRecord(date: t.date.iso, precision: t.date.precision.rawValue, approx: Nullable(t.date.approx?.rawValue), label: t.label,
                               articles: t.articles, meeting: Nullable(t.meeting), people: t.people,
                               sources: t.sources.map { SourceRecord(article: $0.articleID, anchor: $0.anchor) })
            }
        )
    }

    private func articleRecord(_ entry: DossierArticle, strings: SiteStrings) -> ArticleRecord {
        let a = entry.article
        return ArticleRecord(
            id: entry.id, url: "articles/\(entry.id)/", source: a.source, title: a.title, title_derived: a.titleDerived,
            subtitle: Nullable(a.subtitle), date: Nullable(a.date?.iso), date_basis: a.dateBasis.rawValue, lang: a.lang, authors: a.authors,
            contributors: a.contributors, credits: a.credits, outlet: Nullable(a.outlet), wire: Nullable(a.wire),
            original_url: Nullable(a.url), people: entry.people, meetings: entry.meetings,
            events: entry.mentions.events.map { e in
                EventRecord(date: e.date.iso, precision: e.date.precision.rawValue, approx: Nullable(e.date.approx?.rawValue),
                            end: Nullable(e.end?.iso), text: e.sentence, expression: e.expression, anchor: Block.anchor(forIndex: e.blockIndex))
            },
            open_dates: entry.mentions.openDates.map { o in
                OpenDateRecord(text: o.sentence, expression: o.expression, anchor: Block.anchor(forIndex: o.blockIndex),
                               years: o.years.map(String.init),
                               note: strings.fill(.yearOpen, ["years": o.years.map(String.init).joined(separator: " / ")]))
            })
    }

    struct Document: Encodable {
        var generator: String
        var site: Site
        var articles: [ArticleRecord]
        var people: [PersonRecord]
        var meetings: [MeetingRecord]
        var timeline: [TimelineRecord]
    }

    struct Site: Encodable {
        var title: String
        var description: String
        var language: String
        var base_url: Nullable<String>
    }

    struct ArticleRecord: Encodable {
        var id, url, source, title: String
        var title_derived: Bool
        var subtitle, date: Nullable<String>
        var date_basis, lang: String
        var authors, contributors, credits: [String]
        var outlet: Nullable<String>
        /// The agency whose copy the article carries; `outlet` is the publisher when one is named.
        var wire: Nullable<String>
        /// The address of the original article.
        var original_url: Nullable<String>
        var people, meetings: [String]
        var events: [EventRecord]
        /// Dates whose year two years of the story fit equally, in a clip with no date of its
        /// own: left at the day and month the text gives, with a note, never put in a year by guess.
        var open_dates: [OpenDateRecord]
    }

    struct OpenDateRecord: Encodable {
        var text, expression, anchor: String
        var years: [String]
        var note: String
    }

    struct EventRecord: Encodable {
        var date, precision: String
        var approx: Nullable<String>
        /// The last day of a happening that spans several days ("Dec. 14-15"), else null.
        var end: Nullable<String>
        var text, expression, anchor: String
    }

    struct PersonRecord: Encodable {
        var id, name: String
        var aliases: [String]
        var role: Nullable<String>
        var roles: [String]
        var wikidata: Nullable<String>
        var url: String
        var articles: [String]
    }

    struct MeetingRecord: Encodable {
        var id, title, kind: String
        var date, precision, approx, place, venue: Nullable<String>
        var status: String
        var participants, articles: [String]
        var url: String
    }

    struct SourceRecord: Encodable {
        var article, anchor: String
    }

    struct TimelineRecord: Encodable {
        var date, precision: String
        var approx: Nullable<String>
        var label: String
        var articles: [String]
        var meeting: Nullable<String>
        var people: [String]
        var sources: [SourceRecord]
    }
}

/// An optional written as `null` when absent (synthesized `Encodable` would leave the key out).
struct Nullable<Wrapped: Encodable>: Encodable, ExpressibleByNilLiteral {
    var value: Wrapped?

    init(_ value: Wrapped?) { self.value = value }
    init(nilLiteral: ()) { value = nil }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

/// Writes `DossierJSON.Document` byte for byte as `JSONEncoder` with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` does (a test holds the two side by side):
/// two-space indents, `"key" : value`, an empty list as `[`, a blank line and `]`.
/// Each record lists its keys in sorted order.
struct PrettyJSONWriter {
    var out: [UInt8] = []
    /// For each open object or list, whether it has an element yet.
    private var started: [Bool] = []

    mutating func write(_ d: DossierJSON.Document) {
        open(0x7B)
        key("articles"); open(0x5B)
        for a in d.articles { element(); write(a) }
        close(0x5D)
        key("generator"); string(d.generator)
        key("meetings"); open(0x5B)
        for m in d.meetings { element(); write(m) }
        close(0x5D)
        key("people"); open(0x5B)
        for p in d.people { element(); write(p) }
        close(0x5D)
        key("site"); open(0x7B)
        key("base_url"); optional(d.site.base_url.value)
        key("description"); string(d.site.description)
        key("language"); string(d.site.language)
        key("title"); string(d.site.title)
        close(0x7D)
        key("timeline"); open(0x5B)
        for t in d.timeline { element(); write(t) }
        close(0x5D)
        close(0x7D)
    }

    private mutating func write(_ a: DossierJSON.ArticleRecord) {
        open(0x7B)
        key("authors"); strings(a.authors)
        key("contributors"); strings(a.contributors)
        key("credits"); strings(a.credits)
        key("date"); optional(a.date.value)
        key("date_basis"); string(a.date_basis)
        key("events"); open(0x5B)
        for e in a.events { element(); write(e) }
        close(0x5D)
        key("id"); string(a.id)
        key("lang"); string(a.lang)
        key("meetings"); strings(a.meetings)
        key("open_dates"); open(0x5B)
        for o in a.open_dates {
            element()
            open(0x7B)
            key("anchor"); string(o.anchor)
            key("expression"); string(o.expression)
            key("note"); string(o.note)
            key("text"); string(o.text)
            key("years"); strings(o.years)
            close(0x7D)
        }
        close(0x5D)
        key("original_url"); optional(a.original_url.value)
        key("outlet"); optional(a.outlet.value)
        key("people"); strings(a.people)
        key("source"); string(a.source)
        key("subtitle"); optional(a.subtitle.value)
        key("title"); string(a.title)
        key("title_derived"); raw(a.title_derived ? "true" : "false")
        key("url"); string(a.url)
        key("wire"); optional(a.wire.value)
        close(0x7D)
    }

    private mutating func write(_ e: DossierJSON.EventRecord) {
        open(0x7B)
        key("anchor"); string(e.anchor)
        key("approx"); optional(e.approx.value)
        key("date"); string(e.date)
        key("end"); optional(e.end.value)
        key("expression"); string(e.expression)
        key("precision"); string(e.precision)
        key("text"); string(e.text)
        close(0x7D)
    }

    private mutating func write(_ p: DossierJSON.PersonRecord) {
        open(0x7B)
        key("aliases"); strings(p.aliases)
        key("articles"); strings(p.articles)
        key("id"); string(p.id)
        key("name"); string(p.name)
        key("role"); optional(p.role.value)
        key("roles"); strings(p.roles)
        key("url"); string(p.url)
        key("wikidata"); optional(p.wikidata.value)
        close(0x7D)
    }

    private mutating func write(_ m: DossierJSON.MeetingRecord) {
        open(0x7B)
        key("approx"); optional(m.approx.value)
        key("articles"); strings(m.articles)
        key("date"); optional(m.date.value)
        key("id"); string(m.id)
        key("kind"); string(m.kind)
        key("participants"); strings(m.participants)
        key("place"); optional(m.place.value)
        key("precision"); optional(m.precision.value)
        key("status"); string(m.status)
        key("title"); string(m.title)
        key("url"); string(m.url)
        key("venue"); optional(m.venue.value)
        close(0x7D)
    }

    private mutating func write(_ t: DossierJSON.TimelineRecord) {
        open(0x7B)
        key("approx"); optional(t.approx.value)
        key("articles"); strings(t.articles)
        key("date"); string(t.date)
        key("label"); string(t.label)
        key("meeting"); optional(t.meeting.value)
        key("people"); strings(t.people)
        key("precision"); string(t.precision)
        key("sources"); open(0x5B)
        for source in t.sources {
            element()
            open(0x7B)
            key("anchor"); string(source.anchor)
            key("article"); string(source.article)
            close(0x7D)
        }
        close(0x5D)
        close(0x7D)
    }

    // MARK: The layout

    private mutating func strings(_ items: [String]) {
        open(0x5B)
        for item in items { element(); string(item) }
        close(0x5D)
    }

    /// Opens an object (`{`) or a list (`[`).
    private mutating func open(_ bracket: UInt8) {
        out.append(bracket)
        started.append(false)
    }

    /// The separator and the indent before an element of the open object or list.
    private mutating func element() {
        if started[started.count - 1] { out.append(0x2C) }  // ,
        started[started.count - 1] = true
        newline()
    }

    private mutating func key(_ name: StaticString) {
        element()
        out.append(0x22)
        raw(name)
        out.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])  // " :
    }

    private mutating func close(_ bracket: UInt8) {
        // An empty object or list is written with a blank line inside.
        if started.removeLast() == false { out.append(0x0A) }
        newline()
        out.append(bracket)
    }

    private mutating func newline() {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * started.count))
    }

    private mutating func raw(_ text: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func string(_ text: String) {
        out.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x08: out.append(contentsOf: [0x5C, 0x62])  // \b
            case 0x0C: out.append(contentsOf: [0x5C, 0x66])  // \f
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])  // \n
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])  // \r
            case 0x09: out.append(contentsOf: [0x5C, 0x74])  // \t
            case 0x00..<0x20:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }
}
