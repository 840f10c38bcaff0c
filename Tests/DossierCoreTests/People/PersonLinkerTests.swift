import Testing
@testable import DossierCore

/// The linker's merging rules: mentions in, exact people out.
@Suite struct PersonLinkerTests {
    private func article(_ id: String, lang: String = "fr", _ names: [String], role: String? = nil) -> DossierArticle {
        let mentions = names.map { PersonMention(name: $0, role: role, blockIndex: 0, sentence: $0 + " parle.") }
        return DossierArticle(id: id, article: Article(source: id, lang: lang), mentions: ArticleMentions(people: mentions))
    }

    @Test func variantsMergeAndTheFullestMostUsedSpellingWins() {
        let (people, perArticle) = PersonLinker().link([
            article("a", ["Volodymyr Zelensky", "Zelensky"]),
            article("b", ["Volodimir Zelensky"]),
            article("c", lang: "en", ["Volodymyr Zelenskyy", "Wolodymyr Selenskyj"]),
            article("d", ["Volodymyr Zelensky"]),
        ])
        let z = people.first { $0.id == "volodymyr-zelensky" }
        #expect(z?.aliases == ["Volodimir Zelensky", "Volodymyr Zelenskyy", "Zelensky"])
        #expect(z?.articles == ["a", "b", "c", "d"])
        #expect(perArticle.map(\.count) == [1, 1, 2, 1])
    }

    @Test func putinAndPoutineAreOnePersonInTheDossierLanguage() {
        let (people, _) = PersonLinker(language: "fr").link([
            article("a", lang: "en", ["Vladimir Putin", "Putin"]),
            article("b", ["Vladimir Poutine"]),
            article("c", ["Poutine"]),
        ])
        #expect(people.map(\.name) == ["Vladimir Poutine"])
        #expect(people.first?.aliases == ["Poutine", "Putin", "Vladimir Putin"])
    }

    @Test func accentedSpellingWinsOverStrippedOne() {
        let (people, _) = PersonLinker().link([article("a", ["Gerard Larcher"]), article("b", ["Gérard Larcher"]), article("c", ["Gerard Larcher"])])
        #expect(people.map(\.name) == ["Gérard Larcher"])
        #expect(people.first?.aliases == ["Gerard Larcher"])
    }

    @Test func twoPeopleSharingAFamilyNameStayTwo() {
        let (people, perArticle) = PersonLinker().link([
            article("a", lang: "en", ["Boris Johnson", "Johnson"]),
            article("b", lang: "en", ["Mike Johnson", "Johnson"]),
            article("c", lang: "en", ["Johnson"]),
        ])
        #expect(people.map(\.id) == ["boris-johnson", "mike-johnson"])
        #expect(perArticle == [["boris-johnson"], ["mike-johnson"], []])
    }

    @Test func familyNameAloneGoesToTheOnlyFullNameInTheDossier() {
        let (_, perArticle) = PersonLinker().link([article("a", ["Trump"]), article("b", ["Donald Trump"])])
        #expect(perArticle == [["donald-trump"], ["donald-trump"]])
    }

    @Test func familyNameNeverGivenInFullIsStillAPerson() {
        let (people, _) = PersonLinker().link([article("a", ["Knighton"], role: "général")])
        #expect(people.map(\.name) == ["Knighton"])
        #expect(people.first?.role == "général")
    }

    @Test func peopleSortByArticleCountThenName() {
        let (people, perArticle) = PersonLinker().link([
            article("a", ["Mark Rutte", "Keir Starmer"]),
            article("b", ["Keir Starmer", "Giorgia Meloni"]),
        ])
        #expect(people.map(\.id) == ["keir-starmer", "giorgia-meloni", "mark-rutte"])
        #expect(perArticle == [["mark-rutte", "keir-starmer"], ["keir-starmer", "giorgia-meloni"]])
    }

    @Test func correctionsSetNameRoleWikidataAndDropNotPeople() {
        let corrections = Corrections(
            people: ["Volodymyr Zelensky": .init(aliases: ["Zelenskyj"], role: "président ukrainien", wikidata: "Q3881")],
            notPeople: ["Grand Palais"])
        let (people, _) = PersonLinker(corrections: corrections).link([article("a", ["Volodimir Zelensky", "Grand Palais"])])
        #expect(people.map(\.name) == ["Volodymyr Zelensky"])
        #expect(people.first?.wikidata == "Q3881")
        #expect(people.first?.role == "président ukrainien")
    }

    @Test func quotesAndFirstBodyMentionAreCited() {
        var a = article("a", ["Emmanuel Macron"])
        a.article.blocks = [.paragraph("« Nous sommes prêts à agir », a dit Emmanuel Macron.", line: 1)]
        a.mentions.people.insert(PersonMention(name: "Macron", blockIndex: -1, sentence: "Macron à Paris"), at: 0)
        a.mentions.quotes = [Quote(text: "Nous sommes prêts à agir", speaker: "Emmanuel Macron", blockIndex: 0)]
        let (people, _) = PersonLinker().link([a])
        #expect(people.first?.mentions.map(\.blockIndex) == [0])
        #expect(people.first?.quotes.map(\.citation.sentence) == ["« Nous sommes prêts à agir », a dit Emmanuel Macron."])
    }
}
