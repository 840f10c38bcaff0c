/// The places meetings are held at: the cities every language spells alike, the regions cities
/// lie in, and how two places are compared. Venues and the spellings of one language are in its
/// lexicon (`MeetingLexicon.venues`, `.cities`).
enum MeetingPlaces {
    /// The place name shown in the dossier for "videoconference", "by video link".
    static let videoConference = "visioconférence"

    /// The region a city is in, to tell that "Anchorage" and "Alaska" agree.
    static let regions: [String: String] = [
        "anchorage": "alaska", "palm beach": "floride", "hallandale beach": "floride", "west palm beach": "floride",
    ]

    /// Cities that name a meeting's place even without a preposition ("Genève a accueilli des discussions"),
    /// by folded spelling, with the French name to show. City names are proper names that copy
    /// in any language writes in several spellings (French wire copy writes "Kyiv" as often as
    /// "Kiev"), so every language's lexicon reads them all.
    static let gazetteer: [String: String] = [
        "paris": "Paris", "geneve": "Genève", "geneva": "Genève", "londres": "Londres", "london": "Londres",
        "berlin": "Berlin", "washington": "Washington", "moscou": "Moscou", "moscow": "Moscou",
        "kiev": "Kiev", "kyiv": "Kiev", "kiyv": "Kiev", "bruxelles": "Bruxelles", "brussels": "Bruxelles",
        "rome": "Rome", "istanbul": "Istanbul", "riyad": "Riyad", "riyadh": "Riyad", "djeddah": "Djeddah",
        "jeddah": "Djeddah", "anchorage": "Anchorage", "alaska": "Alaska", "munich": "Munich",
        "davos": "Davos", "varsovie": "Varsovie", "warsaw": "Varsovie", "madrid": "Madrid", "ankara": "Ankara",
        "doha": "Doha", "helsinki": "Helsinki", "budapest": "Budapest", "copenhague": "Copenhague",
        "copenhagen": "Copenhague", "vilnius": "Vilnius", "miami": "Miami", "floride": "Floride",
        "florida": "Floride", "minsk": "Minsk", "oslo": "Oslo", "stockholm": "Stockholm", "prague": "Prague",
        "la haye": "La Haye", "the hague": "La Haye", "abou dhabi": "Abou Dhabi", "abu dhabi": "Abou Dhabi",
        "new york": "New York", "vienne": "Vienne", "vienna": "Vienne", "tallinn": "Tallinn", "riga": "Riga",
        "ottawa": "Ottawa", "tokyo": "Tokyo", "pekin": "Pékin", "beijing": "Pékin", "new delhi": "New Delhi",
        "dublin": "Dublin", "lisbonne": "Lisbonne", "lisbon": "Lisbonne", "porto": "Porto", "seville": "Séville",
        "barcelone": "Barcelone", "barcelona": "Barcelone", "milan": "Milan", "turin": "Turin", "naples": "Naples",
        "venise": "Venise", "venice": "Venise", "marseille": "Marseille", "lyon": "Lyon", "bordeaux": "Bordeaux",
        "strasbourg": "Strasbourg", "toulouse": "Toulouse", "evian": "Évian", "evian-les-bains": "Évian",
        "versailles": "Versailles", "lausanne": "Lausanne", "zurich": "Zurich", "berne": "Berne", "bern": "Berne",
        "amsterdam": "Amsterdam", "hambourg": "Hambourg", "hamburg": "Hambourg", "francfort": "Francfort",
        "frankfurt": "Francfort", "ramstein": "Ramstein", "bucarest": "Bucarest", "bucharest": "Bucarest",
        "chisinau": "Chisinau", "ljubljana": "Ljubljana", "bratislava": "Bratislava", "belgrade": "Belgrade",
        "tirana": "Tirana", "zagreb": "Zagreb", "sarajevo": "Sarajevo", "skopje": "Skopje", "athenes": "Athènes",
        "athens": "Athènes", "cracovie": "Cracovie", "krakow": "Cracovie", "lviv": "Lviv", "odessa": "Odessa",
        "odesa": "Odessa", "reykjavik": "Reykjavik", "edimbourg": "Édimbourg", "edinburgh": "Édimbourg",
        "sotchi": "Sotchi", "sochi": "Sotchi", "malte": "Malte", "chequers": "Chequers",
            "palm beach": "Palm Beach", "hallandale beach": "Hallandale Beach", "windsor": "Windsor",
    ]

    /// Capitals often named for their governments ("des garanties à Kiev", "la pression sur Moscou").
    static let metonyms: Set<String> = ["kiev", "moscou", "washington", "pekin", "londres"]

    /// The folded city of each venue of every language ("kremlin" → "moscou").
    private static let venueCities: [String: String] = Dictionary(
        MeetingLexicon.all.venues.map { (MeetingFolding.fold($0.name), MeetingFolding.fold($0.city)) },
        uniquingKeysWith: { a, _ in a })

    /// The folded key a place is compared by: a venue's city, and a city's region when it lies in one.
    static func region(of place: String) -> String {
        var key = MeetingFolding.fold(place)
        if let city = venueCities[key] { key = city }
        return regions[key] ?? key
    }

    /// The regions of the known cities and venues written in `sentence`, leaving out capitals
    /// named for their governments.
    static func regions(namedIn sentence: String, lexicon: MeetingLexicon = .all) -> Set<String> {
        let tokens = MeetingToken.tokens(in: sentence)
        var found = Set<String>()
        for (i, token) in tokens.enumerated() where token.isCapitalized {
            if i + 1 < tokens.count, let two = lexicon.cities[token.folded + " " + tokens[i + 1].folded] {
                found.insert(region(of: two))
            } else if let one = lexicon.cities[token.folded], !metonyms.contains(MeetingFolding.fold(one)) {
                found.insert(region(of: one))
            } else if let venue = lexicon.venues.first(where: { tokens.matches($0.words, at: i) }) {
                found.insert(region(of: venue.city))
            }
        }
        return found
    }

    /// Whether two places can be the same meeting's: equal, one inside the other, or a video
    /// conference held alongside a venue ("en visioconférence et en présentiel à Paris").
    static func areCompatible(_ a: String, _ b: String) -> Bool {
        let fa = MeetingFolding.fold(a), fb = MeetingFolding.fold(b)
        if fa == fb || fa == MeetingFolding.fold(videoConference) || fb == MeetingFolding.fold(videoConference) { return true }
        return region(of: a) == region(of: b) || region(of: a) == fb || region(of: b) == fa
    }
}
