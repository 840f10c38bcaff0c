/// Months and weekdays in French and English, accent-folded: "Mardi", "Jeudi", "January".
enum CalendarWords {
    static let all: Set<String> = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "noel", "christmas", "easter", "paques", "ramadan",
    ]
}
