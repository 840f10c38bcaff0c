import Testing
@testable import DossierCore

/// Publication on Tuesday 2026-01-06.
@Suite struct WeekdayTests {
    @Test(arguments: [
        ("Jeudi, Emmanuel Macron recevra les présidents des partis.", "2026-01-08|Jeudi"),
        ("« Nous avons réussi », a dit lundi un conseiller.", "2026-01-05|lundi"),
        ("Des frappes russes ont touché lundi une clinique à Kiev.", "2026-01-05|lundi"),
        ("Le sommet de ce mardi rassemblera 35 pays.", "2026-01-06|ce mardi"),
        ("Mardi, les dirigeants doivent s'engager sur un texte.", "2026-01-06|Mardi"),
        ("Il s'est entretenu vendredi dernier avec Donald Trump.", "2026-01-02|vendredi dernier"),
        ("Il verra lundi prochain le chancelier.", "2026-01-12|lundi prochain"),
        ("Le cessez-le-feu pourrait entrer en vigueur dimanche à 13H00 GMT.", "2026-01-11|dimanche"),
        ("La réunion va rassembler jeudi les chefs d'état-major.", "2026-01-08|jeudi"),
    ])
    func frenchWeekdays(_ text: String, _ expected: String) {
        #expect(DateTestSupport.events(text, published: "2026-01-06") == [expected])
    }

    @Test(arguments: [
        ("Macron said on Monday that talks were progressing.", "2026-01-05|on Monday"),
        ("Leaders will meet on Thursday in Paris.", "2026-01-08|on Thursday"),
        ("The coalition is due to approve a plan on Friday.", "2026-01-09|on Friday"),
        ("Zelensky met Trump last Sunday.", "2026-01-04|last Sunday"),
        ("Rubio is set to visit next Thursday.", "2026-01-08|next Thursday"),
    ])
    func englishWeekdays(_ text: String, _ expected: String) {
        #expect(DateTestSupport.events(text, published: "2026-01-06", lang: "en") == [expected])
    }

    @Test func bareWeekdayOfAnUndatedClipIsLeftOut() {
        #expect(DateTestSupport.events("Le sommet de ce mardi rassemblera 35 pays.") == [])
    }
}
