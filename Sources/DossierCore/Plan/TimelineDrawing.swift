/// The timeline drawn at build time as SVG, no script needed: the story's months on an axis,
/// events as dots stacked where many happen (the stack is the density), meetings as symbols by
/// kind (hollow when planned), each mark a link to its entry with a `<title>` tooltip.
/// Two drawings of the same marks: a wide one for screens and print, a tall one for phones
/// (the stylesheet shows one). The drawings are `aria-hidden`, their links out of the tab
/// order: the same entries follow as a text list for screen readers and keyboards.
struct TimelineDrawing: Sendable {
    /// A mark: an event or a meeting at a date, with where it links and what its tooltip says.
    struct Mark: Sendable {
        enum Kind: Sendable { case event, meeting(MeetingMention.Kind, planned: Bool) }
        var kind: Kind
        var date: PartialDate
        /// Relative to the site's root ("timeline/#d-2026-01-06").
        var url: String
        var tooltip: String
        var people: [String]
        var meeting: String?

        var isPlanned: Bool {
            if case .meeting(_, let planned) = kind { return planned }
            return false
        }
    }

    /// What a strip shows highlighted.
    enum Highlight: Sendable {
        case person(String)
        case meeting(String)
    }

    /// The first month of the axis and how many months it spans.
    let start: (year: Int, month: Int)
    let months: Int
    let marks: [Mark]
    let strings: SiteStrings
    /// Marks per person id, and per meeting id, as indices into `marks`.
    private let byPerson: [String: [Int]]
    private let byMeeting: [String: [Int]]

    /// The longest axis drawn: events further from the coverage than this are left out of the drawing.
    static let maxMonths = 60

    init(marks allMarks: [Mark], coverage: (first: SimpleDate, last: SimpleDate)?, strings: SiteStrings) {
        self.strings = strings
        // Year-only dates have no place on a month axis; the story is the coverage: the axis keeps
        // to two years before it and one after, and to the last `maxMonths` months.
        var dated = allMarks.filter { $0.date.month != nil }
        if let coverage {
            let earliest = Self.monthNumber(coverage.first.year, coverage.first.month) - 24
            let latest = Self.monthNumber(coverage.last.year, coverage.last.month) + 12
            dated = dated.filter { (earliest...latest).contains(Self.monthNumber($0.date.year, $0.date.month ?? 1)) }
        }
        let numbers = dated.map { Self.monthNumber($0.date.year, $0.date.month ?? 1) }
        let highest = numbers.max() ?? Self.monthNumber(2000, 1)
        let lowest = max(numbers.min() ?? highest, highest - Self.maxMonths + 1)
        start = Self.fromNumber(lowest)
        months = highest - lowest + 1
        marks = dated.filter { mark in
            (lowest...highest).contains(Self.monthNumber(mark.date.year, mark.date.month ?? 1))
        }.sorted { $0.date < $1.date }
        var byPerson: [String: [Int]] = [:], byMeeting: [String: [Int]] = [:]
        for (i, mark) in marks.enumerated() {
            for person in mark.people { byPerson[person, default: []].append(i) }
            if let meeting = mark.meeting { byMeeting[meeting, default: []].append(i) }
        }
        self.byPerson = byPerson
        self.byMeeting = byMeeting
    }

    var isEmpty: Bool { marks.isEmpty }

    /// The whole drawing for the timeline page; `prefix` leads from the page to the site's root.
    func full(prefix: String, compact: Bool = false) -> String {
        guard !marks.isEmpty else { return "" }
        return figure(Array(marks.indices), prefix: prefix, label: strings[.drawingLabel], monthSize: compact ? 40 : 64, strip: false)
    }

    /// A strip of the same axis with the marks of one person or one meeting, or nil when it has none.
    func strip(highlight: Highlight, prefix: String, label: String) -> String? {
        let chosen: [Int]
        switch highlight {
        case .person(let id): chosen = byPerson[id] ?? []
        case .meeting(let id): chosen = byMeeting[id] ?? []
        }
        guard !chosen.isEmpty else { return nil }
        return figure(chosen, prefix: prefix, label: label, monthSize: 28, strip: true)
    }

    // MARK: Drawing

