import Foundation
import JejuSupport
import Logging
import PostgresNIO

/// One connection to the shared memory on PostgreSQL. Every statement is parameterised (PostgresNIO bind
/// parameters); table and column names are fixed in this module, never taken from input.
public struct MemoryServer: Sendable {
    /// How the server was reached.
    public let settings: ServerSettings
    let connection: PostgresConnection
    let logger: Logger

    /// Connects; an unreachable server, a refused login or a missing database is a `tm.server-unreachable` or
    /// `tm.server-auth` diagnostic naming the server (never its password).
    public static func connect(_ settings: ServerSettings) async throws -> MemoryServer {
        let logger = Logger(label: "jeju.memory-server", factory: { _ in SwiftLogNoOpLogHandler() })
        var configuration = try settings.configuration()
        configuration.options.connectTimeout = .seconds(10)
        do {
            let connection = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(),
                configuration: configuration, id: 1, logger: logger)
            return MemoryServer(settings: settings, connection: connection, logger: logger)
        } catch {
            let (state, message) = Self.details(error)
            if let state, state.hasPrefix("28") {
                throw Diagnostic(
                    rule: "tm.server-auth", path: settings.displayName,
                    message: "the memory server refused the login: \(message) (settings from \(settings.origin))")
            }
            throw Diagnostic(
                rule: "tm.server-unreachable", path: settings.displayName,
                message:
                    "cannot reach the memory server (settings from \(settings.origin)); nothing was read or written: \(message)"
            )
        }
    }

    /// Connects, runs `body`, and closes the connection whatever `body` did.
    public static func with<T>(_ settings: ServerSettings, _ body: (MemoryServer) async throws -> T) async throws -> T {
        let server = try await connect(settings)
        do {
            let value = try await body(server)
            await server.close()
            return value
        } catch {
            await server.close()
            throw error
        }
    }

    /// Closes the connection.
    public func close() async {
        try? await connection.close()
    }

    /// The SQLSTATE and the server's (or the network's) message for an error.
    static func details(_ error: any Error) -> (String?, String) {
        if let p = error as? PSQLError {
            if let info = p.serverInfo {
                return (info[.sqlState], info[.message] ?? "server error")
            }
            if let underlying = p.underlying { return (nil, "\(underlying)") }
            return (nil, "\(p.code)")
        }
        if let t = error as? PostgresTransactionError {
            if let e = t.closureError { return details(e) }
            if let e = t.commitError { return details(e) }
            if let e = t.beginError { return details(e) }
        }
        if let d = error as? Diagnostic { return (nil, d.message) }
        return (nil, "\(error)")
    }

    /// A server error as a diagnostic: a refused write names the role and what it may do.
    func fail(_ error: any Error, doing what: String) -> Diagnostic {
        if let d = error as? Diagnostic { return d }
        let (state, message) = Self.details(error)
        switch state {
        case "42501", "25006":
            return Diagnostic(
                rule: "tm.permission-denied", path: settings.displayName,
                message:
                    "the role '\(settings.user)' may not \(what): \(message) (a translator's role needs jeju_writer; jeju_reader only reads)"
            )
        case "42P01":
            return Diagnostic(
                rule: "tm.schema-missing", path: settings.displayName,
                message: "the memory server has no Jeju schema yet: run 'jeju tm migrate' (\(message))")
        default:
            return Diagnostic(
                rule: "tm.server-error", path: settings.displayName,
                message: "cannot \(what): \(message)\(state.map { " (SQLSTATE \($0))" } ?? "")")
        }
    }

    /// Runs one statement, turning errors into diagnostics.
    @discardableResult
    func run(_ query: PostgresQuery, doing what: String) async throws -> PostgresRowSequence {
        do {
            return try await connection.query(query, logger: logger)
        } catch {
            throw fail(error, doing: what)
        }
    }

    /// Runs `body` in one transaction (committed when it returns, rolled back when it throws). Deadlocks and
    /// serialization failures between concurrent writers are retried (up to 5 times).
    func transaction<T>(
        doing what: String, isolation level: String = "READ COMMITTED",
        _ body: () async throws -> T
    ) async throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                try await connection.query("BEGIN ISOLATION LEVEL \(unescaped: level)", logger: logger)
                let value = try await body()
                try await connection.query("COMMIT", logger: logger)
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                let (state, _) = Self.details(error)
                if attempt < 5, state == "40P01" || state == "40001" { continue }
                throw fail(error, doing: what)
            }
        }
    }
}
