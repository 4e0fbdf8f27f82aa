import QualityChecks
import Testing

@Suite struct TextCheckTests {
    @Test func whitespaceAndDoubleSpaces() {
        let source = "Those officials are in charge of e-government policies. "
        #expect(
            messages(
                QAChecks.whitespace, source, "Para pejabat itu bertanggung jawab atas kebijakan e-government. ", "id"
            ).isEmpty)
        let lost = messages(
            QAChecks.whitespace, source, "Para pejabat itu bertanggung jawab atas kebijakan e-government.", "id")
        #expect(lost.count == 1 && lost[0].contains("the source ends with ' '"))
        let lead = messages(QAChecks.whitespace, "Top", " Juu", "sw")
        #expect(lead == ["the target starts with white space ' ' the source does not have; remove it"])
        let double = messages(
            QAChecks.doubleSpace, source, "Para pejabat itu  bertanggung jawab atas kebijakan e-government. ", "id")
        #expect(double.count == 1 && double[0].contains("2 spaces in a row after 'pejabat itu'"))
    }

    @Test func sentenceEndKeptInKind() {
        let question = "How can cities share e-government solutions?"
        #expect(
            messages(QAChecks.sentenceEnd, question, "كيف يمكن للمدن تبادل حلول الحكومة الإلكترونية؟", "ar").isEmpty)
        let ar = messages(QAChecks.sentenceEnd, question, "كيف يمكن للمدن تبادل حلول الحكومة الإلكترونية.", "ar")
        #expect(ar == ["the source ends with a question mark ('?'); end the target with '؟' instead of '.'"])
        let statement = "The programme continues until May 27."
        #expect(messages(QAChecks.sentenceEnd, statement, "ፕሮግራሙ እስከ ግንቦት 19 ይቀጥላል።", "am").isEmpty)
        let am = messages(QAChecks.sentenceEnd, statement, "ፕሮግራሙ እስከ ግንቦት 19 ይቀጥላል", "am")
        #expect(am == ["the source ends with a full stop ('.'); end the target with '።'"])
        // A heading has no full stop; its translation should not gain one.
        #expect(messages(QAChecks.sentenceEnd, "News & Notices", "Новости и объявления.", "ru").count == 1)
        // A quotation's closing mark is not the sentence end.
        #expect(
            messages(
                QAChecks.sentenceEnd, "He said, “E-government is a tool.”",
                "Он сказал: «Электронное правительство — это инструмент».", "ru"
            ).isEmpty)
    }

    @Test func ethiopicAndArabicPunctuation() {
        let source = "Participants came from Kenya, Nigeria and Ethiopia; they met in Jeju."
        #expect(
            messages(QAChecks.localePunctuation, source, "ተሳታፊዎቹ ከኬንያ፣ ከናይጄሪያ እና ከኢትዮጵያ መጡ፤ በጄጁ ተገናኙ።", "am").isEmpty)
        let am = messages(QAChecks.localePunctuation, source, "ተሳታፊዎቹ ከኬንያ, ከናይጄሪያ እና ከኢትዮጵያ መጡ; በጄጁ ተገናኙ::", "am")
        #expect(am.contains("'::' stands for a full stop; write '።'"))
        #expect(am.contains("',' is not the comma of am; write '፣'"))
        #expect(am.contains("';' is not the semicolon of am; write '፤'"))
        #expect(
            messages(
                QAChecks.localePunctuation, source, "جاء المشاركون من كينيا، ونيجيريا وإثيوبيا؛ والتقوا في جيجو.", "ar"
            ).isEmpty)
        let ar = messages(
            QAChecks.localePunctuation, source, "جاء المشاركون من كينيا, ونيجيريا وإثيوبيا; والتقوا في جيجو.", "ar")
        #expect(ar == ["',' is not the comma of ar; write '،'", "';' is not the semicolon of ar; write '؛'"])
        // A decimal separator is not a comma; Latin-script locales keep ASCII punctuation.
        #expect(messages(QAChecks.localePunctuation, "3,5 million", "٣,٥ مليون", "ar").isEmpty)
        #expect(
            messages(
                QAChecks.localePunctuation, source, "Washiriki walitoka Kenya, Nigeria na Ethiopia; walikutana Jeju.",
                "sw"
            ).isEmpty)
    }

    @Test func quotationMarksOfTheLocale() {
        let source = "He said, “E-government is an efficient policy tool.”"
        #expect(
            messages(
                QAChecks.quotationMarks, source,
                "Он сказал: «Электронное правительство — эффективный инструмент политики».", "ru"
            ).isEmpty)
        let ru = messages(
            QAChecks.quotationMarks, source,
            "Он сказал: “Электронное правительство — эффективный инструмент политики”.", "ru")
        #expect(ru.count == 1 && ru[0].contains("CLDR gives «…»"))
        #expect(messages(QAChecks.quotationMarks, source, "그는 “전자정부는 효율적인 정책 도구”라고 말했다.", "ko").isEmpty)
        // Apostrophes are not quotation marks: Hausa ’y and the one in jami’ai; straight quotes are.
        #expect(
            messages(
                QAChecks.quotationMarks, "Officials from 24 countries attended.",
                "Jami’ai ’yan ƙasashe 24 sun halarta.", "ha"
            ).isEmpty)
        #expect(
            messages(QAChecks.quotationMarks, source, "Ya ce, \"E-gwamnati kayan aiki ne mai inganci.\"", "ha").count
                == 1)
        // A profile's house style adds marks for its language only.
        let arabic = "وقال: «الحكومة الإلكترونية أداة فعالة».", house = QAContext(extraQuotationMarks: ["ar": "«»"])
        #expect(messages(QAChecks.quotationMarks, source, arabic, "ar").first?.contains("CLDR gives ”…“") == true)
        #expect(messages(QAChecks.quotationMarks, source, arabic, "ar", context: house).isEmpty)
        #expect(messages(QAChecks.quotationMarks, source, "Он сказал: “Да”.", "ru", context: house).count == 1)
    }

    @Test func spacingAroundPunctuation() {
        let source = "Participants came from Kenya, Nigeria and Ethiopia."
        #expect(
            messages(
                QAChecks.punctuationSpacing, source, "Para peserta datang dari Kenya, Nigeria, dan Ethiopia.", "id"
            ).isEmpty)
        let before = messages(
            QAChecks.punctuationSpacing, source, "Washiriki walitoka Kenya , Nigeria na Ethiopia .", "sw")
        #expect(before == ["space before ','; remove it", "space before '.'; remove it"])
        let after = messages(QAChecks.punctuationSpacing, source, "Washiriki walitoka Kenya,Nigeria na Ethiopia.", "sw")
        #expect(after == ["no space after ',' before 'N'; add one"])
        // Numbers keep their separators.
        #expect(messages(QAChecks.punctuationSpacing, "9,252 times", "mara 9,252", "sw").isEmpty)
    }

    @Test func unpairedBracketsAndQuotes() {
        let source = "In cooperation with the Asian Development Bank (ADB), the Ministry invited officials."
        #expect(
            messages(
                QAChecks.brackets, source,
                "Kwa ushirikiano na Benki ya Maendeleo ya Asia (ADB), Wizara iliwaalika maafisa.", "sw"
            ).isEmpty)
        let sw = messages(
            QAChecks.brackets, source, "Kwa ushirikiano na Benki ya Maendeleo ya Asia (ADB, Wizara iliwaalika maafisa.",
            "sw")
        #expect(sw == ["unpaired ( in the target; close or remove it"])
        let quote = "He said, “E-government is an efficient policy tool.”"
        let ru = messages(
            QAChecks.brackets, quote, "Он сказал: «Электронное правительство — эффективный инструмент политики.", "ru")
        #expect(ru == ["unpaired « in the target; close or remove it"])
        // English quotation marks in Russian are the wrong marks (quotation-marks) but still a pair.
        #expect(
            messages(
                QAChecks.brackets, quote, "Он сказал: “Электронное правительство — эффективный инструмент политики.”",
                "ru"
            ).isEmpty)
        // A quotation that runs on into the next segment is open in both.
        #expect(
            messages(QAChecks.brackets, "He then continued, “I hope", "Затем он продолжил: «Я надеюсь", "ru").isEmpty)
    }
}
