/// Verbs of saying in French and English, accent-folded, and the small words that may sit
/// between a name and its verb ("a déclaré", "a également estimé", "said", "told").
enum SpeechWords {
    static let verbs: Set<String> = fold("""
    déclaré dit estimé ajouté affirmé expliqué prévenu souligné assuré indiqué répété averti insisté jugé martelé précisé rappelé lancé confié reconnu annoncé réaffirmé salué dénoncé écrit tweeté déploré plaidé appelé demandé répondu commenté confirmé démenti regretté promis observé noté argué relevé réagi raconté résumé tranché exhorté admis concédé fustigé critiqué poursuivi conclu fait mis prédit assuré garanti réclamé exigé menacé proposé suggéré rétorqué ironisé glissé lâché détaillé développé défendu
    déclare dit estime ajoute affirme explique prévient souligne assure indique répète avertit insiste juge martèle précise rappelle lance confie reconnaît reconnait annonce réaffirme salue dénonce écrit tweete déplore plaide appelle demande répond commente confirme dément regrette promet observe note raconte résume tranche exhorte admet concède fustige critique poursuit conclut réagit prédit réclame exige menace propose suggère rétorque ironise glisse lâche détaille défend
    déclarent disent estiment ajoutent affirment expliquent
    ajoutant estimant affirmant expliquant soulignant précisant déclarant assurant indiquant rappelant jugeant prévenant avertissant insistant martelant déplorant dénonçant saluant
    said says say told tells added adds stated states noted notes warned warns wrote writes posted posts tweeted tweets argued argues insisted insists stressed stresses urged urges claimed claims declared declares explained explains announced announces responded responds replied replies remarked remarks commented comments acknowledged acknowledges admitted admits observed observes emphasised emphasized emphasises emphasizes conceded concedes cautioned cautions vowed vows pledged pledges promised promises suggested suggests predicted predicts insisted asserted asserts countered counters
    adding saying telling noting warning writing arguing stressing insisting
    """)

    /// Words allowed between a name and its speech verb: auxiliaries and adverbs.
    static let auxiliaries: Set<String> = fold("""
    a ont avait avaient aurait auraient avait s' est se sont has had have also then later again further aussi également encore ensuite déjà lui-même elle-même pour sa part de son côté lundi mardi mercredi jeudi vendredi samedi dimanche hier notamment clairement publiquement already repeatedly
    """)

    /// Inverted pronoun forms: "a-t-il ajouté", "dit-elle", "estime-t-il".
    static func isInvertedPronoun(_ key: String) -> Bool {
        key.hasSuffix("-il") || key.hasSuffix("-elle") || key.hasSuffix("-t-il") || key.hasSuffix("-t-elle")
    }

    /// Subject pronouns that stand for the last person named.
    static let pronouns: Set<String> = fold("il elle he she lui him her")

    private static func fold(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextFolding.fold($0) })
    }
}
