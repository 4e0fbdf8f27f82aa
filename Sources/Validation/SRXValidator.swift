import Foundation

/// Placeholder during development.
public enum SRXValidator {
    /// Validates.
    public static func validate(_ data: Data, path: String) -> [ValidationFinding] { [] }
}
