/// `manifest.json` in a bundle: what the bundle holds and how to check it.
public struct BundleManifest: Codable, Sendable, Equatable {
    /// One notice's entry.
    public struct NoticeEntry: Codable, Sendable, Equatable {
        /// The notice id.
        public var id: String
        /// Share of sentences translated, 0…1.
        public var completeness: Double
        /// Whether its page is in the bundle (it meets the project's publication threshold).
        public var published: Bool
        /// Why it is not, when it is not (its files are then left out of the bundle).
        public var withheld: [LocalePublication.Reason]?
    }

    /// One file's checksum.
    public struct FileEntry: Codable, Sendable, Equatable {
        /// Path inside the bundle.
        public var path: String
        /// Size in bytes.
        public var size: Int
        /// SHA-256, lowercase hex.
        public var sha256: String
    }

    /// The BCP 47 locale.
    public var locale: String
    /// The language named in itself.
    public var name: String
    /// ltr or rtl.
    public var direction: String
    /// The least translation state published.
    public var minimumState: TranslationState
    /// The least completeness, 0…1, a notice needs to be in the bundle.
    public var minimumCompleteness: Double
    /// The notices, sorted by id.
    public var notices: [NoticeEntry]
    /// Every other file of the bundle, sorted by path.
    public var files: [FileEntry]
    /// The program that made the bundle ("Jeju 0.1.0").
    public var generator: String
}
