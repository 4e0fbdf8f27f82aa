import Foundation

/// Placeholder during development.
public enum POValidator {
    /// Validates.
    public static func validate(_ data: Data, path: String) -> [ValidationFinding] { [] }
}
