/// A wire dateline opening the body: "PARIS, 6 janvier 2026 (Reuters) -", "KYIV, Jan 6 (Reuters) -",
/// "Paris (AFP) -".
enum WireDatelineRule {
    /// What a dateline says, and the paragraph without it.
    struct Dateline: Equatable {
        var outlet: String
        var date: SimpleDate?
        var body: String
    }

    private static let dashes = [" - ", " — ", " – ", " -- ", " -– "]

    /// The dateline at the start of `text`, if any.
    static func dateline(_ text: String) -> Dateline? {
        if let bare = agencyLead(text) { return bare }
        guard let close = text.prefix(110).firstIndex(of: ")"),
              let open = text[..<close].lastIndex(of: "(") else { return nil }
        let place = text[..<open].clipTrimmed
        let agency = String(text[text.index(after: open)..<close])
        guard agency.count <= 30, let outlet = WireAgencies.outlet(in: agency), !place.isEmpty,
              let first = place.first, first.isUppercase, LineShape.words(place).count <= 9 else { return nil }
        let after = text[close...].dropFirst()
        guard let dash = dashes.first(where: { after.hasPrefix($0) }) ?? (after.hasPrefix("- ") ? "- " : nil) else { return nil }
        let body = String(after.dropFirst(dash.count)).clipTrimmed
        guard !body.isEmpty else { return nil }
        // The place is a capitalized name, possibly followed by a region and a date.
        let placeName = place.split(separator: ",").first.map(String.init) ?? place
        guard LineShape.words(placeName).count <= 4 else { return nil }
        let date = ClipDateText.firstDate(in: FoldedWords.of(place))?.date
        return Dateline(outlet: outlet, date: date, body: body)
    }

    /// "(Reuters) - Le président…", "Reuters - The president…", "AFP — …": the agency alone opens the text.
    private static func agencyLead(_ text: String) -> Dateline? {
        let head = text.prefix(40)
        for dash in dashes {
            guard let range = head.range(of: dash) else { continue }
            var name = head[..<range.lowerBound].clipTrimmed
            if name.hasPrefix("("), name.hasSuffix(")") { name = String(name.dropFirst().dropLast()) }
            guard let entry = OutletDirectory.entry(named: name), entry.isWire, name.first?.isUppercase == true else { return nil }
            let body = String(text[range.upperBound...]).clipTrimmed
            guard body.count >= 20 else { return nil }
            return Dateline(outlet: entry.name, date: nil, body: body)
        }
        return nil
    }
}
