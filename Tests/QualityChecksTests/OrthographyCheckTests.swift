import Foundation
import ICU
import JejuSupport
import QualityChecks
import Testing
import TestSupport

@Suite struct RepeatedWordTests {
    @Test func latinWordsRepeatedInAnotherCaseOrBeforePunctuation() {
        let source = "Those officials are in charge of e-government policies."
        // Case apart, and with the sentence's full stop after the second: still the same word.
        #expect(messages(QAChecks.repeatedWord, source, "Ang ang mga opisyal ay may pananagutan.", "fil").count == 1)
        #expect(messages(QAChecks.repeatedWord, source, "Maafisa hao wanasimamia sera za ZA.", "sw").count == 1)
        // Folding beyond ASCII: the German sharp s folds to "ss".
        #expect(messages(QAChecks.repeatedWord, source, "Die Straße STRASSE ist lang.", "de").count == 1)
        // One letter more, or another letter: another word.
        #expect(messages(QAChecks.repeatedWord, source, "Maafisa hao wanasimamia sera za zao.", "sw").isEmpty)
        #expect(messages(QAChecks.repeatedWord, source, "Ang ano mga opisyal ay may pananagutan.", "fil").isEmpty)
    }

    @Test func aWordWrittenTwiceInARow() {
        let source = "Those officials are in charge of e-government policies."
        #expect(
            messages(
                QAChecks.repeatedWord, source, "Эти чиновники отвечают за политику электронного правительства.", "ru"
            ).isEmpty)
        let ru = messages(
            QAChecks.repeatedWord, source, "Это это чиновники, отвечающие за политику электронного правительства.", "ru"
        )
        #expect(
            ru == [
                "'Это это': the word 'Это' is written twice in a row (column 1); remove one, or suppress the finding if the repetition is meant"
            ])
        // Across a line break too, once per word; a comma marks an intended repetition; a repetition the source has is kept.
        #expect(
            messages(QAChecks.repeatedWord, source, "Maafisa hao wanasimamia sera za za\nserikali mtandao za za.", "sw")
                .count == 1)
        #expect(messages(QAChecks.repeatedWord, source, "Hapana, hapana, maafisa hao wanasimamia sera.", "sw").isEmpty)
        #expect(
            messages(QAChecks.repeatedWord, "He said: very very good.", "Он сказал: очень очень хорошо.", "ru").isEmpty)
        // A word with a particle or affix is another word; numbers are not words.
        #expect(
            messages(QAChecks.repeatedWord, source, "Ang mga opisyal ay may pananagutan sa patakaran 24 24.", "fil")
                .isEmpty)
        #expect(
            messages(QAChecks.repeatedWord, source, "المسؤولون المسؤولين عن سياسات الحكومة الإلكترونية.", "ar").isEmpty)
        #expect(
            messages(QAChecks.repeatedWord, source, "المسؤولون المسؤولون عن سياسات الحكومة الإلكترونية.", "ar").count
                == 1)
        // Not where the language's grammar repeats words: Amharic ዋና ዋና "the main ones", Vietnamese syllables.
        #expect(messages(QAChecks.repeatedWord, source, "ዋና ዋና ባለሥልጣናት ናቸው።", "am").isEmpty)
        #expect(messages(QAChecks.repeatedWord, source, "công nghệ truyền thông thông minh", "vi").isEmpty)
        // Korean is checked: a word with its particle is another word, the same word twice is a slip.
        #expect(messages(QAChecks.repeatedWord, source, "이 공무원들은 전자정부 정책을 담당한다.", "ko").isEmpty)
        #expect(messages(QAChecks.repeatedWord, source, "이 공무원들은 전자정부 전자정부 정책을 담당한다.", "ko").count == 1)
        #expect(messages(QAChecks.repeatedWord, source, "24개국 24개국 공무원이 참석하였다.", "ko").count == 1)
        #expect(
            messages(QAChecks.repeatedWord, source, "행정자치부는 아시아개발은행(ADB), 아시아개발은행(ADB), 세계도시전자정부협의체와 협력하였다.", "ko")
                .count == 1)
    }

    /// The UDHR file and the Universal Dependencies folder of each target language.
    static let corpora: [String: (udhr: String, ud: String?)] = [
        "am": ("amh", "UD_Amharic-ATT"), "ar": ("arb", nil), "fil": ("tgl", "UD_Tagalog-TRG"), "ha": ("hau_NG", nil),
        "id": ("ind", "UD_Indonesian-GSD"), "ig": ("ibo", nil), "ko": ("kor", "UD_Korean-GSD"), "ms": ("mly_latn", nil),
        "ru": ("rus", "UD_Russian-GSD"), "sw": ("swh", nil), "uz": ("uzn_latn", "UD_Uzbek-UT"),
        "vi": ("vie", "UD_Vietnamese-VTB"),
        "yo": ("yor", "UD_Yoruba-YTB"),
    ]

    /// `QAChecks.reduplicating` is measured, not chosen: exactly the languages whose UDHR paragraphs and UD
    /// sentences (`# text`) repeat at least two different lower-case words (one can be a slip).
    @Test func theReduplicatingLanguagesAreThoseWhoseCorporaRepeatWords() throws {
        guard let udhr = SharedData.url("corpora/udhr"), let ud = SharedData.url("corpora/ud") else { return }
        var measured = Set<String>()
        for (language, files) in Self.corpora.sorted(by: { $0.key < $1.key }) {
            var texts = try LengthBandTests.read(files.udhr).map { Self.paragraphs($0) } ?? []
            #expect(!texts.isEmpty, "\(udhr.path): \(files.udhr)")
            if let folder = files.ud {
                for name in try FileManager.default.contentsOfDirectory(atPath: ud.appendingPathComponent(folder).path)
                where name.hasSuffix(".conllu") {
                    let text = try String(
                        contentsOf: ud.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
                    texts += text.split(separator: "\n").filter { $0.hasPrefix("# text =") }.map {
                        String($0.dropFirst(8)).trimmingCharacters(in: .whitespaces)
                    }
                }
            }
            // Names and shouting ("Diuca diuca", "SAME SAME") are not the language's grammar: lower-case words only.
            let repeated = Set(texts.flatMap(QAChecks.repeatedWords(in:)).filter { $0 == $0.lowercased() })
            print(
                "repeated words \(language): \(repeated.count) distinct in \(texts.count) texts \(repeated.sorted().prefix(6))"
            )
            if repeated.count >= 2 { measured.insert(language) }
        }
        #expect(measured == QAChecks.reduplicating)
    }

    static func paragraphs(_ element: XElement) -> [String] {
        element.name == "para" ? [element.text] : element.elements.flatMap(paragraphs)
    }
}

