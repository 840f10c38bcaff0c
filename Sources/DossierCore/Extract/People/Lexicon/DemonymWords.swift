/// Nationalities in French (all genders and numbers) and English, accent-folded:
/// "l'Italienne Giorgia Meloni" is Giorgia Meloni, and "Ukrainian" is nobody.
enum DemonymWords {
    static let all: Set<String> = {
        var set = Set<String>()
        for stem in raw.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let word = TextFolding.fold(stem)
            set.insert(word)
            set.insert(word + "s")
            if word.hasSuffix("ien") || word.hasSuffix("en") { set.insert(word + "ne"); set.insert(word + "nes") }
            else if !word.hasSuffix("e") { set.insert(word + "e"); set.insert(word + "es") }
        }
        set.formUnion(["occidentaux", "orientaux", "allies", "europeens", "americains", "russes", "ukrainiens"])
        return set
    }()

    private static let raw = """
    français anglais britannique allemand italien espagnol portugais belge néerlandais suisse autrichien polonais tchèque slovaque hongrois roumain bulgare grec chypriote maltais croate slovène serbe bosnien albanais macédonien kosovar moldave ukrainien russe biélorusse lituanien letton estonien finlandais suédois norvégien danois islandais turc géorgien arménien azerbaïdjanais kazakh
    irlandais écossais gallois luxembourgeois monténégrin ouzbek vietnamien thaïlandais indonésien philippin singapourien malaisien péruvien nord-irlandais
    européen américain canadien mexicain brésilien argentin chilien colombien vénézuélien cubain australien néo-zélandais chinois japonais coréen indien pakistanais afghan iranien irakien syrien libanais israélien palestinien jordanien égyptien libyen tunisien algérien marocain saoudien qatari émirati koweïtien yéménite soudanais éthiopien nigérian nigérien malien tchadien sénégalais kényan sud-africain africain asiatique occidental oriental atlantique euro-atlantique transatlantique nord-américain sud-coréen nord-coréen taïwanais
    french english british german italian spanish portuguese belgian dutch swiss austrian polish czech slovak hungarian romanian bulgarian greek cypriot maltese croatian slovenian serbian bosnian albanian macedonian moldovan ukrainian russian belarusian lithuanian latvian estonian finnish swedish norwegian danish icelandic turkish georgian armenian azerbaijani kazakh european american canadian mexican brazilian argentine chilean colombian venezuelan cuban australian chinese japanese korean indian pakistani afghan iranian iraqi syrian lebanese israeli palestinian jordanian egyptian libyan tunisian algerian moroccan saudi qatari emirati kuwaiti yemeni sudanese ethiopian nigerian malian chadian senegalese kenyan african asian western eastern irish scottish welsh scots luxembourgish montenegrin uzbek slovene kosovan vietnamese thai indonesian filipino singaporean malaysian peruvian nordic baltic kremlin-backed pro-russian pro-russe
    """
}
