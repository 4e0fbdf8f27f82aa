import ICU
/// The placeholders of a `c-format` or `python-format` string, parsed the way GNU gettext's format checkers
/// read them, so a translation can be compared with its source.
enum POFormatDirectives {
    /// One directive: its argument (a 1-based position, or a name for Python's `%(name)s`) and its type.
    struct Directive: Equatable {
        let argument: String
        let type: String
    }

    /// The directives of `text`, or the reason it is not a valid format string.
    static func parse(_ text: String, language: String) -> Result<[Directive], POFormatError> {
        language == "python-format" ? python(text) : c(text)
    }

    /// C `printf`: `%[n$][flags][width][.precision][length]conversion`, `%%` a literal.
    static func c(_ text: String) -> Result<[Directive], POFormatError> {
        let s = Array(text.unicodeScalars)
        var out: [Directive] = []
        var i = 0, next = 1
        var positional: Bool?
        while i < s.count {
            guard s[i] == "%" else { i += 1; continue }
            i += 1
            guard i < s.count else { return .failure(.init("the string ends in the middle of a directive")) }
            if s[i] == "%" { i += 1; continue }
            var number: Int?
            var j = i, digits = 0
            while j < s.count, s[j].properties.numericType != nil, s[j].isASCII {
                digits = digits * 10 + Int(s[j].value - 48); j += 1
            }
            if j < s.count, j > i, s[j] == "$" { number = digits; i = j + 1 }
            if let p = positional, p != (number != nil) {
                return .failure(.init("numbered and unnumbered directives are mixed"))
            }
            positional = number != nil
            while i < s.count, "-+ #0'I".unicodeScalars.contains(s[i]) { i += 1 }
            if i < s.count, s[i] == "*" { return .failure(.init("'*' widths are not compared")) }
            while i < s.count, s[i].isASCII, s[i].properties.numericType != nil { i += 1 }
            if i < s.count, s[i] == "." {
                i += 1
                while i < s.count, s[i].isASCII, s[i].properties.numericType != nil { i += 1 }
            }
            var length = ""
            while i < s.count, "hlLqjzt".unicodeScalars.contains(s[i]) { length.unicodeScalars.append(s[i]); i += 1 }
            guard i < s.count else { return .failure(.init("the string ends in the middle of a directive")) }
            let conversion = s[i]
            let type: String
            switch conversion {
            case "d", "i": type = "int" + length
            case "o", "u", "x", "X": type = "unsigned" + length
            case "e", "E", "f", "F", "g", "G", "a", "A": type = "double" + length
            case "c": type = "char" + length
            case "C": type = "charl"
            case "s": type = "string" + length
            case "S": type = "stringl"
            case "p": type = "pointer"
            case "n": type = "count" + length
            case "m": i += 1; continue
            default: return .failure(.init("'%\(conversion)' is not a valid conversion"))
            }
            i += 1
            out.append(Directive(argument: String(number ?? next), type: type))
            next += 1
        }
        return .success(out)
    }

    /// Python `%`-formatting: `%(name)s` or unnamed `%s`, `%%` a literal.
    static func python(_ text: String) -> Result<[Directive], POFormatError> {
        let s = Array(text.unicodeScalars)
        var out: [Directive] = []
        var i = 0, next = 1
        var named: Bool?
        while i < s.count {
            guard s[i] == "%" else { i += 1; continue }
            i += 1
            guard i < s.count else { return .failure(.init("the string ends in the middle of a directive")) }
            if s[i] == "%" { i += 1; continue }
            var name: String?
            if s[i] == "(" {
                guard let close = s[i...].firstIndex(of: ")") else { return .failure(.init("a '%(' without ')'")) }
                name = String(scalars: s[(i + 1)..<close])
                i = close + 1
            }
            if let n = named, n != (name != nil) { return .failure(.init("named and unnamed directives are mixed")) }
            named = name != nil
            while i < s.count, "-+ #0".unicodeScalars.contains(s[i]) { i += 1 }
            while i < s.count, s[i] == "*" || (s[i].isASCII && s[i].properties.numericType != nil) { i += 1 }
            if i < s.count, s[i] == "." {
                i += 1
                while i < s.count, s[i] == "*" || (s[i].isASCII && s[i].properties.numericType != nil) { i += 1 }
            }
            while i < s.count, "hlL".unicodeScalars.contains(s[i]) { i += 1 }
            guard i < s.count else { return .failure(.init("the string ends in the middle of a directive")) }
            let type: String
            switch s[i] {
            case "d", "i", "o", "u", "x", "X": type = "integer"
            case "e", "E", "f", "F", "g", "G": type = "float"
            case "c": type = "char"
            case "s", "r", "a": type = "string"
            default: return .failure(.init("'%\(s[i])' is not a valid conversion"))
            }
            i += 1
            out.append(Directive(argument: name ?? String(next), type: type))
            next += 1
        }
        return .success(out)
    }

    /// Why a string is not a valid format string.
    struct POFormatError: Error, Equatable {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
