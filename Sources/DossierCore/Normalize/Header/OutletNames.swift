/// Tells the name of a newspaper, channel or site ("BBC News", "Le Monde", "The Kyiv Independent")
/// from a person's name in a byline.
enum OutletNames {
    /// Words found in the names of news outlets.
    static let words: Set<String> = [
        "news", "press", "media", "times", "post", "journal", "tv", "radio", "agency", "bbc", "cnn", "telegraph",
        "guardian", "monde", "figaro", "liberation", "express", "point", "echos", "parisien", "france24", "rfi",
        "euronews", "politico", "herald", "tribune", "daily", "weekly", "magazine", "online", "info", "franceinfo",
        "bfmtv", "lci", "tf1", "mediapart", "huffpost", "independent", "observer", "economist", "reuters", "afp",
        "ouest", "dauphine", "provence", "depeche", "humanite", "croix", "obs", "nouvel", "inter", "culture",
        "redaction", "staff", "desk", "service", "bureau", "kyiv", "pravda", "ukrinform", "interfax", "tass", "npr", "abc",
        "cbs", "nbc", "fox", "sky", "dw", "welle", "spiegel", "zeit", "pais", "corriere", "repubblica", "wsj", "ft",
    ]

    /// Whether the text names an outlet rather than a person.
    static func isOutletName(_ text: String) -> Bool {
        let tokens = FoldedWords.of(text)
        return !tokens.isEmpty && tokens.count <= 5 && tokens.contains(where: { words.contains($0) })
    }
}
