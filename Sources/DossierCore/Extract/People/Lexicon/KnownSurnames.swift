/// Family names of heads of state and government and other figures of international news
/// that name one person even when written alone ("Poutine", "Zelenskyy", "Erdogan"),
/// accent-folded and in their usual transliterations. Only names that are not also common
/// words or places belong here.
enum KnownSurnames {
    static let all: Set<String> = Set(raw.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextFolding.fold($0) })

    private static let raw = """
    macron trump poutine putin zelensky zelenskyy zelenskiy zelenski selenskyj selensky biden obama starmer merz scholz meloni sanchez sánchez tusk orban orbán fico erdogan erdoğan rutte stoltenberg carney trudeau albanese netanyahu netanyahou khamenei pezeshkian modi lula milei xi jinping kishida ishiba takaichi
    lavrov peskov ouchakov ushakov dmitriev medvedev choigou shoigu belooussov belousov guerassimov gerasimov nebenzia zakharova kadyrov lukashenko loukachenko prigojine prigozhin navalny
    yermak iermak umerov oumerov sybiha shmyhal chmyhal svyrydenko syrskyi syrsky zaloujny zaluzhny budanov boudanov klitschko kuleba podolyak podoliak fedorov
    witkoff kushner rubio vance hegseth waltz kellogg blinken sullivan driscoll grynkewich bessent lutnick gabbard
    barrot lecornu bayrou attal borne philippe larcher braun-pivet pen bardella melenchon mélenchon retailleau villepin hollande sarkozy chirac
    lammy healey reeves sunak johnson cameron
    wadephul pistorius baerbock steinmeier habeck
    tajani crosetto mattarella
    kallas metsola borrell lagarde
    stubb frederiksen kristersson nausėda nauseda karis rinkevics rinkēvičs sikorski nawrocki duda kosiniak-kamysz
    sandu grossi guterres tedros
    """
}
