import JejuSupport
import Testing

@Suite struct PublishSettingsTests {
    func parse(_ text: String) throws -> ProjectConfig { try ProjectConfig.parse(text, path: "jeju.yml") }

    func error(_ text: String) -> String {
        do {
            _ = try parse(text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func defaultsPublishOnlyFullyTranslatedNotices() throws {
        let config = try parse("source: en\ntargets: [ko, vi]\n")
        #expect(config.publish == PublishSettings())
        #expect(config.publish.threshold == .init(minCompleteness: 100, minState: "translated"))
        #expect(
            !config.publish.publishWithQAErrors && config.publish.required.isEmpty
                && config.publish.requiredLocales == nil)
    }

    @Test func readsTheFlowAndBlockForms() throws {
        let flow = try parse("source: en\ntargets: [ko, vi]\npublish: { min-completeness: 80%, min-state: reviewed }\n")
        #expect(flow.publish.threshold == .init(minCompleteness: 80, minState: "reviewed"))
        let block = try parse(
            """
            source: en
            targets: [ko, vi, sw]
            publish:
              min-completeness: 100 %
              qa-errors: publish
              required: [a-notice, b-notice]
              required-locales: [ko]
              locales:
                sw: { min-completeness: 50% }
                vi:
                  min-state: final
            """)
        #expect(block.publish.threshold.minCompleteness == 100 && block.publish.publishWithQAErrors)
        #expect(block.publish.required == ["a-notice", "b-notice"] && block.publish.requiredLocales == ["ko"])
        // A locale's own keys replace the project's; the others come from it.
        #expect(block.publish.threshold(for: "sw") == .init(minCompleteness: 50, minState: "translated"))
        #expect(block.publish.threshold(for: "vi") == .init(minCompleteness: 100, minState: "final"))
        #expect(block.publish.threshold(for: "ko") == block.publish.threshold)
        #expect(block.positions["publish.locales.sw.min-completeness"].map { [$0.line, $0.column] } == [9, 29])
    }

    @Test func errorsHaveTheirLineAndColumn() {
        let head = "source: en\ntargets: [ko, vi]\n"
        for (text, expected) in [
            (
                "publish: { min-completness: 90% }\n",
                "jeju.yml:3:12: error: unknown setting 'publish.min-completness' (known: min-completeness, min-state, qa-errors, required, required-locales, locales) [config.unknown-key]"
            ),
            (
                "publish:\n  min-completeness: 120%\n",
                "jeju.yml:4:21: error: publish.min-completeness: expected a percentage from 0% to 100%, e.g. 100% [config.value]"
            ),
            (
                "publish:\n  min-state: approved\n",
                "jeju.yml:4:14: error: publish.min-state: expected one of translated, reviewed, final [config.value]"
            ),
            (
                "publish:\n  qa-errors: ignore\n",
                "jeju.yml:4:14: error: publish.qa-errors: expected withhold or publish [config.value]"
            ),
            (
                "publish:\n  required: one-notice\n",
                "jeju.yml:4:13: error: publish.required: expected a list of words, e.g. [a, b] [config.value]"
            ),
            (
                "publish:\n  locales:\n    ko: { min-state: best }\n",
                "jeju.yml:5:22: error: publish.locales.ko.min-state: expected one of translated, reviewed, final [config.value]"
            ),
            (
                "publish:\n  locales:\n    ko: { target: 1 }\n",
                "jeju.yml:5:11: error: unknown setting 'publish.locales.ko.target' (known: min-completeness, min-state) [config.unknown-key]"
            ),
            (
                "publish:\n  locales:\n    fr: { min-completeness: 10% }\n",
                "jeju.yml:5:5: error: publish.locales.fr: 'fr' is not one of the targets (ko, vi) [config.value]"
            ),
            (
                "publish:\n  required-locales: [ko, de]\n",
                "jeju.yml:4:21: error: publish.required-locales: 'de' is not one of the targets (ko, vi) [config.value]"
            ),
            (
                "publish: 100%\n",
                "jeju.yml:3:10: error: publish: expected 'key: value' lines or { key: value, … } (min-completeness, min-state, qa-errors, required, required-locales, locales) [config.value]"
            ),
            (
                "publishThreshold: 50\n",
                "jeju.yml:3:1: error: 'publishThreshold' is now written 'publish: { min-completeness: N% }' [config.unknown-key]"
            ),
        ] {
            #expect(error(head + text) == expected, "\(text)")
        }
    }

    @Test func theInitFileReadsBackTheSame() throws {
        var config = ProjectConfig(source: "en", targets: ["ko"])
        config.publish.threshold.minCompleteness = 87.5
        config.publish.required = ["x"]
        let back = try parse(config.yaml)
        #expect(back == config)
        #expect(config.yaml.contains("  min-completeness: 87.5%\n"))
    }
}
