/// The words of role phrases, accent-folded: heads that name a function ("président",
/// "chancellor", "envoy"), the modifiers that go with them, and honorifics ("M.", "Mme").
enum RoleWords {
    /// Nouns that name a public function; a capitalized word right after one is a person.
    static let heads: Set<String> = fold("""
    président présidente presidents présidents president presidents vice-président vice-presidente vice-president chancelier chancelière chanceliers chancellor ministre ministres minister ministers premier première premier-ministre pm secrétaire secretaire secrétaires secretary général generale générale general generals généraux émissaire émissaires emissaire envoy envoys envoyé envoyée envoyés conseiller conseillère conseillers adviser advisers advisor advisors chef cheffe chefs chief chiefs commandant commandante commander commanders porte-parole spokesman spokeswoman spokesperson ambassadeur ambassadrice ambassador dirigeant dirigeante dirigeants leader leaders roi king reine queen prince princesse princess sénateur sénatrice senator sen député députée deputy maire mayor gouverneur gouverneure governor gov négociateur négociatrice negotiator negotiators directeur directrice director patron patronne head haut-représentant haute-représentante représentant représentante representative rep attaché attachée amiral admiral colonel lieutenant maréchal marshal pape pope chairman chairwoman chair commissaire commissioner juge judge procureur procureure prosecutor analyste analyst expert experte chercheur chercheuse researcher professeur professeure professor historien historienne historian politologue économiste economist journaliste journalist correspondant correspondent cheikh sheikh émir emir ayatollah sultan tsar monarque monarch vice-premier vice-chancelier speaker officier officer capitaine captain sergent sergeant major-général lieutenant-général brigadier-général général-major patriarche patriarch cardinal évêque bishop imam rabbin rabbi avocat avocate lawyer attorney fondateur founder pdg ceo opposant opposante dissident activiste activist militant
    taoiseach tánaiste tanaiste premiers homologue homologues counterpart counterparts médiateur médiatrice mediator official
    secretary-general secrétaire-général vice-chancellor vice-chancelière président-élu présidente-élue president-elect commander-in-chief chef-adjoint vice-premier-ministre
    eurodéputé eurodéputée eurodéputés mep mp lawmaker lawmakers legislator congressman congresswoman candidat candidate nominee coordinateur coordinatrice coordinator
    dictateur dictator autocrate autocrat oligarque oligarch milliardaire billionaire magnat tycoon businessman entrepreneur homme-fort strongman
    editor editors éditeur éditrice rédacteur rédactrice chroniqueur chroniqueuse columnist reporter reporters photographe photographer
    """)

    /// Honorifics and abbreviated titles: "M. Macron", "Mme Meloni", "Mr Starmer", "Gen. Grynkewich".
    static let honorifics: Set<String> = fold("m mm mme mmes mlle mr mrs ms dr pr sir dame lord lady gen gén col lt sgt adm maj capt")

    /// Words that qualify a role: "spécial", "adjoint", "affaires étrangères", "Defence", "State".
    static let modifiers: Set<String> = fold("""
    prime vice crown héritier heritier ancien ancienne anciens former nouveau nouvelle new actuel actuelle current futur future élu élue elect intérim interim sortant sortante outgoing spécial spéciale special adjoint adjointe deputy principal principale senior haut haute top grand grande suprême supreme allié allied délégué déléguée
    affaires étrangères foreign étranger extérieur extérieures intérieur interior home défense defense defence armées armed forces force armée army armées économie economy économique finances finance trésor treasury justice santé health commerce trade énergie energy state état d'état diplomatie diplomatic diplomatique diplomacy sécurité security nationale national militaire military renseignement intelligence stratégie opérations operations parlement parliamentary parlementaire exécutif executive européenne européen européens européennes république republic fédéral federal gouvernement government cabinet staff chef-d'état-major état-major conjoint joint
    assemblée sénat senate chambre house commission conseil council otan nato ue eu onu un kremlin élysée maison blanche white pentagone pentagon coalition alliance union parti party
    """)

    /// Linking words inside a role phrase: "secrétaire général de l'OTAN", "Secretary of State".
    static let connectors: Set<String> = fold("de d' du des la l' le à au aux en pour of the for to at on in and et")

    /// Words before a name that end a role phrase without being part of it.
    static let determiners: Set<String> = fold("le la les l' un une son sa ses leur leurs notre nos votre mon ma mes ce cette the a an his her their its our this that")

    private static func fold(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextFolding.fold($0) })
    }
}