    private func figure(_ chosen: [Int], prefix: String, label: String, monthSize: Double, strip: Bool) -> String {
        var out = "<figure class=\"drawing\(strip ? " strip" : "")\">\n"
        out += wide(chosen, prefix: prefix, strip: strip)
        out += tall(chosen, prefix: prefix, monthSize: monthSize)
        out += "<figcaption>" + HTMLEscaper.escape(label) + legend(chosen) + "</figcaption>\n</figure>\n"
        return out
    }

    /// The legend: only the symbols the drawing uses.
    private func legend(_ chosen: [Int]) -> String {
        var hasEvent = false, hasPlanned = false, hasHeld = false
        for i in chosen {
            switch marks[i].kind {
            case .event: hasEvent = true
            case .meeting(_, let planned): if planned { hasPlanned = true } else { hasHeld = true }
            }
        }
        var items: [String] = []
        let symbol: (String) -> String = { "<svg class=\"tl-key\" viewBox=\"-8 -8 16 16\" width=\"14\" height=\"14\" aria-hidden=\"true\">\($0)</svg>" }
        if hasEvent { items.append(symbol("<circle class=\"tl-event\" r=\"5\"/>") + " " + strings[.drawingEvent]) }
        if hasHeld { items.append(symbol(Self.shape(.summit, planned: false, size: 6)) + " " + strings[.drawingHeld]) }
        if hasPlanned { items.append(symbol(Self.shape(.summit, planned: true, size: 6)) + " " + strings[.drawingPlanned]) }
        return items.isEmpty ? "" : "<span class=\"tl-legend\">" + items.map { "<span>\($0)</span>" }.joined(separator: " ") + "</span>"
    }

    /// Where a date falls on the axis, in months from the axis's start (0 ..< months).
    private func position(_ date: PartialDate) -> Double {
        let n = Double(Self.monthNumber(date.year, date.month ?? 1) - Self.monthNumber(start.year, start.month))
        let days = Double(SimpleDate.daysIn(month: date.month ?? 1, year: date.year))
        let day: Double
        if let d = date.day { day = Double(d) - 0.5 } else {
            switch date.approx {
            case .early: day = 5
            case .mid, nil: day = days / 2
            case .late: day = days - 5
            }
        }
        return n + min(max(day / days, 0), 0.999)
    }

    /// Marks grouped in bins along the axis: events stack in bins `eventStep` long, meetings in
    /// bins `meetingStep` long (their symbols are wider than a dot), for an axis `monthSize` a month.
    private func bins(_ chosen: [Int], monthSize: Double, eventStep: Double, meetingStep: Double)
        -> (events: [Int: [Int]], meetings: [Int: [Int]]) {
        var events: [Int: [Int]] = [:], meetings: [Int: [Int]] = [:]
        for i in chosen {
            let at = position(marks[i].date) * monthSize
            if case .event = marks[i].kind { events[Int(at / eventStep), default: []].append(i) } else {
                meetings[Int(at / meetingStep), default: []].append(i)
            }
        }
        return (events, meetings)
    }

    /// How many meeting symbols a bin shows before "+n".
    static let meetingStack = 3
    /// The room a meeting symbol takes along the axis, so that neighbours never overlap.
    static let meetingStep = 18.0

