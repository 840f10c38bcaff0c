/// What a clip says about where it comes from, gathered from bylines, credits, datelines and site
/// chrome, then settled into the publishing outlet and the agency whose copy it carries.
///
/// `outlet` is the publisher when one is named ("Le Monde avec AFP" → Le Monde), otherwise the
/// agency ("(Reuters) -" → Reuters); a portal that republishes copy (Yahoo, MSN) comes last.
struct OutletVotes: Sendable {
    /// How much a clue says: a byline or "X avec AFP" outweighs a site menu naming the site.
    enum Strength: Int, Comparable, Sendable {
        /// An agency credit on a photo caption, a bare agency name on a line of its own.
        case weak = 1
        /// A site menu or a line naming the site.
        case site = 2
        /// A copyright or "Source :" line, a URL, a title suffix, a wire credit paragraph.
        case credit = 3
        /// A byline, a dateline, "X avec AFP".
        case byline = 4

        static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private struct Vote {
        var name: String
        var isWire: Bool
        var isAggregator: Bool
        var strength: Strength
    }

    private var votes: [Vote] = []

    /// Adds a clue naming `name`; known outlets take their directory name and kind.
    mutating func add(_ name: String, _ strength: Strength, wire: Bool? = nil) {
        let trimmed = name.clipTrimmed
        guard !trimmed.isEmpty else { return }
        if let entry = OutletDirectory.entry(named: trimmed) {
            votes.append(Vote(name: entry.name, isWire: entry.isWire, isAggregator: entry.isAggregator, strength: strength))
        } else if let agency = WireAgencies.outlet(in: trimmed), LineShape.words(trimmed).count <= 2 {
            votes.append(Vote(name: agency, isWire: true, isAggregator: false, strength: strength))
        } else {
            votes.append(Vote(name: trimmed, isWire: wire ?? false, isAggregator: false, strength: strength))
        }
    }

    /// Adds a known outlet.
    mutating func add(_ entry: OutletDirectory.Entry, _ strength: Strength) {
        votes.append(Vote(name: entry.name, isWire: entry.isWire, isAggregator: entry.isAggregator, strength: strength))
    }

    /// The strongest clue of a kind; the first one seen among equals.
    private func strongest(where kind: (Vote) -> Bool) -> String? {
        var best: Vote?
        for vote in votes where kind(vote) {
            if best == nil || vote.strength > (best?.strength ?? .weak) { best = vote }
        }
        return best?.name
    }

    /// The publishing outlet, not an agency or a portal.
    var publisher: String? { strongest { !$0.isWire && !$0.isAggregator } }

    /// The agency whose copy the clip carries.
    var wire: String? { strongest { $0.isWire } }

    /// The outlet a reader would cite: the publisher, else the agency, else the portal.
    var outlet: String? { publisher ?? wire ?? strongest { $0.isAggregator } }
}
