import Foundation

/// Applies the rules of the genre, in order, to one raw clip.
struct RawClipReader {
    let file: SourceFile
    private var article: Article
    private var diagnostics: [Diagnostic] = []
    private var lines: [ClipLine]

    init(file: SourceFile) {
        self.file = file
        self.article = Article(source: file.path)
        self.lines = LineReader.lines(of: file.text)
    }

    func read() -> (article: Article, diagnostics: [Diagnostic]) {
        var reader = self
        let firstIsStamp = reader.readStamp()
        reader.readBylines()
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
            guard let byline = BylineRule.byline(line.text) else { return false }
            for author in byline.authors where !article.authors.contains(author) { article.authors.append(author) }
            if article.outlet == nil { article.outlet = byline.outlet }
            if article.date == nil, let date = byline.date {
                article.date = date
                article.dateBasis = .header
            }
            return true
        }
        lines = kept
    }

    /// Date lines near the top ("Publié le 6 janvier 2026 à 14h32").
    private mutating func readDateLines() {
        var index = 0
        var updated: SimpleDate?
        while index < min(lines.count, 8) {
            guard let date = PublishedLineRule.date(ofLine: lines[index].text) else {
                index += 1
                continue
            }
            if PublishedLineRule.isUpdate(lines[index].text) {
                updated = updated ?? date
            } else if article.date == nil {
                article.date = date
                article.dateBasis = .header
            }
            lines.remove(at: index)
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
        var index = 0
        while index < lines.count {
            let text = lines[index].text
            let isFirst = index == 0 && firstIsStamp
            if let caption = CreditRule.caption(text), isFirst || text.utf8.count <= 800 && isPhotoCredit(caption.credit) {
                if article.caption == nil { article.caption = caption.text }
                addCredit(caption.credit)
                lines.remove(at: index)
                if isFirst { tookFirst = true }
                continue
            }
            index += 1
        }
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
            if captionNext, article.caption == nil, !LineShape.endsSentence(line.text), line.text.count <= 200, !line.blankBefore {
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
            if article.outlet == nil, !isPhotoCredit(credit) {
                article.outlet = Self.publisher(beforeWire: line.text) ?? WireAgencies.outlet(in: credit)
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

    private mutating func addCredit(_ credit: String) {
        if !article.credits.contains(credit) { article.credits.append(credit) }
    }

    /// The wire credit paragraph among the last lines.
    private mutating func readContributors() {
        for index in lines.indices.suffix(3).reversed() {
            guard let names = ContributorRule.contributors(lines[index].text) else { continue }
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
            if article.outlet == nil { article.outlet = site }
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
            if LineShape.words(site).count <= 4, OutletNames.isOutletName(site) || WireAgencies.outlet(in: site) == site,
               LineShape.words(headline).count >= 3 {
                return (headline, site)
            }
        }
        return (title, nil)
    }

    /// A name alone on a line between the headline and the body ("Pippa Crerar") is the byline.
    private mutating func readBareBylines() {
        var index = 0
        while index < min(lines.count, 4), !HeadlineShape.isBodyText(lines[index].text) {
            let text = lines[index].text
            if lines[index].quote == nil, text.count <= 80, let first = text.split(separator: ",").first,
               BylineNames.isName(first.clipTrimmed), LineShape.words(String(first)).count <= 3,
               let byline = BylineRule.byline("Par " + text) {
                for author in byline.authors where !article.authors.contains(author) { article.authors.append(author) }
                if article.outlet == nil { article.outlet = byline.outlet }
                lines.remove(at: index)
            } else {
                index += 1
            }
        }
    }

    /// "PARIS, 6 janvier 2026 (Reuters) -" at the start of the first paragraphs.
    private mutating func readDateline() {
        for index in lines.indices.prefix(3) {
            guard let dateline = WireDatelineRule.dateline(lines[index].text) else { continue }
            if article.outlet == nil { article.outlet = dateline.outlet }
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
        if article.lang == "fr" { applyFrenchTypography() }
    }

    private mutating func applyFrenchTypography() {
        article.title = FrenchTypography.apply(article.title)
        article.subtitle = article.subtitle.map(FrenchTypography.apply)
        article.caption = article.caption.map(FrenchTypography.apply)
        article.blocks = article.blocks.map { block in
            var block = block
            block.text = FrenchTypography.apply(block.text)
            block.items = block.items.map(FrenchTypography.apply)
            return block
        }
    }
}
