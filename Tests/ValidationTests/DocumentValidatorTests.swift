import Foundation
import JejuSupport
import Testing
@testable import Validation

@Suite struct DocumentValidatorTests {
    static let xliff2 = """
        <?xml version="1.0"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">
        <file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>

        """

    @Test func kindsAreRecognisedFromContent() {
        let cases: [(String, String, DocumentKind?)] = [
            (Self.xliff2, "x.txt", .xliff2),
            (
                #"<?xml version="1.0"?><!-- c --><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>"#,
                "a.xlf", .xliff12
            ),
            ("<tmx version=\"1.4\"/>", "a.xml", .tmx), ("<martif/>", "a", .tbx), ("<srx/>", "a", .srx),
            ("# c\nmsgid \"\"\nmsgstr \"\"\n", "noext", .po), ("anything", "a.po", .po), ("<html/>", "a.xml", nil),
        ]
        for (text, path, kind) in cases { #expect(DocumentKind.detect(Data(text.utf8), path: path) == kind, "\(text)") }
    }

    @Test func bomAndCRLFAreAccepted() {
        let data = Data([0xEF, 0xBB, 0xBF] + Array(Self.xliff2.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let report = DocumentValidator.validate(data, path: "t.xlf")
        #expect(report.kind == .xliff2 && report.isValid, "\(report.findings)")
    }

    @Test func invalidUTF8IsAFindingWithPosition() {
        var bytes = Array(Self.xliff2.utf8)
        bytes.insert(0xC3, at: bytes.count - 20)
        let report = DocumentValidator.validate(Data(bytes), path: "t.xlf")
        #expect(!report.isValid && report.findings.first?.rule == "input.utf8" && report.findings.first?.line == 3)
    }

    @Test func unreadableInputThrows() throws {
        #expect(throws: Diagnostic.self) { try DocumentValidator.validate(path: "/nonexistent/file.xlf") }
        #expect(throws: Diagnostic.self) { try DocumentValidator.validate(path: NSTemporaryDirectory()) }
    }

    @Test func unknownContentIsAFinding() {
        let report = DocumentValidator.validate(Data("<html/>".utf8), path: "a.html")
        #expect(report.kind == nil && report.findings.map(\.rule) == ["input.kind"])
    }
}
