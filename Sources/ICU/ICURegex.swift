internal import CICU
import Synchronization

/// An ICU regular expression (the dialect SRX 2.0 rules are written in), bound to one subject text at a time.
///
/// Owns its compiled pattern and a copy of the subject. Not thread-safe; `copy()` gives an independent matcher
/// that shares nothing mutable.
public final class ICURegex {
    /// Compile options.
    public struct Options: OptionSet, Sendable {
        /// The raw ICU flags.
        public let rawValue: UInt32
        /// Creates options from raw ICU flags.
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// Case-insensitive matching.
        public static let caseInsensitive = Options(rawValue: 2)
        /// Allow white space and `#` comments in the pattern.
        public static let comments = Options(rawValue: 4)
        /// `^` and `$` match at line ends.
        public static let multiline = Options(rawValue: 8)
        /// `.` matches line ends.
        public static let dotAll = Options(rawValue: 32)
        /// `\b` uses Unicode word boundaries (UAX #29).
        public static let unicodeWordBoundaries = Options(rawValue: 256)
    }

    /// The pattern source.
    public let pattern: String
    private let handle: OpaquePointer
    private var buffer: UnsafeMutableBufferPointer<UInt16>

    /// Compiles `pattern`. A syntax error throws an `ICUError` with the line and column inside the pattern.
    public init(_ pattern: String, options: Options = []) throws(ICUError) {
        let units = Array(pattern.utf16)
        var status: Int32 = 0, line: Int32 = 0, offset: Int32 = 0
        let raw = units.withUnsafeBufferPointer {
            jeju_regex_open($0.baseAddress, Int32(units.count), options.rawValue, &line, &offset, &status)
        }
        guard let raw, status <= 0 else {
            throw ICUError(
                status: status, operation: "compiling regular expression '\(pattern)'",
                line: Int(max(line, 1)), column: Int(offset) + 1)
        }
        self.handle = OpaquePointer(raw)
        self.pattern = pattern
        self.buffer = UnsafeMutableBufferPointer.allocate(capacity: 1)
        self.buffer[0] = 0
        jeju_regex_set_text(UnsafeMutableRawPointer(handle), buffer.baseAddress, 0, &status)
    }

    private init(cloning other: ICURegex) throws(ICUError) {
        var status: Int32 = 0
        guard let raw = jeju_regex_clone(UnsafeRawPointer(other.handle), &status) else {
            throw ICUError(status: status, operation: "cloning regular expression")
        }
        self.handle = OpaquePointer(raw)
        self.pattern = other.pattern
        self.buffer = UnsafeMutableBufferPointer.allocate(capacity: 1)
        self.buffer[0] = 0
        jeju_regex_set_text(UnsafeMutableRawPointer(handle), buffer.baseAddress, 0, &status)
    }

    deinit {
        jeju_regex_close(UnsafeMutableRawPointer(handle))
        buffer.deallocate()
    }

    /// An independent matcher over the same compiled pattern.
    public func copy() throws(ICUError) -> ICURegex { try ICURegex(cloning: self) }

    private var raw: UnsafeMutableRawPointer { UnsafeMutableRawPointer(handle) }

    /// Sets the subject (copied) and resets the region to the whole text, with transparent, non-anchoring
    /// bounds when `transparentBounds` is set.
    public func setText(_ units: some Collection<UInt16>) {
        if buffer.count < units.count {
            buffer.deallocate()
            buffer = UnsafeMutableBufferPointer.allocate(capacity: max(units.count, 16))
        }
        _ = buffer.initialize(fromContentsOf: units)
        var status: Int32 = 0
        jeju_regex_set_text(raw, buffer.baseAddress, Int32(units.count), &status)
    }

    /// Finds the next match at or after UTF-16 offset `start` of the subject; returns its range, or nil.
    public func firstMatch(from start: Int) -> Range<Int>? {
        var status: Int32 = 0
        guard jeju_regex_find(raw, Int32(start), &status) else { return nil }
        return matchRange(group: 0)
    }

    /// The range of `group` in the last match, or nil if it did not take part.
    public func matchRange(group: Int) -> Range<Int>? {
        var status: Int32 = 0
        let s = jeju_regex_start(raw, Int32(group), &status)
        let e = jeju_regex_end(raw, Int32(group), &status)
        guard status <= 0, s >= 0, e >= s else { return nil }
        return Int(s)..<Int(e)
    }

    /// Whether the pattern matches a prefix of `region`; look-around and `\b` see the text outside it.
    /// Returns the end offset of the match.
    public func prefixMatch(in region: Range<Int>) -> Int? {
        var status: Int32 = 0
        jeju_regex_set_region(raw, Int32(region.lowerBound), Int32(region.upperBound), &status)
        jeju_regex_use_transparent_bounds(raw, true, &status)
        jeju_regex_use_anchoring_bounds(raw, false, &status)
        guard status <= 0, jeju_regex_looking_at(raw, &status) else { return nil }
        return matchRange(group: 0)?.upperBound
    }

    /// Whether the whole of `region` matches.
    public func wholeMatch(in region: Range<Int>) -> Bool {
        var status: Int32 = 0
        jeju_regex_set_region(raw, Int32(region.lowerBound), Int32(region.upperBound), &status)
        jeju_regex_use_transparent_bounds(raw, true, &status)
        jeju_regex_use_anchoring_bounds(raw, true, &status)
        return status <= 0 && jeju_regex_matches(raw, &status)
    }

    /// The number of capture groups in the pattern.
    public var groupCount: Int {
        var status: Int32 = 0
        return Int(jeju_regex_group_count(raw, &status))
    }
}

extension ICURegex {
    /// All non-overlapping matches of `pattern` in `string`, as substrings: a convenience for tests and tools.
    public func matches(in string: String) -> [String] {
        let text = UTF16Text(string)
        setText(text.units)
        var out: [String] = []
        var start = 0
        while start <= text.count, let r = firstMatch(from: start) {
            out.append(text.string(r))
            start = r.isEmpty ? r.upperBound + 1 : r.upperBound
        }
        return out
    }
}

extension ICURegex {
    /// How many compiled patterns `shared(_:options:)` keeps at most.
    static let sharedLimit = 4096

    /// How many it keeps now.
    static var sharedCount: Int { compiled.withLock { $0.count } }

    /// The patterns this process compiled through `shared(_:options:)`, by options and source, with the outcome.
    private static let compiled = Mutex<[String: Result<ICURegex, ICUError>]>([:])

    /// A matcher for `pattern`, compiled once per process and cloned after (`uregex_clone` shares the compiled
    /// form). Compiling `\p{Lu}` builds its character set from ICU's property data, and a segmenter's rules repeat
    /// a few dozen such parts hundreds of times; a pattern that does not compile throws the same error each time.
    public static func shared(_ pattern: String, options: Options = []) throws(ICUError) -> ICURegex {
        let key = "\(options.rawValue):\(pattern)"
        let outcome = compiled.withLock { cache -> Result<ICURegex, ICUError> in
            let prototype: Result<ICURegex, ICUError>
            if let known = cache[key] {
                prototype = known
            } else {
                // Rule files hold a few hundred patterns; a process fed patterns without end (a fuzzer, a server
                // reading rule files one after another) starts over rather than keep them all.
                if cache.count >= Self.sharedLimit { cache.removeAll(keepingCapacity: true) }
                prototype = Result { () throws(ICUError) in try ICURegex(pattern, options: options) }
                cache[key] = prototype
            }
            return prototype.flatMap { p in Result { () throws(ICUError) in try p.copy() } }
        }
        return try outcome.get()
    }
}
