import ICU
import QualityChecks
import Testing

@Suite struct NumberDateCheckTests {
    let source = "The notice has been read 9,252 times by officials from 24 countries."

    @Test func numbersReadLocaleAwarePass() {
        let good: [(String, String)] = [
            ("id", "Pemberitahuan ini telah dibaca 9.252 kali oleh pejabat dari 24 negara."),
            ("vi", "Thông báo đã được các quan chức từ 24 quốc gia đọc 9.252 lần."),
            ("ru", "Объявление прочитали 9 252 раза чиновники из 24 стран."),  // plain space
            ("uz", "Eʼlon 24 mamlakatdan kelgan amaldorlar tomonidan 9\u{A0}252 marta oʻqildi."),  // CLDR's NBSP
            ("ar", "قرأ الإعلان ٩٬٢٥٢ مرة مسؤولون من ٢٤ دولة."),
            ("ar", "قرأ الإعلان 9,252 مرة مسؤولون من 24 دولة."),  // Latin digits, CLDR's ar latn symbols
            ("ko", "이 공지는 24개국 공무원들이 9,252회 읽었다."),
            ("sw", "Tangazo limesomwa mara 9,252 na maafisa kutoka nchi 24."),
        ]
        for (locale, target) in good {
            #expect(messages(QAChecks.numbers, source, target, locale).isEmpty, "\(locale): \(target)")
        }
    }

    @Test func numberMisreadInTheTargetLocaleFails() {
        // English grouping copied into Indonesian: "9,252" reads as nine point two five two.
        let id = messages(
            QAChecks.numbers, source, "Pemberitahuan ini telah dibaca 9,252 kali oleh pejabat dari 24 negara.", "id")
        #expect(id.count == 1)
        #expect(id.first?.contains("in id it is written 9.252") == true)
        #expect(id.first?.contains("reads as 9.252") == true)
        // A wrong figure in Arabic digits.
        let ar = messages(QAChecks.numbers, source, "قرأ الإعلان ٩٢٥ مرة مسؤولون من ٢٤ دولة.", "ar")
        #expect(ar.count == 1 && ar[0].contains("٩٬٢٥٢"))
        // A missing number in Russian.
        let ru = messages(QAChecks.numbers, source, "Объявление прочитали 9 252 раза чиновники из многих стран.", "ru")
        #expect(ru == ["the number 24 of the source is missing in the target"])
    }

