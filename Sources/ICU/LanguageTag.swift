internal import CICU

/// A BCP 47 language tag (`uz-Latn`, `fil-PH`, `de-DE-u-co-phonebk`), read once and then compared by value.
///
/// The one reading of a tag in Jeju: project settings, memories, termbases, interchange files and validation
/// all go through it. Reading a tag keeps what was written (`text`, which is what Jeju writes back), the form
/// tags are compared in (lower case, `_` read as `-`) and the ICU locale id ICU's services take
/// (`uloc_forLanguageTag`: `de-DE-u-co-phonebk` → `de_DE@collation=phonebook`). Matching a tag against another,
/// or against a tag still as text (a TMX `xml:lang`), compares bytes of the precomputed form and allocates nothing.
public struct LanguageTag: Hashable, Sendable, CustomStringConvertible {
    /// The tag as written.
    public let text: String
    /// The ICU locale id of the tag; a tag ICU cannot read in full (`en_US`, already an ICU id) keeps its
    /// subtags with `-` written `_`.
    public let icuLocale: String
    /// Lower case, `_` read as `-`: what equality and matching compare.
    private let key: [UInt8]

    /// Reads `text`. Any text is accepted (memories carry tags as they were written); `isWellFormed` tells
    /// whether it has BCP 47's shape.
    public init(_ text: String) {
        self.text = text
        self.key = text.utf8.map(Self.fold)
        self.icuLocale = Self.icuLocale(of: text)
    }

    /// The tag as written.
    public var description: String { text }

    /// The tag in `-` spelling (`en_US` → `en-US`), case as written: how a termbase or memory stores it.
    public var hyphenated: String { String(decoding: text.utf8.map { $0 == 0x5F ? 0x2D : $0 }, as: UTF8.self) }

    /// The language subtag, in lower case: `uz` of `uz-Latn`, `fil` of `fil_PH`.
    public var language: String { String(decoding: key.prefix { $0 != 0x2D }, as: UTF8.self) }

    /// The lower-case language subtag of a tag still as text, without reading the rest: `fil` of `fil_PH`.
    public static func language(of tag: String) -> String {
        String(decoding: tag.utf8.prefix { $0 != 0x2D && $0 != 0x5F }.map(fold), as: UTF8.self)
    }

    /// Whether this tag has BCP 47's shape (see `isWellFormed(_:privateUse:)`).
    public var isWellFormed: Bool { Self.isWellFormed(text) }

    // MARK: Comparing

    /// Tags are equal when they are the same ignoring case and `_`/`-`.
    public static func == (a: LanguageTag, b: LanguageTag) -> Bool { a.key == b.key }

    /// Hashes the comparison key.
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// Whether `other` is this tag or a more specific form of it, ignoring case: `en` includes `en`, `EN-us` and
    /// `en_GB`, not `eng`. (RFC 4647 basic filtering, XPath `lang()`.)
    public func includes(_ other: LanguageTag) -> Bool { Self.hasPrefix(other.key, key) }

    /// `includes` for a tag still as text, without reading it: the hot path of memory import and indexing,
    /// where every variant's `xml:lang` is compared with the project's languages.
    public func includes(_ language: String) -> Bool { Self.includes(key, language) }

    /// `includes` with both tags as text (`range` includes `language`), reading neither: what a loop over
    /// memory units that is handed its languages as text compares with.
    public static func includes(_ range: String, _ language: String) -> Bool {
        if let result = range.utf8.withContiguousStorageIfAvailable({ includes($0, language) }) { return result }
        return includes(Array(range.utf8), language)
    }

    private static func includes<K: Collection<UInt8>>(_ key: K, _ language: String) -> Bool {
        if let result = language.utf8.withContiguousStorageIfAvailable({ hasPrefix($0, key) }) { return result }
        return hasPrefix(Array(language.utf8), key)
    }

