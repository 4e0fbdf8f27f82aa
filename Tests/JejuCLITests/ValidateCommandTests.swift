import Foundation
import TestSupport
import Testing

@Suite struct ValidateCommandTests {
    static let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ko">
          <file id="notice">
            <unit id="u1">
              <segment id="s1" state="translated"><source>Jeju</source><target>제주</target></segment>
            </unit>
          </file>
        </xliff>

        """

    static func write(_ files: [String: Data]) throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        for (name, data) in files { try data.write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func validFilesExitZero() throws {
        let po =
            "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n"
        let dir = try Self.write(["a.xlf": Data(Self.valid.utf8), "b.po": Data(po.utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try JejuBinary.run(["-C", dir.path, "validate", "a.xlf", "b.po"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("a.xlf: valid XLIFF 2\n") && r.stdout.contains("b.po: valid PO"))
    }

    @Test func anInvalidFileExitsOneWithPositionAndRule() throws {
        let bad = Self.valid.replacingOccurrences(of: "trgLang=\"ko\"", with: "")
        let dir = try Self.write(["bad.xlf": Data(bad.utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try JejuBinary.run(["-C", dir.path, "validate", "bad.xlf"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("bad.xlf:5:"), "\(r.stdout)")
        #expect(r.stdout.contains("[xliff2.trgLang]") && r.stdout.contains("bad.xlf: invalid XLIFF 2: 1 error(s)"))
    }

    @Test func jsonReportsEveryFile() throws {
        let dir = try Self.write(["a.xlf": Data(Self.valid.utf8), "b.xlf": Data("<xliff".utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try JejuBinary.run(["-C", dir.path, "validate", "--format", "json", "a.xlf", "b.xlf"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["valid"] as? Int == 1 && json["invalid"] as? Int == 1)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["a.xlf", "b.xlf"])
    }

    @Test func unreadableInputExitsTwo() throws {
        let dir = try Self.write(["a.xlf": Data(Self.valid.utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let r = try JejuBinary.run(["-C", dir.path, "validate", "a.xlf", "missing.xlf", "folder"])
        #expect(r.status == 2)
        #expect(r.stdout.contains("a.xlf: valid"))
        #expect(
            r.stderr.contains("missing.xlf: error: no such file [input.missing]")
                && r.stderr.contains("folder: error: is a folder, not a file [input.folder]"))
    }

    @Test func badBytesAndEntitiesAreFindingsNotCrashes() throws {
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data(Self.valid.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        var broken = Array(Self.valid.utf8)
        broken.insert(0xFF, at: 200)
        let entity =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff>&x;</xliff>\n"
        let dir = try Self.write(["bom.xlf": bom, "broken.xlf": Data(broken), "entity.xlf": Data(entity.utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try JejuBinary.run(["-C", dir.path, "validate", "bom.xlf", "broken.xlf", "entity.xlf"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("bom.xlf: valid XLIFF 2"))
        #expect(r.stdout.contains("broken.xlf:5:") && r.stdout.contains("invalid UTF-8"))
        #expect(r.stdout.contains("entity.xlf:2:") && r.stdout.contains("entity declarations are not accepted"))
    }

    @Test func theOASISSuiteFromTheCommandLine() throws {
        guard let invalid = SharedData.url("oracles/xliff-2.1/test-suite/core/invalid/bad_NoTrgLang.xlf") else {
            return
        }
        let r = try JejuBinary.run(["validate", invalid.path])
        #expect(r.status == 1 && r.stdout.contains("trgLang"))
    }
}
