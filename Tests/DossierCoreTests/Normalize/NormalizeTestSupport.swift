@testable import DossierCore

/// Normalizes a raw clip given as text.
func normalized(_ text: String, path: String = "seeds/test_clip.txt") -> Article {
    ClipNormalizer().normalize(SourceFile(path: path, text: text)).article
}

/// The body of a normalized clip as Markdown (without front matter).
func bodyMarkdown(_ text: String) -> String {
    normalized(text).blocks.map(ArticleMarkdown.blockMarkdown).joined(separator: "\n\n")
}

/// A paragraph long enough to read as running text, for clips in tests.
let ledeFR = "Les dirigeants européens se sont réunis mardi à Paris pour discuter des garanties de sécurité apportées à l'Ukraine."
let ledeEN = "European leaders met in Paris on Tuesday to discuss the security guarantees that would be given to Ukraine."
