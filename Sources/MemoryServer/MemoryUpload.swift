import Foundation
import JejuSupport

/// One memory file to publish to the server: the TMX bytes and where the memory sits in the project.
public struct MemoryUpload: Sendable {
    /// The target locale.
    public var locale: String
    /// The memory's path in the project (`locales/ko/memory.tmx`, `locales/ko/tm/NAME.tmx`): its name on the server.
    public var memory: String
    /// The file as the user named it, for messages and the units' history.
    public var path: String
    /// The TMX bytes.
    public var data: Data
    /// The memory's penalty; nil takes the header's `x-jeju-penalty` (0 without one).
    public var penalty: Int?
    /// Thrown, and nothing written, when no unit of the file has a variant in `locale` (a file not read beforehand
    /// to learn its languages); nil when the caller knows the file has the locale or wants the memory anyway.
    public var unlessLocaleFound: Diagnostic?

    /// An upload.
    public init(
        locale: String, memory: String, path: String, data: Data, penalty: Int? = nil,
        unlessLocaleFound: Diagnostic? = nil
    ) {
        self.locale = locale
        self.memory = memory
        self.path = path
        self.data = data
        self.penalty = penalty
        self.unlessLocaleFound = unlessLocaleFound
    }
}

/// What publishing one memory did.
public struct UploadReport: Sendable, Equatable {
    /// The memory's name on the server.
    public var memory: String
    /// The locale.
    public var locale: String
    /// Units the server did not have.
    public var added: Int
    /// Units it had already (nothing is added twice).
    public var present: Int
    /// Units without both the source and the target language, not sent.
    public var skipped: Int
}
