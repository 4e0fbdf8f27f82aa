import Foundation
import Inline
import JejuSupport
import TranslationMemory

/// One connection to the shared memory held by a synchronous command for its whole run (`jeju extract`,
/// `jeju merge`): opened before anything is read, so an unreachable server or a missing schema stops the command
/// before it writes anything, and closed when the command ends.
public final class ServerSession: @unchecked Sendable {
    let server: MemoryServer

    /// Connects and checks that the schema is there.
    public init(_ settings: ServerSettings) throws(Diagnostic) {
        do {
            server = try Blocking.run {
                let server = try await MemoryServer.connect(settings)
                do { try await server.requireSchema() } catch {
                    await server.close()
                    throw error
                }
                return server
            }
        } catch {
            // connect and requireSchema throw diagnostics already; anything else is the server's own error.
            throw error as? Diagnostic
                ?? Diagnostic(
                    rule: "tm.server-error", path: settings.displayName,
                    message: "cannot reach the memory server: \(MemoryServer.details(error).1)")
        }
    }

    /// Closes the connection.
    public func close() {
        let server = self.server
        _ = try? Blocking.run { await server.close() }
    }

    /// Lookups of `scope`'s memories in `locale` (and of the `shared` scopes', with their penalties), answered by
    /// the server's index and scored by Jeju.
    public func lookup(scope: String, shared: [String: Int] = [:], sourceLanguage: String, locale: String)
        throws(Diagnostic) -> any MemoryLookup
    {
        let server = self.server
        do {
            let lookup = try Blocking.run {
                try await ServerLookup(
                    server: server, scope: scope, shared: shared, sourceLanguage: sourceLanguage, locale: locale)
            }
            return BlockingLookup(lookup: lookup)
        } catch {
            throw server.fail(error, doing: "read the shared memory")
        }
    }

    /// Adds the units of `uploads` the server lacks, in one server transaction (see `MemoryServer.upload`).
    public func upload(_ uploads: [MemoryUpload], scope: String, sourceLanguage: String, command: String)
        throws(Diagnostic) -> [UploadReport]
    {
        let server = self.server
        do {
            return try Blocking.run {
                try await server.upload(uploads, scope: scope, sourceLanguage: sourceLanguage, command: command)
            }
        } catch {
            throw server.fail(error, doing: "add units to the shared memory")
        }
    }
}

/// A server lookup for synchronous callers: each query waits for the server's answer.
final class BlockingLookup: MemoryLookup, @unchecked Sendable {
    let lookup: ServerLookup

    init(lookup: ServerLookup) {
        self.lookup = lookup
    }

    func matches(for query: Segment, context: String?, minimum: Int, maximum: Int?) throws(Diagnostic) -> [Match] {
        let lookup = self.lookup
        do {
            return try Blocking.run {
                try await lookup.lookup(query, context: context, minimum: minimum, maximum: maximum)
            }
        } catch {
            throw lookup.server.fail(error, doing: "look up the shared memory")
        }
    }
}
