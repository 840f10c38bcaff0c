/// One clip's normalized Markdown as the build will publish it: with the corrections of its
/// dossier, and, when the clip alone gives no date, the date the rest of the dossier gives it.
/// Front matter comments say what was inferred and what the dossier decides.
public struct ClipPreview: Sendable {
    public var settings: DossierSettings

    public init(settings: DossierSettings) { self.settings = settings }

    /// The Markdown of `clip`; `dossierClips` reads the other clips of its folder, only when needed.
    public func markdown(for clip: SourceFile, dossierClips: () -> [SourceFile]) -> (markdown: String, diagnostics: [Diagnostic]) {
        let builder = DossierBuilder(settings: settings)
        let alone = builder.article(from: clip)
        var article = alone.article
        var dateNote: String?
        if article.date == nil {
            let others = dossierClips().filter { $0.fileName != clip.fileName }
            if others.isEmpty {
                dateNote = "decided by the dossier: this clip gives no date; the build dates it from a meeting other clips date, or leaves it undated"
            } else {
                var timings = StageTimings()
                let (dossier, _) = builder.build(others + [clip], timings: &timings)
                if let dated = dossier.articles.first(where: { $0.article.source == clip.fileName })?.article, dated.date != nil {
                    article = dated
                } else {
                    dateNote = "decided by the dossier: neither this clip nor the others of its folder date it; add ' date YYYY-MM-DD' at its top or a 'date:' under 'clips:' in dossier.yml"
                }
            }
        }
        return (Self.annotated(ArticleMarkdown.render(article), article: article, dateNote: dateNote), alone.diagnostics)
    }

    /// Adds YAML comments to the `date:` and `date_basis:` lines of the front matter.
    static func annotated(_ markdown: String, article: Article, dateNote: String?) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let end = lines.dropFirst().firstIndex(of: "---") else { return markdown }
        for i in 1..<end {
            if lines[i].hasPrefix("date: "), let dateNote {
                lines[i] += "  # " + dateNote
            } else if lines[i].hasPrefix("date_basis: "), let note = basisNote(article.dateBasis) {
                lines[i] += "  # " + note
            }
        }
        return lines.joined(separator: "\n")
    }

    /// How the date was found, for the dates a reader would not see printed on the clip.
    static func basisNote(_ basis: DateBasis) -> String? {
        switch basis {
        case .meeting: "inferred: the date of the meeting the clip reports, as the dossier's clips date it"
        case .weekday: "inferred: a weekday with a day and a month in the text ('ce mardi 25 novembre') fixes the year"
        case .text: "inferred: a full date in the text that describes the day of the clip"
        case .inferred: "inferred: the latest day the clip reports as past, or its photo caption's date, as the dossier's calendar reads them"
        case .override: "set by dossier.yml or by this front matter"
        case .header, .dateline, .none: nil
        }
    }
}
