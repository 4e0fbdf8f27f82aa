import Foundation
import Inline
import JejuSupport
import TestSupport
import Testing
@testable import TranslationMemory

/// Real memories: every TMX of the Okapi samples and of TICO-19 reads, writes, validates and reads back the same.
@Suite struct TMXConformanceTests {
    static func files(_ folder: String) -> [URL] {
        guard let url = SharedData.url(folder) else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".tmx") }.sorted().map { url.appendingPathComponent($0) }
    }

    static func validate(_ data: Data) throws -> (Bool, String) {
        let folder = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.tmx")
        try data.write(to: file)
        let r = try ExternalTool.run(
            "/bin/bash", [SharedData.root.appendingPathComponent("tools/validate.sh").path, file.path])
        return (r.status == 0, r.output)
    }

    static var hasXmllint: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") }

    @Test func everySampleReadsAndRoundTrips() throws {
        let files = Self.files("corpora/samples/tmx")
        guard !files.isEmpty else { return }
        #expect(files.count == 42)
        var read = 0, units = 0
        var refused: [String] = []
        for file in files {
            let data = try Data(contentsOf: file)
            let document: TMXDocument
            do {
                document = try TMXReader.read(data, path: file.lastPathComponent)
            } catch {
                refused.append(error.description)
                continue
            }
            read += 1
            units += document.units.count
            let written = TMXWriter.data(document)
            let again = try TMXReader.read(written, path: "written")
            #expect(again.units == document.units, "\(file.lastPathComponent) does not round-trip")
            #expect(again.header == document.header, "\(file.lastPathComponent) header does not round-trip")
            // Writing is deterministic: the written file writes to the same bytes.
            #expect(TMXWriter.data(again) == written)
        }
        print("TMX samples: \(read) of \(files.count) read, \(units) units; refused: \(refused)")
        #expect(read + refused.count == 42)
        #expect(refused.isEmpty, "\(refused)")
    }

    @Test func writtenSamplesValidateAgainstTheDTD() throws {
        let files = Self.files("corpora/samples/tmx")
        guard !files.isEmpty else { return }
        guard Self.hasXmllint else {
            SharedData.skip("xmllint is not installed (apt-get install -y libxml2-utils)"); return
        }
        var invalid: [String] = []
        for file in files {
            // Only files that are valid themselves can be expected to write valid TMX: three samples carry
            // attributes or a version the DTD does not allow, and those attributes are kept, not dropped.
            let (sourceValid, _) = try Self.validate(try Data(contentsOf: file))
            guard sourceValid else { continue }
            let document = try TMXReader.read(try Data(contentsOf: file), path: file.path)
            let (ok, report) = try Self.validate(TMXWriter.data(document))
            if !ok { invalid.append("\(file.lastPathComponent): \(report)") }
        }
        #expect(invalid.isEmpty, "\(invalid)")
    }

    @Test func inlineCodesAreKeptAsCodes() throws {
        guard let url = SharedData.url("corpora/samples/tmx/okapi_header_with_prop_and_note.tmx") else { return }
        let document = try TMXReader.read(try Data(contentsOf: url), path: url.path)
        let unit = try #require(document.units.first)
        let en = try #require(unit.variant(in: "en"))
        #expect(en.segment.text == "Click  to start.")
        #expect(en.segment.codes.map(\.tmxKind) == ["it", "bpt", "ph", "hi", "/hi", "ept"])
        #expect(en.segment.codes.map(\.role) == [.opening, .opening, .standalone, .opening, .closing, .closing])
        #expect(en.segment.codes.map(\.isolated) == [true, false, false, false, false, false])
        let ph = en.segment.codes[2]
        #expect(ph.offset == 6)
        #expect(
            ph.native == [
                .text("<IMG SRC=\"here.png\" ALT=\""), .sub(attributes: [:], Segment(text: "Start Here!")),
                .text("\">"),
            ])
        #expect(document.header.notes == [TMXNote("note")])
        #expect(document.header.properties == [TMXProperty(type: "x", value: "prop")])
    }

    @Test func multilingualAndEncodings() throws {
        guard let url = SharedData.url("corpora/samples/tmx/okapi_compkit_ImportTest1L.tmx") else { return }
        let document = try TMXReader.read(try Data(contentsOf: url), path: url.path)
        #expect(document.units.count == 1)
        #expect(document.units[0].variants.map(\.language) == ["en-us", "fr", "en-gb"])
        #expect(document.units[0].notes.count == 2)
        #expect(document.header.userEncodings.first?.maps.first?["ent"] == "AppleLogo")
        guard let cp1252 = SharedData.url("corpora/samples/tmx/okapi_gold_tmxtest-attributes.out.tmx") else { return }
        let latin = try TMXReader.read(try Data(contentsOf: cp1252), path: cp1252.path)
        #expect(latin.units.contains { $0.variant(in: "fr")?.segment.text.contains("charactères") == true })
        guard let utf16 = SharedData.url("corpora/samples/tmx/okapi_compkit_ImportTest1A.tmx") else { return }
        let wide = try TMXReader.read(try Data(contentsOf: utf16), path: utf16.path)
        #expect(wide.units.first?.variant(in: "fr-ca")?.segment.text == "Premier segment avec [\t\t   ]")
    }

    @Test func ticoMemoriesReadWithoutLoss() throws {
        let files = Self.files("corpora/tico-19/tm")
        guard !files.isEmpty else { return }
        for file in files {
            let data = try Data(contentsOf: file)
            let document = try TMXReader.read(data, path: file.path)
            #expect(document.units.count == 3071, "\(file.lastPathComponent)")
            let written = TMXWriter.data(document)
            #expect(try TMXReader.read(written, path: "w").units == document.units)
            if Self.hasXmllint {
                let (ok, report) = try Self.validate(written)
                #expect(ok, "\(report)")
            } else {
                SharedData.skip("the written memories were not checked against the DTD: xmllint is not installed")
            }
        }
    }
}
