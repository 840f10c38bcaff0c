import Testing
@testable import DossierCore

@Suite struct TimelineBuilderTests {
    private func article(_ id: String, _ events: [(String, String, Int)]) -> DossierArticle {
        let mentions = ArticleMentions(events: events.map { iso, sentence, block in
            let parts = iso.split(separator: "-").compactMap { Int($0) }
            let date = PartialDate(year: parts[0], month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
            return DatedEvent(date: date, expression: "", sentence: sentence, blockIndex: block)
        })
        return DossierArticle(id: id, article: Article(title: id, source: id + ".txt"), mentions: mentions)
    }

    @Test func sameEventFromTwoClipsAppearsOnceWithBothSources() {
        let a = article("a", [("2026-01-06", "Le sommet de la coalition des volontaires réunit 35 pays à Paris mardi.", 2)])
        let b = article("b", [("2026-01-06", "Leaders of the coalition gathered in Paris for the summit, with Zelensky.", 4)])
        let timeline = TimelineBuilder().build([a, b])
        #expect(timeline.count == 1)
        #expect(timeline.first?.articles == ["a", "b"])
        #expect(timeline.first?.label == "Le sommet de la coalition des volontaires réunit 35 pays à Paris mardi")
    }

    @Test func differentEventsOnOneDayStayApart() {
        let a = article("a", [("2026-01-05", "Des frappes russes ont touché une clinique à Kiev.", 1)])
        let b = article("b", [("2026-01-05", "Un conseiller de l'Elysée a parlé à la presse de reconvergence.", 1)])
        #expect(TimelineBuilder().build([a, b]).count == 2)
    }

    @Test func aClipsMentionsOfOneDateMakeOneEntryAndTheTimelineIsChronological() {
        let a = article("a", [
            ("2025-09-04", "Une trentaine de dirigeants participent jeudi à des discussions.", 0),
            ("2025-08-15", "Le sommet bilatéral organisé le 15 août en Alaska.", 3),
            ("2025-09-04", "L'objectif est d'envoyer jeudi un signal politique.", 5),
            ("2025", "La Russie a peu avancé en 2025.", 6),
        ])
        let timeline = TimelineBuilder().build([a])
        #expect(timeline.map(\.date.iso) == ["2025", "2025-08-15", "2025-09-04"])
        #expect(timeline.last?.sources.map(\.blockIndex) == [0, 5])
    }

    @Test func sameDayAtAnotherPrecisionIsAnotherEntry() {
        let a = article("a", [("2025-12", "Une rencontre à Berlin entre Zelensky et Trump.", 0)])
        let b = article("b", [("2025-12-14", "Une rencontre à Berlin entre Zelensky et Trump.", 0)])
        #expect(TimelineBuilder().build([a, b]).count == 2)
    }

    @Test func aWireDatelineIsNoPartOfTheLabel() {
        #expect(TimelineLabeler.label(sentence: "OSLO, March 3 (Reuters) - Norway's foreign minister met his Finnish counterpart on Monday.", expression: "on Monday")
            == "Norway's foreign minister met his Finnish counterpart on Monday")
        #expect(TimelineLabeler.label(sentence: "LYON (AFP) — Les ministres se sont retrouvés mardi à la préfecture.", expression: "mardi")
            == "Les ministres se sont retrouvés mardi à la préfecture")
        // A capitalized place before a parenthesis that is no agency stays.
        #expect(TimelineLabeler.label(sentence: "Le Fonds monétaire international (FMI) a prêté mardi 2 milliards.", expression: "mardi")
            == "Le Fonds monétaire international (FMI) a prêté mardi 2 milliards")
    }

    @Test func aShortOpeningPhraseKeepsTheClauseItLeadsTo() {
        let english = "After the ministers' dinner on Tuesday, the two delegations drafted a joint text on grain exports, shipping lanes, "
            + "insurance for vessels crossing the western corridor and inspections at the ports of Odesa and Constanta, officials said."
        let label = TimelineLabeler.label(sentence: english, expression: "on Tuesday")
        #expect(label.hasPrefix("After the ministers' dinner on Tuesday, the two delegations drafted"))
        #expect(label.hasSuffix("…"))
        #expect(label.count <= 160)
        let french = "Réunis mardi 7 octobre à Lisbonne, les ministres de l'Agriculture des Vingt-Sept ont adopté un texte sur les exportations "
            + "de céréales, les couloirs maritimes, l'assurance des navires et les contrôles dans les ports, selon la présidence."
        let frenchLabel = TimelineLabeler.label(sentence: french, expression: "mardi 7 octobre")
        #expect(frenchLabel.hasPrefix("Réunis mardi 7 octobre à Lisbonne, les ministres de l'Agriculture"))
        #expect(frenchLabel.count <= 160)
    }

    @Test func aClauseCutAfterADashKeepsItsSubject() {
        let sentence = "La ministre de la Défense — qui rentrait d'une tournée de dix jours dans les pays baltes, en Pologne et en Roumanie — "
            + "a signé jeudi à Varsovie un accord sur la production de munitions — un texte attendu depuis des mois par les industriels du secteur."
        let label = TimelineLabeler.label(sentence: sentence, expression: "jeudi")
        #expect(label.hasPrefix("La ministre de la Défense … a signé jeudi à Varsovie"))
        #expect(label.count <= TimelineLabeler.maxLength + 30)
    }

    @Test func longSentencesAreCutToTheClauseOfTheDate() {
        let sentence = "Selon un diplomate européen qui a requis l'anonymat en raison de la sensibilité du dossier ; "
            + "les chefs d'état-major se réuniront le 12 janvier à Londres pour arrêter les contributions de chaque pays ; "
            + "aucun calendrier n'a été fixé pour le déploiement de la force multinationale en Ukraine après un cessez-le-feu."
        let label = TimelineLabeler.label(sentence: sentence, expression: "12 janvier")
        #expect(label == "Les chefs d'état-major se réuniront le 12 janvier à Londres pour arrêter les contributions de chaque pays")
    }

    @Test func labelsLoseTheirDanglingPunctuationAndLeadingConjunction() {
        #expect(TimelineLabeler.label(sentence: "Mais le sommet a eu lieu mardi à Paris.", expression: "mardi")
            == "Le sommet a eu lieu mardi à Paris")
    }

    @Test func overlongClausesEndWithAnEllipsisOnAWord() {
        let sentence = String(repeating: "mot ", count: 60) + "mardi."
        let label = TimelineLabeler.label(sentence: sentence, expression: "mardi")
        #expect(label.count <= 160)
        #expect(label.hasSuffix("mot…"))
    }

    @Test func aClauseCutFromLaterInTheSentenceKeepsItsSubject() {
        let sentence = "Une note de synthèse transmise aux participants à la réunion de jeudi, que Reuters a pu consulter, "
            + "indique que les chefs d'état-major français et britannique vont effectuer un compte-rendu auprès des dirigeants "
            + "à la suite des discussions détaillées qu'ils ont menées la semaine dernière avec leurs homologues de la coalition."
        let label = TimelineLabeler.label(sentence: sentence, expression: "la semaine dernière")
        #expect(label.hasPrefix("Une note de synthèse"))
        #expect(label.contains(" … indique que"))
        #expect(label.count <= 160)
    }

    @Test func anOpeningParticipleKeepsTheClauseItLeadsTo() {
        let sentence = "S'exprimant au côté de Volodimir Zelensky mercredi à Paris, le président français Emmanuel Macron a déclaré "
            + "que la coalition des volontaires approuverait jeudi des projets de garanties sécuritaires mis sur pied par les chefs d'état-major."
        let label = TimelineLabeler.label(sentence: sentence, expression: "mercredi")
        #expect(label.contains("Emmanuel Macron"))
        #expect(label.hasSuffix("…"))
    }

    @Test func everyDatedMeetingHasItsEntry() {
        let citation = Citation(articleID: "a", blockIndex: 0, sentence: "Macron a reçu Zelensky à l'Élysée.")
        let meeting = Meeting(id: "m", title: "Rencontre", kind: .meeting, date: PartialDate(year: 2025, month: 9, day: 3), place: "Paris",
                              participants: ["macron"], articles: ["a"], mentions: [citation])
        let annotator = TimelineAnnotator(personIDs: [:], articles: [:], meetings: [meeting])
        let timeline = annotator.withMeetingEntries([])
        #expect(timeline.map(\.meeting) == ["m"])
        #expect(timeline.first?.label == "Macron a reçu Zelensky à l'Élysée")
    }
}
