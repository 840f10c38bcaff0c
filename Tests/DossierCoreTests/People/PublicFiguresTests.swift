import Testing
@testable import DossierCore

/// The public figures of the story, written as French copy names them, are all found and merged.
@Suite struct PublicFiguresTests {
    static let clip = """
    Le ministre ukrainien des Affaires étrangères Andriï Sybiha a salué l'accord. Kaja Kallas, cheffe de la diplomatie européenne, était présente. Rustem Umerov a mené la délégation ukrainienne à Genève avec Andriy Yermak. Le porte-parole du Kremlin Dmitri Peskov a démenti. Sergueï Lavrov a rencontré Marco Rubio. Iouri Ouchakov, conseiller diplomatique de Vladimir Poutine, a participé. L'émissaire Kirill Dmitriev est arrivé à Miami. Recep Tayyip Erdogan a proposé Istanbul. Ursula von der Leyen et Antonio Costa ont publié un communiqué. La Première ministre danoise Mette Frederiksen, le président finlandais Alexander Stubb et le Premier ministre polonais Donald Tusk étaient à Paris. Le chef d'état-major Thierry Burkhard a parlé. Pete Hegseth, secrétaire américain à la Défense, a dit que les États-Unis aideraient. Le vice-président JD Vance a critiqué l'Europe. Keith Kellogg est attendu à Kiev. Friedrich Merz a reçu Emmanuel Macron. Jean-Noël Barrot a dit que la France était prête. Sébastien Lecornu a confirmé. Hakan Fidan a accueilli les négociateurs. Mohammed ben Salmane a reçu Steve Witkoff à Riyad. Le président polonais Karol Nawrocki a appelé Volodymyr Zelensky. Dan Driscoll, secrétaire à l'Armée de terre, a présenté le plan. Mark Rutte a salué les travaux. Giorgia Meloni a appelé Olaf Scholz. Le général Fabien Mandon a été nommé. Rafael Grossi, directeur de l'AIEA, s'est rendu à Zaporijjia.
    """

    @Test func everyPublicFigureIsFoundAndNoOneElse() {
        let article = Article(title: "Les dirigeants réunis", source: "seeds/a.txt", blocks: [.paragraph(Self.clip, line: 1)])
        let entry = DossierArticle(id: "a", article: article, mentions: ArticleMentions(people: PersonExtractor().extract(from: article).people))
        let names = PersonLinker().link([entry]).people.map(\.name).sorted()
        #expect(names == [
            "Alexander Stubb", "Andriy Yermak", "Andriï Sybiha", "Antonio Costa", "Dan Driscoll", "Dmitri Peskov", "Donald Tusk",
            "Emmanuel Macron", "Fabien Mandon", "Friedrich Merz", "Giorgia Meloni", "Hakan Fidan", "Iouri Ouchakov", "JD Vance",
            "Jean-Noël Barrot", "Kaja Kallas", "Karol Nawrocki", "Keith Kellogg", "Kirill Dmitriev", "Marco Rubio", "Mark Rutte",
            "Mette Frederiksen", "Mohammed ben Salmane", "Olaf Scholz", "Pete Hegseth", "Rafael Grossi", "Recep Tayyip Erdogan",
            "Rustem Umerov", "Sergueï Lavrov", "Steve Witkoff", "Sébastien Lecornu", "Thierry Burkhard", "Ursula von der Leyen",
            "Vladimir Poutine", "Volodymyr Zelensky",
        ])
    }
}
