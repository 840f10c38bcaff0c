import Testing
@testable import DossierCore

/// One test per detection rule: a sentence in, the exact names out.
@Suite struct PersonExtractorTests {
    private func names(_ text: String, title: String = "", authors: [String] = [], contributors: [String] = []) -> [String] {
        let article = Article(title: title, authors: authors, contributors: contributors, source: "t",
                              blocks: [.paragraph(text, line: 1)])
        return PersonExtractor().extract(from: article).people.map(\.name)
    }

    private func roles(_ text: String) -> [String?] {
        PersonExtractor().extract(from: Article(source: "t", blocks: [.paragraph(text, line: 1)])).people.map(\.role)
    }

    @Test(arguments: [
        ("Le président français Emmanuel Macron a parlé.", ["Emmanuel Macron"]),
        ("Yaël Braun-Pivet et Jean-Noël Barrot étaient là.", ["Yaël Braun-Pivet", "Jean-Noël Barrot"]),
        ("La présidente Ursula von der Leyen est arrivée.", ["Ursula von der Leyen"]),
        ("Crown Prince Mohammed bin Salman called Abdel Fattah al-Sisi.", ["Mohammed bin Salman", "Abdel Fattah al-Sisi"]),
        ("Les dirigeants comme l'Italienne Giorgia Meloni et le Canadien Mark Carney.", ["Giorgia Meloni", "Mark Carney"]),
        ("Zelenskyy's plan was backed by Recep Tayyip Erdogan.", ["Zelenskyy", "Recep Tayyip Erdogan"]),
    ])
    func fullNames(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test func familyNameAloneFollowsTheFullNameOfTheClip() {
        #expect(names("Gérard Larcher a parlé. Larcher a ensuite quitté la salle.") == ["Gérard Larcher", "Larcher"])
    }

    @Test(arguments: [
        ("Avec mon homologue le général Knighton et le général 🇺🇦 Hnatov.", ["Knighton", "Hnatov"]),
        ("M. Dupontel a été reçu par Mme Castagnet.", ["Dupontel", "Castagnet"]),
        ("Kowalczyk said the deal was close.", ["Kowalczyk"]),
    ])
    func familyNameAloneWithTitleOrSpeechVerb(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test(arguments: [
        "La Coalition des volontaires se réunit à Paris avec la Maison Blanche et le Kremlin.",
        "Selon Anadolu Agency et Al Jazeera, l'Otan et l'Union européenne soutiennent Kiev.",
        "Mardi, Moscou a déclaré que Washington mentait. Jeudi, Genève accueillera les pourparlers.",
        "Plusieurs pays. Cependant rien ne bouge à Zaporijjia ni à Grabovské.",
        "Les Occidentaux disent penser que la Floride et l'Alaska comptent.",
        "Leave a Reply Your email address will not be published. Required fields are marked",
    ])
    func notPeople(_ text: String) {
        #expect(names(text) == [])
    }

    @Test func titleCaseHeadlineNamesOnlyThePeople() {
        let found = names("", title: "France's Macron Says He Discussed Ukraine With NATO Head Rutte")
        #expect(found == ["Macron", "Rutte"])
    }

    @Test func bylinesAndCreditsAreNeverPeople() {
        let text = "Emmanuel Macron a parlé."
        let article = Article(authors: ["John Irish"], contributors: ["Andrew Gray"], source: "t", blocks: [
            .paragraph(text, line: 1),
            .paragraph("(John Irish, avec la contribution d'Andrew Gray à Bruxelles)", line: 2),
            .paragraph("Andrew Gray a dit merci.", line: 3),
        ])
        #expect(PersonExtractor().extract(from: article).people.map(\.name) == ["Emmanuel Macron"])
    }

    @Test func titleMentionsUseBlockMinusOne() {
        let article = Article(title: "Emmanuel Macron reçoit", source: "t", blocks: [.paragraph("Macron parle.", line: 2)])
        #expect(PersonExtractor().extract(from: article).people.map(\.blockIndex) == [-1, 0])
    }

    @Test(arguments: [
        ("Le chancelier allemand Friedrich Merz arrive.", "chancelier allemand"),
        ("Mark Rutte, secrétaire général de l'Otan, a dit non.", "secrétaire général de l'Otan"),
        ("Le secrétaire d'État américain Marco Rubio arrive.", "secrétaire d'État américain"),
        ("US envoy Steve Witkoff flew in.", "US envoy"),
        ("NATO Secretary General Mark Rutte spoke.", "NATO Secretary General"),
        ("Mark Rutte, the NATO chief, spoke.", "NATO chief"),
        ("Le président du Sénat Gérard Larcher arrive.", "président du Sénat"),
    ])
    func rolePhrases(_ text: String, _ role: String) {
        #expect(roles(text) == [role])
    }

    @Test func adviserOfAPersonIsNotTheirRole() {
        #expect(roles("Un conseiller d'Emmanuel Macron a parlé.") == [nil])
    }

    @Test func listItemsAreNotAppositionRoles() {
        #expect(roles("Les présidents Macron et Zelensky, le Premier ministre britannique Keir Starmer.")
            == ["présidents", nil, "Premier ministre britannique"])
    }
}