    /// A number written as words is read with CLDR's spell-out rules; a word that only contains it is not it.
    @Test func numbersWrittenAsWordsAreRead() {
        let source = "Over 60 participants from 24 countries attended."
        let good: [(String, String)] = [
            ("vi", "Hơn sáu mươi đại biểu từ 24 quốc gia đã tham dự."),
            ("ru", "Более шестьдесят участников из 24 стран."),
            ("id", "Lebih dari enam puluh peserta dari 24 negara hadir."),
            ("ko", "24개국에서 육십 명이 넘는 참가자가 참석하였다."),
            ("sw", "Washiriki zaidi ya sitini kutoka nchi 24 walihudhuria."),
        ]
        for (locale, target) in good {
            #expect(messages(QAChecks.numbers, source, target, locale).isEmpty, "\(locale): \(target)")
            // The same sentence without the number still fails.
            #expect(
                messages(QAChecks.numbers, source, target.replacingOccurrences(of: "24", with: "25"), locale).count
                    == 1, "\(locale)")
        }
        // "six" inside "sixty" is not 6; CLDR's Russian rules spell the case forms too ("более шестидесяти"),
        // and another number in words is still reported.
        #expect(
            messages(QAChecks.numbers, "Over 6 participants attended.", "Over sixty participants attended.", "en").count
                == 1)
        #expect(messages(QAChecks.numbers, source, "Более шестидесяти участников из 24 стран.", "ru").isEmpty)
        #expect(messages(QAChecks.numbers, source, "Более пятидесяти участников из 24 стран.", "ru").count == 1)
    }

    /// An Amharic target may date the notice in the Ethiopian calendar, as Ethiopian government pages do:
    /// 26 May 2016 is "ግንቦት 18 ቀን 2008 ዓ.ም." (Ginbot 18, 2008 in the year of mercy). The day is converted
    /// through ICU, so a wrong Ethiopian day still fails, and "ዓ.ም." is an abbreviation, not a full stop.
    @Test func ethiopianCalendarDatesAreRead() {
        let source = "The workshop opened in Jeju on May 26, 2016."
        let good = [
            "ዎርክሾፑ ግንቦት 18 ቀን 2008 ዓ.ም. በጄጁ ተከፈተ።",  // as Ethiopian government pages write it
            "ዎርክሾፑ 18 ግንቦት 2008 በጄጁ ተከፈተ።",  // CLDR's Ethiopic pattern "d MMMM y"
            "ዎርክሾፑ 26 ሜይ 2016 በጄጁ ተከፈተ።",  // the Gregorian date, as before
        ]
        for target in good {
            #expect(messages(QAChecks.dates, source, target, "am").isEmpty, "\(target)")
            #expect(messages(QAChecks.numbers, source, target, "am").isEmpty, "\(target)")
        }
        #expect(messages(QAChecks.localePunctuation, source, good[0], "am").isEmpty)
        // A wrong day, month or year in the Ethiopian calendar is still a wrong date.
        for wrong in [
            "ዎርክሾፑ ግንቦት 19 ቀን 2008 ዓ.ም. በጄጁ ተከፈተ።", "ዎርክሾፑ ሰኔ 18 ቀን 2008 ዓ.ም. በጄጁ ተከፈተ።",
            "ዎርክሾፑ ግንቦት 18 ቀን 2009 ዓ.ም. በጄጁ ተከፈተ።",
        ] {
            #expect(messages(QAChecks.dates, source, wrong, "am").count == 1, "\(wrong)")
        }
        // A day without a year converts when it is the same Ethiopian day in every year (24 May is always
        // 16 Ginbot), not when it moves with the leap year (24 December is 15 or 14 Tahsas).
        #expect(messages(QAChecks.dates, "The gathering happened on May 24.", "ስብሰባው ግንቦት 16 ቀን ተካሄደ።", "am").isEmpty)
        #expect(
            messages(QAChecks.dates, "The gathering happened on May 24.", "ስብሰባው ግንቦት 17 ቀን ተካሄደ።", "am").count == 1)
        #expect(
            messages(QAChecks.dates, "The gathering happened on December 24.", "ስብሰባው ታኅሣሥ 15 ቀን ተካሄደ።", "am").count
                == 1)
        // The thirteenth month: 10 September 2016 is Pagume (ጳጉሜን) 5, 2008.
        #expect(
            messages(
                QAChecks.dates, "The report was published on September 10, 2016.", "ሪፖርቱ ጳጉሜን 5 ቀን 2008 ዓ.ም. ታትሟል።",
                "am"
            ).isEmpty)
        // A language whose region CLDR gives no Ethiopian calendar does not read one: the same words in a
        // Hausa target are not the date.
        #expect(messages(QAChecks.dates, source, "An buɗe taron a Jeju ranar ግንቦት 18 2008.", "ha").count == 1)
        // A full stop that ends a sentence in Amharic is still the Latin one.
        #expect(messages(QAChecks.localePunctuation, source, "ዎርክሾፑ በጄጁ ተከፈተ.", "am").count == 1)
    }

    @Test func datesReadWithCLDRPatterns() {
        let source = "The gathering happened in Jeju Island on May 24, and the programme continues until May 27."
        let good: [(String, String)] = [
            ("ru", "Встреча прошла на острове Чеджу 24 мая, программа продлится до 27 мая."),
            ("ko", "이 모임은 5월 24일 제주도에서 열렸으며 프로그램은 5월 27일까지 계속된다."),
            ("vi", "Cuộc gặp diễn ra tại đảo Jeju vào ngày 24 tháng 5 và chương trình kéo dài đến ngày 27 tháng 5."),
            ("id", "Pertemuan berlangsung di Pulau Jeju pada 24 Mei, dan program berlanjut hingga 27 Mei."),
        ]
        for (locale, target) in good {
            #expect(messages(QAChecks.dates, source, target, locale).isEmpty, "\(locale): \(target)")
            // Day numbers inside dates are the date check's business, not the number check's.
            #expect(messages(QAChecks.numbers, source, target, locale).isEmpty, "\(locale): \(target)")
        }
        // Russian with the wrong day, and with the month in the nominative ("май" is not a date form, but the
        // standalone name is accepted as the same month).
        let wrong = messages(
            QAChecks.dates, source, "Встреча прошла на острове Чеджу 25 мая, программа продлится до 27 мая.", "ru")
        #expect(wrong.count == 1)
        #expect(wrong.first?.contains("'May 24'") == true)
        #expect(wrong.first?.contains("24 мая") == true)
        // Korean with the month and day swapped.
        let ko = messages(QAChecks.dates, source, "이 모임은 24월 5일 제주도에서 열렸으며 프로그램은 5월 27일까지 계속된다.", "ko")
        #expect(ko.count == 1)
    }

    @Test func datesWrittenOutsideThePatterns() {
        // Hausa puts "ga" between day and month; an hour is not a day.
        let source = "The virus was named on February 11, 2020."
        #expect(messages(QAChecks.dates, source, "An ba shi suna a ranar 11 ga Fabrairu, 2020.", "ha").isEmpty)
        #expect(messages(QAChecks.dates, source, "An ba shi suna a ranar 12 ga Fabrairu, 2020.", "ha").count == 1)
        #expect(
            messages(
                QAChecks.dates, "as at 15 March 8:00 a.m.", "kamar yadda a ranar 15 ga watan Maris kafe 8:00 na safe",
                "ha"
            ).isEmpty)
    }

    @Test func numericDatesReadInEveryLocale() {
        let source = "Date : 2016.05.26"
        #expect(messages(QAChecks.dates, source, "날짜 : 2016.05.26", "ko").isEmpty)
        #expect(messages(QAChecks.dates, source, "Дата: 26 мая 2016 г.", "ru").isEmpty)
        #expect(messages(QAChecks.dates, source, "Дата: 2016.06.26", "ru").count == 1)
    }
}
