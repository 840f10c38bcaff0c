import Foundation

/// Applies the rules of the genre, in order, to one raw clip.
struct RawClipReader {
    let file: SourceFile
    private var article: Article
    private var diagnostics: [Diagnostic] = []
    private var lines: [ClipLine]
    /// Clues to the outlet and the agency, settled in `finish`.
    private var votes = OutletVotes()

    init(file: SourceFile) {
        self.file = file
        self.article = Article(source: file.fileName)
        self.lines = LineReader.lines(of: file.text)
    }

    func read() -> (article: Article, diagnostics: [Diagnostic]) {
        var reader = self
        let firstIsStamp = reader.readStamp()
        reader.readBylines()
        reader.readSourcingLines()
        reader.lines = JunkFilter.filter(reader.lines)
        reader.readDateLines()
        let hadCaption = reader.readCaptions(firstIsStamp: firstIsStamp)
        reader.readCredits()
        reader.readContributors()
        reader.article.lang = ClipLanguage.language(of: reader.lines.map(\.text).joined(separator: " "))
        reader.readHeadline(firstIsStamp: firstIsStamp && !hadCaption)
        reader.readDateline()
        reader.lines = EmbedRule.apply(LineJoiner.join(Self.withoutRepeats(reader.lines)))
        reader.article.blocks = BodyBuilder.blocks(from: reader.lines)
        reader.finish()
        return (reader.article, reader.diagnostics)
    }

    /// A line repeated right after itself (a teaser above its paragraph) is kept once.
    private static func withoutRepeats(_ lines: [ClipLine]) -> [ClipLine] {
        var out: [ClipLine] = []
        for line in lines where out.last?.folded != line.folded || line.quote != nil {
            out.append(line)
        }
        return out
    }

    /// ` date 2026-01-06 <headline or caption>` on the first line.
    private mutating func readStamp() -> Bool {
        guard let first = lines.first, let stamp = HeaderStampRule.stamp(first.text) else { return false }
        if let date = stamp.date {
            article.date = date
            article.dateBasis = .header
        } else if let invalid = stamp.invalid {
            diagnostics.append(.warning("the date stamp '\(invalid)' is not a real day; it is ignored. Write it as YYYY-MM-DD",
                                        file: file.path, line: first.line))
        }
        if stamp.rest.isEmpty {
            lines.removeFirst()
            return false
        }
        lines[0].text = stamp.rest
        return true
    }

    private mutating func readBylines() {
        var kept = lines
        kept.removeAll { line in
            guard !line.isNavigation, let byline = BylineRule.byline(line.text) else { return false }
            for author in byline.authors where !article.authors.contains(author) { article.authors.append(author) }
            if let outlet = byline.outlet { votes.add(outlet, .byline) }
            if let wire = byline.wire { votes.add(wire, .byline, wire: true) }
            if article.date == nil, let date = byline.date {
                article.date = date
                article.dateBasis = .header
            }
            return true
        }
        lines = kept
    }

    /// URL lines, "Source : …", "© 2026 Le Monde", "Le Monde avec AFP", site menus naming the
    /// site, wire signatures: clues to the outlet, and lines that leave the body.
    private mutating func readSourcingLines() {
        let count = lines.count
        var kept: [ClipLine] = []
        for (index, line) in lines.enumerated() {
            guard line.quote == nil, let found = SourcingLineRule.finding(line.text, index: index, count: count) else {
                kept.append(line)
                continue
            }
            if let outlet = found.outlet { votes.add(outlet, found.strength) }
            if let wire = found.wire {
                votes.add(wire, found.strength, wire: true)
                if found.removesLine, !SourcingLineRule.isDeskCode(line.text) { addCredit(wire) }
            }
            if let url = found.url, article.url == nil { article.url = url }
            if !found.removesLine { kept.append(line) }
        }
        lines = kept
    }

    /// Date lines near the top ("Publié le 6 janvier 2026 à 14h32").
    private mutating func readDateLines() {
        // Among the first eight lines kept; the lines are copied once, not removed one by one.
        var kept: [ClipLine] = []
        var index = 0
        var updated: SimpleDate?
        while index < lines.count, kept.count < 8 {
            defer { index += 1 }
            guard let date = PublishedLineRule.date(ofLine: lines[index].text) else {
                kept.append(lines[index])
                continue
            }
            if PublishedLineRule.isUpdate(lines[index].text) {
                updated = updated ?? date
            } else if article.date == nil {
                article.date = date
                article.dateBasis = .header
            }
        }
        if index > kept.count { lines = kept + lines[index...] }
        // Further down, "Publié le 10 décembre 2025" or "Updated Dec. 3, 2025" stamps another
        // page's teaser or the foot of the page: it is not text, and its date is not the clip's.
        if lines.count > kept.count {
            let head = kept.count
            lines = Array(lines[..<head]) + lines[head...].filter { line in
                !(PublishedLineRule.isStampLine(line.text) && PublishedLineRule.date(ofLine: line.text) != nil)
            }
        }
        // An update stamp alone is the closest date the page gives.
        if article.date == nil, let updated {
            article.date = updated
            article.dateBasis = .header
        }
    }

