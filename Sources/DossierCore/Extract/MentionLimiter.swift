/// Holds what one clip contributes to `InputLimits`: the people past the first
/// `peoplePerClip` distinct names and the events past the first `eventsPerClip` are left
/// out with a warning, so that one clip listing thousands of names or dates cannot swamp
/// the people pages, the timeline and the meeting search of the whole dossier.
enum MentionLimiter {
    static func limit(people: inout [PersonMention], quotes: inout [Quote], in article: Article, path: String) -> Diagnostic? {
        var names: Set<String> = []
        var kept: [PersonMention] = []
        var firstDropped: PersonMention?
        for mention in people {
            if names.contains(mention.name) {
                kept.append(mention)
            } else if names.count < InputLimits.peoplePerClip {
                names.insert(mention.name)
                kept.append(mention)
            } else if firstDropped == nil {
                firstDropped = mention
            }
        }
        guard let firstDropped else { return nil }
        people = kept
        quotes.removeAll { !names.contains($0.speaker) }
        return .warning(
            "this clip names more than \(InputLimits.peoplePerClip) people; '\(firstDropped.name)' and the names after it are not listed. Split the clip if it holds several articles",
            file: path, line: line(of: firstDropped.blockIndex, in: article))
    }

    static func limit(events: inout [DatedEvent], in article: Article, path: String) -> Diagnostic? {
        guard events.count > InputLimits.eventsPerClip else { return nil }
        let first = events[InputLimits.eventsPerClip]
        let dropped = events.count - InputLimits.eventsPerClip
        events.removeSubrange(InputLimits.eventsPerClip...)
        return .warning(
            "this clip gives more than \(InputLimits.eventsPerClip) dated events; the \(dropped) from '\(first.expression)' on are left out of the timeline. Split the clip if it holds several articles",
            file: path, line: line(of: first.blockIndex, in: article))
    }

    private static func line(of blockIndex: Int, in article: Article) -> Int? {
        article.blocks.indices.contains(blockIndex) ? article.blocks[blockIndex].line : nil
    }
}
