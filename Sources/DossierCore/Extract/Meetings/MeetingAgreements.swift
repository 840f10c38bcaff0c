/// Agreements that report a gathering: "À Berlin mi-décembre, plusieurs pays européens avaient
/// formalisé leur proposition", "In Paris on 6 January, the allies signed a declaration". A group
/// agreeing on something at a place and a date met there, even if the sentence names no meeting.
enum MeetingAgreements {
    /// The agreement verbs, in the past (the sentence tells of a done deal).
    static let french: [MeetingCueLexicon.Entry] = [
        ["ont", "formalise"], ["avaient", "formalise"], ["ont", "adopte"], ["avaient", "adopte"],
        ["sont", "convenus"], ["etaient", "convenus"], ["ont", "convenu"], ["avaient", "convenu"],
        ["se", "sont", "accordes"], ["s'", "etaient", "accordes"], ["ont", "signe"], ["avaient", "signe"],
        ["ont", "entérine"],
    ].map { entry($0) }

    static let english: [MeetingCueLexicon.Entry] = [
        ["agreed"], ["had", "agreed"], ["have", "agreed"], ["signed"], ["had", "signed"], ["adopted"],
        ["formalised"], ["formalized"], ["had", "formalised"], ["had", "formalized"],
    ].map { entry($0) }

    /// Folded stems one of which a block must contain to hold an agreement.
    static let stems = ["formalis", "formaliz", "adopt", "convenu", "accordes", "signe", "agreed"]

    /// Subjects that make an agreement a gathering: several countries or leaders.
    private static let collectives: Set<String> = [
        "pays", "europeens", "allies", "dirigeants", "partenaires", "capitales", "membres", "ministres",
        "gouvernements", "chefs", "signataires", "countries", "allies", "leaders", "partners", "nations",
        "governments", "ministers", "europeans", "members", "signatories",
    ]

    /// Whether the words just before the verb at `start` name a collective subject
    /// ("plusieurs pays européens avaient formalisé", "European leaders agreed").
    static func hasCollectiveSubject(before start: Int, in tokens: [MeetingToken]) -> Bool {
        (max(0, start - 6)..<start).contains { collectives.contains(tokens[$0].folded) }
    }

    private static func entry(_ words: [String]) -> MeetingCueLexicon.Entry {
        MeetingCueLexicon.Entry(words: words.map { MeetingFolding.fold($0) }, kind: .meeting, isVerb: true, isAgreement: true)
    }
}
