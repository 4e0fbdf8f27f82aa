import Glossary
import QualityChecks
import Testing
import TestSupport

/// The `term-register` check: on in a project with a register, for prose only (UI messages have none).
@Suite struct TermRegisterCheckTests {
    let termbase = RegisterTermbase.make("ar", formal: "جمهورية كوريا", short: "كوريا الجنوبية")
    let source = "They will continue their cooperation with Korea."
    let target = "سيواصلون تعاونهم مع جمهورية كوريا."

    @Test func reportedInANewsProject() {
        let news = QAContext(termbase: termbase, register: "news")
        #expect(
            messages(QAChecks.termRegister, source, target, "ar", context: news) == [
                "'جمهورية كوريا' is the glossary's formal term (rok) and the source does not use its formal form; in this news text write 'كوريا الجنوبية'"
            ])
        #expect(
            messages(QAChecks.termRegister, source, "سيواصلون تعاونهم مع كوريا الجنوبية.", "ar", context: news).isEmpty)
        // A UI message has no register.
        #expect(messages(QAChecks.termRegister, source, target, "ar", messageFormat: true, context: news).isEmpty)
        // Nor has a project that names none.
        #expect(messages(QAChecks.termRegister, source, target, "ar", context: QAContext(termbase: termbase)).isEmpty)
    }

    @Test func aWarningInTheDefaultProfile() {
        let checker = QualityChecker(termbase: termbase, register: "news")
        let found = checker.findings(
            for: QAInput(
                segmentID: "s1", sourceText: source, targetText: target, sourceLocale: "en", targetLocale: "ar"))
        #expect(found.map(\.checkID) == ["term-register"])
        #expect(found.map(\.severity) == [.warning])
    }
}
