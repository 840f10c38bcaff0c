/// Words of institutions, groups, agencies, outlets and buildings, accent-folded:
/// "Coalition", "Union", "Maison", "Reuters", "Al Jazeera". Never part of a name.
enum InstitutionWords {
    static let all: Set<String> = Set(raw.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextFolding.fold($0) })

    private static let raw = """
    coalition union maison blanche white house otan nato onu un ue eu g7 g20 conseil council commission parlement parliament congres congress senat senate assemblee assembly chambre chamber cour court tribunal gouvernement government ministere ministry departement department agence agency armee army forces force marine navy air garde guard etat-major office bureau cabinet presidence presidency palais palace ambassade embassy banque bank fonds fund organisation organization alliance pacte pact traite treaty accord accords sommet summit conference forum groupe group parti party front mouvement movement brigade bataillon division corps
    republique republic royaume kingdom empire federation federal national nationale nationales europeenne europeen european internationale international unies united nations nations etats states state etat
    getty images shutterstock epa sipa abaca afp reuters ap bloomberg anadolu jazeera al-jazeera cnn bbc nbc cbs abc fox msnbc politico axios tass ria novosti interfax ukrinform kyodo xinhua dpa ansa efe yonhap belga france24 euronews guardian times post journal monde figaro liberation echos parisien ouest-france huffpost mediapart lci bfmtv tf1 rfi franceinfo radio tele tv press presse news monde diplomatique spiegel bild zeit welt handelsblatt corriere repubblica pais nytimes wsj telegraph independent economist express mirror sun observer herald tribune gazette courrier nouvel obs point marianne
    x twitter facebook instagram telegram tiktok youtube truth social linkedin google apple microsoft meta openai amazon tesla spacex starlink
    democrats democratic democrates democrate republicans republicain republicains socialists socialistes conservatives conservateurs labour travaillistes greens verts renaissance insoumis
    volontaires willing coalition-of-the-willing ukrainiens
    ukrenergo naftogaz gazprom rosatom wagner hamas hezbollah houthis taliban isis daech
    eglise church cathedrale cathedral universite university institut institute centre center fondation foundation ecole school hopital hospital
    rue street avenue boulevard place square pont bridge port airport aeroport gare station hill beach park parc island ile lac lake mont mount mer sea ocean golfe gulf canal baie bay
    centrale plant usine
    """
}
