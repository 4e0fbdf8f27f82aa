import Foundation
import Interchange
import TestSupport
import Testing
@testable import Validation

@Suite struct POTests {
    static func parse(_ text: String) -> POParser.Result { POParser.parse(Data(text.utf8), path: "t.po") }
    static let header =
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n"

    @Test func entriesCarryTheirFieldsAndLines() throws {
        let r = Self.parse(
            Self.header + """
                # translator
                #. extracted
                #: notice.md:3
                #, fuzzy, c-format
                #| msgid "Old %d"
                msgctxt "unit-1"
                msgid "New %d"
                msgstr ""
                "Neu %d"

                #~ msgid "gone"
                #~ msgstr "weg"
                """)
        #expect(r.errors.isEmpty)
        #expect(r.entries.count == 3)
        let e = try #require(r.entries.dropFirst().first)
        #expect(
            e.translatorComments == ["translator"] && e.extractedComments == ["extracted"]
                && e.references == ["notice.md:3"])
        #expect(e.flags == ["fuzzy", "c-format"] && e.isFuzzy)
        #expect(e.previousID?.text == "Old %d" && e.context?.text == "unit-1")
        #expect(e.id == .init(text: "New %d", line: 12) && e.translations == [.init(text: "Neu %d", line: 13)])
        #expect(r.entries.last?.isObsolete == true && r.entries.last?.id?.text == "gone")
        #expect(r.header?.isHeader == true && r.headerFields.map(\.name) == ["Content-Type", "Plural-Forms"])
    }

    @Test func escapesAndCRLF() {
        let r = POParser.parse(Data("msgid \"a\\tb\\n\\\"q\\\" \\101\\x42\"\r\nmsgstr \"x\"\r\n".utf8), path: "t.po")
        #expect(r.errors.isEmpty)
        #expect(r.entries.first?.id?.text == "a\tb\n\"q\" AB")
    }

    @Test func syntaxErrorsHaveLineAndColumn() {
        let r = Self.parse("msgid \"a\nmsgstr \"b\"\nmsgfoo \"c\"\n")
        #expect(r.errors.map { [$0.line ?? 0, $0.column ?? 0] } == [[1, 7], [3, 1]])
    }

    @Test func msgfmtChecks() {
        let text =
            Self.header + """
                #, c-format
                msgid "%d files in %s"
                msgstr "%s: %d"

                #, python-format
                msgid "%(count)d of %(total)d"
                msgstr "%(total)d von %(cnt)d"

                msgid "one"
                msgid_plural "many"
                msgstr[0] "eins"

                msgid "dup"
                msgstr "a"

                msgid "dup"
                msgstr "b"

                msgid "line\\n"
                msgstr "Zeile"
                """
        let f = POValidator.validate(Data(text.utf8), path: "t.po").filter { $0.severity == .error }
        #expect(
            f.map(\.rule) == ["po.c-format", "po.python-format", "po.plural-forms", "po.duplicate", "po.newline"],
            "\(f)")
    }

    @Test func formatDirectives() throws {
        #expect(
            try POFormatDirectives.c("%1$s %2$d %%").get() == [
                .init(argument: "1", type: "string"), .init(argument: "2", type: "int"),
            ])
        #expect(try POFormatDirectives.c("%ld%5.2f").get().map(\.type) == ["intl", "double"])
        #expect(throws: POFormatDirectives.POFormatError.self) { try POFormatDirectives.c("%1$s %d").get() }
        #expect(try POFormatDirectives.python("%(a)s %(b)d").get().map(\.argument) == ["a", "b"])
    }

    /// The PO samples: jeju validate and `msgfmt -c` agree on which files are broken.
    @Test func samplesAgreeWithMsgfmt() throws {
        let files =
            Corpus.files("corpora/samples/po", suffix: ".po") + Corpus.files("corpora/samples/po", suffix: ".pot")
        guard !files.isEmpty else { return }
        guard Corpus.run("/usr/bin/msgfmt", ["--version"]) != nil else {
            SharedData.skip("samplesAgreeWithMsgfmt: msgfmt (gettext) is not installed")
            return
        }
        var agree = 0, refused = 0
        for file in files {
            let msgfmt = Corpus.run("/usr/bin/msgfmt", ["-c", "-o", "/dev/null", file.path]) == 0
            let ours = try DocumentValidator.validate(path: file.path)
            #expect(ours.kind == .po)
            if ours.isValid == msgfmt {
                agree += 1
            } else {
                Issue.record("\(file.lastPathComponent): msgfmt \(msgfmt), jeju \(ours.findings)")
            }
            if !ours.isValid { refused += 1 }
        }
        print("PO samples: jeju validate agrees with msgfmt -c on \(agree) of \(files.count) (\(refused) refused)")
        #expect(files.count == 24 && agree == files.count && refused > 0)
    }
}
