/// The words that tell the tense of a sentence in one language: future and past markers,
/// auxiliaries, verbs that report speech, relative pronouns, and the verb endings the rules
/// read. One table per language (`TenseWords+fr.swift`, `TenseWords+en.swift`); the markers
/// are read from the union of the tables (`TenseWords.all`), since copy quotes the other language,
/// and the grammar of each language (auxiliaries, endings) from its own table.
/// All words are folded (lower case, no accents).
struct TenseWords: Sendable {
    /// Words that put what follows in the future ("sera", "prochain", "will", "scheduled").
    var future: Set<String>
    /// Words that put it in the past ("said", "dernier", "ago").
    var past: Set<String>
    /// Words that end like a verb and are none ("extra", "portrait", "speed").
    var notVerbs: Set<String>
    /// Verbs that report speech: they date the saying, not what is said.
    var reportingVerbs: Set<String>
    /// Relative pronouns: a relative clause after a date has its own tense.
    var relatives: Set<String>
    /// Auxiliaries of the compound past ("a", "ont", "avait").
    var auxiliaries: Set<String>
    /// Conditional auxiliaries: the compound past of hearsay ("aurait rencontré").
    var conditionalAuxiliaries: Set<String>
    /// Words that may stand between an auxiliary and its participle ("a déjà dit", "has also met").
    var skippable: Set<String>
    /// Forms of "être" that make a compound past after a reflexive pronoun ("s'est réunie").
    var reflexiveAuxiliaries: Set<String>
    /// Reflexive pronouns before such a form ("s", "se").
    var reflexivePronouns: Set<String>
    /// Forms of "aller" that make a near future with an infinitive ("va rencontrer").
    var goForms: Set<String>
    /// Pronouns and negation between "va" and its infinitive ("va se rendre", "va lui parler").
    var beforeInfinitive: Set<String>
    /// Conjunctions that open reported speech ("a annoncé que …").
    var complementizers: Set<String>
    /// Auxiliaries of the present perfect ("has met").
    var perfectAuxiliaries: Set<String>
    /// Endings of the simple future ("rencontrera", "iront").
    var futureEndings: [String]
    /// Endings of the conditional ("retrouveraient").
    var conditionalEndings: [String]
    /// Endings of the imperfect ("tenait").
    var imperfectEndings: [String]
    /// Endings of the simple past written as one word ("talked"), and the words ending so that are none.
    var pastEndings: [String]
    var notPastEndings: [String]
    /// Endings of past participles ("réunie", "reçu", "spoken").
    var participleEndings: [String]
    /// Irregular past participles ("met", "said").
    var irregularParticiples: Set<String>
    /// Endings of infinitives ("rencontrer", "venir", "prendre", "voir").
    var infinitiveEndings: [String]
}

extension TenseWords {
    /// The union of every language's table, built once.
    static let all: TenseWords = {
        var u = TenseWords(
            future: [], past: [], notVerbs: [], reportingVerbs: [], relatives: [], auxiliaries: [], conditionalAuxiliaries: [],
            skippable: [], reflexiveAuxiliaries: [], reflexivePronouns: [], goForms: [], beforeInfinitive: [], complementizers: [],
            perfectAuxiliaries: [], futureEndings: [], conditionalEndings: [], imperfectEndings: [], pastEndings: [], notPastEndings: [],
            participleEndings: [], irregularParticiples: [], infinitiveEndings: [])
        func append(_ a: inout [String], _ b: [String]) { a += b.filter { !a.contains($0) } }
        for t in [TenseWords.fr, TenseWords.en] {
            u.future.formUnion(t.future)
            u.past.formUnion(t.past)
            u.notVerbs.formUnion(t.notVerbs)
            u.reportingVerbs.formUnion(t.reportingVerbs)
            u.relatives.formUnion(t.relatives)
            u.auxiliaries.formUnion(t.auxiliaries)
            u.conditionalAuxiliaries.formUnion(t.conditionalAuxiliaries)
            u.skippable.formUnion(t.skippable)
            u.reflexiveAuxiliaries.formUnion(t.reflexiveAuxiliaries)
            u.reflexivePronouns.formUnion(t.reflexivePronouns)
            u.goForms.formUnion(t.goForms)
            u.beforeInfinitive.formUnion(t.beforeInfinitive)
            u.complementizers.formUnion(t.complementizers)
            u.perfectAuxiliaries.formUnion(t.perfectAuxiliaries)
            append(&u.futureEndings, t.futureEndings)
            append(&u.conditionalEndings, t.conditionalEndings)
            append(&u.imperfectEndings, t.imperfectEndings)
            append(&u.pastEndings, t.pastEndings)
            append(&u.notPastEndings, t.notPastEndings)
            append(&u.participleEndings, t.participleEndings)
            u.irregularParticiples.formUnion(t.irregularParticiples)
            append(&u.infinitiveEndings, t.infinitiveEndings)
        }
        return u
    }()
}
