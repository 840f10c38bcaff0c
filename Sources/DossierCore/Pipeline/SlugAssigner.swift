/// Gives each article a unique, stable slug from its title.
enum SlugAssigner {
    /// Slugs in the order of `articles` (the clips' sorted order): the first clip with a title
    /// keeps the plain slug, later ones get `-2`, `-3`.
    static func assign(_ articles: [Article]) -> [String] {
        var used = Set<String>()
        return articles.map { article in
            var base = TextFolding.slug(article.title)
            if base.isEmpty { base = TextFolding.slug(article.source.split(separator: "/").last ?? "article") }
            if base.isEmpty { base = "article" }
            var slug = base
            var n = 2
            while !used.insert(slug).inserted {
                slug = "\(base)-\(n)"
                n += 1
            }
            return slug
        }
    }
}