    /// Whether `bytes`, folded, is `key` (folded) or starts with it and a separator.
    private static func hasPrefix<B: Collection<UInt8>, K: Collection<UInt8>>(_ bytes: B, _ key: K) -> Bool {
        guard bytes.count >= key.count else { return false }
        var i = bytes.startIndex
        for k in key {
            if fold(bytes[i]) != fold(k) { return false }
            bytes.formIndex(after: &i)
        }
        return i == bytes.endIndex || bytes[i] == 0x2D || bytes[i] == 0x5F
    }

    @inline(__always)
    private static func fold(_ b: UInt8) -> UInt8 { b == 0x5F ? 0x2D : (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }

    // MARK: ICU

    /// The ICU locale id with ICU keyword `keyword` (`numbers`, `collation`) set: `ar` with numbers `latn` →
    /// `ar@numbers=latn`. A keyword the tag already has (`-u-nu-arab`) is replaced.
    public func icuLocale(setting keyword: String, to value: String) -> String {
        (try? ICUBuffer.ascii("setting '\(keyword)' of '\(icuLocale)'", capacity: icuLocale.utf8.count + 32) {
            d, c, s in
            jeju_locale_set_keyword_value(icuLocale, keyword, value, d, c, &s)
        }) ?? icuLocale + "@\(keyword)=\(value)"
    }

    /// The value of the tag's Unicode extension `key` (`-u-nu-latn`: `nu` → `latn`), or nil.
    public func unicodeExtension(_ key: String) -> String? {
        let value = try? ICUBuffer.ascii("reading '\(key)' of '\(icuLocale)'", capacity: 32) { d, c, s in
            jeju_locale_keyword_value(icuLocale, key, d, c, &s)
        }
        return value.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The tag in ICU's canonical form (`uloc_canonicalize`, then BCP 47): case normalised, deprecated codes
    /// replaced (`iw` → `he`).
    public func canonicalized() throws(ICUError) -> LanguageTag {
        let id = try ICUBuffer.ascii("canonicalizing '\(text)'", capacity: 32) { d, c, s in
            jeju_locale_canonicalize(icuLocale, d, c, &s)
        }
        return LanguageTag(try LocaleInfo.languageTag(of: id))
    }

    /// The tag with CLDR's likely subtags added: `uz` → `uz-Latn-UZ`, `zh-TW` → `zh-Hant-TW`.
    public func addingLikelySubtags() throws(ICUError) -> LanguageTag {
        LanguageTag(try LocaleInfo.languageTag(of: LocaleInfo.addingLikelySubtags(icuLocale)))
    }

    private static func icuLocale(of tag: String) -> String {
        var parsed: Int32 = 0
        let id = try? ICUBuffer.ascii("reading the language tag '\(tag)'", capacity: tag.utf8.count + 16) { d, c, s in
            jeju_locale_for_language_tag(tag, d, c, &parsed, &s)
        }
        if let id, !id.isEmpty, Int(parsed) == tag.utf8.count { return id }
        return String(decoding: tag.utf8.map { $0 == 0x2D ? 0x5F : $0 }, as: UTF8.self)
    }

    // MARK: Syntax

    /// Whether `tag` has BCP 47's shape: a 2–3 (or 5–8) letter language subtag, then subtags of 1–8 letters
    /// or digits, separated by hyphens (RFC 5646). With `privateUse`, also the `x-…` private-use and `i-…`
    /// irregular forms RFC 5646 allows (what validation accepts in `xml:lang`).
    public static func isWellFormed(_ tag: String, privateUse: Bool = false) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        func isSubtag(_ p: Substring) -> Bool {
            (1...8).contains(p.count) && p.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        if let first = parts.first, (2...3).contains(first.count) || (5...8).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLetter }), parts.dropFirst().allSatisfy(isSubtag)
        {
            return true
        }
        guard privateUse, let first = parts.first, first.lowercased() == "x" || first.lowercased() == "i" else {
            return false
        }
        return parts.count > 1 && parts.dropFirst().allSatisfy(isSubtag)
    }
}
