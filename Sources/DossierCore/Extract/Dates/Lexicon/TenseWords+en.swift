extension TenseWords {
    /// English.
    static let en = TenseWords(
        future: ["will", "ll", "shall", "due", "expected", "scheduled", "planned", "plans", "upcoming", "going", "next"],
        past: [
            "said", "met", "was", "were", "had", "did", "told", "held", "spoke", "took", "came", "went", "made", "gave",
            "saw", "left", "began", "wrote", "hit", "struck", "fell", "won", "lost", "sent", "brought", "ago", "since", "last",
        ],
        notVerbs: ["need", "indeed", "united", "hundred", "speed", "embed", "proceed", "exceed", "succeed", "feed", "seed"],
        reportingVerbs: ["said", "told", "announced", "added", "stated", "reported", "confirmed", "noted", "explained"],
        relatives: ["which", "who", "whom"],
        auxiliaries: [],
        conditionalAuxiliaries: [],
        skippable: ["also", "not", "already", "been"],
        reflexiveAuxiliaries: [],
        reflexivePronouns: [],
        goForms: [],
        beforeInfinitive: [],
        complementizers: [],
        perfectAuxiliaries: ["has", "have"],
        futureEndings: [],
        conditionalEndings: [],
        imperfectEndings: [],
        pastEndings: ["ed"],
        notPastEndings: ["eed"],
        participleEndings: ["ed", "en"],
        irregularParticiples: ["met", "said", "told"],
        infinitiveEndings: []
    )
}
