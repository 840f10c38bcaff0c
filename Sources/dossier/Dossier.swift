import ArgumentParser
import DossierCore

@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turns a folder of raw news clips into a publishable dossier site.",
        subcommands: []
    )
}
