@testable import DossierCore

/// Normalizes a raw clip given as text.
func normalizedClip(_ text: String, path: String = "seeds/test_clip.txt") -> Article {
    ClipNormalizer().normalize(SourceFile(path: path, text: text)).article
}

/// The body of a normalized clip as Markdown (without front matter).
func clipBodyMarkdown(_ text: String) -> String {
    normalizedClip(text).blocks.map(ArticleMarkdown.blockMarkdown).joined(separator: "\n\n")
}

/// A paragraph long enough to read as running text, for clips in tests.
let clipLedeFR = "Les dirigeants européens se sont réunis mardi à Paris pour discuter des garanties de sécurité apportées à l’Ukraine."
let clipLedeEN = "European leaders met in Paris on Tuesday to discuss the security guarantees that would be given to Ukraine."
