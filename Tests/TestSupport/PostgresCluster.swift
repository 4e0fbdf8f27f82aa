import Foundation

/// A throwaway PostgreSQL cluster for the tests of the shared memory: `initdb` in a temporary folder, `pg_ctl` on
/// a loopback port with its socket in that folder, stopped when the test process ends. As root (CI), the cluster
/// runs as the `postgres` user, since `initdb` refuses root. One cluster per test process; each test makes its
/// own database.
public final class PostgresCluster: @unchecked Sendable {
    /// The folder holding the data folder, the socket and the log.
    public let folder: URL
    /// The port (TCP on 127.0.0.1, and the socket's name).
    public let port: Int
    /// The cluster's superuser.
    public let superuser = "postgres"
    let binaries: URL
    let runAs: String?
    /// The certificate TLS uses, once `enableTLS` has turned it on.
    private var tlsCertificate: URL?

    /// The PostgreSQL programs: `$PG_BIN`, or the newest `/usr/lib/postgresql/N/bin`.
    public static func binaries() -> URL? {
        var candidates: [URL] = []
        if let bin = ProcessInfo.processInfo.environment["PG_BIN"] { candidates.append(URL(fileURLWithPath: bin)) }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted(
            by: >)
        candidates += versions.map { URL(fileURLWithPath: "\(root)/\($0)/bin") }
        return candidates.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path)
        }
    }

    nonisolated(unsafe) private static var shared: PostgresCluster?
    nonisolated(unsafe) private static var failure: String?
    private static let lock = NSLock()

    /// The process's cluster, started on first use; nil (the test marked skipped with the reason) when
    /// PostgreSQL is not installed or cannot start here.
    public static func running(test: String = #function) -> PostgresCluster? {
        lock.lock()
        defer { lock.unlock() }
        if let shared { return shared }
        if failure == nil {
            do {
                guard let bin = binaries() else {
                    throw ClusterError(
                        "PostgreSQL is not installed (no initdb in $PG_BIN or /usr/lib/postgresql/*/bin; apt-get install -y postgresql)"
                    )
                }
                let cluster = try PostgresCluster(binaries: bin)
                // The roles are the cluster's, not a database's: made once here, or the first migrations of two
                // tests' databases at once would both create them and one fail.
                try cluster.psql(
                    """
                    CREATE ROLE jeju_reader NOLOGIN; CREATE ROLE jeju_writer NOLOGIN
                    """, database: "postgres")
                shared = cluster
                atexit { PostgresCluster.shared?.stop() }
                return cluster
            } catch {
                failure = "\(error)"
            }
        }
        SharedData.skip("\(test): no PostgreSQL cluster: \(failure ?? "")")
        return nil
    }

    struct ClusterError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    init(binaries: URL) throws {
        self.binaries = binaries
        runAs = geteuid() == 0 ? "postgres" : nil
        var template = Array("/tmp/jeju-pg-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, let p = mkdtemp(base) else { return nil }
            return String(cString: p)
        }
        guard let made else { throw ClusterError("cannot make a temporary folder") }
        folder = URL(fileURLWithPath: made)
        if let runAs {
            guard let pw = getpwnam(runAs) else {
                throw ClusterError("running as root, but there is no '\(runAs)' user to run the cluster")
            }
            chown(folder.path, pw.pointee.pw_uid, pw.pointee.pw_gid)
        }
        _ = try Self.run(
            binaries.appendingPathComponent("initdb"),
            [
                "-D", folder.appendingPathComponent("data").path,
                "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync",
            ], as: runAs)
        var started: Int?
        var lastError = ""
        for _ in 0..<5 {
            let candidate = Int.random(in: 20_000...60_000)
            do {
                _ = try Self.run(
                    binaries.appendingPathComponent("pg_ctl"),
                    [
                        "-D", folder.appendingPathComponent("data").path, "-l",
                        folder.appendingPathComponent("log").path, "-w",
                        "-o",
                        "-p \(candidate) -k \(folder.path) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60",
                        "start",
                    ], as: runAs)
                started = candidate
                break
            } catch {
                lastError = "\(error)"
            }
        }
        guard let started else { throw ClusterError("pg_ctl could not start the cluster: \(lastError)") }
        port = started
    }

    /// A URL for `user` on `database`, through the Unix socket.
    public func url(database: String, user: String = "postgres") -> String {
        "postgres://\(user)@localhost/\(database)?host=\(folder.path)&port=\(port)"
    }

    /// A fresh, empty database; returns its name.
    public func makeDatabase() throws -> String {
        let name = "jeju_test_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try psql("CREATE DATABASE \(name)", database: "postgres")
        return name
    }

    /// Runs SQL with `psql` (as the superuser unless `user` is given) and returns its unaligned output.
    @discardableResult
    public func psql(_ sql: String, database: String, user: String = "postgres") throws -> String {
        try Self.run(
            binaries.appendingPathComponent("psql"),
            [
                "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder.path,
                "-p", String(port), "-U", user, "-d", database, "-c", sql,
            ], as: nil)
    }

    /// Turns TLS on for TCP connections (`127.0.0.1` and the port), with a certificate made here for `localhost`
    /// and `127.0.0.1` by `openssl` (signed by itself: the file it returns is the certificate to trust). Unix socket
    /// connections stay without TLS, as PostgreSQL has them. Made once per cluster.
    public func enableTLS() throws -> URL {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if let tlsCertificate { return tlsCertificate }
        let certificate = folder.appendingPathComponent("server.crt"), key = folder.appendingPathComponent("server.key")
        guard let openssl = ["/usr/bin/openssl", "/bin/openssl"].first(where: FileManager.default.isExecutableFile)
        else { throw ClusterError("openssl is not installed, so no certificate can be made for the cluster") }
        _ = try Self.run(
            URL(fileURLWithPath: openssl),
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key.path, "-out", certificate.path,
            ], as: nil)
        if let runAs, let pw = getpwnam(runAs) {
            for file in [key, certificate] { chown(file.path, pw.pointee.pw_uid, pw.pointee.pw_gid) }
        }
        chmod(key.path, 0o600)
        // One statement per call: ALTER SYSTEM cannot run in the transaction a multi-statement -c makes.
        for sql in [
            "ALTER SYSTEM SET ssl_cert_file = '\(certificate.path)'", "ALTER SYSTEM SET ssl_key_file = '\(key.path)'",
            "ALTER SYSTEM SET ssl = on", "SELECT pg_reload_conf()",
        ] {
            try psql(sql, database: "postgres")
        }
        // The reload is a signal: new sessions have TLS once the server has read it.
        for _ in 0..<100 where try psql("SHOW ssl", database: "postgres") != "on\n" { usleep(50_000) }
        tlsCertificate = certificate
        return certificate
    }

    /// Stops the cluster and removes its folder.
    public func stop() {
        _ = try? Self.run(
            binaries.appendingPathComponent("pg_ctl"),
            ["-D", folder.appendingPathComponent("data").path, "-m", "immediate", "-w", "stop"], as: runAs)
        try? FileManager.default.removeItem(at: folder)
    }

    /// Makes the child close every descriptor above 2. The server `pg_ctl` leaves running outlives the test that
    /// started it, and would otherwise keep whatever descriptors the test process had open at that moment: among
    /// them the socket through which Foundation's `Process` learns that another test's child (an `xmllint`, a
    /// `jeju`) has exited, so that test's `waitUntilExit` would never return. glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` (2.34) is not in Swift's Glibc module, so it is looked up.
    static func closeOtherDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
    }

    /// Runs a program and returns its output. Through posix_spawn and waitpid rather than Foundation's `Process`,
    /// whose wait does not return once `pg_ctl` has left the server running in the background.
    static func run(_ tool: URL, _ arguments: [String], as user: String?) throws -> String {
        let argv = user.map { ["/usr/sbin/runuser", "-u", $0, "--", tool.path] + arguments } ?? [tool.path] + arguments
        let folder = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        Self.closeOtherDescriptors(&actions)
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArgs, environ)
        guard spawned == 0 else { throw ClusterError("cannot start \(argv[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0, code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw ClusterError("\(tool.lastPathComponent) failed (status \(status)): \(errors)")
        }
        return output
    }
}
