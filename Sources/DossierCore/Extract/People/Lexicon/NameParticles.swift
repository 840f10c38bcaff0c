/// Small words inside family names: "Ursula von der Leyen", "Mohammed bin Salman",
/// "Marine Le Pen", "Dominique de Villepin", accent-folded.
enum NameParticles {
    static let all: Set<String> = [
        "de", "d'", "du", "des", "von", "van", "der", "den", "ter", "zu", "bin", "ben", "ibn", "bint",
        "al", "el", "da", "di", "del", "della", "dos", "das", "do", "le", "la", "st", "saint", "mac", "o'",
    ]

    /// Family-name prefixes joined by a hyphen and written in lower case: "al-Sisi", "el-Sissi".
    static let hyphenPrefixes: [String] = ["al-", "el-", "ben-", "bin-", "ould-", "abu-", "abou-"]
}
