/// The labels some sites print before a photo's credit and its caption, alone on their line
/// with the credit or caption after a comma or a colon: "Image source, Getty Images",
/// "Image caption, Emmanuel Macron at the Élysée", "Source de l'image, AFP", "Légende image, …".
enum PhotoLabels {
    /// Folded labels of a credit.
    private static let creditLabels: [String] = [
        "image source", "media source", "video source", "source de l'image", "source de la photo", "source image",
        "credit photo", "photo credit", "image credit", "credit image",
    ]
    /// Folded labels of a caption.
    private static let captionLabels: [String] = [
        "image caption", "media caption", "video caption", "photo caption", "caption", "legende image", "legende de l'image",
        "legende de la photo", "legende photo", "legende video", "legende de la video", "legende",
    ]

    /// The text after the label, and whether it is a caption (else a credit); nil for other lines.
    static func split(_ text: String) -> (text: String, isCaption: Bool)? {
        guard text.utf8.count <= 400, let cut = text.firstIndex(where: { $0 == "," || $0 == ":" }) else { return nil }
        let label = TextFolding.fold(text[..<cut]).replacingOccurrences(of: "’", with: "'").trimmingCharacters(in: .whitespaces)
        let rest = text[text.index(after: cut)...].clipTrimmed
        guard !rest.isEmpty else { return nil }
        if creditLabels.contains(label) { return (rest, false) }
        if captionLabels.contains(label) { return (rest, true) }
        return nil
    }
}
