/// Lines that tell where a clip comes from rather than what it says: a URL, "Source : Le Monde",
/// "© 2026 The Guardian", "Le Monde avec AFP", a site menu naming the site, and the closing
/// signatures of wire copy ("(Reporting by …; Editing by …)", an AFP desk code "pop/cb/bds").
enum SourcingLineRule {
    /// What one line says about the clip's origin.
    struct Finding: Equatable {
        var outlet: String?
        var wire: String?
        var strength: OutletVotes.Strength
        /// The address of the original, when the line is a URL.
        var url: String?
        /// Whether the line is only about the origin and leaves the body.
        var removesLine: Bool
    }

    /// How many lines at the top and at the bottom of a clip hold site chrome and credits.
    static let edge = 15

    /// The finding of `text`, the `index`-th of `count` raw lines, or nil when it says nothing.
    static func finding(_ text: String, index: Int, count: Int) -> Finding? {
        guard text.utf8.count <= 400 else { return nil }
        let atEdge = index < edge || index >= count - edge
        if let url = urlLine(text) {
            return Finding(outlet: host(of: url).flatMap { OutletDirectory.entry(host: $0)?.name }, strength: .credit,
                           url: url, removesLine: atEdge)
        }
        if let found = withAgency(text) { return found }
        if let found = sourceLine(text) { return found }
        if let outlet = staffByline(text) { return Finding(outlet: outlet, strength: .byline, removesLine: false) }
        guard atEdge else { return nil }
        if index >= count - 4, let wire = wireSignature(text) {
            return Finding(wire: wire, strength: .credit, removesLine: isDeskCode(text))
        }
        if let name = siteName(text) ?? fingerprint(text) { return Finding(outlet: name, strength: .site, removesLine: false) }
        return nil
    }

    /// Chrome only one site prints, by the folded start of the line.
    private static let fingerprints: [(prefix: String, outlet: String)] = [
        ("reuse this content", "The Guardian"), ("this article is more than", "The Guardian"),
        ("most viewed", "The Guardian"), ("sign up to first edition", "The Guardian"), ("lecture en cours", "Le Monde"), ("article reserve a nos abonnes", "Le Monde"),
        ("votre abonnement au monde", "Le Monde"), ("abonnez vous au figaro", "Le Figaro"), ("le figaro premium", "Le Figaro"),
        ("franceinfo avec", "franceinfo"), ("radio france", "franceinfo"), ("france televisions", "franceinfo"),
        ("follow the bbc", "BBC News"), ("copyright bbc", "BBC News"), ("bbc homepage", "BBC News"),
        ("get the latest from politico", "Politico"), ("politico pro", "Politico"),
    ]

    /// The site whose own chrome the line is ("Reuse this content" is the Guardian's).
    static func fingerprint(_ text: String) -> String? {
        guard text.count <= 80 else { return nil }
        let folded = FoldedWords.of(text).joined(separator: " ")
        return fingerprints.first(where: { folded.hasPrefix($0.prefix) })?.outlet
    }

    // MARK: URL lines