    /// The wide drawing: months left to right, events stacked upward from the axis, meetings below it.
    private func wide(_ chosen: [Int], prefix: String, strip: Bool) -> String {
        let width = 1000.0, margin = 24.0
        let monthWidth = (width - 2 * margin) / Double(months)
        let step = 11.0, meetingStep = Self.meetingStep
        let (events, meetings) = bins(chosen, monthSize: monthWidth, eventStep: step, meetingStep: meetingStep)
        // The stacks take the height they need, up to a limit; "+n" says how many more.
        let maxStack = min(strip ? 4 : 8, max(1, events.values.map(\.count).max() ?? 1))
        let overflow = events.values.contains { $0.count > maxStack }
        let meetingsOverflow = meetings.values.contains { $0.count > Self.meetingStack }
        // Below the axis: up to three rows of meetings, their "+n", then the month labels.
        let labels = meetingsOverflow ? 100.0 : 76.0
        let axis = Double(maxStack) * step + (overflow ? 24 : 10), height = axis + labels + 8
        var svg = "<svg class=\"tl tl-wide\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" aria-hidden=\"true\" focusable=\"false\">\n"
        svg += "<line class=\"tl-axis\" x1=\"\(Self.n(margin))\" y1=\"\(Self.n(axis))\" x2=\"\(Self.n(width - margin))\" y2=\"\(Self.n(axis))\"/>\n"
        // Labels every 1, 2, 3, 4, 6 or 12 months, whichever fits, so that each January is labelled with its year.
        let every = [1, 2, 3, 4, 6, 12].first { Double($0) * monthWidth >= 84 } ?? 12
        for m in 0..<months {
            let x = margin + Double(m) * monthWidth
            let (year, month) = Self.fromNumber(Self.monthNumber(start.year, start.month) + m)
            svg += "<line class=\"tl-tick\" x1=\"\(Self.n(x))\" y1=\"\(Self.n(axis - 4))\" x2=\"\(Self.n(x))\" y2=\"\(Self.n(axis + 4))\"/>"
            let first = m == 0 && (month - 1) % every != 0 && Double(every - (month - 1) % every) * monthWidth >= 84
            if (month - 1) % every == 0 || first {
                let label = month == 1 || m == 0 ? strings.shortMonth(month) + " " + String(year) : strings.shortMonth(month)
                svg += "<text class=\"tl-label\" x=\"\(Self.n(x + 3))\" y=\"\(Self.n(axis + labels))\">\(HTMLEscaper.escape(label))</text>"
            }
            svg += "\n"
        }
        for (bin, items) in events.sorted(by: { $0.key < $1.key }) {
            let x = margin + (Double(bin) + 0.5) * step
            for (k, i) in items.prefix(maxStack).enumerated() {
                svg += link(i, prefix: prefix, shape: "<circle class=\"tl-event\" cx=\"\(Self.n(x))\" cy=\"\(Self.n(axis - 9 - Double(k) * step))\" r=\"4.5\">")
            }
            if items.count > maxStack {
                svg += "<text class=\"tl-more\" x=\"\(Self.n(x))\" y=\"\(Self.n(axis - 12 - Double(maxStack) * step))\">+\(items.count - maxStack)</text>\n"
            }
        }
        for (bin, items) in meetings.sorted(by: { $0.key < $1.key }) {
            let x = margin + (Double(bin) + 0.5) * meetingStep
            // Planned meetings first: what is still to come matters most.
            let ordered = items.filter { marks[$0].isPlanned } + items.filter { !marks[$0].isPlanned }
            for (k, i) in ordered.prefix(Self.meetingStack).enumerated() {
                svg += meetingMark(i, prefix: prefix, x: x, y: axis + 16 + Double(k) * 17)
            }
            // "+n" on two staggered rows, so that the counts of neighbouring bins never run together.
            if items.count > Self.meetingStack {
                let row = Double(bin % 2) * 11
                svg += "<text class=\"tl-more\" x=\"\(Self.n(x))\" y=\"\(Self.n(axis + 16 + Double(Self.meetingStack) * 17 + 2 + row))\">+\(items.count - Self.meetingStack)</text>\n"
            }
        }
        return svg + "</svg>\n"
    }

    /// The tall drawing for narrow screens: months top to bottom, meetings left of the axis, events
    /// stacked to the right. A long axis gets shorter months, so that a phone scrolls past it.
    private func tall(_ chosen: [Int], prefix: String, monthSize preferred: Double) -> String {
        let width = 360.0, top = 12.0, axis = 132.0, step = 12.0, meetingStep = Self.meetingStep
        let monthSize = max(26, min(preferred, 1_300 / Double(max(months, 1))))
        let height = top * 2 + Double(months) * monthSize
        var svg = "<svg class=\"tl tl-tall\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\" aria-hidden=\"true\" focusable=\"false\">\n"
        svg += "<line class=\"tl-axis\" x1=\"\(Self.n(axis))\" y1=\"\(Self.n(top))\" x2=\"\(Self.n(axis))\" y2=\"\(Self.n(height - top))\"/>\n"
        for m in 0..<months {
            let y = top + Double(m) * monthSize
            let (year, month) = Self.fromNumber(Self.monthNumber(start.year, start.month) + m)
            svg += "<line class=\"tl-tick\" x1=\"\(Self.n(axis - 4))\" y1=\"\(Self.n(y))\" x2=\"\(Self.n(axis + 4))\" y2=\"\(Self.n(y))\"/>"
            svg += "<text class=\"tl-label\" x=\"2\" y=\"\(Self.n(y + 14))\">\(HTMLEscaper.escape(strings.shortMonth(month) + " " + String(year)))</text>\n"
        }
        let maxStack = 16
        let (events, meetings) = bins(chosen, monthSize: monthSize, eventStep: step, meetingStep: meetingStep)
        for (bin, items) in events.sorted(by: { $0.key < $1.key }) {
            let y = top + (Double(bin) + 0.5) * step
            for (k, i) in items.prefix(maxStack).enumerated() {
                svg += link(i, prefix: prefix, shape: "<circle class=\"tl-event\" cx=\"\(Self.n(axis + 14 + Double(k) * step))\" cy=\"\(Self.n(y))\" r=\"5\">")
            }
            if items.count > maxStack {
                svg += "<text class=\"tl-more\" x=\"\(Self.n(axis + 14 + Double(maxStack) * step))\" y=\"\(Self.n(y + 4))\">+\(items.count - maxStack)</text>\n"
            }
        }
        // Two meetings side by side at most, left of the axis; past that the second place says "+n".
        for (bin, items) in meetings.sorted(by: { $0.key < $1.key }) {
            let y = top + (Double(bin) + 0.5) * meetingStep
            let ordered = items.filter { marks[$0].isPlanned } + items.filter { !marks[$0].isPlanned }
            let shown = items.count > 2 ? 1 : items.count
            for (k, i) in ordered.prefix(shown).enumerated() {
                svg += meetingMark(i, prefix: prefix, x: axis - 14 - Double(k) * 18, y: y)
            }
            if items.count > shown {
                svg += "<text class=\"tl-more\" x=\"\(Self.n(axis - 34))\" y=\"\(Self.n(y + 4))\">+\(items.count - shown)</text>\n"
            }
        }
        return svg + "</svg>\n"
    }

