internal import CICU

/// A compiled ICU MessageFormat pattern with named arguments, e.g.
/// `{count, plural, one {# view} other {# views}}`, for one locale.
///
/// Besides formatting, it exposes the pattern's outline (`arguments`, `argumentNames`, `pluralKeywords(for:)`) so
/// QA can check that a translation uses the same arguments and every plural category its locale needs.
/// Owns its ICU handle; not thread-safe.
public final class MessageFormat {
    /// An argument value.
    public enum Argument: Sendable, Equatable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
        ExpressibleByStringLiteral
    {
        /// An integer (formatted with the locale's digits; selects plural categories exactly).
        case int(Int)
        /// A floating-point number.
        case double(Double)
        /// Text, inserted as is (or matched by `select`).
        case string(String)

        /// An integer literal.
        public init(integerLiteral value: Int) { self = .int(value) }
        /// A floating-point literal.
        public init(floatLiteral value: Double) { self = .double(value) }
        /// A string literal.
        public init(stringLiteral value: String) { self = .string(value) }
    }

    /// How an argument is used in the pattern.
    public enum ArgumentType: Int32, Sendable {
        /// `{name}`.
        case none = 0
        /// `{name, number}`, `{name, date, short}`, …
        case simple = 1
        /// `{name, choice, …}` (legacy).
        case choice = 2
        /// `{name, plural, …}`: keywords are cardinal categories or explicit `=n` values.
        case plural = 3
        /// `{name, select, …}`: keywords are free-form words.
        case select = 4
        /// `{name, selectordinal, …}`: keywords are ordinal categories or explicit `=n` values.
        case selectOrdinal = 5
    }

    /// One occurrence of an argument in the pattern.
    public struct ArgumentUse: Equatable, Sendable {
        /// Its name ("count"), or its number as text ("0") for numbered arguments.
        public let name: String
        /// How it is used.
        public let type: ArgumentType
        /// For plural, selectordinal and select: the keywords of its branches in pattern order ("one", "=0",
        /// "other"); empty otherwise.
        public let keywords: [String]
    }

    /// The pattern source.
    public let pattern: String
    /// The ICU locale id it formats for.
    public let locale: String
    /// Every argument occurrence, in pattern order (nested ones included, an outer one before those inside it).
    public let arguments: [ArgumentUse]
    private let handle: OpaquePointer

    /// Compiles `pattern` for `locale`. A syntax error throws an `ICUError` with the 1-based line and column
    /// (in Unicode scalars) where ICU stopped.
    public init(pattern: String, locale: String) throws(ICUError) {
        let units = Array(pattern.utf16)
        var status: Int32 = 0, offset: Int32 = -1
        let raw = units.withUnsafeBufferPointer {
            jeju_message_open($0.baseAddress, Int32($0.count), locale, &offset, &status)
        }
        guard let raw, status <= 0 else {
            if let raw { jeju_message_close(raw) }
            let (line, column) = MessageFormat.position(of: Int(offset), in: units)
            throw ICUError(
                status: status > 0 ? status : 1, operation: "compiling message '\(pattern)'",
                line: line, column: column)
        }
        let handle = OpaquePointer(raw)
        do {
            self.arguments = try MessageFormat.outline(handle)
        } catch {
            jeju_message_close(raw)
            throw error
        }
        self.handle = handle
        self.pattern = pattern
        self.locale = locale
    }

    deinit { jeju_message_close(UnsafeMutableRawPointer(handle)) }

    /// The distinct argument names the pattern uses, in order of first appearance.
    public var argumentNames: [String] {
        var seen = Set<String>()
        return arguments.map(\.name).filter { seen.insert($0).inserted }
    }

    /// The branch keywords of every `plural` use of `name`, distinct, in order of first appearance
    /// (["one", "other"]); explicit values keep their `=` ("=0"). Empty when `name` has no plural use.
    public func pluralKeywords(for name: String) -> [String] { keywords(for: name, of: .plural) }

    /// Like `pluralKeywords(for:)` for the uses of `name` of `type` (`.select`, `.selectOrdinal`).
    public func keywords(for name: String, of type: ArgumentType) -> [String] {
        var seen = Set<String>()
        return arguments.filter { $0.name == name && $0.type == type }.flatMap(\.keywords)
            .filter { seen.insert($0).inserted }
    }

