/// The files `dossier init` writes for a new dossier: a `dossier.yml` with every setting and
/// every correction explained, and one example clip in the dossier's language.
public enum DossierScaffold {
    /// One file to write, relative to the new dossier's folder.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
    }

    /// The languages a new dossier can be started in.
    public static let languages = ["fr", "en"]

    /// The files of a new dossier in `language` ("fr" or "en").
    public static func files(language: String) -> [File] {
        let english = language == "en"
        return [
            File(path: "seeds/dossier.yml", text: settings(english: english)),
            File(path: english ? "seeds/000_example.txt" : "seeds/000_exemple.txt", text: english ? exampleEN : exampleFR),
        ]
    }

    static func settings(english: Bool) -> String {
        """
        # The settings of this dossier (dossier.yml), then optional corrections.
        # A line starting with '#' is a comment; remove the '#' to use a setting.

        # The dossier's title, shown on every page and in the feeds.
        title: "\(english ? "My dossier" : "Mon dossier")"

        # One or two sentences on what the dossier covers: front page, feeds, search engines.
        description: "\(english ? "The press articles gathered for this dossier." : "Les articles de presse rassemblés pour ce dossier.")"

        # The language of the site: interface, dates, typography, generated meeting titles. fr or en.
        language: \(english ? "en" : "fr")

        # The absolute address the site is published at, for feeds, the sitemap and canonical links.
        # Without it the site still works from any folder, but feed readers cannot follow its links.
        # base_url: "https://example.org/\(english ? "my-dossier" : "mon-dossier")/"

        # The newsroom's time zone. Dates are days, so it changes nothing yet.
        # time_zone: Europe/Paris

        # ---------------------------------------------------------------------------------------
        # Corrections: only for what no reader of the clips could know. People, dates, meetings
        # and outlets are found without them.

        # People, by the name to show: other spellings the clips use, a role, a Wikidata id.
        # people:
        #   Volodymyr Zelensky:
        #     aliases: ["Volodimir Zelensky", "Zelenskyy"]
        #     role: "\(english ? "President of Ukraine" : "président de l’Ukraine")"
        #     wikidata: Q3874799

        # Capitalized words the clips use that look like names but are not people.
        # not_people:
        #   - \(english ? "Coalition of the Willing" : "Coalition des volontaires")

        # A better title for a meeting, by its id: the end of its page address, meetings/<id>/.
        # meetings:
        #   <meeting-id>:
        #     title: "\(english ? "Coalition of the Willing summit in Paris" : "Sommet de la coalition des volontaires à Paris")"

        # Per clip, by file name: a headline, the publication date, the original's address, the outlet.
        # clips:
        #   \(english ? "000_example.txt" : "000_exemple.txt"):
        #     title: "\(english ? "Ukraine's allies meet in Paris" : "Les alliés de l’Ukraine réunis à Paris")"
        #     date: 2026-01-06
        #     url: "https://www.example.org/article"
        #     outlet: "\(english ? "The Guardian" : "Le Monde")"

        """
    }

    static let exampleFR = """
         date 2026-01-06 Les alliés de l'Ukraine réunis à Paris pour des garanties de sécurité

        Par Jeanne Exemple
        Journal d'exemple avec AFP

        Une trentaine de dirigeants se sont retrouvés mardi à Paris pour préciser les garanties de sécurité qu'ils apporteraient à l'Ukraine en cas de cessez-le-feu avec la Russie.

        "Nous sommes prêts", a déclaré le président français Emmanuel Macron à l'issue de la réunion.

        Ce fichier montre la forme d'un extrait : une ligne " date AAAA-MM-JJ" suivie du titre, puis la signature, puis le texte copié du site. Remplacez-le par vos extraits, un fichier .txt par article.

        """

    static let exampleEN = """
         date 2026-01-06 Ukraine's allies meet in Paris to agree security guarantees

        By Jane Example
        Example Herald with AFP

        Around thirty leaders met in Paris on Tuesday to set out the security guarantees they would give Ukraine if a ceasefire with Russia is agreed.

        "We are ready," French President Emmanuel Macron said after the meeting.

        This file shows the shape of a clip: a line " date YYYY-MM-DD" followed by the headline, then the byline, then the text copied from the site. Replace it with your clips, one .txt file per article.

        """
}
