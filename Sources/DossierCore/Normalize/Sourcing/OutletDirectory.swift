/// News outlets and agencies a clip may come from, as their names appear in bylines, credits,
/// site menus, copyright lines and URLs. Language-neutral data: a new outlet is one line.
///
/// Names are matched on folded word tokens ("Le Monde.fr", "LE MONDE", "le monde" are one name);
/// domains are matched on the host of a URL line, with or without `www.`.
enum OutletDirectory {
    /// One outlet: the name `outlet` uses, the other ways clips write it, its web domains.
    struct Entry: Sendable {
        var name: String
        var isWire: Bool
        var aliases: [String]
        var domains: [String]
        /// A portal that republishes other outlets' copy (Yahoo, MSN): the copy's own outlet comes first.
        var isAggregator: Bool

        init(_ name: String, wire: Bool = false, aggregator: Bool = false, aliases: [String] = [], domains: [String] = []) {
            self.name = name
            self.isWire = wire
            self.isAggregator = aggregator
            self.aliases = aliases
            self.domains = domains
        }
    }

    static let entries: [Entry] = [
        // Agencies.
        Entry("AFP", wire: true, aliases: ["Agence France-Presse", "Agence France Presse", "AFP or licensors", "AFP ou ses concédants"], domains: ["afp.com"]),
        Entry("Reuters", wire: true, aliases: ["Thomson Reuters", "Reuters.com"], domains: ["reuters.com"]),
        Entry("Associated Press", wire: true, aliases: ["AP", "The Associated Press", "AP News"], domains: ["apnews.com", "ap.org"]),
        Entry("Bloomberg", wire: true, aliases: ["Bloomberg News"], domains: ["bloomberg.com"]),
        Entry("EFE", wire: true, aliases: ["Agencia EFE"], domains: ["efe.com"]),
        Entry("dpa", wire: true, aliases: ["Deutsche Presse-Agentur"], domains: ["dpa.com"]),
        Entry("ANSA", wire: true, domains: ["ansa.it"]),
        Entry("Belga", wire: true, domains: ["belga.be"]),
        Entry("Anadolu", wire: true, aliases: ["Anadolu Agency", "Agence Anadolu"], domains: ["aa.com.tr"]),
        Entry("Ukrinform", wire: true, domains: ["ukrinform.net", "ukrinform.fr", "ukrinform.ua"]),
        Entry("Interfax", wire: true, aliases: ["Interfax-Ukraine"], domains: ["interfax.com", "interfax.com.ua"]),
        Entry("TASS", wire: true, domains: ["tass.com", "tass.ru"]),
        Entry("Xinhua", wire: true, domains: ["xinhuanet.com"]),
        Entry("Kyodo", wire: true, aliases: ["Kyodo News"], domains: ["kyodonews.net"]),
        Entry("PA Media", wire: true, aliases: ["Press Association"], domains: ["pamediagroup.com"]),
        Entry("UPI", wire: true, aliases: ["United Press International"], domains: ["upi.com"]),
        // French-language outlets.
        Entry("Le Monde", aliases: ["Le Monde.fr", "LeMonde.fr", "lemonde"], domains: ["lemonde.fr"]),
        Entry("Le Figaro", aliases: ["Le Figaro.fr", "LeFigaro.fr", "lefigaro"], domains: ["lefigaro.fr"]),
        Entry("Libération", aliases: ["Liberation.fr", "Libé"], domains: ["liberation.fr"]),
        Entry("franceinfo", aliases: ["France Info", "francetvinfo", "franceinfo.fr", "Radio France"], domains: ["francetvinfo.fr", "franceinfo.fr"]),
        Entry("France 24", aliases: ["France24"], domains: ["france24.com"]),
        Entry("RFI", aliases: ["Radio France Internationale"], domains: ["rfi.fr"]),
        Entry("France Inter", domains: ["radiofrance.fr"]),
        Entry("Les Echos", aliases: ["Les Échos"], domains: ["lesechos.fr"]),
        Entry("Le Parisien", domains: ["leparisien.fr"]),
        Entry("L'Express", aliases: ["L’Express", "LExpress"], domains: ["lexpress.fr"]),
        Entry("Le Point", domains: ["lepoint.fr"]),
        Entry("L'Obs", aliases: ["L’Obs", "Le Nouvel Obs", "Le Nouvel Observateur"], domains: ["nouvelobs.com"]),
        Entry("Ouest-France", aliases: ["Ouest France"], domains: ["ouest-france.fr"]),
        Entry("Sud Ouest", domains: ["sudouest.fr"]),
        Entry("La Dépêche du Midi", aliases: ["La Dépêche"], domains: ["ladepeche.fr"]),
        Entry("Le Dauphiné libéré", aliases: ["Le Dauphiné"], domains: ["ledauphine.com"]),
        Entry("20 Minutes", aliases: ["20minutes"], domains: ["20minutes.fr"]),
        Entry("BFMTV", aliases: ["BFM TV", "BFM"], domains: ["bfmtv.com"]),
        Entry("LCI", domains: ["tf1info.fr", "lci.fr"]),
        Entry("TF1 Info", aliases: ["TF1"], domains: []),
        Entry("Mediapart", domains: ["mediapart.fr"]),
        Entry("HuffPost", aliases: ["Le HuffPost", "HuffPost France", "The Huffington Post"], domains: ["huffingtonpost.fr", "huffpost.com"]),
        Entry("La Croix", domains: ["la-croix.com"]),
        Entry("L'Humanité", aliases: ["L’Humanité", "Humanite"], domains: ["humanite.fr"]),
        Entry("Courrier international", domains: ["courrierinternational.com"]),
        Entry("Challenges", domains: ["challenges.fr"]),
        Entry("Le JDD", aliases: ["Le Journal du Dimanche", "JDD"], domains: ["lejdd.fr"]),
        Entry("Marianne", domains: ["marianne.net"]),
        Entry("La Tribune", domains: ["latribune.fr"]),
        Entry("Euronews", domains: ["euronews.com"]),
        Entry("TV5Monde", aliases: ["TV5 Monde"], domains: ["tv5monde.com"]),
        Entry("Le Temps", domains: ["letemps.ch"]),
        Entry("RTS", aliases: ["RTS Info"], domains: ["rts.ch"]),
        Entry("Le Soir", domains: ["lesoir.be"]),
        Entry("RTBF", aliases: ["RTBF Info"], domains: ["rtbf.be"]),
        Entry("La Libre Belgique", aliases: ["La Libre"], domains: ["lalibre.be"]),
        Entry("Radio-Canada", aliases: ["Radio Canada", "ICI Radio-Canada"], domains: ["radio-canada.ca"]),
        Entry("La Presse", domains: ["lapresse.ca"]),
        Entry("Le Devoir", domains: ["ledevoir.com"]),
        Entry("Boursorama", aggregator: true, domains: ["boursorama.com"]),
        Entry("Zonebourse", aggregator: true, domains: ["zonebourse.com"]),
        Entry("Le Grand Continent", domains: ["legrandcontinent.eu"]),
        Entry("Toute l'Europe", aliases: ["Toute l’Europe"], domains: ["touteleurope.eu"]),
        // English-language outlets.
        Entry("BBC News", aliases: ["BBC", "BBC News Online", "BBC World Service"], domains: ["bbc.com", "bbc.co.uk"]),
        Entry("The Guardian", aliases: ["Guardian", "theguardian.com"], domains: ["theguardian.com"]),
        Entry("The New York Times", aliases: ["New York Times", "NYTimes", "NYT"], domains: ["nytimes.com"]),
        Entry("The Washington Post", aliases: ["Washington Post"], domains: ["washingtonpost.com"]),
        Entry("The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"], domains: ["wsj.com"]),
        Entry("Financial Times", aliases: ["FT", "The Financial Times"], domains: ["ft.com"]),
        Entry("The Economist", domains: ["economist.com"]),
        Entry("Politico", aliases: ["Politico Europe", "POLITICO.eu", "Politico EU"], domains: ["politico.com", "politico.eu"]),
        Entry("Axios", domains: ["axios.com"]),
        Entry("CNN", aliases: ["CNN International"], domains: ["cnn.com", "edition.cnn.com"]),
        Entry("NPR", domains: ["npr.org"]),
        Entry("ABC News", domains: ["abcnews.go.com", "abc.net.au"]),
        Entry("CBS News", domains: ["cbsnews.com"]),
        Entry("NBC News", domains: ["nbcnews.com"]),
        Entry("Fox News", domains: ["foxnews.com"]),
        Entry("Sky News", domains: ["news.sky.com", "sky.com"]),
        Entry("The Independent", aliases: ["Independent"], domains: ["independent.co.uk"]),
        Entry("The Telegraph", aliases: ["The Daily Telegraph", "Telegraph"], domains: ["telegraph.co.uk"]),
        Entry("The Times", aliases: ["The Sunday Times"], domains: ["thetimes.co.uk", "thetimes.com"]),
        Entry("Al Jazeera", aliases: ["Al Jazeera English"], domains: ["aljazeera.com"]),
        Entry("Deutsche Welle", aliases: ["DW", "DW News"], domains: ["dw.com"]),
        Entry("The Kyiv Independent", aliases: ["Kyiv Independent"], domains: ["kyivindependent.com"]),
        Entry("Kyiv Post", domains: ["kyivpost.com"]),
        Entry("Ukrainska Pravda", domains: ["pravda.com.ua"]),
        Entry("The Moscow Times", aliases: ["Moscow Times"], domains: ["themoscowtimes.com"]),
        Entry("Radio Free Europe/Radio Liberty", aliases: ["RFE/RL", "Radio Free Europe"], domains: ["rferl.org"]),
        Entry("CBC News", aliases: ["CBC"], domains: ["cbc.ca"]),
        Entry("The Globe and Mail", domains: ["theglobeandmail.com"]),
        Entry("The Atlantic", domains: ["theatlantic.com"]),
        Entry("Newsweek", domains: ["newsweek.com"]),
        Entry("The Hill", domains: ["thehill.com"]),
        Entry("Euractiv", domains: ["euractiv.com", "euractiv.fr"]),
        Entry("Der Spiegel", aliases: ["Spiegel", "Spiegel International"], domains: ["spiegel.de"]),
        Entry("Le Monde diplomatique", domains: ["monde-diplomatique.fr"]),
        Entry("Yahoo News", aggregator: true, aliases: ["Yahoo Actualités", "Yahoo"], domains: ["news.yahoo.com", "fr.news.yahoo.com", "yahoo.com"]),
        Entry("MSN", aggregator: true, domains: ["msn.com"]),
    ]

    /// Entries by the folded tokens of their name and aliases, joined by spaces.
    private static let byName: [String: Entry] = {
        var table: [String: Entry] = [:]
        for entry in entries {
            for name in [entry.name] + entry.aliases {
                let key = FoldedWords.of(name).joined(separator: " ")
                if table[key] == nil { table[key] = entry }
            }
        }
        return table
    }()

    private static let byDomain: [String: Entry] = {
        var table: [String: Entry] = [:]
        for entry in entries {
            for domain in entry.domains where table[domain] == nil { table[domain] = entry }
        }
        return table
    }()

    /// The outlet whose whole name `text` is ("Le Monde.fr", "LE FIGARO", "The Associated Press").
    static func entry(named text: some StringProtocol) -> Entry? {
        let tokens = FoldedWords.of(text)
        guard !tokens.isEmpty, tokens.count <= 6 else { return nil }
        return byName[tokens.joined(separator: " ")]
    }

    /// The outlet whose name opens the tokens, and how many tokens it takes (longest first).
    static func entry(opening tokens: [String]) -> (entry: Entry, length: Int)? {
        for length in stride(from: min(6, tokens.count), through: 1, by: -1) {
            if let entry = byName[tokens.prefix(length).joined(separator: " ")] { return (entry, length) }
        }
        return nil
    }

    /// The outlet of a host name: `www.lemonde.fr`, `edition.cnn.com`, `fr.news.yahoo.com`.
    static func entry(host: some StringProtocol) -> Entry? {
        var parts = host.lowercased().split(separator: ".").map(String.init)
        while parts.count >= 2 {
            if let entry = byDomain[parts.joined(separator: ".")] { return entry }
            parts.removeFirst()
        }
        return nil
    }
}
