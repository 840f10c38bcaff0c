/// The most a single clip may hold, in one place. Real clips stay far below every limit
/// (a long article is 50 KB, a long paragraph 3 KB, a crowded clip names 60 people and
/// 150 dates); a file past one is a paste gone wrong or a hostile file, and dossier
/// reads the part that fits, says so compiler-style, and builds on, so that one file
/// never holds up the whole dossier.
public enum InputLimits {
    /// A clip's size in bytes: past it, only the first `clipBytes` (cut at a line end) are read.
    public static let clipBytes = 2 * 1024 * 1024
    /// A line's length in bytes: a longer line is broken into paragraphs at sentence ends.
    public static let lineBytes = 16 * 1024
    /// A block's text in bytes once normalized (lines joined): a longer one is split the same way.
    public static let blockBytes = 16 * 1024
    /// Distinct people a clip may name: the names past the first `peoplePerClip` are not listed.
    public static let peoplePerClip = 500
    /// Dated events a clip may give: the events past the first `eventsPerClip` are not listed.
    public static let eventsPerClip = 1_000

    /// A size for messages: "2.0 MB", "16 KB", "734 bytes".
    static func size(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024 {
            let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
            return "\(tenths / 10).\(tenths % 10) MB"
        }
        if bytes >= 1024 { return "\((bytes + 512) / 1024) KB" }
        return "\(bytes) bytes"
    }
}
