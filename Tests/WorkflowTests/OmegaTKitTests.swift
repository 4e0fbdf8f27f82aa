import Foundation
import Inline
import Interchange
import JejuSupport
import Testing
import TranslationMemory
import Workflow

/// The OmegaT kit, without OmegaT: what it holds, and its round trip through a stand-in for OmegaT that fills
/// each segment from `tm/auto` by exact match (the interoperability suite runs the real OmegaT).
@Suite struct OmegaTKitTests {
    /// A project whose coded segment ("They studied *e-government* at the [Academy](…).") is translated with
    /// its two codes in the other order, and with a memory candidate for another segment.
    func project() throws -> TestProject {
        let p = try TestProject()
        try p.extract()
        try p.memory([("Officials from 24 countries met in Seoul.", "24개국 공무원이 서울에 모였다.", nil)])
        try p.extract()
        var doc = try #require(try p.canonical())
        for (ui, u) in doc.files[0].units.enumerated() {
            for (si, s) in u.segments.enumerated() where s.source.text.hasPrefix("They studied") {
                let codes = s.source.xliffCodes.filter { $0.xliffElement == "pc" }
                try #require(codes.count == 2)
                func paired(_ code: InlineCode, _ start: Int, _ end: Int) -> [InlineCode] {
                    var opening = code,
                        closing = InlineCode(xliffElement: "pc", closing: true, id: code.id ?? "", offset: end)
                    opening.offset = start
                    closing.offset = end
                    return [opening, closing]
                }
                // "그들은 <1>아카데미</1>에서 <0>전자정부</0>를 공부했다."
                doc.files[0].units[ui].segments[si].target = Segment(
                    text: "그들은 아카데미에서 전자정부를 공부했다.", codes: paired(codes[1], 4, 8) + paired(codes[0], 11, 15))
                doc.files[0].units[ui].segments[si].state = .translated
            }
        }
        try AtomicFile.write(
            XLIFFWriter.data(doc),
            to: CanonicalTranslation.url(project: p.project, locale: "ko", documentID: "officials-meet"))
        try p.translate("The course lasted ten days.", as: "과정은 열흘간 이어졌다.")
        return p
    }

