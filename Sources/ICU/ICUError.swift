internal import CICU

/// A failure reported by ICU, or a malformed argument given to the ICU layer.
public struct ICUError: Error, CustomStringConvertible, Equatable, Sendable {
    /// ICU's error name, e.g. `U_ILLEGAL_ARGUMENT_ERROR`, or a short description for non-ICU failures.
    public let name: String
    /// What Jeju asked ICU to do.
    public let operation: String
    /// For pattern syntax errors (regex, MessageFormat): 1-based line and column within the pattern.
    public let line: Int?
    /// See `line`.
    public let column: Int?

    init(status: Int32, operation: String, line: Int? = nil, column: Int? = nil) {
        self.name = String(cString: jeju_error_name(status))
        self.operation = operation
        self.line = line
        self.column = column
    }

    init(message: String, operation: String) {
        self.name = message
        self.operation = operation
        self.line = nil
        self.column = nil
    }

    /// The failed operation, the ICU error name and, for a pattern, where it failed.
    public var description: String {
        if let line, let column { return "\(operation): \(name) at line \(line), column \(column)" }
        return "\(operation): \(name)"
    }

    /// Throws when `status` is an ICU failure (positive); warnings (negative) pass.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(status: status, operation: operation()) }
    }
}

/// The ICU library Jeju runs against.
public enum ICULibrary {
    /// The ICU version, e.g. "72.1".
    public static var version: String { String(cString: jeju_icu_version()) }
}
