import Glossary

/// A one-concept termbase for the register tests: "Republic of Korea" (preferred, `register:formal`) and "Korea"
/// (admitted, any register) in English and their counterparts in one target language.
public enum RegisterTermbase {
    /// The termbase, with `formal` and `short` as the target language's full and short forms.
    public static func make(_ language: String, formal: String, short: String) -> Termbase {
        let register = Term.registerPrefix + "formal"
        return Termbase(concepts: [
            Concept(
                id: "rok",
                languages: [
                    LanguageSection(
                        language: "en",
                        terms: [
                            Term("Republic of Korea", termType: .fullForm, status: .preferred, subsets: [register]),
                            Term("Korea", termType: .shortForm, status: .admitted),
                        ]),
                    LanguageSection(
                        language: language,
                        terms: [
                            Term(formal, termType: .fullForm, status: .preferred, subsets: [register]),
                            Term(short, termType: .shortForm, status: .admitted),
                        ]),
                ])
        ])
    }
}
