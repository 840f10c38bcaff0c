/// Site chrome and comment-form junk, French and English, in one list easy to extend.
///
/// Patterns are written plainly; they are matched on folded word tokens, so case, accents,
/// apostrophes and punctuation do not matter ("Votre adresse e-mail" = "votre adresse e mail").
/// `#` stands for any number.
enum JunkPatterns {
    /// Lines dropped when they are exactly one of these.
    static let wholeLines: [String] = [
        "menu", "accueil", "home", "rechercher", "recherche", "search", "se connecter", "connexion",
        "sign in", "log in", "login", "s'abonner", "abonnez-vous", "subscribe", "newsletter", "newsletters",
        "partager", "share", "save", "enregistrer", "sauvegarder", "donate", "faire un don", "imprimer", "print", "publicité", "advertisement", "advertising", "sponsored",
        "contenu sponsorisé", "sponsored content", "fermer", "close", "retour", "back to top", "haut de page",
        "lire la suite", "read more", "voir plus", "en savoir plus", "commenter", "commentaires", "comments",
        "réagir", "suivre", "follow", "s'inscrire", "sign up", "register", "mon compte", "my account",
        "télécharger l'appli", "télécharger l'application", "download the app", "skip to content",
        "skip to main content", "aller au contenu", "aller au contenu principal", "passer au contenu",
        "tweet", "facebook", "twitter", "linkedin", "whatsapp", "email", "e-mail", "copier le lien",
        "copy link", "x", "en direct", "direct", "live", "écouter", "listen", "related", "à la une",
        "# min de lecture", "# min read", "# minutes de lecture", "temps de lecture # min", "lecture # min",
        "sommaire", "contents", "table of contents", "mots-clés", "tags", "voir les commentaires",
        "offrir cet article", "gift this article", "ajouter à mes favoris", "save", "sauvegarder",
    ]

    /// Lines dropped when they start with one of these.
    static let linePrefixes: [String] = [
        "leave a reply", "leave a comment", "laisser un commentaire", "laissez un commentaire",
        "votre adresse e-mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée",
        "your email address will not be published", "les champs obligatoires sont indiqués",
        "required fields are marked", "partager sur", "share on", "partager l'article", "partagez l'article", "share this article", "share this", "partager cet article",
        "partagez cet article", "abonnez-vous à", "inscrivez-vous à notre newsletter", "subscribe to our",
        "sign up for our", "cet article vous a été utile", "was this article helpful", "all rights reserved",
        "tous droits réservés", "lire aussi", "à lire aussi", "a lire également", "read also", "read more:",
        "voir aussi", "sur le même sujet", "related articles", "related stories", "related content",
        "nous utilisons des cookies", "ce site utilise des cookies", "we use cookies",
        "this website uses cookies", "this site uses cookies", "accepter les cookies", "accept cookies",
        "tout accepter", "accept all", "gérer les cookies", "manage cookies", "paramétrer les cookies",
        "continuer sans accepter", "cet article est réservé aux abonnés", "il vous reste # de l'article",
        "already a subscriber", "déjà abonné", "vous avez aimé cet article", "recevez notre newsletter",
        "get our newsletter", "follow us on", "suivez-nous sur", "retrouvez-nous sur", "copyright",
        "écouter cet article", "listen to this article", "story continues below", "article continues below",
        "la suite après cette publicité", "la suite après la publicité", "cliquez ici", "click here",
        "télécharger l'appli", "download our app", "l'article continue ci-dessous", "publicité",
        "advertisement", "pour ne rien manquer", "publié aujourd'hui", "publié hier", "mis à jour aujourd'hui",
        "temps de lecture", "offrir l'article", "lire plus tard", "article réservé aux abonnés", "réservé aux abonnés",
        "this article is more than", "sign up to", "get the latest", "reuse this content", "most read", "les plus lus",
        "sur le même thème", "découvrir", "ajouter à vos sujets", "suivre ce sujet", "add to myft", "ne manquez rien", "notifications", "activer les notifications",
        "voir cette publication sur instagram", "view this post on instagram", "afficher cette publication sur instagram",
        "watch on youtube", "regarder sur youtube", "cliquez pour afficher", "this content is not available",
    ]

