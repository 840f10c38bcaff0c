extension StoryWords {
    /// French.
    static let fr = StoryWords(
        meetingNouns: [
            "sommet": .summit, "reunion": .meeting, "rencontre": .meeting, "entrevue": .meeting, "tete-a-tete": .meeting,
            "visioconference": .videoConference, "visio": .videoConference, "discussions": .talks, "pourparlers": .talks,
            "negociations": .talks, "consultations": .talks, "entretiens": .talks, "entretien": .meeting, "appel": .call,
            "dejeuner": .lunch, "diner": .lunch, "conference": .pressConference,
        ],
        dayBefore: ["veille"],
        dayAfter: ["lendemain"],
        dayUnits: ["jour", "jours"],
        after: ["apres"],
        before: ["avant"],
        of: ["de", "du", "d", "des"],
        determiners: ["le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "du", "des"],
        placePrepositions: ["de", "d", "en", "a", "au"],
        periodStarts: ["depuis"],
        bareLeads: ["lors", "apres", "avant"],
        bareLinks: ["de", "d"],
        otherStories: ["lire aussi", "a lire aussi", "sur le meme sujet", "les plus lus", "voir aussi", "articles lies"]
    )
}
