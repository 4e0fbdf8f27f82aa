import Segmentation
import Testing

/// Each of Jeju's 14 languages with its own punctuation: three sentences each, in the register of notices.
@Suite struct MultilingualSegmentationTests {
    static let cases: [(String, [String])] = [
        ("en", ["Officials met in Jeju.", "Was it useful?", "Yes!"]),
        ("ko", ["행정자치부는 제주에서 연수를 열었다.", "참가자는 몇 명이었나요?", "60명이 넘었습니다!"]),
        ("vi", ["Các quan chức địa phương đã gặp nhau tại Jeju.", "Khóa học kéo dài bao lâu?", "Bốn ngày."]),
        ("id", ["Pejabat daerah berkumpul di Jeju.", "Apa temanya?", "Pemerintahan elektronik dan kota pintar."]),
        ("fil", ["Nagtipon ang mga opisyal sa Jeju.", "Ano ang paksa?", "E-gobyerno at matalinong lungsod."]),
        ("ms", ["Pegawai tempatan berhimpun di Jeju.", "Apakah temanya?", "Kerajaan elektronik dan bandar pintar."]),
        ("uz", ["Mahalliy amaldorlar Jejuda yigʻildi.", "Dastur qachon tugaydi?", "27-mayda."]),
        ("ru", ["Местные чиновники собрались на Чеджу.", "Какова тема программы?", "Электронное правительство."]),
        (
            "ar",
            ["اجتمع المسؤولون المحليون في جزيرة جيجو.", "ما موضوع البرنامج؟", "الحكومة الإلكترونية والمدينة الذكية."]
        ),
        ("sw", ["Maafisa wa serikali za mitaa walikutana Jeju.", "Mada ilikuwa nini?", "Serikali mtandao."]),
        ("ha", ["Jami'an ƙananan hukumomi sun taru a Jeju.", "Mene ne taken shirin?", "Gwamnatin zamani."]),
        ("yo", ["Àwọn òṣìṣẹ́ ìjọba ìbílẹ̀ péjọ sí Jeju.", "Kí ni àkòrí ètò náà?", "Ìjọba orí ẹ̀rọ ayélujára."]),
        ("ig", ["Ndị ọrụ gọọmentị obodo zukọrọ na Jeju.", "Gịnị bụ isiokwu ya?", "Gọọmentị eletrọnịkị."]),
        ("am", ["የአካባቢ ባለሥልጣናት በጄጁ ተሰበሰቡ።", "የፕሮግራሙ ርዕስ ምንድን ነው፧", "ኤሌክትሮኒክ መንግሥት ነው!"]),
    ]

    @Test(arguments: cases.indices)
    func ownPunctuationEndsSentences(_ i: Int) throws {
        let (language, sentences) = Self.cases[i]
        let text = sentences.joined(separator: " ")
        let segmenter = try Segmenter(language: language)
        let got = segmenter.segments(of: text).map { String(text[$0]).trimmingCharacters(in: .whitespaces) }
        #expect(got == sentences, "\(language)")
    }

    @Test func japaneseStyleFullStopsNeedNoSpace() throws {
        let text = "第一文です。第二文です。"
        let got = try Segmenter(language: "ja").segments(of: text).map { String(text[$0]) }
        #expect(got == ["第一文です。", "第二文です。"])
    }

    @Test func ethiopicSentencesWithoutSpaces() throws {
        // Amharic text is often typed with no space after ። — still two sentences.
        let text = "ስብሰባው ተጀመረ።ተሳታፊዎች መጡ።"
        let got = try Segmenter(language: "am").segments(of: text).map { String(text[$0]) }
        #expect(got == ["ስብሰባው ተጀመረ።", "ተሳታፊዎች መጡ።"])
    }

    @Test func russianAbbreviationsAndInitials() throws {
        let text = "Встреча прошла в 2016 г. в Сеуле. Выступил А. С. Ким, т. е. директор департамента. Все согласились."
        let got = try Segmenter(language: "ru").segments(of: text).map {
            String(text[$0]).trimmingCharacters(in: .whitespaces)
        }
        #expect(
            got == [
                "Встреча прошла в 2016 г. в Сеуле.", "Выступил А. С. Ким, т. е. директор департамента.",
                "Все согласились.",
            ])
    }
}
