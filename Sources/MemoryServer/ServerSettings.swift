import Foundation
import JejuSupport
import PostgresNIO

/// Where the shared memory lives and how to reach it, read from the environment only (never from `jeju.yml`, so
/// that no password is ever committed): `JEJU_DATABASE_URL` (`postgres://user:password@host:port/database?sslmode=…`),
/// or libpq's `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`. A host starting with `/` is
/// the folder of a Unix socket, as in libpq. `JEJU_DATABASE_READ_URL`, when set, is used for lookups only (a read
/// replica).
public struct ServerSettings: Sendable, Equatable {
    /// libpq's `sslmode` values, as far as PostgresNIO can honour them.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// No TLS.
        case disable
        /// TLS if the server offers it, no certificate check (libpq's `allow` is read as `prefer`).
        case prefer
        /// TLS required, no certificate check.
        case require
        /// TLS required, the certificate checked against the trusted roots, not the host name.
        case verifyCA = "verify-ca"
        /// TLS required, certificate and host name checked.
        case verifyFull = "verify-full"
    }

    /// Host name or address; nil with a Unix socket.
    public var host: String?
    /// The Unix socket's folder (`/var/run/postgresql`), when connecting through one.
    public var socketFolder: String?
    /// The port (also names the Unix socket).
    public var port: Int
    /// The role.
    public var user: String
    /// The password, if any (from the environment only).
    public var password: String?
    /// The database.
    public var database: String
    /// TLS.
    public var sslMode: SSLMode
    /// The certificates (PEM) that `verify-ca` and `verify-full` trust, as libpq's `sslrootcert` or `PGSSLROOTCERT`
    /// names them: a server with its own authority. The system's trusted roots when nil.
    public var sslRootCert: String? = nil

    /// Where the settings came from, for messages: `JEJU_DATABASE_URL` or `PG* variables`.
    public var origin: String

    /// The server as messages name it (never with the password).
    public var displayName: String {
        let place = socketFolder.map { "\($0)/.s.PGSQL.\(port)" } ?? "\(host ?? "localhost"):\(port)"
        return "\(user)@\(place)/\(database)"
    }

    /// Reads the settings from `environment` (the process's by default). `read` picks `JEJU_DATABASE_READ_URL` when set.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        read: Bool = false
    ) throws(Diagnostic) -> ServerSettings {
        if read, let url = environment["JEJU_DATABASE_READ_URL"], !url.isEmpty {
            return try parse(url: url, variable: "JEJU_DATABASE_READ_URL", environment: environment)
        }
        if let url = environment["JEJU_DATABASE_URL"], !url.isEmpty {
            return try parse(url: url, variable: "JEJU_DATABASE_URL", environment: environment)
        }
        let user = environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 } ?? currentUser()
        var settings = ServerSettings(
            host: nil, socketFolder: nil, port: 5432, user: user,
            password: environment["PGPASSWORD"], database: user, sslMode: .prefer,
            sslRootCert: nonEmpty(environment["PGSSLROOTCERT"]), origin: "the PG* variables")
        if let host = environment["PGHOST"], !host.isEmpty {
            settings.setHost(host)
        } else {
            settings.host = "localhost"
        }
        if let port = environment["PGPORT"], !port.isEmpty {
            guard let p = Int(port), (1...65535).contains(p) else {
                throw Diagnostic(rule: "tm.server-settings", path: "PGPORT", message: "'\(port)' is not a port number")
            }
            settings.port = p
        }
        if let db = environment["PGDATABASE"], !db.isEmpty { settings.database = db }
        if let mode = environment["PGSSLMODE"], !mode.isEmpty {
            settings.sslMode = try sslMode(mode, variable: "PGSSLMODE")
        }
        return settings
    }

    mutating func setHost(_ value: String) {
        if value.hasPrefix("/") { socketFolder = value; host = nil } else { host = value; socketFolder = nil }
    }

    static func sslMode(_ value: String, variable: String) throws(Diagnostic) -> SSLMode {
        if value == "allow" { return .prefer }
        guard let mode = SSLMode(rawValue: value) else {
            throw Diagnostic(
                rule: "tm.server-settings", path: variable,
                message: "sslmode '\(value)' is not one of disable, allow, prefer, require, verify-ca, verify-full")
        }
        return mode
    }

    /// `postgres://user:password@host:port/database?sslmode=…&host=/socket/folder`.
    static func parse(url text: String, variable: String, environment: [String: String]) throws(Diagnostic)
        -> ServerSettings
    {
        guard let url = URLComponents(string: text), url.scheme == "postgres" || url.scheme == "postgresql" else {
            throw Diagnostic(
                rule: "tm.server-settings", path: variable,
                message:
                    "expected a URL like postgres://user@host:5432/database (the password belongs in PGPASSWORD or ~/.pgpass-style secrets, not in jeju.yml)"
            )
        }
        let user = url.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? currentUser()
        var settings = ServerSettings(
            host: url.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost", socketFolder: nil,
            port: url.port ?? 5432, user: user,
            password: url.password ?? environment["PGPASSWORD"],
            database: String(url.path.drop { $0 == "/" }).isEmpty ? user : String(url.path.drop { $0 == "/" }),
            sslMode: .prefer, sslRootCert: nonEmpty(environment["PGSSLROOTCERT"]), origin: variable)
        for item in url.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode": settings.sslMode = try sslMode(value, variable: variable)
            case "sslrootcert": settings.sslRootCert = nonEmpty(value)
            case "host": settings.setHost(value)
            case "user": settings.user = value
            case "password": settings.password = value
            case "port":
                guard let p = Int(value), (1...65535).contains(p) else {
                    throw Diagnostic(
                        rule: "tm.server-settings", path: variable, message: "'\(value)' is not a port number")
                }
                settings.port = p
            case "application_name", "connect_timeout": break
            default:
                throw Diagnostic(
                    rule: "tm.server-settings", path: variable,
                    message:
                        "unknown connection parameter '\(item.name)' (known: sslmode, sslrootcert, host, port, user, password)"
                )
            }
        }
        return settings
    }

    static func nonEmpty(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }

    static func currentUser() -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "postgres"
    }

    /// PostgresNIO's configuration for these settings.
    func configuration() throws(Diagnostic) -> PostgresConnection.Configuration {
        if let socketFolder {
            return PostgresConnection.Configuration(
                unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user,
                password: password, database: database)
        }
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch sslMode {
            case .disable:
                tls = .disable
            case .prefer, .require:
                var c = TLSConfiguration.makeClientConfiguration()
                c.certificateVerification = .none
                let context = try NIOSSLContext(configuration: c)
                tls = sslMode == .prefer ? .prefer(context) : .require(context)
            case .verifyCA, .verifyFull:
                var c = TLSConfiguration.makeClientConfiguration()
                c.certificateVerification = sslMode == .verifyCA ? .noHostnameVerification : .fullVerification
                if let sslRootCert { c.trustRoots = .file(sslRootCert) }
                tls = .require(try NIOSSLContext(configuration: c))
            }
        } catch {
            throw Diagnostic(
                rule: "tm.server-settings", path: origin,
                message: "cannot set up TLS (sslmode \(sslMode.rawValue)): \(error)")
        }
        return PostgresConnection.Configuration(
            host: host ?? "localhost", port: port, username: user, password: password,
            database: database, tls: tls)
    }
}