    /// Photo captions: the stamp text or a line ending with a photo credit.
    private mutating func readCaptions(firstIsStamp: Bool) -> Bool {
        var tookFirst = false
        var kept: [ClipLine] = []
        for line in lines {
            let text = line.text
            let isFirst = kept.isEmpty && firstIsStamp
            if let caption = CreditRule.caption(text), isFirst || text.utf8.count <= 800 && isPhotoCredit(caption.credit) {
                if article.caption == nil { article.caption = caption.text }
                addCredit(caption.credit)
                if let agency = Self.agencyAlone(caption.credit) { votes.add(agency, .weak, wire: true) }
                if isFirst { tookFirst = true }
                continue
            }
            kept.append(line)
        }
        lines = kept
        return tookFirst
    }

    private func isPhotoCredit(_ credit: String) -> Bool {
        let tokens = FoldedWords.of(credit)
        return credit.contains("/") || tokens.contains(where: { ["photo", "photos", "images", "licensors", "getty", "pool", "epa", "sipa", "abaca", "handout"].contains($0) })
    }

    /// Credit lines of their own ("(AFP)", "Avec Reuters").
    private mutating func readCredits() {
        var kept: [ClipLine] = []
        var captionNext = false
        for line in lines {
            // "Image source, Getty Images", "Image caption, Macron at the Élysée": the labels
            // some sites print before a photo's credit and its caption.
            if let labelled = PhotoLabels.split(line.text) {
                if labelled.isCaption {
                    if article.caption == nil { article.caption = labelled.text }
                } else {
                    addCredit(labelled.text)
                }
                captionNext = false
                continue
            }
            if captionNext, article.caption == nil, !LineShape.endsSentence(line.text), line.text.count <= 200, !line.blankBefore,
               CreditRule.standaloneCredit(line.text) == nil {
                article.caption = line.text
                captionNext = false
                continue
            }
            captionNext = false
            guard let credit = CreditRule.standaloneCredit(line.text) else {
                kept.append(line)
                continue
            }
            // "Getty Images" above a caption without a final period (a photo block).
            captionNext = isPhotoCredit(credit) && kept.contains(where: { HeadlineShape.isHeadline($0.text) })
            addCredit(credit)
            if let agency = Self.agencyAlone(credit) { votes.add(agency, .weak, wire: true) }
            if !isPhotoCredit(credit) {
                if let publisher = Self.publisher(beforeWire: line.text) { votes.add(publisher, .byline) }
                if let agency = WireAgencies.outlet(in: credit) { votes.add(agency, .credit, wire: true) }
            }
        }
        lines = kept
    }

