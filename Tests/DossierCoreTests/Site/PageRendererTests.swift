import Testing
@testable import DossierCore

@Suite struct PageRendererTests {
    private func renderer(_ templates: [String: String]) throws -> PageRenderer {
        try PageRenderer(templates: templates, displayFolder: "Templates")
    }

    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func rendersSectionsListsAndPartials() throws {
        let r = try renderer([
            "page": "{{>head}}{{#items}}<li>{{name}}</li>{{/items}}{{^items}}none{{/items}}",
            "head": "<h1>{{title}}</h1>",
        ])
        let html = try r.render("page", context: ["title": "A & B", "items": [["name": "x"], ["name": "y"]]])
        #expect(html == "<h1>A &amp; B</h1><li>x</li><li>y</li>")
    }

    @Test func aVariableThePageLacksIsAnErrorWithTheTemplateLine() throws {
        let r = try renderer(["page": "<h1>{{title}}</h1>\n{{#people}}\n<p>{{naem}}</p>\n{{/people}}"])
        #expect(message { _ = try r.render("page", context: ["title": "x", "people": [["name": "Macron"]]]) }
            == "Templates/page.mustache:3: error: template uses 'naem', which this page does not provide; fix the name or remove the tag")
    }

    @Test func aVariableInAPartialIsReportedInThePartial() throws {
        let r = try renderer(["page": "{{>head}}", "head": "\n<title>{{page_title}}</title>"])
        #expect(message { _ = try r.render("page", context: [:]) }
            == "Templates/head.mustache:2: error: template uses 'page_title', which this page does not provide; fix the name or remove the tag")
    }

    @Test func anUnclosedSectionIsAParseErrorWithItsLine() {
        #expect(message { _ = try renderer(["page": "a\n{{#items}}\nb"]) }
            == "Templates/page.mustache:2: error: template does not parse: section '{{#items}}' is never closed")
    }

    @Test func aMissingPartialIsAnError() {
        #expect(message { _ = try renderer(["page": "x\n{{>header}}"]) }
            == "Templates/page.mustache:2: error: partial 'header' is missing; add Templates/header.mustache")
    }

    @Test func aMissingTemplateIsAnError() throws {
        let r = try renderer(["page": "x"])
        #expect(message { _ = try r.render("person", context: [:]) }
            == "Templates/person.mustache: error: template 'person' is missing; add Templates/person.mustache (the default templates are in the project's Templates/ folder)")
    }
}
