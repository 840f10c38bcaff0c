/// A row of a web page's navigation as it comes out of a copy: labels set apart by wide gaps
/// ("Home   News   Sport   Business", "Share   Save", "Register   Sign In"). A page lays menus
/// and toolbars out in cells, and copying keeps the gaps between them as runs of spaces or tabs;
/// prose, headlines and bylines do not have them.
enum NavigationRow {
    /// Whether the raw (uncleaned) line is such a row.
    static func matches(_ raw: Substring) -> Bool {
        guard hasWideGap(raw.utf8) else { return false }
        let cells = self.cells(of: raw)
        guard cells.count >= 2 else { return false }
        // Mostly toolbar or menu labels of their own: "Share   Save", "Partager   Imprimer",
        // "Menu   Rechercher   Se connecter   S'abonner 1 € par mois".
        let labels = cells.filter { JunkFilter.isJunk($0) }.count
        if labels == cells.count || labels * 2 > cells.count && cells.count >= 3 { return true }
        // Three or more short capitalised labels, mostly single words or toolbar labels: a section
        // menu, "World   Europe   US   Americas", "Ukraine   Russia   Vladimir Putin   Analysis",
        // "My News   Sign In   Register".
        // A byline with its outlet ("Tom Ashworth   BBC News") or a dated line is not.
        guard cells.count >= 3 else { return false }
        var singleWords = 0
        for cell in cells {
            let words = cell.split(separator: " ").count
            guard words <= 3, cell.count <= 30, !LineShape.endsWithPunctuation(cell) || isAbbreviation(cell),
                  let first = cell.first, first.isUppercase else { return false }
            if words == 1 || JunkFilter.isJunk(cell) { singleWords += 1 }
        }
        return singleWords * 2 >= cells.count
    }

    /// "U.S.", "U.K.": one word of capitals and dots.
    private static func isAbbreviation(_ cell: String) -> Bool {
        cell.count <= 8 && cell.filter({ $0 == "." }).count >= 2 && cell.allSatisfy { $0 == "." || $0.isUppercase }
    }

    /// A run of two or more spaces, or a tab, between two non-space characters.
    private static func hasWideGap(_ bytes: Substring.UTF8View) -> Bool {
        var previousSpace = false
        var seenText = false
        for byte in bytes {
            if byte == 0x09 {
                if seenText { return true }
            } else if byte == 0x20 {
                if previousSpace && seenText { return true }
                previousSpace = true
                continue
            } else {
                seenText = true
            }
            previousSpace = false
        }
        return false
    }

    /// The cells of the row: the text between wide gaps, each cleaned of stray spaces.
    private static func cells(of raw: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var spaces = 0
        func close() {
            let cell = SpaceCleaner.clean(current)
            if !cell.isEmpty { cells.append(cell) }
            current = ""
        }
        for character in raw {
            switch character {
            case "\t":
                close()
                spaces = 0
            case " ", "\u{00A0}":
                spaces += 1
            default:
                if spaces >= 2 { close() } else if spaces == 1 { current.append(" ") }
                spaces = 0
                current.append(character)
            }
        }
        close()
        return cells
    }
}
