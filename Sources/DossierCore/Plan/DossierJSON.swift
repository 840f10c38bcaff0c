import Foundation

/// `dossier.json`: the whole dossier as data, with the keys ARCHITECTURE.md gives.
/// Absent values are written as `null`, never left out; keys are sorted so output is stable.
struct DossierJSON {
    var generator: String

    func encode(_ dossier: Dossier) -> String {
        let document = Document(
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
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