    /// "Le Monde avec AFP" → "Le Monde": the outlet that ran the wire copy.
    private static func publisher(beforeWire text: String) -> String? {
        guard let range = text.range(of: " avec ") ?? text.range(of: " with ") else { return nil }
        let name = text[..<range.lowerBound].clipTrimmed
        let words = LineShape.words(name)
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || $0 == "de" }) else { return nil }
        return name
    }

    /// "AFP", "© AFP or licensors", "Reuters": a credit that names an agency and nobody else.
    static func agencyAlone(_ credit: String) -> String? {
        guard !credit.contains("/"), let agency = WireAgencies.outlet(in: credit) else { return nil }
        let filler: Set<String> = ["or", "licensors", "ou", "ses", "concedants", "photo", "photos", "archives", "via", "c"]
        let agencyTokens = Set(FoldedWords.of(agency))
        let rest = FoldedWords.of(credit).filter { !filler.contains($0) && !agencyTokens.contains($0) && !$0.allSatisfy(\.isNumber) }
        return rest.isEmpty || rest == ["press"] || rest == ["associated", "press"] ? agency : nil
    }

    private mutating func addCredit(_ credit: String) {
        if !article.credits.contains(credit) { article.credits.append(credit) }
    }

    /// The wire credit paragraph among the last lines.
    private mutating func readContributors() {
        for index in lines.indices.suffix(3).reversed() {
            guard let names = ContributorRule.contributors(lines[index].text) else { continue }
            // Without a byline, the reporters the credit opens with wrote the story.
            if article.authors.isEmpty { article.authors = ContributorRule.leadReporters(lines[index].text) }
            for name in names where !article.authors.contains(name) && !article.contributors.contains(name) {
                article.contributors.append(name)
            }
            lines.remove(at: index)
        }
    }

    private mutating func readHeadline(firstIsStamp: Bool) {
        let found = HeadlineRule.apply(&lines, firstIsStamp: firstIsStamp, lang: article.lang)
        if let displaced = found.displacedFirstLine, article.caption == nil { article.caption = displaced }
        article.subtitle = found.subtitle
        readBareBylines()
        if let title = found.title {
            let (headline, site) = Self.splitSiteName(title)
            article.title = headline
            if let site { votes.add(site, .credit) }
        } else if let lede = lines.first(where: { $0.quote == nil && !HeadlineShape.isHeadline($0.text) }) {
            article.title = DerivedTitle.title(fromLede: lede.text)
            article.titleDerived = true
        }
    }

    /// "Les alliés réunis à Paris - Le Monde" → the headline and the site that ends the page title.
    static func splitSiteName(_ title: String) -> (String, String?) {
        for separator in [" | ", " - ", " – ", " — "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let site = title[range.upperBound...].clipTrimmed
            let headline = title[..<range.lowerBound].clipTrimmed
            if LineShape.words(site).count <= 4, OutletNames.isOutletName(site) || WireAgencies.outlet(in: site) == site || OutletDirectory.entry(named: site) != nil,
               LineShape.words(headline).count >= 3 {
                return (headline, site)
            }
        }
        return (title, nil)
    }

    /// A name alone on a line between the headline and the body ("Pippa Crerar") is the byline.
    private mutating func readBareBylines() {
        // Up to four lines are kept before the body starts; the byline lines among them are
        // dropped, and the lines are copied once (not removed one by one).
        var kept: [ClipLine] = []
        var index = 0
        while index < lines.count, kept.count < 4, !HeadlineShape.isBodyText(lines[index].text) {
            let text = Self.withoutTrailingRole(lines[index].text)
            if lines[index].quote == nil, text.count <= 80, let first = text.split(separator: ",").first,
               BylineNames.isName(first.clipTrimmed), LineShape.words(String(first)).count <= 3,
               let byline = BylineRule.byline("Par " + text) {
                for author in byline.authors where !article.authors.contains(author) { article.authors.append(author) }
                if let outlet = byline.outlet { votes.add(outlet, .byline) }
                if let wire = byline.wire { votes.add(wire, .byline, wire: true) }
            } else {
                kept.append(lines[index])
            }
            index += 1
        }
        if index > kept.count { lines = kept + lines[index...] }
    }

    /// "Jon Henley Europe correspondent" → "Jon Henley, Europe correspondent": a name, then its role.
    static func withoutTrailingRole(_ text: String) -> String {
        guard !text.contains(","), text.count <= 80 else { return text }
        let words = LineShape.words(text)
        guard words.count >= 3, words.count <= 8 else { return text }
        // Most bylines are two words; a capitalized word before the role is more often a place ("Europe").
        for count in 2...min(3, words.count - 1) {
            let name = words.prefix(count).joined(separator: " ")
            let role = words.dropFirst(count).joined(separator: " ")
            if BylineNames.isName(name), BylineRule.isRole(role), !LineShape.endsSentence(role) { return name + ", " + role }
        }
        return text
    }

    /// "PARIS, 6 janvier 2026 (Reuters) -" at the start of the first paragraphs.
    private mutating func readDateline() {
        for index in lines.indices.prefix(3) {
            guard let dateline = WireDatelineRule.dateline(lines[index].text) else { continue }
            votes.add(dateline.outlet, .byline, wire: true)
            if let date = dateline.date {
                if article.date == nil {
                    article.date = date
                    article.dateBasis = .dateline
                }
                lines[index].text = dateline.body
            }
            return
        }
    }

    private mutating func finish() {
        article.outlet = votes.outlet
        article.wire = votes.wire
        if article.blocks.isEmpty {
            let name = file.fileName.split(separator: ".").dropLast().joined(separator: ".")
            diagnostics.append(.warning("no article text is left once site menus and comment forms are removed; the title is taken from the file name. Check that the clip holds the article",
                                        file: file.path, line: 1))
            if article.title.isEmpty {
                article.title = name.isEmpty ? file.fileName : name
                article.titleDerived = true
            }
        }
        if article.title.isEmpty {
            article.title = file.fileName
            article.titleDerived = true
        }
        applyTypography()
    }

    /// Quote marks, apostrophes and dashes as the clip's language writes them, everywhere the
    /// normalizer writes text (headline, subtitle, caption, body); French spacing in French clips.
    private mutating func applyTypography() {
        let lang = article.lang
        let subtitleLang = article.subtitle.flatMap(ClipLanguage.clearLanguage(of:)) ?? lang
        func typeset(_ text: String, _ lang: String) -> String {
            let marked = QuoteMarks.apply(text, lang: lang)
            return lang == "fr" ? FrenchTypography.apply(marked) : marked
        }
        article.title = typeset(article.title, lang)
        article.subtitle = article.subtitle.map { typeset($0, subtitleLang) }
        article.caption = article.caption.map { typeset($0, lang) }
        article.blocks = article.blocks.map { block in
            var block = block
            block.text = typeset(block.text, lang)
            block.items = block.items.map { typeset($0, lang) }
            block.attribution = block.attribution.map { typeset($0, lang) }
            return block
        }
    }
}
