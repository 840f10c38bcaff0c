import Testing
@testable import DossierCore

/// Publication on Thursday 2025-09-04.
@Suite struct RelativeDateTests {
    @Test(arguments: [
        ("Le Kremlin a répété hier sa position.", "2025-09-03|hier"),
        ("Macron reçoit aujourd'hui Zelensky.", "2025-09-04|aujourd'hui"),
        ("Les chefs d'état-major se retrouveront demain.", "2025-09-05|demain"),
        ("Le texte a été transmis avant-hier.", "2025-09-02|avant-hier"),
        ("Il avait reçu la veille Zelensky.", "2025-09-03|la veille"),
        ("Les discussions menées la semaine dernière.", "2025-08|la semaine dernière"),
        ("Ils se réuniront le mois prochain.", "2025-10|le mois prochain"),
        ("La coalition est née l'an dernier.", "2024|l'an dernier"),
        ("La coalition a été lancée il y a environ un an.", "2024|il y a environ un an"),
        ("Kiev a transmis il y a trois jours ses remarques.", "2025-09-01|il y a trois jours"),
        ("Officials said yesterday that talks stalled.", "2025-09-03|yesterday"),
        ("Talks began two years ago.", "2023|two years ago"),
    ])
    func relativeExpressions(_ text: String, _ expected: String) {
        let lang = text.hasPrefix("Officials") || text.hasPrefix("Talks") ? "en" : "fr"
        #expect(DateTestSupport.events(text, published: "2025-09-04", lang: lang) == [expected])
    }

    @Test func veilleAndLendemainCountFromTheDateJustBefore() {
        #expect(DateTestSupport.events("Le sommet du 15 août a eu lieu en Alaska ; le lendemain, Trump a appelé Zelensky.",
                                       published: "2025-09-04") == ["2025-08-15|15 août", "2025-08-16|le lendemain"])
    }

    @Test func veilleOfANamedEventIsLeftOut() {
        #expect(DateTestSupport.events("La veille du sommet, Macron a appelé Trump.", published: "2025-09-04") == [])
    }

    @Test func aWeekAcrossTwoMonthsIsLeftOut() {
        #expect(DateTestSupport.events("Les discussions de la semaine dernière.", published: "2026-01-06") == [])
    }

    @Test func aWeekCountedFromTheClipIsNoEvent() {
        // It resolves (above), but a week tells of a span of days, not of a happening's day.
        for (text, lang) in [("Les ministres se sont parlé la semaine dernière à Rome.", "fr"), ("Officials will travel to Rome later this week.", "en"),
                             ("Last week, the ministers spoke in Rome.", "en")] {
            let article = Article(date: SimpleDate(year: 2025, month: 10, day: 16), source: "t.txt", lang: lang, blocks: [.paragraph(text, line: 1)])
            #expect(DateTestSupport.eventExtractor.events(in: article).isEmpty, "\(text)")
        }
    }

    @Test func relativeDaysNeedAPublicationDate() {
        #expect(DateTestSupport.events("Le Kremlin a répété hier sa position.") == [])
    }
}

/// Seasons give the year they start in.
@Suite struct SeasonTests {
    @Test(arguments: [
        ("L'été dernier, Trump avait reçu Poutine.", "2026-01-05", "2025|L'été dernier"),
        ("Un accord est espéré au printemps prochain.", "2026-01-05", "2026|printemps prochain"),
        ("Cet hiver sera décisif.", "2026-01-05", "2025|Cet hiver"),
        ("L'hiver dernier a été rude.", "2026-01-05", "2024|L'hiver dernier"),
        ("L'été dernier, Trump avait reçu Poutine.", "2025-10-10", "2025|L'été dernier"),
        ("Talks resumed last summer.", "2026-01-05", "2025|last summer"),
    ])
    func seasons(_ text: String, _ published: String, _ expected: String) {
        #expect(DateTestSupport.events(text, published: published, lang: text.hasPrefix("Talks") ? "en" : "fr") == [expected])
    }

    @Test func dayPairsAreOneHappeningWithAnEnd() {
        #expect(DateTestSupport.events("Les sommets des 6 et 7 janvier 2026.") == ["2026-01-06|6 et 7 janvier 2026"])
        #expect(DateTestSupport.events("Talks in Berlin on December 14 and 15.", published: "2026-01-05", lang: "en")
            == ["2025-12-14|December 14 and 15"])
        #expect(DateTestSupport.events("Talks in Berlin on Dec. 14-15.", published: "2025-12-19", lang: "en") == ["2025-12-14|Dec. 14-15"])
        #expect(DateTestSupport.events("Au Conseil européen des 18 et 19 décembre.", published: "2025-12-15") == ["2025-12-18|18 et 19 décembre"])
        let article = Article(date: SimpleDate(year: 2025, month: 12, day: 19), source: "t.txt", lang: "en",
                              blocks: [.paragraph("Talks in Berlin on Dec. 14-15 ended without a deal.", line: 1)])
        #expect(DateTestSupport.eventExtractor.events(in: article).map { $0.end?.iso } == ["2025-12-15"])
    }
}
