import Foundation
import Testing
@testable import DossierCore

/// One file must not hold up a build: sizes past `InputLimits` are cut with a warning that
/// says where and what to do, and the steps that once grew faster than their input (quote
/// attribution, tense, glued tails, line joining) finish on inputs the old code could not.
/// The inputs are scaled so each test ends in well under a second; `scripts/dos-bench.sh`
/// times the full-size cases.
@Suite(.timeLimit(.minutes(10))) struct HostileSizeTests {
    private let header = "Un dossier de test\n\nPar Jean Martin\n\nPublié le 6 janvier 2026 à 14h32\n\n"

    private func clip(_ text: String, path: String = "seeds/hostile.txt") -> (article: Article, mentions: ArticleMentions, diagnostics: [Diagnostic]) {
        let (file, load) = SourceLoader.decode(Data(text.utf8), path: path, isMarkdown: path.hasSuffix(".md"))
        guard let file else {
            Issue.record("the clip was skipped: \(load)")
            return (Article(source: path), ArticleMentions(people: [], quotes: [], events: [], meetings: []), load)
        }
        let result = DossierBuilder(settings: DossierSettings()).article(from: file)
        return (result.article, result.mentions, load + result.diagnostics)
    }

    /// A surname no lexicon holds, different for each `i`.
    private func surname(_ i: Int) -> String {
        let consonants = Array("bcdfghjklmnprstvz"), vowels = Array("aeiou")
        var n = i, s = ""
        repeat {
            s.append(consonants[n % consonants.count])
            s.append(vowels[(n / consonants.count) % vowels.count])
            n /= consonants.count * vowels.count
        } while n > 0
        return (s + "rov").capitalized
    }

    // The extractors alone, on paragraphs past the size limit that shields them in a build.

    @Test func twoThousandQuotesInOneSentenceAreRead() {
        let quotes = String(repeating: "« un deux trois quatre » et ", count: 2_000)
        let text = "Emmanuel Macron a déclaré : « nous sommes prêts à agir ensemble », puis " + quotes + "fin."
        let (_, found) = PersonExtractor().extract(from: Article(source: "x.txt", blocks: [.paragraph(text, line: 1)]))
        #expect(found.contains { $0.speaker == "Emmanuel Macron" && $0.text == "nous sommes prêts à agir ensemble" })
    }

    @Test func aThousandDatesInOneSentenceGiveTheirEvents() {
        let dates = (0..<1_000).map { "le \(1 + $0 % 28) janvier \(2000 + $0 % 26)" }.joined(separator: ", ")
        let article = Article(date: SimpleDate(year: 2026, month: 1, day: 6), source: "x.txt",
                              blocks: [.paragraph("Les ministres se sont réunis " + dates + ".", line: 1)])
        let events = DateExtractor().events(in: article)
        #expect(events.count > 300)
        #expect(events.contains { $0.date == PartialDate(year: 2000, month: 1, day: 1) })
    }

    @Test func eventsPastTheLimitAreLeftOutWithAWarning() {
        // One date a sentence, each a different day: more events than a clip may give.
        let sentences = (0..<1_200).map { "Le \(1 + $0 % 28) \(["janvier", "mars", "mai", "juillet"][$0 / 28 % 4]) \(1900 + $0 / 112), ils se sont vus." }
        // Thirty sentences a paragraph, one paragraph a line.
        let paragraphs = stride(from: 0, to: sentences.count, by: 30).map { sentences[$0..<min($0 + 30, sentences.count)].joined(separator: " ") }
        let result = clip(header + paragraphs.joined(separator: "\n\n") + "\n")
        #expect(result.mentions.events.count == InputLimits.eventsPerClip)
        let warning = result.diagnostics.first { $0.message.contains("more than 1000 dated events") }
        #expect(warning?.file == "seeds/hostile.txt")
        // The 1,001st event is in the 34th paragraph.
        #expect(warning?.line == 7 + 2 * 33)
        #expect(warning?.message.contains("Split the clip") == true)
    }

    @Test func aClipNamingThousandsOfPeopleListsTheFirstFiveHundred() {
        let sentences = (0..<600).map { "Jean \(surname($0)) a rencontré Marie \(surname($0 + 7_919)) à Paris." }
        let result = clip(header + sentences.joined(separator: "\n\n") + "\n")
        let names = Set(result.mentions.people.map(\.name))
        #expect(names.count == InputLimits.peoplePerClip)
        #expect(names.contains("Jean \(surname(0))"))
        let warning = result.diagnostics.first { $0.message.contains("names more than 500 people") }
        #expect(warning?.file == "seeds/hostile.txt")
        #expect((warning?.line ?? 0) > 7)
        #expect(warning?.message.contains("Split the clip") == true)
    }

    @Test func aClipPastTwoMegabytesIsReadUpToTheLimit() throws {
        let paragraph = "Le président a reçu les dirigeants européens à Paris pour parler de l'Ukraine.\n\n"
        let text = header + String(repeating: paragraph, count: 3 * 1024 * 1024 / paragraph.utf8.count)
        let (file, diagnostics) = SourceLoader.decode(Data(text.utf8), path: "seeds/big.txt", isMarkdown: false)
        let read = try #require(file)
        #expect(read.text.utf8.count <= InputLimits.clipBytes)
        #expect(read.text.hasSuffix("\n"))
        let warning = try #require(diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.file == "seeds/big.txt")
        #expect(warning.line == read.text.utf8.count(where: { $0 == 10 }) + 1)
        #expect(warning.message.hasPrefix("this clip is 3.0 MB, more than the 2.0 MB a clip may hold"))
        #expect(warning.message.contains("Split it into clips of one article each"))
    }

    @Test func aLongLineIsBrokenIntoParagraphsAtSentenceEnds() throws {
        let sentence = "Le président a reçu les dirigeants européens à Paris. "
        let line = String(repeating: sentence, count: 200_000 / sentence.utf8.count)
        let text = header + line + "\nDernière ligne.\n"
        let (file, diagnostics) = SourceLoader.decode(Data(text.utf8), path: "seeds/line.txt", isMarkdown: false)
        let read = try #require(file)
        let lines = read.text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.utf8.count <= InputLimits.lineBytes })
        #expect(lines.filter { $0.hasPrefix("Le président") }.allSatisfy { $0.clipTrimmed.hasSuffix("Paris.") })
        #expect(lines.last == "Dernière ligne.")
        // Nothing is lost: the same words, only line breaks in place of some spaces.
        #expect(read.text.split(whereSeparator: \.isWhitespace) == text.split(whereSeparator: \.isWhitespace))
        let warning = try #require(diagnostics.first)
        #expect(warning.file == "seeds/line.txt")
        #expect(warning.line == 7)
        #expect(warning.message.hasPrefix("this line is 195 KB long, more than the 16 KB a paragraph may hold"))
    }

    @Test func aLineWithoutSpacesIsCutBetweenCharacters() throws {
        let text = header + String(repeating: "ü", count: 40_000) + "\n"
        let (file, _) = SourceLoader.decode(Data(text.utf8), path: "seeds/x.txt", isMarkdown: false)
        let read = try #require(file)
        #expect(read.text.split(separator: "\n").allSatisfy { $0.utf8.count <= InputLimits.lineBytes })
        #expect(read.text.filter { $0 == "ü" }.count == 40_000)
    }

    @Test func theFrontMatterOfAMarkdownClipIsNeverBroken() throws {
        let title = String(repeating: "Titre très long. ", count: 2_000)
        let text = "---\ntitle: \"\(title)\"\n---\n\nTexte.\n"
        let (file, diagnostics) = SourceLoader.decode(Data(text.utf8), path: "seeds/x.md", isMarkdown: true)
        #expect(file?.text == text)
        #expect(diagnostics.isEmpty)
    }

    @Test func aParagraphOfManyJoinedLinesIsSplitWithAWarning() {
        // A hard-wrapped paragraph: every line continues the one before.
        let lines = (0..<1_500).map { "et le ministre \($0) a parlé" }.joined(separator: "\n")
        let result = clip(header + "Le président a parlé\n" + lines + ".\n")
        #expect(result.article.blocks.allSatisfy { $0.text.utf8.count <= InputLimits.blockBytes })
        #expect(result.article.blocks.count > 1)
        let warning = result.diagnostics.first { $0.message.contains("a paragraph may hold; it is split at sentence ends") }
        #expect(warning?.line == 7)
    }

    @Test func tenThousandNestedListLevelsInAMarkdownClipAreRead() {
        let nested = (0..<200).map { String(repeating: "  ", count: $0) + "- niveau" }.joined(separator: "\n")
        let deep = String(repeating: "> ", count: 10_000) + "citation\n\n" + String(repeating: "- ", count: 10_000) + "x\n"
        let text = "---\ntitle: \"Listes\"\ndate: 2026-01-06\n---\n\n" + nested + "\n\n" + deep
        let result = clip(text, path: "seeds/nested.md")
        #expect(result.article.title == "Listes")
        #expect(!result.article.blocks.isEmpty)
        #expect(!ArticleHTML.body(result.article).isEmpty)
    }

    @Test func thousandsOfShortLinesThatEndOnAnOpenWordAreRead() {
        let lines = (0..<3_000).map { _ in "MOT DE" }.joined(separator: "\n")
        let result = clip(header + "Le texte\n" + lines + "\n")
        #expect(!result.article.blocks.isEmpty)
    }

    @Test func manySentenceEndsBeforeAGluedTailAreReadOnce() {
        let paragraph = String(repeating: "Il a parlé. ", count: 3_000) + "Abonnez-vous à notre newsletter"
        let result = clip(header + "Premier paragraphe du texte.\n\n" + paragraph + "\n")
        #expect(!result.article.blocks.isEmpty)
    }
}
