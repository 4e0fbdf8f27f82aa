import QualityChecks
import Testing

@Suite struct ScriptCheckTests {
    @Test func lettersInTheLocalesScript() {
        let source = "Participants came from Russia and Korea to Jeju Island with ADB."
        #expect(
            messages(
                QAChecks.script, source, "Участники приехали из России и Кореи на остров Чеджу вместе с ADB.", "ru"
            ).isEmpty)
        // A Latin "o" (U+006F) typed in "России".
        let mixed = messages(
            QAChecks.script, source, "Участники приехали из Рoссии и Кореи на остров Чеджу вместе с ADB.", "ru")
        #expect(mixed == ["'Рoссии' mixes scripts: 'o' is Latin, the rest Cyrillic; a look-alike letter? retype it"])
        // A Latin word the source does not have.
        let foreign = messages(
            QAChecks.script, source, "Участники приехали из России и Кореи на остров Jejudo вместе с ADB.", "ru")
        #expect(foreign.count == 1 && foreign[0].contains("'Jejudo' is in Latin script"))
        // Acronyms stay in Latin; a Latin prefix joined by a hyphen is two words, not a look-alike.
        #expect(
            messages(QAChecks.script, source, "ВОЗ (WHO) изучает SARS-CoV-2 и ADB-подобные программы.", "ru").isEmpty)
        // Korean is Hangul with Han; Amharic Ethiopic.
        #expect(messages(QAChecks.script, source, "참가자들은 러시아와 한국에서 ADB와 함께 濟州島(제주도)에 왔다.", "ko").isEmpty)
        #expect(messages(QAChecks.script, source, "ተሳታፊዎቹ ከሩሲያ እና ከኮሪያ ወደ ጄጁ ደሴት ከADB ጋር መጡ።", "am").isEmpty)
    }

    @Test func textInNFC() {
        let source = "Vietnam participates."
        let composed = "Việt Nam tham gia."
        #expect(messages(QAChecks.nfc, source, composed, "vi").isEmpty)
        let decomposed = "Vie\u{323}\u{302}t Nam tham gia."
        let vi = messages(QAChecks.nfc, source, decomposed, "vi")
        #expect(vi.count == 1 && vi[0].contains("U+0065 U+0323 U+0302") && vi[0].contains("U+1EC7"))
        // Yoruba tone marks over a dotted vowel: ẹ́ is ẹ (U+1EB9) + U+0301 in NFC.
        #expect(messages(QAChecks.nfc, "Government", "Ìjọba", "yo").isEmpty)
        #expect(messages(QAChecks.nfc, "Government", "I\u{300}jo\u{323}ba", "yo").count == 1)
    }

    @Test func uzbekOkina() {
        let source = "Officials from Uzbekistan learned about e-government."
        #expect(
            messages(
                QAChecks.uzbekApostrophe, source, "Oʻzbekistonlik amaldorlar elektron hukumat haqida oʻrganishdi.", "uz"
            ).isEmpty)
        let uz = messages(
            QAChecks.uzbekApostrophe, source, "O‘zbekistonlik amaldorlar elektron hukumat haqida o'rganishdi.", "uz")
        #expect(
            uz
                == [
                    "'o'' (1×) uses U+0027; write 'oʻ' with U+02BB MODIFIER LETTER TURNED COMMA",
                    "'O‘' (1×) uses U+2018; write 'Oʻ' with U+02BB MODIFIER LETTER TURNED COMMA",
                ].sorted())
        // Uzbek in Cyrillic has no such letters; other languages are left alone.
        #expect(messages(QAChecks.uzbekApostrophe, source, "Ўзбекистонлик амалдорлар ўрганишди.", "uz-Cyrl").isEmpty)
        #expect(messages(QAChecks.uzbekApostrophe, source, "Jami'ai sun koya.", "ha").isEmpty)
    }

    @Test func bidiControlsBalanced() {
        let source = "The WeGO secretariat is in Seoul."
        #expect(messages(QAChecks.bidiControls, source, "تقع أمانة \u{2066}WeGO\u{2069} في سيول.", "ar").isEmpty)
        let open = messages(QAChecks.bidiControls, source, "تقع أمانة \u{2066}WeGO في سيول.", "ar")
        #expect(open.count == 1 && open[0].contains("U+2066") && open[0].contains("never closed"))
        let stray = messages(QAChecks.bidiControls, source, "تقع أمانة WeGO\u{202C} في سيول.", "ar")
        #expect(stray.count == 1 && stray[0].contains("closes nothing"))
        // A right-to-left mark has no business in Russian.
        let ru = messages(QAChecks.bidiControls, source, "Секретариат WeGO\u{200F} находится в Сеуле.", "ru")
        #expect(ru.count == 1 && ru[0].contains("U+200F"))
    }

    @Test func bidiIsolationInArabic() {
        let source = "WeGO 2010 has 50 members; see www.we-gov.org or call +82-2-2100-3399."
        let arabic = "لدى WeGO 2010 خمسون عضوًا؛ راجع www.we-gov.org أو اتصل على +82-2-2100-3399."
        let found = messages(QAChecks.bidiIsolation, source, arabic, "ar")
        #expect(found.count == 3)
        #expect(found.contains { $0.contains("www.we-gov.org") })
        #expect(found.contains { $0.contains("the number 2010 follows the left-to-right 'WeGO'") })
        #expect(found.contains { $0.contains("'+82-2-2100-3399'") })
        // Isolated, and numbers in Arabic text with Arabic letters around them, are fine.
        let isolated =
            "لدى \u{2068}WeGO 2010\u{2069} خمسون عضوًا؛ راجع \u{2066}www.we-gov.org\u{2069} أو اتصل على \u{2066}+82-2-2100-3399\u{2069}."
        #expect(messages(QAChecks.bidiIsolation, source, isolated, "ar").isEmpty)
        #expect(messages(QAChecks.bidiIsolation, source, "حضر 24 بلدًا مع WeGO.", "ar").isEmpty)
        #expect(messages(QAChecks.bidiIsolation, "COVID-19", "جائحة كوفيد-19 تتفاقم", "ar").isEmpty)
        #expect(messages(QAChecks.bidiIsolation, source, arabic, "ru").isEmpty)
    }
}
