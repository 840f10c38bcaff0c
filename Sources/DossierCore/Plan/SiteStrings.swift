/// The words of the site's own interface.
struct SiteStrings: Sendable {
    var home, timeline, people, meetings, search, notFound: String

    static let french = SiteStrings(home: "Accueil", timeline: "Chronologie", people: "Personnes",
                                    meetings: "Rencontres", search: "Recherche", notFound: "Page introuvable")
}
