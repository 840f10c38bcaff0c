extension DateWords {
    /// English.
    static let en = DateWords(
        months: [
            "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
            "september": 9, "october": 10, "november": 11, "december": 12,
        ],
        shortMonths: [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
        ],
        ambiguousMonths: ["may", "march", "august"],
        weekdays: ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7],
        numberWords: ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10],
        firstDay: ["first"],
        ordinalEndings: ["st", "nd", "rd", "th"],
        approximations: [
            "early": .early, "beginning": .early, "start": .early, "mid": .mid, "middle": .mid, "late": .late, "end": .late,
        ],
        periodCues: [
            "in", "since", "from", "until", "till", "by", "before", "after", "during", "of", "early", "late", "mid", "month",
            "year", "summer", "winter", "spring", "autumn", "fall", "this", "last", "next",
        ],
        linkWords: ["of", "the"],
        pastCues: ["since"]
    )
}
