extension TenseWords {
    /// French.
    static let fr = TenseWords(
        future: [
            "sera", "seront", "aura", "auront", "ira", "iront", "fera", "feront", "pourra", "pourront", "devra", "devront",
            "doit", "doivent", "devrait", "devraient", "pourrait", "pourraient", "prevu", "prevue", "prevus", "prevues", "prevoit",
            "attendu", "attendue", "attendus", "attendues", "prochain", "prochaine", "prochains", "prochaines",
        ],
        past: ["dernier", "derniere", "derniers", "dernieres", "passe", "passee", "depuis"],
        notVerbs: [
            "contra", "extra", "ultra", "opera", "camera", "cobra", "sierra", "mantra", "cholera", "zebra", "agora",
            "front", "affront", "parfait", "extrait", "portrait", "retrait", "attrait", "souhait", "abstrait", "distrait",
        ],
        reportingVerbs: [
            "dit", "declare", "indique", "annonce", "precise", "explique", "affirme", "ajoute", "estime", "souligne",
            "assure", "confirme", "rapporte", "averti", "prevenu",
        ],
        relatives: ["qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles"],
        auxiliaries: ["a", "ont", "avait", "avaient", "ai", "avons", "avez", "as", "eu"],
        conditionalAuxiliaries: ["aurait", "auraient", "serait", "seraient", "pourrait", "pourraient"],
        skippable: [
            "t", "il", "elle", "on", "ils", "elles", "deja", "pas", "ne", "n", "jamais", "aussi", "egalement", "bien",
            "lui", "leur", "ete", "notamment", "encore", "finalement", "ainsi",
        ],
        reflexiveAuxiliaries: ["est", "sont", "etait", "etaient"],
        reflexivePronouns: ["s", "se"],
        goForms: ["va", "vont", "vais"],
        beforeInfinitive: ["se", "s", "y", "en", "le", "la", "les", "lui", "leur", "me", "nous", "vous", "pas"],
        complementizers: ["que", "qu"],
        perfectAuxiliaries: [],
        futureEndings: ["ra", "ront", "rons"],
        conditionalEndings: ["rait", "raient"],
        imperfectEndings: ["ait", "aient"],
        pastEndings: [],
        notPastEndings: [],
        participleEndings: ["e", "es", "ee", "ees", "i", "is", "u", "us", "it", "ert", "eint", "ne"],
        irregularParticiples: [],
        infinitiveEndings: ["er", "ir", "re", "oir"]
    )
}