@Suite struct DiacriticsTests {
    /// Marks stripped as a keyboard without them or a careless tool would: combining marks dropped, the hooked
    /// letters and ʻ replaced by their plain look-alikes.
    static func stripped(_ text: String) -> String {
        let plain = Normalizer.normalize(text, .nfd).unicodeScalars.filter {
            CharacterProperties.generalCategory($0) != 6
        }
        let map: [Unicode.Scalar: String] = [
            "ɓ": "b", "ɗ": "d", "ƙ": "k", "ƴ": "y", "Ɓ": "B", "Ɗ": "D", "Ƙ": "K", "Ƴ": "Y", "\u{2BB}": "'", "đ": "d",
            "Đ": "D",
        ]
        return Normalizer.normalize(plain.map { map[$0] ?? String($0) }.joined(), .nfc)
    }

    /// The shipped norms are what the measurement gives on the UDHR; languages under 1% have none.
    @Test func shippedNormsAreTheUDHRMeasurement() throws {
        guard SharedData.url("corpora/udhr") != nil else { return }
        var measured: [String: Double] = [:]
        for (language, key) in LengthBandTests.files.sorted(by: { $0.key < $1.key }) {
            let rate = MarkedLetters.measure(RepeatedWordTests.paragraphs(try #require(try LengthBandTests.read(key))))
            print("marked letters \(language): \(rate)")
            if rate >= 0.01 && rate < 0.9 { measured[language] = (rate * 10_000).rounded() / 10_000 }
        }
        #expect(measured == MarkedLetters.udhr.mapValues(\.rate))
    }

    /// Every UDHR paragraph of a language with a norm passes; the same paragraph stripped of its marks is caught
    /// in Vietnamese, Yoruba and Igbo (most of them), and the whole text in every language.
    @Test func strippedTextIsCaughtAndTheCorpusPasses() throws {
        guard SharedData.url("corpora/udhr") != nil else { return }
        for language in MarkedLetters.udhr.keys.sorted() {
            let paragraphs = RepeatedWordTests.paragraphs(
                try #require(try LengthBandTests.read(LengthBandTests.files[language]!)))
            var caught = 0
            for p in paragraphs {
                #expect(messages(QAChecks.diacritics, "", p, language).isEmpty, "\(language): \(p)")
                if !messages(QAChecks.diacritics, "", Self.stripped(p), language).isEmpty { caught += 1 }
            }
            print("diacritics \(language): \(caught) of \(paragraphs.count) stripped paragraphs caught")
            if ["vi", "yo"].contains(language) { #expect(caught >= paragraphs.count * 9 / 10, "\(language)") }
            if language == "ig" { #expect(caught >= paragraphs.count / 3, "\(language)") }
            #expect(
                !messages(QAChecks.diacritics, "", Self.stripped(paragraphs.joined(separator: " ")), language).isEmpty,
                "\(language)")
        }
    }

    @Test func wordsFromTheSourceDoNotCount() {
        let source = "Participants from Malaysia, Indonesia and Uzbekistan met Director General Lee In-jae in Jeju."
        // Names from the source are in plain Latin in every language; the Yoruba words around them keep their marks.
        #expect(
            messages(
                QAChecks.diacritics, source,
                "Àwọn olùkópa láti Malaysia, Indonesia àti Uzbekistan pàdé Director General Lee In-jae ní Jeju.", "yo"
            ).isEmpty)
        let flat = messages(
            QAChecks.diacritics, source,
            "Awon olukopa lati Malaysia, Indonesia ati Uzbekistan pade Oludari Agba Lee In-jae ni Jeju, won si jiroro lori ijoba ori ayelujara.",
            "yo")
        #expect(flat.count == 1 && flat[0].contains("yo text has about 39.2%"), "\(flat)")
    }
}

@Suite struct UntranslatedWordsTests {
    static let source = "Director General Lee In-jae welcomed officials from ADB and WeGO in Jeju."

    @Test func sourceWordsLeftInLatinInATargetInAnotherScript() throws {
        // Transliterated: nothing; acronyms stay.
        #expect(
            messages(
                QAChecks.untranslatedWords, Self.source, "ዋና ዳይሬክተር ሊ ኢን-ጄ የADB እና የWeGO ባለሥልጣናትን በጄጁ ተቀብለዋል።", "am"
            ).isEmpty)
        // The name left in Latin letters, as the source writes it.
        let am = messages(
            QAChecks.untranslatedWords, Self.source, "ዋና ዳይሬክተር Lee In-jae የADB ባለሥልጣናትን በJeju ተቀብለዋል።", "am")
        #expect(
            am == [
                "'Lee', 'In', 'jae', 'Jeju' are left in Latin letters as in the source, in a am text written in Ethiopic: transliterate or translate them, or mark the name do-not-translate in the termbase or allow it in the profile"
            ])
        // A name the profile allows; Latin targets are not judged.
        let allowed = QAContext(allowedIdentical: ["Lee In-jae", "Jeju"])
        #expect(
            messages(
                QAChecks.untranslatedWords, Self.source, "Генеральный директор Lee In-jae приветствовал в Jeju.", "ru",
                context: allowed
            ).isEmpty)
        #expect(
            messages(
                QAChecks.untranslatedWords, Self.source,
                "Mkurugenzi Mkuu Lee In-jae aliwakaribisha maafisa wa ADB huko Jeju.", "sw"
            ).isEmpty)
        // A MessageFormat argument is code, not a word.
        #expect(
            messages(
                QAChecks.untranslatedWords, "{count, plural, one {# notice} other {# notices}}",
                "{count, plural, other {# 공지}}", "ko", messageFormat: true
            ).isEmpty)
    }

    /// The termbase's do-not-translate terms (WeGO) and proper-name acronyms pass; its other names do not.
    @Test func theTermbaseSaysWhatStays() throws {
        let context = QAContext(termbase: try ProjectTermbase.load())
        let r = messages(
            QAChecks.untranslatedWords, Self.source,
            "Генеральный директор Lee приветствовал представителей ADB и WeGO на острове Чеджу.", "ru", context: context
        )
        #expect(r.count == 1 && r[0].hasPrefix("'Lee' is left"), "\(r)")
    }
}
