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
        // A headline's live kicker ("EN DIRECT - …", "IN LIVE").
        "direct", "live",
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

    /// The regions of the known cities and venues written in `sentence`, leaving out capitals
    /// named for their governments.
    static func regions(namedIn sentence: String) -> Set<String> {
        let tokens = MeetingToken.tokens(in: sentence)
        var found = Set<String>()
        for (i, token) in tokens.enumerated() where token.isCapitalized {
            if i + 1 < tokens.count, let two = cities[token.folded + " " + tokens[i + 1].folded] {
                found.insert(region(of: two))
            } else if let one = cities[token.folded], !metonyms.contains(MeetingFolding.fold(one)) {
                found.insert(region(of: one))
            } else if let venue = venues.first(where: { tokens.matches($0.words, at: i) }) {
                found.insert(region(of: venue.name))
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
