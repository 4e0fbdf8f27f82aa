import Foundation
import JejuSupport
import Publishing

/// What `jeju build` prints: what it wrote, and the publication report (as text, or JSON for CI).
struct BuildSummary: Encodable {
    /// A required notice withheld in a required locale.
    struct Failure: Encodable {
        var locale: String
        var notice: String
        var reasons: [String]
    }

    /// The locales built, source first; empty when the output was up to date.
    var locales: [String]
    var pages: Int
    var written: Int
    var unchanged: Int
    var upToDate: Bool
    var site: String
    var bundles: String
    var publication: [LocalePublication]
    var requiredWithheld: [Failure]

    init(project: Project, output: URL, outcome: ProjectBuild.Outcome) {
        let report = outcome.report
        locales = report?.locales ?? []
        pages = locales.map { report?.pages[$0] ?? 0 }.reduce(0, +)
        written = outcome.written
        unchanged = outcome.unchanged
        upToDate = report == nil
        site = project.relativePath(output.appendingPathComponent("site/index.html"))
        bundles = project.relativePath(output.appendingPathComponent("bundles")) + "/"
        publication = outcome.publication
        requiredWithheld = publication.flatMap { locale in
            locale.requiredWithheld.map {
                Failure(locale: locale.locale, notice: $0.id, reasons: $0.reasons.map(\.message))
            }
        }
    }

    /// The lines a person reads.
    func text(policy: PublishPolicy) -> String {
        var out: String
        if upToDate {
            out = "Up to date: \(site)\n"
        } else {
            out = """
                Built \(locales.count) locales (\(locales.joined(separator: ", "))), \(pages) pages; \
                \(written) files written, \(unchanged) unchanged.
                Site: \(site)
                Bundles: \(bundles)

                """
        }
        if !publication.isEmpty { out += "\n" + LocalePublication.table(publication, policy: policy) }
        return out
    }
}
