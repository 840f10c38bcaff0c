/// French and English words that start sentences, headings and title-case headlines but
/// never a name ("Le", "Dans", "Selon", "The", "Says", "With"), accent-folded.
enum CommonWords {
    static let all: Set<String> = Set(raw.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    private static let raw = """
    a à au aux avec ce ces cet cette celui celle ceux chaque comme comment dans de des du donc dont elle elles en entre et il ils je la le les leur leurs lui mais moi mon ma mes ne ni nos notre nous on ou où par parmi pas pendant plus pour pourquoi puis quand que quel quelle quels quelles qui sa sans se selon ses si son sous sur ta te tes toi ton tous tout toute toutes tu un une vers vos votre vous y ici voici voilà alors ainsi aussi après avant depuis déjà encore enfin ensuite jamais lors malgré outre pourtant quoique tandis toutefois cependant néanmoins désormais face côté hier aujourd'hui demain mardi
    apres avant depuis deja encore malgre neanmoins desormais cote voila
    c'est ça cela ceci celui-ci celle-ci là-bas oui non certes
    the a an and or but if of in on at to for from by with without within about above after against along among around as before behind below beneath beside between beyond during except inside into like near off onto out outside over past since through throughout till toward towards under until up upon via
    he she it they we you i me him her us them his its their our your my mine this that these those there here who whom whose which what when where why how all any both each every few many most much no none not nor other some such than then too very so yet just only also even still already again ever never now today yesterday tomorrow tonight
    is are was were be been being am has have had do does did will would shall should can could may might must
    says said say tells told adds added asks asked warns warned urges urged calls call meets meet met visits visit seeks hits slams vows backs plans plan talks talk deal deals peace war new old first last next top key more less after amid over
    discussed discusses discuss holds held hosts hosted welcomes welcomed rejects rejected signs signed agrees agreed offers offered announces announced pushes pushed sends sent wants wanted
    breaking live update updates latest exclusive analysis opinion editorial watch video photo photos read more share comment comments reply leave required email website name published updated posted advertisement sponsored subscribe newsletter related tags follow
    plan garanties garantie sécurité securite paix guerre accord sommet réunion reunion conférence conference coalition contexte déclaration declaration réactions reactions enjeux perspectives implications éléments elements objectif rôle role vers aucune aucun certains certaines plusieurs deux trois quatre cinq dix cent mille
    si lorsque puisque parce afin dès des dès lors tant autant moins très tres bien mal peu trop toujours souvent parfois
    cela celles ceux-ci mesdames messieurs madame monsieur
    yes ok okay please thanks thank jr sr
    maintenant desormais aujourd'hui certes bref voila ensemble tous toutes seul seule merci bravo attention
    """
}
