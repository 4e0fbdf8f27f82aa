import Foundation
import TestSupport
import Testing
@testable import Validation

/// The XLIFF 1.2, TMX, TBX and SRX reference files, read in place.
@Suite struct SampleCorpusTests {
    @Test func xliff12SamplesAreReadOrRefusedWithAReason() throws {
        let files = Corpus.files("corpora/samples/xliff-1.2", suffix: ".xlf")
        guard !files.isEmpty else { return }
        #expect(files.count == 116)
        var accepted = 0, xliff2 = 0
        var refused: [String] = []
        for file in files {
            let report = try DocumentValidator.validate(path: file.path)
            // The folder also holds a few XLIFF 2.0 files; they are recognised as such by their namespace.
            #expect(report.kind == .xliff12 || report.kind == .xliff2, "\(file.lastPathComponent)")
            if report.kind == .xliff2 { xliff2 += 1 }
            if report.isValid {
                accepted += 1
            } else {
                refused.append(file.lastPathComponent)
                #expect(report.findings.allSatisfy { $0.line != nil && !$0.message.isEmpty }, "\(report.findings)")
            }
        }
        print(
            "XLIFF 1.2 samples (\(xliff2) of them XLIFF 2.0): \(accepted) accepted, \(refused.count) refused: \(refused.joined(separator: ", "))"
        )
        #expect(accepted >= 110)
        // The deliberately broken files are among the refused, their corrected twins among the accepted.
        #expect(
            refused.contains("okapi_invalid_xml_entity.xlf") && refused.contains("okapi_xml_invalid_xml_entity.xlf"))
        #expect(
            !refused.contains("okapi_xml_invalid_xml_entity_corrected.xlf")
                && !refused.contains("okapi_xml_valid_xml_entity.xlf"))
    }

    /// TMX: the Swift rules of tmx14.dtd agree with xmllint's DTD validation on every sample.
    @Test func tmxSamplesAgreeWithTheDTD() throws {
        let files = Corpus.files("corpora/samples/tmx", suffix: ".tmx")
        guard !files.isEmpty, let dtd = SharedData.url("oracles/tmx/tmx14.dtd") else { return }
        var accepted = 0, agree = 0, compared = 0
        for file in files {
            let report = try DocumentValidator.validate(path: file.path)
            #expect(report.kind == .tmx)
            if report.isValid { accepted += 1 }
            if let status = Corpus.run("/usr/bin/xmllint", ["--noout", "--dtdvalid", dtd.path, file.path]) {
                compared += 1
                if (status == 0) == report.isValid {
                    agree += 1
                } else {
                    Issue.record("\(file.lastPathComponent): \(report.findings)")
                }
            }
        }
        print(
            "TMX samples: \(accepted) of \(files.count) accepted; agreement with xmllint --dtdvalid on \(agree) of \(compared)"
        )
        #expect(files.count == 42 && accepted >= 38 && agree == compared)
    }

    @Test func tmxSemantics() {
        let tmx = """
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
            <body><tu><tuv xml:lang="ko"><seg>a<bpt i="1">&lt;b&gt;</bpt>b</seg></tuv></tu>
            <tu creationdate="2016-05-26"><tuv xml:lang="en"><seg>x<ept i="2">&lt;/b&gt;</ept></seg></tuv></tu></body></tmx>
            """
        let rules = TMXValidator.validate(Data(tmx.utf8), path: "t.tmx").map(\.rule)
        #expect(rules == ["tmx.srclang", "tmx.inline-pairing", "tmx.date", "tmx.inline-pairing"], "\(rules)")
    }

    @Test func tbxTestFilesBadOnesAreRefused() throws {
        let files = Corpus.files("oracles/tbx/test-files", suffix: ".tbx")
        guard !files.isEmpty else { return }
        for file in files where file.lastPathComponent.contains("bad") || file.lastPathComponent.contains("poorly") {
            #expect(try !DocumentValidator.validate(path: file.path).isValid, "\(file.lastPathComponent)")
        }
        let good = files.filter {
            ["core_structure_good.tbx", "basic_dca_example_valid.tbx"].contains($0.lastPathComponent)
        }
        for file in good {
            #expect(try DocumentValidator.validate(path: file.path).isValid, "\(file.lastPathComponent)")
        }
    }

    @Test func srxStructureAndPatterns() {
        let good = """
            <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="no"/>
            <body><languagerules><languagerule languagerulename="en"><rule break="no"><beforebreak>Mr\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule></languagerules>
            <maprules><languagemap languagepattern="en.*" languagerulename="en"/></maprules></body></srx>
            """
        #expect(SRXValidator.validate(Data(good.utf8), path: "t.srx").isEmpty)
        let bad = good.replacingOccurrences(of: "cascade=\"no\"", with: "cascade=\"maybe\"")
            .replacingOccurrences(of: "Mr\\.", with: "Mr(")
        #expect(
            SRXValidator.validate(Data(bad.utf8), path: "t.srx").map(\.rule) == ["srx.attribute-value", "srx.rules"])
    }
}