    /// Lines about the page rather than the story, dropped when they start with one of these
    /// and are no longer than `notesLimit` characters: editor's notes and corrections, appeals
    /// for members, donations and subscriptions, newsletter sign-ups, cookie banners.
    static let pageNotes: [String] = [
        "editor's note", "editors' note", "editors note", "note to editors", "note de la rédaction", "ndlr",
        "note de l'éditeur", "note de l'auteur", "an earlier version of this article", "an earlier version of this story",
        "this article was amended", "this article has been amended", "this article was updated", "this article has been updated",
        "this story was updated", "this story has been updated", "this article was originally published", "this story was originally published",
        "cet article a été mis à jour", "cet article a été modifié", "cet article a été actualisé", "cet article a été initialement publié",
        "une version précédente de cet article", "une précédente version de cet article",
        "this article first appeared", "this story first appeared", "a version of this article", "a version of this story",
        "this article is part of", "this story is part of", "cet article est paru", "cet article a été publié", "cet article fait partie",
        "une version de cet article", "write to", "contact the author", "contact the reporter", "email the author", "contacter l'auteur",
        "support independent journalism", "support our journalism", "support quality journalism", "support the guardian",
        "support our work", "please consider supporting", "we have a small favour to ask", "if you value our journalism",
        "if you appreciate our journalism", "our journalism relies on", "become a member", "become a supporter", "become a subscriber",
        "donate now", "donate today", "make a donation", "make a contribution", "subscribe now", "subscribe today", "subscribe for",
        "start your free trial", "already a member", "get unlimited access", "unlock unlimited access", "you have read # free articles",
        "you've read # of", "you have read # of", "enter your email", "by signing up", "by subscribing", "newsletter", "our newsletter",
        "soutenez une rédaction", "soutenez une information", "soutenez le journalisme", "soutenez notre journalisme", "soutenez notre rédaction",
        "soutenez notre travail", "soutenez-nous", "soutenez l'information", "soutenir notre rédaction", "faites un don", "je fais un don",
        "faire un don", "abonnez-vous pour", "abonnez-vous dès", "abonnez-vous maintenant", "devenez membre", "devenez abonné",
        "rejoignez nos abonnés", "vous avez lu # articles", "il vous reste # articles", "essai gratuit", "inscrivez-vous", "recevez gratuitement",
        "en vous inscrivant", "votre adresse e-mail", "la newsletter", "notre newsletter", "by continuing to browse", "by continuing to use this site",
        "en poursuivant votre navigation", "en continuant à naviguer", "cookie settings", "cookie preferences", "manage your cookie",
        "paramètres des cookies", "gérer mes préférences", "privacy policy", "politique de confidentialité",
    ]

    /// Words of a cookie banner's buttons (folded); see `JunkFilter.isCookieBanner`.
    static let consentButtons: Set<String> = [
        "accepter", "refuser", "parametrer", "personnaliser", "continuer",
        "accept", "reject", "decline", "customise", "customize", "agree",
    ]

    /// Page notes longer than this are taken for text: a clip pasted as one line is not dropped whole.
    static let notesLimit = 700

    /// Words that date a page relative to now, alone on a line: "Updated 2 hours ago",
    /// "Published 35 mins ago", "Mis à jour il y a 3 heures", "Updated 14:32 GMT".
    static let stampLeads: Set<String> = [
        "updated", "published", "posted", "last", "first", "modified", "mis", "a", "jour", "publie", "publiee", "modifie",
        "actualise", "maj", "le", "at", "on",
    ]
    static let stampUnits: Set<String> = [
        "second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins", "mn", "hour", "hours", "hr", "hrs", "h",
        "day", "days", "week", "weeks", "month", "months", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois",
    ]
    /// Words of a clock time after an update word: "14 32 GMT", "2 30 pm".
    static let stampTimeWords: Set<String> = ["gmt", "utc", "cet", "cest", "bst", "et", "est", "edt", "pt", "am", "pm", "h", "heure", "heures", "local", "time"]

