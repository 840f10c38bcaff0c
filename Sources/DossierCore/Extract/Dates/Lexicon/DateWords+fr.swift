extension DateWords {
    /// French.
    static let fr = DateWords(
        months: [
            "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
            "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
        ],
        shortMonths: ["janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "juill": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12],
        ambiguousMonths: [],
        weekdays: ["lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7],
        numberWords: ["un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10],
        firstDay: ["premier"],
        ordinalEndings: ["er", "e"],
        approximations: ["debut": .early, "mi": .mid, "milieu": .mid, "fin": .late],
        periodCues: [
            "en", "depuis", "des", "jusqu", "ici", "courant", "avant", "apres", "partir", "vers", "fin", "debut", "mi",
            "mois", "annee", "ete", "hiver", "printemps", "automne",
        ],
        linkWords: ["de", "d", "l", "la", "le", "du", "au", "a"],
        pastCues: ["depuis"]
    )
}