    private func meetingMark(_ i: Int, prefix: String, x: Double, y: Double) -> String {
        guard case .meeting(let kind, let planned) = marks[i].kind else { return "" }
        return link(i, prefix: prefix, shape: "<g transform=\"translate(\(Self.n(x)) \(Self.n(y)))\">" + Self.shape(kind, planned: planned, size: 6.5), close: "</g>")
    }

    /// A mark as a link out of the tab order, its tooltip inside the shape.
    private func link(_ i: Int, prefix: String, shape: String, close: String? = nil) -> String {
        let mark = marks[i]
        let title = "<title>" + HTMLEscaper.escape(mark.tooltip) + "</title>"
        let body: String
        if let close { body = shape + title + close } else { body = shape + title + "</circle>" }
        return "<a href=\"\(HTMLEscaper.escape(prefix + mark.url))\" tabindex=\"-1\">\(body)</a>\n"
    }

    /// A meeting's symbol centred on 0,0: a diamond for a summit, a square for a meeting or talks,
    /// a rounded square for a video conference, a triangle for a call, a circle for a meal or a press conference.
    static func shape(_ kind: MeetingMention.Kind, planned: Bool, size s: Double) -> String {
        let cls = "tl-meeting" + (planned ? " planned" : "")
        switch kind {
        case .summit:
            return "<path class=\"\(cls)\" d=\"M0 \(n(-s * 1.3))L\(n(s * 1.3)) 0L0 \(n(s * 1.3))L\(n(-s * 1.3)) 0Z\"/>"
        case .meeting, .talks:
            return "<rect class=\"\(cls)\" x=\"\(n(-s))\" y=\"\(n(-s))\" width=\"\(n(2 * s))\" height=\"\(n(2 * s))\"/>"
        case .videoConference:
            return "<rect class=\"\(cls)\" x=\"\(n(-s))\" y=\"\(n(-s))\" width=\"\(n(2 * s))\" height=\"\(n(2 * s))\" rx=\"\(n(s / 2))\"/>"
        case .call:
            return "<path class=\"\(cls)\" d=\"M0 \(n(-s * 1.2))L\(n(s * 1.1)) \(n(s * 0.9))L\(n(-s * 1.1)) \(n(s * 0.9))Z\"/>"
        case .lunch, .pressConference:
            return "<circle class=\"\(cls)\" r=\"\(n(s))\"/>"
        }
    }

    // MARK: Numbers

    static func monthNumber(_ year: Int, _ month: Int) -> Int { year * 12 + (month - 1) }

    static func fromNumber(_ n: Int) -> (Int, Int) {
        let year = n >= 0 ? n / 12 : (n - 11) / 12
        return (year, n - year * 12 + 1)
    }

    /// A coordinate with at most one decimal.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? sign + String(a / 10) : sign + String(a / 10) + "." + String(a % 10)
    }
}