    /// The message with `values` filled in, by argument name.
    ///
    /// Throws an `ICUError` naming the first argument the pattern uses that `values` lacks (ICU would otherwise
    /// print its `{name}` placeholder), or ICU's own error.
    public func format(_ values: [String: Argument]) throws(ICUError) -> String {
        if let missing = argumentNames.first(where: { values[$0] == nil }) {
            throw ICUError(message: "no value for argument '\(missing)'", operation: "formatting message '\(pattern)'")
        }
        // All names and texts go into one UTF-16 buffer so every C struct can point into it.
        let entries = values.sorted { $0.key < $1.key }
        var storage: [UInt16] = []
        var spans: [(name: Range<Int>, text: Range<Int>)] = []
        for (name, value) in entries {
            let nameStart = storage.count
            storage.append(contentsOf: name.utf16)
            let textStart = storage.count
            if case .string(let text) = value { storage.append(contentsOf: text.utf16) }
            spans.append((nameStart..<textStart, textStart..<storage.count))
        }
        let handle = self.handle
        let operation = "formatting message '\(pattern)'"
        return try storage.withUnsafeBufferPointer { buffer throws(ICUError) in
            var args: [jeju_message_argument] = []
            for (index, (_, value)) in entries.enumerated() {
                let span = spans[index]
                var arg = jeju_message_argument()
                arg.name = buffer.baseAddress.map { $0 + span.name.lowerBound }
                arg.nameLength = Int32(span.name.count)
                arg.text = buffer.baseAddress.map { $0 + span.text.lowerBound }
                arg.textLength = Int32(span.text.count)
                switch value {
                case .int(let n): arg.kind = Int32(JEJU_MESSAGE_INT); arg.integer = Int64(n)
                case .double(let d): arg.kind = Int32(JEJU_MESSAGE_DOUBLE); arg.real = d
                case .string: arg.kind = Int32(JEJU_MESSAGE_STRING)
                }
                args.append(arg)
            }
            return try args.withUnsafeBufferPointer { a throws(ICUError) in
                try ICUBuffer.string(operation, capacity: pattern.utf16.count * 2 + 32) { d, c, s in
                    jeju_message_format(UnsafeRawPointer(handle), a.baseAddress, Int32(a.count), d, c, &s)
                }
            }
        }
    }

    private static func outline(_ handle: OpaquePointer) throws(ICUError) -> [ArgumentUse] {
        let count = Int(jeju_message_item_count(UnsafeRawPointer(handle)))
        var names: [String] = [], types: [ArgumentType] = [], keywords: [[String]] = []
        var itemToArgument: [Int: Int] = [:]
        for index in 0..<count {
            var kind: Int32 = 0, type: Int32 = 0, owner: Int32 = -1
            let text = try ICUBuffer.string("reading the outline of a message", capacity: 32) { d, c, s in
                jeju_message_item(UnsafeRawPointer(handle), Int32(index), &kind, &type, &owner, d, c, &s)
            }
            if kind == Int32(JEJU_MESSAGE_ITEM_ARGUMENT) {
                itemToArgument[index] = names.count
                names.append(text)
                types.append(ArgumentType(rawValue: type) ?? .none)
                keywords.append([])
            } else if let argument = itemToArgument[Int(owner)] {
                keywords[argument].append(text)
            }
        }
        return names.indices.map { ArgumentUse(name: names[$0], type: types[$0], keywords: keywords[$0]) }
    }

    /// 1-based line and column (in Unicode scalars) of a UTF-16 offset; nil when ICU gave no position.
    private static func position(of offset: Int, in units: [UInt16]) -> (Int?, Int?) {
        guard offset >= 0 else { return (nil, nil) }
        let end = min(offset, units.count)
        let lineStart = (units[..<end].lastIndex(of: 0x0A) ?? -1) + 1
        let line = units[..<end].filter { $0 == 0x0A }.count + 1
        return (line, UTF16Text(units: units).scalarCount(lineStart..<end) + 1)
    }
}