    /// Labels that announce links to other articles: alone on a line, they and the headline
    /// under them are dropped; at the end of the clip, they and the short lines after them.
    static let relatedLabels: [String] = [
        "lire aussi", "à lire aussi", "a lire également", "lire également", "voir aussi", "sur le même sujet",
        "sur le même thème", "read more", "read also", "see also", "related", "related topics", "related articles",
        "related stories", "more on this story", "more on this topic", "in this story", "topics", "sujets associés",
        "mots-clés", "tags", "les plus lus", "most read", "à découvrir", "à voir aussi", "nos articles sur le sujet",
        "read next", "what to read next", "up next", "also read", "recommended", "recommended for you", "recommended stories",
        "you may also like", "you might also like", "you may be interested in", "more from", "more stories", "more on this",
        "further reading", "keep reading", "most popular", "popular now", "trending", "trending now", "top stories", "latest stories",
        "editor's picks", "related coverage", "related news", "related links", "related posts", "more coverage",
        "dans la même rubrique", "vous aimerez aussi", "vous aimerez aussi lire", "vous pourriez aussi aimer", "vous aimerez peut-être aussi",
        "pour aller plus loin", "à lire également", "à voir également", "à écouter", "à écouter aussi", "notre sélection",
        "sélectionné pour vous", "nos autres articles", "à découvrir aussi", "les plus consultés", "les plus partagés",
        "articles associés", "articles liés", "contenus associés", "lire plus", "à lire", "à voir",
    ]

    /// Labels of a link to a video or a podcast, before a colon: "Watch: Meloni arrives at the Élysée".
    static let mediaLinkLabels: [String] = ["Watch:", "WATCH:", "Listen:", "LISTEN:", "Video:", "VIDEO:", "Regarder :", "Regarder:", "À écouter :", "Podcast :", "Podcast:", "Vidéo :", "VIDÉO :"]

    /// Prefixes that may also be glued to the end of a paragraph, after its last sentence.
    static let gluedTails: [String] = [
        "leave a reply", "leave a comment", "laisser un commentaire", "laissez un commentaire",
        "your email address will not be published", "votre adresse e-mail ne sera pas publiée",
        "all rights reserved", "tous droits réservés", "partager sur facebook", "share on facebook",
        "abonnez-vous à notre newsletter", "cet article vous a été utile", "was this article helpful",
        "support independent journalism", "become a member", "soutenez une rédaction indépendante", "faites un don",
    ]

    /// Words of navigation menus and section labels; a line made of them is a menu.
    static let menuWords: Set<String> = [
        "accueil", "home", "monde", "world", "international", "europe", "france", "politique", "politics",
        "economie", "economy", "business", "societe", "culture", "sport", "sports", "sciences", "science",
        "tech", "technologie", "technology", "sante", "health", "environnement", "climat", "climate",
        "planete", "opinion", "opinions", "idees", "debats", "video", "videos", "podcast", "podcasts",
        "photos", "direct", "live", "news", "actualites", "actualite", "afrique", "africa", "asie", "asia",
        "ameriques", "americas", "moyen", "orient", "middle", "east", "us", "uk", "regions", "faits",
        "divers", "medias", "media", "jeux", "games", "newsletters", "newsletter", "menu", "rechercher",
        "search", "style", "travel", "voyage", "lifestyle", "weather", "meteo", "edition", "editions",
        "abonnes", "subscribers", "archives", "defense", "diplomatie", "la", "une", "a", "et", "&",
    ]
}
