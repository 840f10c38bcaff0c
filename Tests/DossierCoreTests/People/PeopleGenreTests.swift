import Testing
@testable import DossierCore

/// People in clips of the genre, French and English: office titles the name rules had not
/// heard of, family names alone that stand for someone named in full, lists of people,
/// and the words (nationalities, credits, page notes) that are never anybody.
@Suite struct PeopleGenreTests {
    private func names(_ blocks: [Block], title: String = "") -> [String] {
        PersonExtractor().extract(from: Article(title: title, source: "t", blocks: blocks)).people.map(\.name)
    }

    private func names(_ text: String) -> [String] { names([.paragraph(text, line: 1)]) }

    /// The people a dossier of raw clips names, each clip's people by their dossier name.
    private func dossierPeople(_ clips: [String]) -> [[String]] {
        let articles = clips.enumerated().map { i, text in
            let article = normalizedClip(text, path: "seeds/clip\(i).txt")
            let (people, quotes, possible) = PersonExtractor().extractAll(from: article)
            return DossierArticle(id: "clip-\(i)", article: article,
                                  mentions: ArticleMentions(people: people, quotes: quotes, possiblePeople: possible))
        }
        let (people, perArticle) = PersonLinker(language: "en").link(articles)
        let byID = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })
        return perArticle.map { $0.compactMap { byID[$0] } }
    }

    @Test(arguments: [
        ("Taoiseach Eoghan Ruadhán told reporters in Dublin that Ireland would help.", ["Eoghan Ruadhán"]),
        ("Le Taoiseach irlandais Eoghan Ruadhán a salué une rencontre utile.", ["Eoghan Ruadhán"]),
        ("Irish premier Micheál Martin said the meeting was useful.", ["Micheál Martin"]),
        ("Finnish President Alexander Stubb spoke in Helsinki.", ["Alexander Stubb"]),
        ("Le chancelier Friedrich Merz a accueilli les négociateurs.", ["Friedrich Merz"]),
        ("Son homologue slovaque Juraj Blanár a répondu par écrit.", ["Juraj Blanár"]),
        ("His Slovak counterpart Juraj Blanár did not reply.", ["Juraj Blanár"]),
        ("UN Secretary-General António Guterres called for calm.", ["António Guterres"]),
        ("President-elect Karol Nawrocki was not invited.", ["Karol Nawrocki"]),
        ("L'eurodéputée Raphaëlle Dumortier a dénoncé l'accord.", ["Raphaëlle Dumortier"]),
    ])
    func officeTitlesVouchForTheName(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test(arguments: [
        ("Norwegian Prime Minister Jonas Gahr Støre welcomed them. Støre said the talks would go on.", ["Jonas Gahr Støre", "Støre"]),
        ("Le président mexicain Andrés Manuel López Obrador a parlé.", ["Andrés Manuel López Obrador"]),
        ("Donald Trump Jr. said nothing.", ["Donald Trump"]),
        ("Donald Trump Jr said nothing.", ["Donald Trump"]),
    ])
    func twoFamilyNames(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test func namesOpeningTheItemsOfAListOfPeople() {
        let list = Block.list(["Hrvoje Kapetan, conseiller diplomatique du Premier ministre croate ;",
                               "Emmanuel Bonne, conseiller diplomatique de l'Élysée ;",
                               "Jonathan Powell, conseiller à la sécurité nationale britannique."], line: 2)
        #expect(names([.paragraph("Plusieurs conseillers accompagnaient les dirigeants :", line: 1), list])
            == ["Hrvoje Kapetan", "Emmanuel Bonne", "Jonathan Powell"])
        #expect(names("Plusieurs conseillers étaient là : – Hrvoje Kapetan, conseiller diplomatique du Premier ministre croate.")
            == ["Hrvoje Kapetan"])
    }

    @Test func aPairBeforeARoleInTheMiddleOfASentenceNeedsMore() {
        // Outside a list, two unknown capitalized words before a role are not enough.
        #expect(names("Les discussions de Porto Rico, conseiller du roi, ont échoué.").isEmpty)
    }

    @Test(arguments: [
        "Swiss officials met German, Ukrainian and Irish diplomats.",
        "Les Suisses, les Allemands et les Irlandais ont envoyé des observateurs ; un diplomate suisse a parlé.",
        "Getty Images",
        "AFP via Getty Images",
        "Reuters reported that the talks had stalled.",
        "Editor's note: This story has been updated with comments from the Finnish president.",
        "Editor's Note: the Kremlin's statement was published after this article.",
    ])
    func wordsThatAreNeverPeople(_ text: String) {
        #expect(names(text).isEmpty)
    }

    @Test func familyNamesAloneGoToThePersonTheDossierNamesInFull() {
        let people = dossierPeople([
            "Allies meet in Oslo\nRussian President Vladimir Putin and Ukrainian President Volodymyr Zelensky did not attend, Norwegian Prime Minister Jonas Gahr Støre said on Monday.",
            "Kremlin rejects the plan\nPutin told reporters the plan was unacceptable. Zelensky said Kyiv was ready to talk. Støre did not comment.",
            "Le Kremlin rejette le plan\nPoutine a jugé le plan « inacceptable ». Zelensky a répondu dans la soirée.",
        ])
        #expect(people[0].sorted() == ["Jonas Gahr Støre", "Vladimir Putin", "Volodymyr Zelensky"])
        #expect(people[1].sorted() == ["Jonas Gahr Støre", "Vladimir Putin", "Volodymyr Zelensky"])
        #expect(people[2].sorted() == ["Vladimir Putin", "Volodymyr Zelensky"])
    }

    @Test func aFamilyNameAloneThatTheDossierDoesNotNameInFullIsNobody() {
        let people = dossierPeople([
            "Allies meet in Oslo\nNorwegian Prime Minister Jonas Gahr Støre said on Monday that the talks would go on.",
            "Talks go on\nThe leaders met at the Hotel Bristol. Investors in Oslo Børs were calm. The talks went on in a Pavilion near the hall.",
            "Kremlin rejects the plan\nThe Kremlin said Grynko and Holm had not been invited.",
        ])
        #expect(people[1].isEmpty)
        #expect(people[2].isEmpty)
    }

    @Test func aFamilyNameTwoPeopleOfTheDossierShareIsNobodyAlone() {
        let people = dossierPeople([
            "Two Johnsons\nFormer Prime Minister Boris Johnson and Senator Ron Johnson spoke on Monday.",
            "Talks go on\nThe plan was backed by Johnson and by the Kremlin.",
        ])
        #expect(people[1].isEmpty)
    }

    @Test func pageFurnitureNamesNobody() {
        let people = dossierPeople([
            """
            Nordic and Irish leaders pledge to keep backing Kyiv
            Updated 2 hours ago
            Editor's note: This story has been updated with comments from the Finnish president.
            Finnish President Alexander Stubb said on Tuesday that Europe had to keep up its support for Ukraine, speaking alongside Taoiseach Micheál Martin.
            AFP via Getty Images
            Read more
            Starmer and Tusk agree on a new drone deal
            12 December 2025
            Swiss officials offered Geneva as a venue, a German diplomat said. Martin said Ireland would help with demining.
            Support independent journalism. Become a member today.
            """,
        ])
        #expect(people[0].sorted() == ["Alexander Stubb", "Micheál Martin"])
    }

    @Test func lettersWithAStrokeMeetTheirPlainSpelling() {
        let people = dossierPeople([
            "Poland will not send troops\nPolish Foreign Minister Radosław Sikorski said on Tuesday that Poland would not send troops. Danish Foreign Minister Lars Løkke Rasmussen agreed.",
            "Pologne : pas de troupes\nLe ministre polonais Radoslaw Sikorski a declare mercredi que la Pologne n enverrait pas de troupes. Lars Lokke Rasmussen a approuve.",
        ])
        #expect(people[0].sorted() == ["Lars Løkke Rasmussen", "Radosław Sikorski"])
        #expect(people[1].sorted() == ["Lars Løkke Rasmussen", "Radosław Sikorski"])
    }
}
