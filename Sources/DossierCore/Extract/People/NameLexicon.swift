/// The word lists of the name rules, asked by folded key.
enum NameLexicon {
    /// Given names that are also ordinary English words; in a title-case headline they
    /// start a name only when the family name is known ("Bill Passes" is not a person).
    static let ambiguousGiven: Set<String> = ["bill", "will", "mark", "grace", "rose", "max", "frank", "guy", "ray", "don", "dean", "jack", "penny", "hope", "art", "pat", "sally", "may", "faith", "joy", "chuck", "rob", "sue", "victor", "noel"]

    /// Endings typical of Slavic, Baltic, Turkish, Caucasian and Nordic family names.
    private static let surnameEndings: [String] = [
        "ov", "ev", "ova", "eva", "enko", "ko", "sky", "skyy", "skyi", "skiy", "ski", "ska", "skaya", "yuk", "chuk", "uk", "yk",
        "vich", "vych", "itch", "ich", "vili", "dze", "ian", "yan", "oglu", "escu", "sson", "sen", "ić", "ic", "iak", "czak", "wicz",
    ]

    /// Role modifiers that are also family names ("Camille Grand", "Sarah Haute").
    private static let surnameLikeModifiers: Set<String> = ["grand", "grande", "haut", "haute", "principal", "senior", "major", "new", "justice", "prime", "crown", "young"]

    static func isGiven(_ key: String) -> Bool {
        if GivenNames.all.contains(key) { return true }
        if let hyphen = key.firstIndex(of: "-") { return GivenNames.all.contains(String(key[..<hyphen])) }
        return false
    }

    /// Words that are never (part of) a name: function words, calendar words, places,
    /// institutions, nationalities, roles, verbs of saying.
    static func isStopWord(_ key: String) -> Bool {
        CommonWords.all.contains(key) || CalendarWords.all.contains(key) || PlaceNames.all.contains(key)
            || InstitutionWords.all.contains(key) || DemonymWords.all.contains(key) || RoleWords.heads.contains(key)
            || RoleWords.honorifics.contains(key) || (RoleWords.modifiers.contains(key) && !surnameLikeModifiers.contains(key)) || SpeechWords.verbs.contains(key)
            || isPlaceCompound(key)
    }

    /// Hyphenated places and groups: "Royaume-Uni", "Etats-Unis", "Saint-Pétersbourg", "Nord-Stream".
    private static func isPlaceCompound(_ key: String) -> Bool {
        guard key.contains("-") else { return false }
        let parts = key.split(separator: "-").map(String.init)
        return parts.contains { PlaceNames.all.contains($0) || InstitutionWords.all.contains($0) || CommonWords.all.contains($0) && $0.count > 3 }
            || key.hasPrefix("saint-") || key.hasPrefix("sainte-") || key.hasPrefix("st-")
    }

    static func isKnownSurname(_ key: String) -> Bool { KnownSurnames.all.contains(key) }

    static func hasSurnameEnding(_ key: String) -> Bool {
        key.count >= 5 && surnameEndings.contains { key.hasSuffix($0) }
    }

    static func isRoleHead(_ key: String) -> Bool { RoleWords.heads.contains(key) }

    /// Any word that may stand in a role phrase.
    static func isRoleWord(_ token: NameToken) -> Bool {
        let k = token.key
        return RoleWords.heads.contains(k) || RoleWords.modifiers.contains(k) || DemonymWords.all.contains(k)
            || token.isAllCaps || (token.isCapitalized && (PlaceNames.all.contains(k) || InstitutionWords.all.contains(k)))
    }
}
