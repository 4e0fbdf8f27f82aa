import Foundation
import Glossary
import TestSupport
import Testing

/// Jeju's termbase in the tools translators use, on this repository's termbase (91 concepts in 14 languages):
/// `jeju glossary export --format tbx2008` in OmegaT 3.6's own TBX glossary reader (the one its Glossary pane
/// uses) and in Translate Toolkit 3.20 (`factory.getobject`, `tbx2po`); the OmegaT kit's glossary in OmegaT's
/// tab-separated reader. Skipped, with the reason, without the tools.
@Suite struct TermbaseInteropTests {
    /// The project's termbase exported as TBX 2008 into a scratch folder, and the termbase as Jeju reads it.
    func exported() throws -> (tbx: URL, termbase: Termbase, folder: URL) {
        let dir = try ConcurrencyTests.projectCopy()
        let r = try JejuBinary.run(["-C", dir.path, "glossary", "export", "--format", "tbx2008", "-o", "egov-2008.tbx"])
        #expect(r.status == 0, "\(r.stderr)")
        let termbase = try TBXReader.read(
            try Data(contentsOf: dir.appendingPathComponent("glossary/egov.tbx")), path: "glossary/egov.tbx"
        ).termbase
        #expect(termbase.concepts.count >= 90)
        return (dir.appendingPathComponent("egov-2008.tbx"), termbase, dir)
    }

    /// Every term of every language OmegaT is asked for shows in its glossary, under each of the concept's
    /// English terms. OmegaT 3.6 reads no status from TBX, so deprecated terms show too: the kit's own TSV
    /// glossary is the one that marks them.
    @Test(arguments: ["ko", "ar", "am", "uz"])
    func omegatReadsEveryTermOfTheTBX2008Export(_ locale: String) throws {
        let (tbx, termbase, dir) = try exported()
        defer { try? FileManager.default.removeItem(at: dir) }
        guard let entries = try ExternalTool.omegatGlossary(tbx, source: "en", target: locale) else { return }
        var seen: [String: Set<String>] = [:]
        for e in entries { seen[e.source, default: []].formUnion(e.targets) }
        var concepts = 0
        for concept in termbase.concepts {
            let english = concept.section("en")?.terms.map(\.text) ?? []
            let terms = concept.section(locale)?.terms.map(\.text) ?? []
            guard !english.isEmpty, !terms.isEmpty else { continue }
            concepts += 1
            for source in english {
                let shown = seen[source] ?? []
                #expect(
                    terms.allSatisfy(shown.contains),
                    "\(concept.id) \(locale): OmegaT shows \(source) → \(shown.sorted()), Jeju has \(terms)")
            }
        }
        #expect(concepts == termbase.concepts.count, "every concept has English and \(locale) terms")
    }

    /// Translate Toolkit reads one unit per concept, with its id and English preferred term, and `tbx2po`
    /// makes one PO entry of each.
    @Test func translateToolkitReadsEveryConceptOfTheTBX2008Export() throws {
        guard let python = ExternalTool.find("python3"),
            try ExternalTool.run(python, ["-c", "import translate.storage.tbx, translate.convert.tbx2po"]).status == 0
        else {
            SharedData.skip("Translate Toolkit is not installed (pip install translate-toolkit==3.20.4)")
            return
        }
        let (tbx, termbase, dir) = try exported()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
            import sys
            from translate.storage import factory, pypo
            from translate.convert import tbx2po
            store = factory.getobject(sys.argv[1])
            for u in store.units:
                print(u.getid() + "\\t" + u.source)
            tbx2po.main(["--progress=none", sys.argv[1], sys.argv[2]])
            po = factory.getobject(sys.argv[2])
            print("po\\t%d" % len([u for u in po.units if not u.isheader()]))
            """
        let r = try ExternalTool.run(python, ["-c", script, tbx.path, dir.appendingPathComponent("egov.po").path])
        #expect(r.status == 0, "\(r.output)")
        let lines = r.output.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }
            .filter { $0.count == 2 }
        let units = lines.filter { $0[0] != "po" }
        #expect(units.map { $0[0] } == termbase.concepts.map(\.id))
        #expect(units.map { $0[1] } == termbase.concepts.map { $0.preferredTerm("en")?.text ?? "" })
        #expect(lines.last == ["po", String(termbase.concepts.count)])
    }

    /// The kit's glossary (`glossary/<tag>.utf8`) in OmegaT's own reader: every usable English term offers the
    /// target's preferred term, and the English preferred term offers every usable target term, acronyms
    /// included; a deprecated or superseded term is never offered as a translation, only named in the comment
    /// ("do not use: …").
    @Test(arguments: ["ko", "ru", "ar"])
    func omegatOffersEveryUsableTermOfTheKitGlossary(_ locale: String) throws {
        let (_, termbase, dir) = try exported()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try JejuBinary.run(["-C", dir.path, "export", "--locale", locale, "--format", "omegat", "-o", "kit"])
        #expect(r.status == 0, "\(r.stderr)")
        guard
            let entries = try ExternalTool.omegatGlossary(
                dir.appendingPathComponent("kit/glossary/\(locale).utf8"), source: "en", target: locale)
        else { return }
        var offered: [String: Set<String>] = [:], comments: [String: String] = [:]
        for e in entries {
            offered[e.source, default: []].formUnion(e.targets)
            comments[e.source, default: ""] += e.comment + " "
        }
        var withheld = 0
        for concept in termbase.concepts {
            guard let english = concept.preferredTerm("en"), let preferred = concept.preferredTerm(locale) else {
                continue
            }
            for source in concept.section("en")?.terms ?? [] where !isDeprecated(source) {
                #expect(
                    offered[source.text]?.contains(preferred.text) == true,
                    "\(concept.id): OmegaT offers \(source.text) → \(offered[source.text, default: []].sorted()), not \(preferred.text)"
                )
            }
            let shown = offered[english.text] ?? []
            for term in concept.section(locale)?.terms ?? [] {
                if isDeprecated(term) {
                    withheld += 1
                    #expect(!shown.contains(term.text), "\(concept.id): OmegaT offers the deprecated \(term.text)")
                    // The comment's "do not use: a, b, c" list names it.
                    let lists = comments[english.text, default: ""].components(separatedBy: "do not use: ").dropFirst()
                        .map { $0.prefix { $0 != ";" }.components(separatedBy: ", ") }
                    #expect(
                        lists.contains { $0.contains(term.text) },
                        "\(concept.id): \(term.text) is not named as one not to use")
                } else {
                    #expect(
                        shown.contains(term.text),
                        "\(concept.id): OmegaT offers \(english.text) → \(shown.sorted()), not \(term.text)")
                }
            }
        }
        #expect(entries.count >= termbase.concepts.count)
        if locale == "ko" { #expect(withheld > 0, "the Korean termbase has a superseded term (개인정보 취급방침)") }
    }

    func isDeprecated(_ term: Term) -> Bool { term.status == .deprecated || term.status == .superseded }
}
