import Foundation

/// The Atom feed, JSON Feed and sitemap of the site. They need absolute URLs: with a
/// `base_url` they have them; without one they use site-relative URLs (and the build warns).
struct FeedWriter {
    var dossier: Dossier
    var generator: String
    /// How many of the newest articles the feeds carry.
    var limit = 50

    /// The base URL with a trailing slash, or "" when unknown.
    var base: String { dossier.settings.baseURL ?? "" }

    var feedArticles: ArraySlice<DossierArticle> { dossier.articles.prefix(limit) }

    /// The date-time of an article, or of the newest article for undated ones.
    func timestamp(_ date: SimpleDate?) -> String {
        let day = date ?? dossier.articles.compactMap(\.article.date).max() ?? SimpleDate(year: 1970, month: 1, day: 1)
        return day.iso + "T00:00:00Z"
    }

    func atom() -> String {
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Self.xml(dossier.settings.language))">
        <title>\(Self.xml(dossier.settings.title))</title>
        <subtitle>\(Self.xml(dossier.settings.description))</subtitle>
        <id>\(Self.xml(base.isEmpty ? "urn:dossier:\(TextFolding.slug(dossier.settings.title))" : base))</id>
        <link rel="alternate" type="text/html" href="\(Self.xml(base.isEmpty ? "./" : base))"/>
        <link rel="self" type="application/atom+xml" href="\(Self.xml(base + "feed.xml"))"/>
        <updated>\(timestamp(nil))</updated>
        <generator>\(Self.xml(generator))</generator>

        """
        for entry in feedArticles {
            let a = entry.article
            let url = base + "articles/\(entry.id)/"
            xml += "<entry>\n<title>\(Self.xml(a.title))</title>\n"
            xml += "<id>\(Self.xml(base.isEmpty ? "urn:dossier:article:\(entry.id)" : url))</id>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(Self.xml(url))\"/>\n"
            xml += "<updated>\(timestamp(a.date))</updated>\n"
            if let date = a.date { xml += "<published>\(timestamp(date))</published>\n" }
            let names = a.authors.isEmpty ? [a.outlet ?? dossier.settings.title] : a.authors
            for name in names { xml += "<author><name>\(Self.xml(name))</name></author>\n" }
            if let summary = SitePlanner.summary(of: a) { xml += "<summary>\(Self.xml(summary))</summary>\n" }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }

    func jsonFeed() -> String {
        var feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": dossier.settings.title,
            "description": dossier.settings.description,
            "language": dossier.settings.language,
        ]
        if !base.isEmpty {
            feed["home_page_url"] = base
            feed["feed_url"] = base + "feed.json"
        }
        feed["items"] = feedArticles.map { entry -> [String: Any] in
            let a = entry.article
            var item: [String: Any] = [
                "id": base.isEmpty ? "urn:dossier:article:\(entry.id)" : base + "articles/\(entry.id)/",
                "url": base + "articles/\(entry.id)/",
                "title": a.title,
                "content_html": ArticleHTML.body(a),
                "language": a.lang,
            ]
            if let summary = SitePlanner.summary(of: a) { item["summary"] = summary }
            if let date = a.date { item["date_published"] = timestamp(date) }
            if !a.authors.isEmpty { item["authors"] = a.authors.map { ["name": $0] } }
            return item
        }
        guard let data = try? JSONSerialization.data(withJSONObject: feed, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func sitemap(pages: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages where page.hasSuffix("index.html") {
            let path = String(page.dropLast("index.html".count))
            let loc = base + path
            xml += "<url><loc>\(Self.xml(loc.isEmpty ? "./" : loc))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    /// Text escaped for XML content and attributes.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Control characters are not allowed in XML 1.0.
                if ch.value < 0x20 && ch != "\n" && ch != "\t" && ch != "\r" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
