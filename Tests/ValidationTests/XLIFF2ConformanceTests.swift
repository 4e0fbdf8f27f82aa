import Foundation
import TestSupport
import Testing
@testable import Validation

/// The OASIS XLIFF 2.1 test suite, read in place: every valid file accepted, every invalid core file refused
/// with a finding that names an XLIFF 2 rule and a position.
@Suite struct XLIFF2ConformanceTests {
    static let suite = "oracles/xliff-2.1/test-suite"

    static func report(_ url: URL, prefixes: Set<String> = []) throws -> ValidationReport {
        let options = DocumentValidator.Options(xliff2: .init(extraFragmentPrefixes: prefixes))
        return try DocumentValidator.validate(path: url.path, options: options)
    }

    @Test func validFilesAreAccepted() throws {
        let files =
            Corpus.files("\(Self.suite)/core/valid", suffix: ".xlf")
            + Corpus.files("\(Self.suite)/modules/valid", suffix: ".xlf")
        guard !files.isEmpty, let properties = SharedData.url("\(Self.suite)/core/valid/extra-prefixes.properties")
        else { return }
        #expect(files.count == 59)
        let prefixes = XLIFF2Validator.Options.prefixes(
            fromProperties: try String(contentsOf: properties, encoding: .utf8))
        #expect(prefixes == ["tbx", "gls", "my"])
        var accepted = 0
        for file in files {
            let report = try Self.report(file, prefixes: prefixes)
            #expect(report.kind == .xliff2, "\(file.lastPathComponent)")
            if report.isValid {
                accepted += 1
            } else {
                Issue.record("\(file.lastPathComponent): \(report.findings.map(\.description))")
            }
        }
        print("XLIFF 2.1 suite: \(accepted) of \(files.count) valid files accepted")
        #expect(accepted == 59)
        // As a user runs `jeju validate`, without the suite's prefix list: `tbx` is registered with the XLIFF TC,
        // so every valid file is still accepted.
        let plain = try files.filter { !(try Self.report($0).isValid) }.map(\.lastPathComponent)
        #expect(plain.isEmpty, "refused without --fragment-prefixes: \(plain)")
    }

    @Test func invalidCoreFilesAreRefusedNamingTheRule() throws {
        let files = Corpus.files("\(Self.suite)/core/invalid", suffix: ".xlf")
        guard !files.isEmpty else { return }
        #expect(files.count == 119)
        var refused = 0
        for file in files {
            let report = try Self.report(file)
            let errors = report.findings.filter { $0.severity == .error }
            guard let first = errors.first else {
                Issue.record("\(file.lastPathComponent) accepted")
                continue
            }
            refused += 1
            #expect(first.rule.hasPrefix("xliff2.") && first.line != nil && first.column != nil, "\(first)")
        }
        print("XLIFF 2.1 suite: \(refused) of \(files.count) invalid core files refused")
        #expect(refused >= 119)
    }

    /// A sample of invalid files, each refused for the rule its name gives.
    @Test(arguments: [
        ("bad_DuplicateNoteIdsInGroup", "xliff2.id-unique"), ("bad_NoTrgLang", "xliff2.trgLang"),
        ("bad_WrongReordering2", "xliff2.canReorder"), ("bad_MissingNonRemovable2", "xliff2.canDelete"),
        ("bad_OrderNotUnique2", "xliff2.order"), ("bad_InvalidFragIdBadOrder", "xliff2.fragment-id"),
        ("bad_SubStateWithoutState", "xliff2.subState"), ("bad_EcBeforeSc", "xliff2.sc-ec"),
        ("bad_InvalidXmlLangInheritedFromGroup", "xliff2.language-match"), ("bad_InvalidHexRangeOnCp", "xliff2.cp"),
        ("bad_InvalidCommentAnnotation3", "xliff2.comment"), ("bad_DifferentXmlSpace", "xliff2.xml-space"),
    ])
    func invalidFileNamesItsRule(name: String, rule: String) throws {
        guard let url = SharedData.url("\(Self.suite)/core/invalid/\(name).xlf") else { return }
        let rules = try Self.report(url).findings.map(\.rule)
        #expect(rules.contains(rule), "\(name): \(rules)")
    }

    @Test func invalidModuleFilesAreMostlyRefused() throws {
        let files = Corpus.files("\(Self.suite)/modules/invalid", suffix: ".xlf")
        guard !files.isEmpty else { return }
        let refused = try files.filter { try !Self.report($0).isValid }.count
        print("XLIFF 2.1 suite: \(refused) of \(files.count) invalid module files refused")
        #expect(refused >= 37)
    }
}
