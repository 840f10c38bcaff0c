/// Finds the group a meeting is held by: "sommet de la Coalition des volontaires",
/// "visioconférence réunissant la coalition", "NATO summit", "G7 leaders' meeting".
struct MeetingForumFinder: Sendable {
    var lexicon: MeetingLexicon
    /// Whether the clip mentions the coalition by its full name, so that "la coalition" alone is it.
    var namesCoalition: Bool

    /// The forum tied to `cue` in `tokens`.
    func forum(for cue: MeetingCue, in tokens: [MeetingToken]) -> MeetingForums.Forum? {
        var j = cue.end
        while j < tokens.count, j - cue.end <= 3 {
            if let found = forumOrCoalition(at: j, in: tokens) { return found.forum }
            guard lexicon.forumLinks.contains(tokens[j].folded) else { break }
            j += 1
        }
        // A forum written just before the noun ("NATO summit", "Coalition of the Willing meeting").
        for start in max(0, cue.start - 5)..<cue.start {
            if let found = forumOrCoalition(at: start, in: tokens) {
                let gap = cue.start - (start + found.length)
                if gap == 0 || (gap == 1 && lexicon.forumHeads.contains(tokens[start + found.length].folded)) {
                    return found.forum
                }
            }
        }
        return nil
    }

    func forumOrCoalition(at j: Int, in tokens: [MeetingToken]) -> (forum: MeetingForums.Forum, length: Int)? {
        if let found = MeetingForums.forum(at: j, in: tokens, lexicon: lexicon) { return found }
        if namesCoalition, tokens[j].folded == "coalition" { return (MeetingForums.coalition, 1) }
        return nil
    }
}