    /// The URL when the line is one address ("https://www.lemonde.fr/…", "Source : https://…").
    static func urlLine(_ text: String) -> String? {
        var s = Substring(text)
        for prefix in ["Source :", "Source:", "Sources :", "Sources:", "Lien :", "Lien:", "Link:", "URL:", "URL :", "Original:", "Article original :", "Publié sur", "Published on"] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
        }
        let candidate = s.clipTrimmed.trimmingCharacters(in: .init(charactersIn: "<>()[]"))
        guard candidate.hasPrefix("https://") || candidate.hasPrefix("http://") || candidate.hasPrefix("www."),
              !candidate.contains(" "), candidate.count >= 10 else { return nil }
        guard let host = host(of: candidate), host.contains(".") else { return nil }
        return candidate.hasPrefix("www.") ? "https://" + candidate : candidate
    }

    /// The host of an http(s) URL, without `www.`.
    static func host(of url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }

    // MARK: "Le Monde avec AFP"

    /// "Le Monde avec AFP", "franceinfo avec AFP", "Par Le Figaro avec AFP", "The Guardian with Reuters".
    static func withAgency(_ text: String) -> Finding? {
        guard text.utf8.count <= 80 else { return nil }
        var s = Substring(text).clipTrimmed
        if s.hasPrefix("("), s.hasSuffix(")") { s = String(s.dropFirst().dropLast()) }
        let folded = TextFolding.fold(s)
        for separator in [" avec ", " with ", " et ", " and ", " / ", " + "] {
            guard let range = folded.range(of: separator) else { continue }
            let before = String(s.prefix(folded.distance(from: folded.startIndex, to: range.lowerBound))).clipTrimmed
            let after = String(folded[range.upperBound...]).clipTrimmed
            guard let agency = OutletDirectory.entry(named: after), agency.isWire else { continue }
            // "Photo : John MacDougall / AFP": the agency took the picture; the caption rules read it.
            if let lead = FoldedWords.of(before).first, photoWords.contains(lead) { return nil }
            var publisher = before
            for prefix in ["Par ", "par ", "By ", "by ", "PAR ", "BY "] where publisher.hasPrefix(prefix) {
                publisher = String(publisher.dropFirst(prefix.count))
            }
            if let entry = OutletDirectory.entry(named: publisher) {
                return Finding(outlet: entry.name, wire: agency.name, strength: .byline, removesLine: true)
            }
            // An outlet not in the directory: a short capitalized name ("Sud Radio avec AFP").
            let words = LineShape.words(publisher)
            // "La rédaction avec AFP": an unnamed newsroom; the agency is all the clip names.
            let generic: Set<String> = ["la", "le", "l", "the", "redaction", "redac", "newsroom", "staff", "desk", "service", "equipe", "web", "avec", "with"]
            if FoldedWords.of(publisher).allSatisfy({ generic.contains($0) }) {
                return Finding(wire: agency.name, strength: .byline, removesLine: true)
            }
            if (1...4).contains(words.count), words.first?.first?.isUppercase == true, !BylineNames.isName(publisher) || OutletNames.isOutletName(publisher) {
                return Finding(outlet: publisher, wire: agency.name, strength: .byline, removesLine: true)
            }
        }
        return nil
    }

    /// Words that open a photo or video credit.
    private static let photoWords: Set<String> = ["photo", "photos", "credit", "credits", "image", "images", "illustration", "picture", "pictures", "photograph", "photographie", "legende", "caption", "video"]

    // MARK: "Source : Le Monde", "© 2026 The Guardian"

    private static let sourcePrefixes = ["source", "sources", "copyright", "c", "credit", "credits", "publie par", "published by", "via"]

    /// A line naming a known outlet after "Source :", "©", "Copyright", or "Par"/"By".
    static func sourceLine(_ text: String) -> Finding? {
        guard text.utf8.count <= 120 else { return nil }
        var tokens = FoldedWords.of(text)
        var hadPrefix = text.hasPrefix("©")
        for prefix in sourcePrefixes {
            let p = prefix.split(separator: " ").map(String.init)
            if tokens.starts(with: p) {
                tokens.removeFirst(p.count)
                hadPrefix = true
                break
            }
        }
        let isByline = tokens.first == "par" || tokens.first == "by"
        if isByline { tokens.removeFirst() }
        // Years and rights notices around the name.
        tokens.removeAll { $0.allSatisfy(\.isNumber) }
        for tail in [["all", "rights", "reserved"], ["tous", "droits", "reserves"], ["or", "licensors"], ["ou", "ses", "concedants"]] where tokens.count > tail.count && tokens.suffix(tail.count).elementsEqual(tail) {
            tokens.removeLast(tail.count)
        }
        guard hadPrefix || isByline, !tokens.isEmpty, let entry = OutletDirectory.entry(opening: tokens), entry.length == tokens.count else { return nil }
        return entry.entry.isWire
            ? Finding(wire: entry.entry.name, strength: .credit, removesLine: true)
            : Finding(outlet: entry.entry.name, strength: isByline ? .byline : .credit, removesLine: true)
    }

    /// "Guardian staff and agencies", "Posted by Guardian staff, Tuesday…", "By Politico staff",
    /// "Par la rédaction du Figaro": the newsroom signs for the outlet.
    static func staffByline(_ text: String) -> String? {
        guard text.utf8.count <= 120, let head = text.split(separator: ",").first else { return nil }
        var tokens = FoldedWords.of(head)
        for lead in [["posted", "by"], ["by"], ["par"], ["par", "la", "redaction", "du"], ["par", "la", "redaction", "de"], ["la", "redaction", "du"], ["la", "redaction", "de"]]
            where tokens.starts(with: lead) && tokens.count > lead.count {
            tokens.removeFirst(lead.count)
        }
        var signed = false
        for tail in [["staff", "and", "agencies"], ["staff", "and", "agency"], ["staff"], ["reporters"], ["newsroom"], ["redaction"], ["and", "agencies"]]
            where tokens.count > tail.count && tokens.suffix(tail.count).elementsEqual(tail) {
            tokens.removeLast(tail.count)
            signed = true
            break
        }
        let lead = FoldedWords.of(head).prefix(3)
        guard signed || lead.contains("redaction"), let (entry, length) = OutletDirectory.entry(opening: tokens), length == tokens.count else { return nil }
        return entry.name
    }

    // MARK: Site menus

    private static let separators: [String] = [" | ", " - ", " – ", " — ", " · ", " • ", " > ", " › ", " : ", ": "]

    /// The outlet a line of site chrome names: "Le Monde.fr", "BBC News Home", "Politico Europe | World".
    static func siteName(_ text: String) -> String? {
        guard text.count <= 120, !LineShape.endsSentence(text) || text.count <= 30 else { return nil }
        var parts = [text]
        for separator in separators { parts = parts.flatMap { $0.components(separatedBy: separator) } }
        for part in parts {
            if let entry = OutletDirectory.entry(named: part) { return entry.name }
        }
        // "BBC News Home", "Le Figaro Actualités International": the name, then menu words.
        let tokens = FoldedWords.of(text)
        if let (entry, length) = OutletDirectory.entry(opening: tokens), length < tokens.count,
           tokens[length...].allSatisfy({ JunkPatterns.menuWords.contains($0) || ["fr", "com", "en", "direct", "actu", "info", "infos"].contains($0) }) {
            return entry.name
        }
        return nil
    }

    // MARK: Wire signatures

    /// The agency whose house style a closing line follows.
    static func wireSignature(_ text: String) -> String? {
        let folded = TextFolding.fold(text)
        if isDeskCode(text) { return "AFP" }
        if text.hasPrefix("("), text.hasSuffix(")") || text.hasSuffix(")."),
           ["reporting by", "editing by", "writing by", "edited by", "version francaise", "edite par", "avec la contribution", "redige par", "reportage"]
               .contains(where: { ByteSearch.contains(folded, $0) }) {
            return "Reuters"
        }
        if ByteSearch.contains(folded, "associated press writer") || ByteSearch.contains(folded, "associated press reporter") { return "Associated Press" }
        if folded.hasPrefix("with assistance from") || folded.hasPrefix("--with assistance from") || folded.hasPrefix("-- with assistance from") { return "Bloomberg" }
        return nil
    }

    /// An AFP desk signature closing a dispatch: "pop/cb/bds", "bur-fz/jnd", "ahe/mba".
    static func isDeskCode(_ text: String) -> Bool {
        guard (5...40).contains(text.count), text.contains("/") else { return false }
        let groups = text.split(whereSeparator: { $0 == "/" || $0 == "-" })
        return groups.count >= 2 && groups.allSatisfy { group in
            (2...5).contains(group.count) && group.allSatisfy { $0.isASCII && $0.isLowercase }
        } && !text.contains(" ")
    }
}
