import DossierCore
import Foundation

/// The entry points fuzzed by `scripts/fuzz.sh` and replayed by the regression tests: each
/// takes any bytes and must end, without a crash, in bounded time.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A raw clip through the whole per-clip path: decoding, normalizing, extraction, its
    /// Markdown and its HTML — what `dossier normalize` and each clip of a build do.
    case normalizer
    /// Paragraphs through the date scanner and resolver, in French or English, dated or not.
    case dates
    /// A `.md` clip read back through its YAML front matter.
    case frontMatter = "front-matter"
    /// A `dossier.yml`.
    case settings

    public func run(_ bytes: [UInt8]) {
        switch self {
        case .normalizer:
            guard let file = SourceLoader.decode(Data(bytes), path: "fuzz.txt", isMarkdown: false).0 else { return }
            let result = DossierBuilder(settings: DossierSettings()).article(from: file)
            _ = ArticleMarkdown.render(result.article)
            _ = ArticleHTML.body(result.article)
        case .dates:
            // The first byte chooses the language and whether the clip has a date of its own.
            let flags = bytes.first ?? 0
            let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
            let blocks = text.split(separator: "\n").enumerated().map { Block.paragraph(String($1), line: $0 + 1) }
            var article = Article(date: flags & 2 == 0 ? SimpleDate(year: 2026, month: 1, day: 6) : nil,
                                  source: "fuzz.txt", lang: flags & 1 == 0 ? "fr" : "en", blocks: blocks)
            _ = DateExtractor().dateAndEvents(of: &article)
        case .frontMatter:
            var input = bytes
            if !input.starts(with: Array("---\n".utf8)) { input = Array("---\n".utf8) + input }
            guard let file = SourceLoader.decode(Data(input), path: "fuzz.md", isMarkdown: true).0 else { return }
            let result = ClipNormalizer().normalize(file)
            _ = ArticleMarkdown.render(result.article)
        case .settings:
            _ = try? SettingsLoader().parse(String(decoding: bytes, as: UTF8.self), path: "dossier.yml")
        }
    }
}
