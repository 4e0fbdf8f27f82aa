import Segmentation
import Testing

/// Hard English patterns editors write, each with the sentences a careful reader sees. Written for Jeju in the
/// manner of the "Golden Rules" used to judge sentence segmenters.
@Suite struct EnglishGoldenRulesTests {
    static let cases: [(String, [String])] = [
        ("Simple period to end sentence. Another one.", ["Simple period to end sentence.", "Another one."]),
        ("Mr. Kim met Dr. Lee in Seoul. They talked.", ["Mr. Kim met Dr. Lee in Seoul.", "They talked."]),
        ("Prof. Park and Amb. Choi attended.", ["Prof. Park and Amb. Choi attended."]),
        ("The meeting is on Mar. 13 in Jeju. Please come.", ["The meeting is on Mar. 13 in Jeju.", "Please come."]),
        (
            "See Decree No. 80 of the Ministry. It applies now.",
            ["See Decree No. 80 of the Ministry.", "It applies now."]
        ),
        (
            "Call Tel. 02-2100-3399 for details. Staff will answer.",
            ["Call Tel. 02-2100-3399 for details.", "Staff will answer."]
        ),
        ("He joined the U.N. Development Programme in 2010.", ["He joined the U.N. Development Programme in 2010."]),
        ("She studied in the U.S. He stayed in Korea.", ["She studied in the U.S.", "He stayed in Korea."]),
        (
            "Cities (e.g. Seoul and Busan) joined. Towns did not.",
            ["Cities (e.g. Seoul and Busan) joined.", "Towns did not."]
        ),
        ("Use open standards, i.e. Formats anyone can read.", ["Use open standards, i.e. Formats anyone can read."]),
        ("The report by J. R. Kim is out. Read it.", ["The report by J. R. Kim is out.", "Read it."]),
        ("Growth was 3.5 percent in 2016. It rose.", ["Growth was 3.5 percent in 2016.", "It rose."]),
        ("1. Register online. 2. Attend the session.", ["1. Register online.", "2. Attend the session."]),
        ("a) Local officials b) experts", ["a) Local officials b) experts"]),
        ("We waited... Then the delegates arrived.", ["We waited...", "Then the delegates arrived."]),
        ("We waited… Then the delegates arrived.", ["We waited…", "Then the delegates arrived."]),
        ("The results were... well, mixed.", ["The results were... well, mixed."]),
        ("“Why not?” she asked the minister.", ["“Why not?” she asked the minister."]),
        ("He shouted “Stop!” and left. Nobody followed.", ["He shouted “Stop!” and left.", "Nobody followed."]),
        ("“Is this the future?” Nobody knew.", ["“Is this the future?”", "Nobody knew."]),
        ("He said, “It is done.” He left.", ["He said, “It is done.”", "He left."]),
        ("Visit www.mois.go.kr. The site has details.", ["Visit www.mois.go.kr.", "The site has details."]),
        (
            "Apply at https://www.gov.kr/portal?Id=3&Lang=en today. It is free.",
            ["Apply at https://www.gov.kr/portal?Id=3&Lang=en today.", "It is free."]
        ),
        (
            "Write to Kim.Minsu@mois.go.kr for help. Replies take a day.",
            ["Write to Kim.Minsu@mois.go.kr for help.", "Replies take a day."]
        ),
        (
            "What is e-government? It is digital public service!",
            ["What is e-government?", "It is digital public service!"]
        ),
        ("The budget was $2.5 million. It was spent.", ["The budget was $2.5 million.", "It was spent."]),
        ("It starts at 9 a.m. sharp.", ["It starts at 9 a.m. sharp."]),
        ("Smith et al. found this. It matters.", ["Smith et al. found this.", "It matters."]),
        ("Dir. Gen. Lee spoke.", ["Dir. Gen. Lee spoke."]),
        ("This is Sen. Park's bill. It passed.", ["This is Sen. Park's bill.", "It passed."]),
        ("See p. 14 and Fig. 2 below.", ["See p. 14 and Fig. 2 below."]),
        ("They met on Sept. 5. Everyone came.", ["They met on Sept. 5.", "Everyone came."]),
        ("Yahoo! is a company. It exists.", ["Yahoo! is a company.", "It exists."]),
        ("He asked (quietly) why? Then he left.", ["He asked (quietly) why?", "Then he left."]),
        (
            "The Ministry of the Interior (MOI) leads. Cities follow.",
            ["The Ministry of the Interior (MOI) leads.", "Cities follow."]
        ),
        ("I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
        ("I work for the U.S. Government in Virginia.", ["I work for the U.S. Government in Virginia."]),
        (
            "You can find it at N°. 1026.253.553. That is where the treasure is.",
            ["You can find it at N°. 1026.253.553.", "That is where the treasure is."]
        ),
        (
            "Thoreau argues that “the laws of the universe will appear less complex. . . .” Then he stops.",
            ["Thoreau argues that “the laws of the universe will appear less complex. . . .”", "Then he stops."]
        ),
        ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
        ("I can see Mt. Fuji from here.", ["I can see Mt. Fuji from here."]),
        ("That is JFK Jr.'s book.", ["That is JFK Jr.'s book."]),
        ("She turned to him, 'This is great.' she said.", ["She turned to him, 'This is great.' she said."]),
        ("Hello!! Long time no see.", ["Hello!!", "Long time no see."]),
        (
            "Her email is Jane.Doe@example.com. I sent her an email.",
            ["Her email is Jane.Doe@example.com.", "I sent her an email."]
        ),
    ]

    @Test(arguments: cases.indices)
    func segmentsLikeACarefulReader(_ i: Int) throws {
        let (text, expected) = Self.cases[i]
        let segmenter = try Segmenter(language: "en")
        let got = segmenter.segments(of: text).map { String(text[$0]).trimmingCharacters(in: .whitespaces) }
        #expect(got == expected, "input: \(text)")
    }
}