    func file(_ files: [(path: String, data: Data)], _ path: String) throws -> String {
        String(decoding: try #require(files.first { $0.path == path }?.data), as: UTF8.self)
    }

    @Test func theKitHoldsAnOmegaTProject() throws {
        let p = try project()
        try AtomicFile.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"><prop type="x-jeju-penalty">20</prop></header>
            <body><tu><tuv xml:lang="en"><seg>A dinner.</seg></tuv><tuv xml:lang="ko"><seg>만찬.</seg></tuv></tu></body></tmx>

            """, to: p.project.url("locales/ko/tm/other.tmx"))
        let files = try #require(try OmegaTKit.files(project: p.project, locale: "ko", termbase: nil))
        let paths = Set(files.map(\.path))
        #expect(
            paths.isSuperset(of: [
                "omegat.project", "omegat/filters.xml", "source/officials-meet.po", "source/ui.po",
                "tm/auto/ko-translations.tmx", "tm/ko-candidates.tmx", "tm/ko-memory.tmx", "tm/penalty-20/other.tmx",
            ]))
        let project = try file(files, "omegat.project")
        #expect(
            project.contains("<sentence_seg>false</sentence_seg>") && project.contains("<target_lang>ko</target_lang>"))
        #expect(try file(files, "omegat/filters.xml").contains("<option name=\"skipHeader\" value=\"true\"/>"))
        let po = try POReader.read(try file(files, "source/officials-meet.po"), path: "officials-meet.po")
        #expect(po.field("X-Jeju-Tags") == "omegat" && po.field("Language") == "ko")
        #expect(po.entries.allSatisfy { $0.translations == [""] && !$0.isFuzzy })
        let coded = try #require(po.entries.first { $0.id.hasPrefix("They studied") })
        #expect(coded.id == "They studied <g0>e-government</g0> at the <g1>Academy</g1>.")
        // The memory holds the tags as OmegaT writes them in its own project memory: as text.
        let auto = try TMXReader.read(Data(try file(files, "tm/auto/ko-translations.tmx").utf8), path: "auto.tmx")
        let unit = try #require(auto.units.first { $0.variant(in: "en")?.segment.text == coded.id })
        #expect(unit.variant(in: "ko")?.segment.text == "그들은 <g1>아카데미</g1>에서 <g0>전자정부</g0>를 공부했다.")
        #expect(auto.units.allSatisfy { $0.variants.allSatisfy { $0.segment.codes.isEmpty } })
        #expect(try file(files, "tm/ko-candidates.tmx").contains("24개국 공무원이 서울에 모였다."))
        #expect(try file(files, "tm/penalty-20/other.tmx").contains("만찬."))
    }

    /// The kit's PO with each entry filled from `tm/auto` by exact match, as OmegaT's target file.
    func filledByExactMatch(_ files: [(path: String, data: Data)], _ document: String) throws -> String {
        let auto = try TMXReader.read(Data(try file(files, "tm/auto/ko-translations.tmx").utf8), path: "auto.tmx")
        var memory: [String: String] = [:]
        for u in auto.units {
            if let s = u.variant(in: "en"), let t = u.variant(in: "ko") { memory[s.segment.text] = t.segment.text }
        }
        var po = try POReader.read(try file(files, "source/\(document).po"), path: "\(document).po")
        for i in po.entries.indices { po.entries[i].translations = [memory[po.entries[i].id] ?? ""] }
        return POWriter.string(po)
    }

    @Test func targetFilesFilledFromTheMemoryMergeBackUnchanged() throws {
        let p = try project()
        let files = try #require(try OmegaTKit.files(project: p.project, locale: "ko", termbase: nil))
        let target = try filledByExactMatch(files, "officials-meet")
        let work = try ReturnedWork.read(Data(target.utf8), path: "target/officials-meet.po")
        let result = try Merger(project: p.project, checks: []).merge(work, options: .init())
        #expect(result.refusals.isEmpty, "\(result.refusals)")
        #expect(result.accepted == 0 && result.unchanged == 2 && result.updates.isEmpty)
        // A translator's edit of the coded segment comes in, with the codes of the source.
        let edited = target.replacingOccurrences(of: "를 공부했다.", with: "를 배웠다.")
        let changed = try Merger(project: p.project, checks: []).merge(
            try ReturnedWork.read(Data(edited.utf8), path: "t.po"), options: .init())
        #expect(changed.accepted == 1 && changed.refusals.isEmpty)
        let segment = try #require(
            changed.updates.first?.document.files[0].units.flatMap(\.segments).first {
                $0.source.text.hasPrefix("They studied")
            })
        #expect(segment.target?.text == "그들은 아카데미에서 전자정부를 배웠다.")
        #expect(segment.target?.xliffCodes.map(\.id) == segment.source.xliffCodes.reversed().map(\.id))
        // A closing tag deleted by mistake: refused with the line, nothing merged.
        let broken = edited.replacingOccurrences(of: "전자정부</g0>", with: "전자정부")
        let refused = try Merger(project: p.project, checks: []).merge(
            try ReturnedWork.read(Data(broken.utf8), path: "t.po"), options: .init())
        #expect(refused.refusals.map(\.rule) == ["merge.inline-codes"] && refused.updates.isEmpty)
    }

    /// A source translated in two ways is not inserted by OmegaT (it would put one translation in both places, and
    /// the round trip would change the other): both are candidates, and the segments come back empty, unchanged.
    @Test func aSourceTranslatedTwoWaysIsOfferedNotInserted() throws {
        let p = try project()
        try p.write(
            """
            ---
            title: Officials meet again
            date: 2016-06-02
            id: second
            ---
            The course lasted ten days.

            """, to: "locales/en/notices/second.md")
        try p.extract()
        try p.translate("The course lasted ten days.", as: "과정은 열흘 동안 계속되었다.", document: "second")
        let files = try #require(try OmegaTKit.files(project: p.project, locale: "ko", termbase: nil))
        let auto = try file(files, "tm/auto/ko-translations.tmx"), candidates = try file(files, "tm/ko-candidates.tmx")
        #expect(!auto.contains("The course lasted ten days.") && auto.contains("They studied &lt;g0&gt;"))
        #expect(candidates.contains("과정은 열흘간 이어졌다.") && candidates.contains("과정은 열흘 동안 계속되었다."))
        for document in ["officials-meet", "second"] {
            let work = try ReturnedWork.read(Data(try filledByExactMatch(files, document).utf8), path: "\(document).po")
            let result = try Merger(project: p.project, checks: []).merge(work, options: .init())
            #expect(result.accepted == 0 && result.updates.isEmpty && result.refusals.isEmpty, "\(document)")
        }
    }

    /// OmegaT's project memory stands for the target files: default translations fill every occurrence; an
    /// alternative translation (for one occurrence) is refused with the reason.
    @Test func theProjectMemoryStandsForTheTargetFiles() throws {
        let p = try project()
        let files = try #require(try OmegaTKit.files(project: p.project, locale: "ko", termbase: nil))
        let source = try file(files, "source/officials-meet.po")
        func memory(_ units: String) -> Data {
            Data(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.1"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="3.6.0" segtype="paragraph" srclang="en"/>
                <body>\(units)</body></tmx>
                """.utf8)
        }
        let coded =
            "<tu><tuv lang=\"en\"><seg>They studied &lt;g0&gt;e-government&lt;/g0&gt; at the &lt;g1&gt;Academy&lt;/g1&gt;.</seg></tuv>"
            + "<tuv lang=\"ko\"><seg>그들은 &lt;g1&gt;아카데미&lt;/g1&gt;에서 &lt;g0&gt;전자정부&lt;/g0&gt;를 배웠다.</seg></tuv></tu>"
        let returned = try OmegaTKit.returned(
            sources: [("kit/source/officials-meet.po", source)], projectMemory: memory(coded),
            path: "kit/omegat/project_save.tmx")
        #expect(returned.map(\.path) == ["kit/source/officials-meet.po"])
        let work = try ReturnedWork.read(
            Data(try #require(returned.first).text.utf8), path: "kit/source/officials-meet.po")
        let result = try Merger(project: p.project, checks: []).merge(work, options: .init())
        #expect(result.accepted == 1 && result.refusals.isEmpty, "\(result.refusals)")
        let alternative = coded.replacingOccurrences(
            of: "<tu>", with: "<tu><prop type=\"file\">officials-meet.po</prop><prop type=\"id\">s1</prop>")
        #expect(throws: Diagnostic.self) {
            try OmegaTKit.returned(
                sources: [("kit/source/officials-meet.po", source)], projectMemory: memory(alternative),
                path: "kit/omegat/project_save.tmx")
        }
        do {
            _ = try OmegaTKit.returned(
                sources: [("kit/source/officials-meet.po", source)], projectMemory: memory(alternative),
                path: "kit/omegat/project_save.tmx")
        } catch {
            #expect(
                error.rule == "omegat.alternative"
                    && error.description.hasPrefix("kit/omegat/project_save.tmx:1:1: error: "))
        }
    }
}
