import Foundation
import TestSupport
import Testing

/// The review round on a copy of this repository's project: sheets for two languages, decisions, apply, the
/// termbase checked, the corrected term flagged in the translations and fixed through the merge loop.
@Suite struct GlossaryReviewTests {
    static let notice = "2016-05-26-local-officials-learn-e-government"

    /// The first notice with its ru and ar translations, and the termbase.
    func project() throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("locales"), withIntermediateDirectories: true)
        for item in ["glossary", "locales/en", "locales/ru", "locales/ar"] {
            try fm.copyItem(
                at: SharedData.packageRoot.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        try "source: en\ntargets: [ru, ar]\n".write(
            to: dir.appendingPathComponent("jeju.yml"), atomically: true, encoding: .utf8)
        return dir
    }

    func read(_ dir: URL, _ path: String) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }
    func write(_ dir: URL, _ path: String, _ text: String) throws {
        try text.write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// Sheet rows as an editor's spreadsheet sees them, with the decision columns filled in by concept id.
    func decide(_ csv: String, _ decisions: [String: [String]]) throws -> String {
        var rows = try CSVRows.parse(csv)
        let header = try #require(rows.first)
        let decision = try #require(header.firstIndex(of: "decision"))
        for i in rows.indices.dropFirst() {
            if let d = decisions[rows[i][1]] { rows[i].replaceSubrange(decision..<(decision + 4), with: d) }
        }
        return CSVRows.render(rows)
    }

    @Test func theWholeRound() throws {
        let dir = try project()
        let tbx = "glossary/egov.tbx"
        // 1. Sheets for two languages.
        let ru = try JejuBinary.run(["-C", dir.path, "glossary", "review", "export", "--locale", "ru", "-o", "ru.csv"])
        #expect(
            ru.status == 0 && ru.stdout == "ru.csv: 91 concepts to review in ru (draft)\n", "\(ru.stdout)\(ru.stderr)")
        let ar = try JejuBinary.run(["-C", dir.path, "glossary", "review", "export", "--locale", "ar", "-o", "ar.csv"])
        #expect(ar.status == 0, "\(ar.stderr)")
        let html = try JejuBinary.run([
            "-C", dir.path, "glossary", "review", "export", "--locale", "ar", "--format", "html", "-o", "ar.html",
        ])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try read(dir, "ar.html")
        #expect(page.contains("<td lang=\"ar\" dir=\"rtl\">حكومة إلكترونية (preferred, draft)</td>"))
        #expect(page.contains("<td lang=\"en\" dir=\"ltr\">e-government</td>"))
        let ruSheet = try read(dir, "ru.csv")
        // Evidence: the notice's sentence with its current translation and where it is.
        #expect(
            ruSheet.contains(
                "Local Officials from around the Globe Gather to Korea to Learn about E-Government → Должностные лица местных органов власти"
            ))
        #expect(ruSheet.contains("[locales/ru/\(Self.notice).xlf:41]"))

        // 2. Decisions: approve, correct, reject, leave.
        try write(
            dir, "ru.csv",
            try decide(
                ruSheet,
                [
                    "egov-001": ["approve", "", "", ""],
                    "egov-014": [
                        "correct", "местный госслужащий", "superseded", "The civil-service term of Russian law.",
                    ],
                    "egov-039": ["reject", "", "", "Neither term fits; propose another."],
                ]))
        try write(
            dir, "ar.csv",
            try decide(
                try read(dir, "ar.csv"),
                [
                    "egov-001": ["approve", "", "", "=the usual term"],
                    "egov-090": ["correct", "مركز الاتصال الحكومي", "deprecated", ""],
                ]))
        let before = try read(dir, tbx)
        let applied = try JejuBinary.run([
            "-C", dir.path, "glossary", "review", "apply", "ru.csv", "--editor", "Anna Petrova",
        ])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(
            applied.stdout
                == "glossary/egov.tbx: 3 decision(s) recorded (1 approve, 1 correct, 1 reject), 0 already recorded, 88 undecided\n"
        )
        let appliedAr = try JejuBinary.run([
            "-C", dir.path, "glossary", "review", "apply", "ar.csv", "--editor", "Layla Hassan", "--locale", "ar",
        ])
        #expect(
            appliedAr.status == 0 && appliedAr.stdout.contains("2 decision(s) recorded (1 approve, 1 correct)"),
            "\(appliedAr.stderr)")
        let after = try read(dir, tbx)
        #expect(after != before)
        #expect(after.contains("<transacNote type=\"responsibility\">Anna Petrova</transacNote>"))
        #expect(after.contains("<note>correction: superseded, replaced by местный госслужащий</note>"))
        #expect(after.contains("<note>rejected: needs a new proposal — Neither term fits; propose another.</note>"))
        #expect(after.contains("<note>=the usual term</note>"))
        // Twice: nothing changes.
        let again = try JejuBinary.run([
            "-C", dir.path, "glossary", "review", "apply", "ru.csv", "--editor", "Someone Else",
        ])
        #expect(
            again.status == 0 && again.stdout.contains("0 decision(s) recorded, 3 already recorded"), "\(again.stdout)")
        #expect(try read(dir, tbx) == after)

        // 3. The termbase is still valid: Jeju's own check and the TBX core schema.
        let check = try JejuBinary.run(["-C", dir.path, "glossary", "check"])
        #expect(
            check.status == 0 && check.stdout.hasSuffix("glossary/egov.tbx: 91 concepts, 0 error(s), 0 warning(s)\n"),
            "\(check.stdout)")
        if let rng = SharedData.url("oracles/tbx/core/TBXcoreStructV03.rng"),
            let lint = try ExternalTool.xmllint([
                "--nonet", "--noout", "--relaxng", rng.path, dir.appendingPathComponent(tbx).path,
            ])
        {
            #expect(lint.status == 0, "\(lint.output)")
        }

        // History survives interchange: out as TBX 2008 and back, the termbase is the same byte for byte.
        let old = try JejuBinary.run(["-C", dir.path, "glossary", "export", "--format", "tbx2008", "-o", "old.tbx"])
        #expect(old.status == 0, "\(old.stderr)")
        #expect(try read(dir, "old.tbx").contains("<martif type=\"TBX-Basic\""))
        let back = try JejuBinary.run(["-C", dir.path, "glossary", "import", "old.tbx", "--replace"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try read(dir, tbx) == after)

        // 4. Where validation stands.
        let text = try JejuBinary.run(["-C", dir.path, "glossary", "stats"])
        #expect(
            text.status == 0
                && text.stdout.hasPrefix(
                    """
                    locale  validated  draft  rejected  missing  drafts in notices
                    ru              2     88         1        0                 28
                    ar              2     89         0        0                 30

                    ru: draft terms in the notices: умный город (egov-002), 
                    """),
            "\(text.stdout)")
        let left = try JejuBinary.run([
            "-C", dir.path, "glossary", "review", "export", "--locale", "ru", "-o", "ru-left.csv",
        ])
        #expect(left.stdout == "ru-left.csv: 88 concepts to review in ru (draft)\n")
        let stats = try JejuBinary.run(["-C", dir.path, "glossary", "stats", "--format", "json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let languages = try #require(
            try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [[String: Any]])
        let ruStats = try #require(languages.first { $0["locale"] as? String == "ru" })
        #expect(ruStats["validated"] as? Int == 2 && ruStats["rejected"] as? Int == 1 && ruStats["draft"] as? Int == 88)
        let drafts = try #require(ruStats["draftsInNotices"] as? [[String: Any]]).compactMap {
            $0["concept"] as? String
        }
        #expect(!drafts.contains("egov-001") && !drafts.contains("egov-014") && drafts.contains("egov-002"))

        // 5. The superseded term is an error in every translated segment that still uses it, with its position.
        let flagged = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ru"])
        #expect(flagged.status == 1)
        let errors = flagged.stdout.split(separator: "\n").filter {
            $0.contains(": error: ") && $0.contains("(egov-014)")
        }
        #expect(errors.count == 4, "\(flagged.stdout)")
        #expect(
            errors.allSatisfy {
                $0.hasPrefix("locales/ru/\(Self.notice).xlf:") && $0.contains("use 'местный госслужащий'")
            })
        #expect(
            flagged.stdout.contains(
                "locales/ru/\(Self.notice).xlf:41: error: 'Должностные лица местных органов власти' is superseded in the glossary (egov-014), whose term in ru is validated"
            ))
        // The rejected concept's terms are warnings, saying why.
        #expect(flagged.stdout.contains("(rejected in review: the concept waits for a new proposal in ru) [glossary"))

        // 6. The translator fixes them through the normal merge loop, and the check is clean again.
        #expect(
            try JejuBinary.run(["-C", dir.path, "export", "--locale", "ru", "--format", "csv", "-o", "out"]).status == 0
        )
        var table = try read(dir, "out/\(Self.notice).csv")
        for (old, new) in [
            ("Должностные лица местных органов власти", "Местные госслужащие"),
            ("должностных лиц местных органов власти", "местных госслужащих"),
            ("должностные лица местных органов власти", "местные госслужащие"),
        ] {
            table = table.replacingOccurrences(of: old, with: new)
        }
        try write(dir, "out/\(Self.notice).csv", table)
        let merged = try JejuBinary.run(["-C", dir.path, "merge", "out/\(Self.notice).csv"])
        #expect(merged.status == 0 && merged.stdout.contains("4 merged"), "\(merged.stdout)\(merged.stderr)")
        let clean = try JejuBinary.run(["-C", dir.path, "check", "--locale", "ru"])
        #expect(clean.status == 0 && clean.stdout.contains(": 0 error(s)"), "\(clean.stdout)")
    }

    @Test func otherTermbasesAreShownWhereTheyHaveTheTerm() throws {
        let dir = try project()
        try write(
            dir, "other.csv",
            "id,sourceLang,targetLang,sourceString,targetString\n1,en,ru_RU,E-Government,цифровое правительство\n2,en,ru_RU,flu,грипп\n"
        )
        let r = try JejuBinary.run([
            "-C", dir.path, "glossary", "review", "export", "--locale", "ru", "--compare", "other.csv",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CSVRows.parse(r.stdout)
        let column = try #require(rows.first?.firstIndex(of: "other_termbases"))
        #expect(rows.first { $0[1] == "egov-001" }?[column] == "цифровое правительство (other.csv)")
        #expect(rows.dropFirst().filter { !$0[column].isEmpty }.count == 1)
        // Without --compare the column is there and empty.
        let plain = try CSVRows.parse(
            try JejuBinary.run(["-C", dir.path, "glossary", "review", "export", "--locale", "ru"]).stdout)
        #expect(plain.dropFirst().allSatisfy { $0[column].isEmpty })
        let missing = try JejuBinary.run([
            "-C", dir.path, "glossary", "review", "export", "--locale", "ru", "--compare", "nope.csv",
        ])
        #expect(missing.status == 2 && missing.stderr.contains("nope.csv"))
    }

    @Test func theEditorIsTheGitUserByDefault() throws {
        let dir = try project()
        for args in [["init", "-q"], ["config", "user.name", "Git Editor"]] {
            #expect(try ExternalTool.run("/usr/bin/git", ["-C", dir.path] + args).status == 0)
        }
        #expect(
            try JejuBinary.run(["-C", dir.path, "glossary", "review", "export", "--locale", "ar", "-o", "ar.csv"])
                .status == 0)
        try write(dir, "ar.csv", try decide(try read(dir, "ar.csv"), ["egov-002": ["approve", "", "", ""]]))
        let r = try JejuBinary.run(["-C", dir.path, "glossary", "review", "apply", "ar.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(
            try read(dir, "glossary/egov.tbx").contains("<transacNote type=\"responsibility\">Git Editor</transacNote>")
        )
    }

    @Test func badSheetsAreRefusedAndChangeNothing() throws {
        let dir = try project()
        #expect(
            try JejuBinary.run(["-C", dir.path, "glossary", "review", "export", "--locale", "ru", "-o", "ru.csv"])
                .status == 0)
        let sheet = try decide(try read(dir, "ru.csv"), ["egov-001": ["approve", "", "", ""]])
        let before = try read(dir, "glossary/egov.tbx")
        func refused(_ text: String, _ extra: [String] = []) throws -> String {
            try write(dir, "bad.csv", text)
            let r = try JejuBinary.run(
                ["-C", dir.path, "glossary", "review", "apply", "bad.csv", "--editor", "E"] + extra)
            #expect(r.status == 2, "\(r.stdout)")
            #expect(r.stderr.contains("bad.csv: error: not applied"), "\(r.stderr)")
            #expect(try read(dir, "glossary/egov.tbx") == before)
            return r.stderr
        }
        #expect(
            try refused(sheet, ["--locale", "ar"]).contains(
                "bad.csv:2:1: error: the sheet is for 'ru', not 'ar' [review.locale]"))
        #expect(
            try refused(sheet.replacingOccurrences(of: "\nru,egov-001,", with: "\nko,egov-001,"))
                .contains("bad.csv:2:1: error: 'ko' is not a target locale of the project (ru, ar) [review.locale]"))
        #expect(
            try refused(sheet.replacingOccurrences(of: "\nru,egov-001,", with: "\nru,egov-999,"))
                .contains("bad.csv:2:4: error: unknown concept id 'egov-999' [review.concept]"))
        #expect(
            try refused(
                sheet.replacingOccurrences(of: "\nru,egov-001,e-government,", with: "\nru,egov-001,e-governance,")
            )
            .contains(
                "bad.csv:2:13: error: the English term was 'e-governance' when the sheet was exported and is 'e-government' now"
            ))
        #expect(try refused(sheet + "ru,egov-002\n").contains("2 fields where the header has 14 [review.fields]"))
        let otherLocale = try JejuBinary.run([
            "-C", dir.path, "glossary", "review", "apply", "ru.csv", "--locale", "xx",
        ])
        #expect(otherLocale.status == 2 && otherLocale.stderr.contains("not 'xx'"))
    }
}

/// CSV rows for tests, read and written by RFC 4180 as a spreadsheet would.
enum CSVRows {
    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: i)
                    if next < text.endIndex && text[next] == "\"" {
                        field.append("\""); i = next
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.append(c)
            }
            i = text.index(after: i)
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static func render(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { f in
                f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                    ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
            }.joined(separator: ",") + "\n"
        }.joined()
    }
}
