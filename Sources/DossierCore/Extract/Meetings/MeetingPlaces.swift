/// The places meetings are held at: venues, cities, and the spellings a clip may use for them.
enum MeetingPlaces {
    /// The place name shown in the dossier for "videoconference", "by video link".
    static let videoConference = "visioconférence"

    /// Venues, by their folded words, with the name to show.
    static let venues: [(words: [String], name: String)] = [
        (["palais", "de", "l'", "elysee"], "Élysée"),
        (["elysee"], "Élysée"),
        (["matignon"], "Matignon"),
        (["quai", "d'", "orsay"], "Quai d'Orsay"),
        (["maison", "blanche"], "Maison Blanche"),
        (["maison-blanche"], "Maison Blanche"),
        (["white", "house"], "Maison Blanche"),
        (["kremlin"], "Kremlin"),
        (["oval", "office"], "Maison Blanche"),
        (["bureau", "ovale"], "Maison Blanche"),
        (["downing", "street"], "Downing Street"),
        (["lancaster", "house"], "Lancaster House"),
        (["mar-a-lago"], "Mar-a-Lago"),
    ]

    /// The city or region a venue or a city is in, to tell that "Élysée" and "Paris" agree.
    static let regions: [String: String] = [
        "elysee": "paris", "matignon": "paris", "quai d'orsay": "paris",
        "maison blanche": "washington", "kremlin": "moscou", "downing street": "londres",
        "lancaster house": "londres", "mar-a-lago": "floride", "anchorage": "alaska",
    ]

    /// Cities that name a meeting's place even without a preposition ("Genève a accueilli des discussions"),
    /// by folded spelling, with the French name to show.
    static let cities: [String: String] = [
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
    ]

    /// Capitals often named for their governments ("des garanties à Kiev", "la pression sur Moscou").
    static let metonyms: Set<String> = ["kiev", "moscou", "washington", "pekin", "londres"]

    /// Capitalized words after "à", "en", "in" that are not where a meeting is held.
    static let notPlaces: Set<String> = [
        "ukraine", "russie", "russia", "europe", "occident", "afrique", "asie", "france", "mer",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "assemblee", "senat", "parlement", "congres", "conseil", "commission", "otan", "nato", "ue", "eu", "onu", "un", "x", "twitter", "facebook", "telegram", "tass", "reuters", "afp",
    ]

    /// The French display name of a place written `text` (folded `folded`).
    static func displayName(_ text: String, folded: String) -> String {
        cities[folded] ?? text
    }

    /// The folded key a place is compared by, its region when it is a venue or a city in a region.
    static func region(of place: String) -> String {
        let key = MeetingFolding.fold(place)
        return regions[key] ?? key
    }

    /// Whether two places can be the same meeting's: equal, one inside the other, or a video
    /// conference held alongside a venue ("en visioconférence et en présentiel à Paris").
    static func areCompatible(_ a: String, _ b: String) -> Bool {
        let fa = MeetingFolding.fold(a), fb = MeetingFolding.fold(b)
        if fa == fb || fa == MeetingFolding.fold(videoConference) || fb == MeetingFolding.fold(videoConference) { return true }
        return region(of: a) == region(of: b) || region(of: a) == fb || region(of: b) == fa
    }
}
