import Foundation
import JejuSupport
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Two writers at once lose nothing, a second writer waits or gives up cleanly, and a writer killed at any point
/// leaves the project as it was or complete — never half-written.
@Suite(.serialized) struct ConcurrencyTests {
    static let notice = "2016-05-26-local-officials-learn-e-government"

    /// A copy of this repository's own project (settings, notices, translations, termbase, profiles).
    static func projectCopy() throws -> URL {
        let dir = try JejuBinary.temporaryFolder()
        for item in ["jeju.yml", "locales", "glossary", "qa"] {
            try FileManager.default.copyItem(
                at: SharedData.packageRoot.appendingPathComponent(item), to: dir.appendingPathComponent(item))
        }
        return dir
    }

    /// Returned files that change one Korean translation each: one in the notice, one in the page messages.
    static func returnedFiles(in dir: URL) throws -> (notice: URL, ui: URL, noticeText: String, uiText: String) {
        let noticeText = "이들은 전자정부 정책을 담당하는 공무원이다.", uiText = "본문으로 바로가기"
        let returned = dir.appendingPathComponent("returned")
        try FileManager.default.createDirectory(at: returned, withIntermediateDirectories: true)
        let n = try String(contentsOf: dir.appendingPathComponent("locales/ko/\(notice).xlf"), encoding: .utf8)
            .replacingOccurrences(
                of: "<target>이들은 전자정부 정책을 담당하는 공무원들이다.</target>", with: "<target>\(noticeText)</target>")
        let u = try String(contentsOf: dir.appendingPathComponent("locales/ko/ui.xlf"), encoding: .utf8)
            .replacingOccurrences(of: "<target>본문 바로가기</target>", with: "<target>\(uiText)</target>")
        #expect(
            n.contains(noticeText) && u.contains(uiText),
            "the repository's Korean translations changed; update this test")
        let noticeURL = returned.appendingPathComponent("notice.xlf"), uiURL = returned.appendingPathComponent("ui.xlf")
        try n.write(to: noticeURL, atomically: true, encoding: .utf8)
        try u.write(to: uiURL, atomically: true, encoding: .utf8)
        return (noticeURL, uiURL, noticeText, uiText)
    }

    /// Starts `jeju arguments…` without waiting; output goes to /dev/null.
    static func start(_ arguments: [String]) throws -> Process {
        let p = Process()
        p.executableURL = JejuBinary.url
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    func text(_ dir: URL, _ path: String) -> String {
        (try? String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    @Test func twoMergesAtOnceKeepBothTranslations() throws {
        for run in 1...20 {
            let dir = try Self.projectCopy()
            defer { try? FileManager.default.removeItem(at: dir) }
            let r = try Self.returnedFiles(in: dir)
            let a = try Self.start(["-C", dir.path, "merge", r.notice.path])
            let b = try Self.start(["-C", dir.path, "merge", r.ui.path])
            a.waitUntilExit()
            b.waitUntilExit()
            #expect(a.terminationStatus == 0 && b.terminationStatus == 0, "run \(run)")
            let memory = text(dir, "locales/ko/memory.tmx")
            #expect(
                memory.contains(r.noticeText) && memory.contains(r.uiText),
                "run \(run): a translation is missing from memory.tmx")
            #expect(text(dir, "locales/ko/\(Self.notice).xlf").contains(r.noticeText), "run \(run)")
            #expect(text(dir, "locales/ko/ui.xlf").contains(r.uiText), "run \(run)")
        }
    }

    /// A TMX of `count` units, English to Korean, with sources unique to `tag`.
    static func memory(_ tag: String, count: Int) -> String {
        var s =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n"
        for i in 0..<count {
            s +=
                "<tu><tuv xml:lang=\"en\"><seg>Sentence \(i) of \(tag).</seg></tuv><tuv xml:lang=\"ko\"><seg>\(tag)의 \(i)번째 문장.</seg></tuv><tuv xml:lang=\"vi\"><seg>Câu \(i) của \(tag).</seg></tuv></tu>\n"
        }
        return s + "</body></tmx>\n"
    }

    @Test func twoImportsAtOnceKeepEveryUnit() throws {
        let dir = try Self.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.tmx"), b = dir.appendingPathComponent("b.tmx")
        try Self.memory("alpha", count: 300).write(to: a, atomically: true, encoding: .utf8)
        try Self.memory("beta", count: 300).write(to: b, atomically: true, encoding: .utf8)
        for run in 1...20 {
            let pa = try Self.start(["-C", dir.path, "tm", "import", a.path, "--name", "shared-\(run)"])
            let pb = try Self.start(["-C", dir.path, "tm", "import", b.path, "--name", "shared-\(run)"])
            pa.waitUntilExit()
            pb.waitUntilExit()
            #expect(pa.terminationStatus == 0 && pb.terminationStatus == 0, "run \(run)")
            for locale in ["ko", "vi"] {
                let t = text(dir, "locales/\(locale)/tm/shared-\(run).tmx")
                #expect(t.components(separatedBy: "<tu>").count - 1 == 600, "run \(run), \(locale): units lost")
            }
        }
    }

    @Test func aSecondWriterWaitsThenGivesUpChangingNothing() throws {
        let dir = try Self.projectCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Self.returnedFiles(in: dir)
        let before = text(dir, "locales/ko/ui.xlf")
        let lock = try ProjectLock.acquire(root: dir, access: .write, command: "jeju test-holder", wait: 0)
        let result = try JejuBinary.run(["-C", dir.path, "merge", "--wait", "0.3", r.ui.path])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("waiting for the project lock") && result.stderr.contains("jeju test-holder"),
            "\(result.stderr)")
        #expect(text(dir, "locales/ko/ui.xlf") == before)
        // Readers wait for a writer too.
        let reader = try JejuBinary.run(["-C", dir.path, "stats", "--wait", "0.2"])
        #expect(reader.status == 2)
        lock.release()
        let again = try JejuBinary.run(["-C", dir.path, "merge", "--wait", "0.3", r.ui.path])
        #expect(again.status == 0, "\(again.stderr)")
        let bad = try JejuBinary.run(["-C", dir.path, "stats", "--wait", "-1"])
        #expect(bad.status == 2 && bad.stderr.contains("--wait"), "\(bad.stderr)")
    }

    /// A merge killed with SIGKILL at random points: afterwards (the next command finishes a committed change)
    /// the XLIFF and the memory agree — both have the new translation, or neither — and both files are whole.
    @Test func killedMergesLeaveTheProjectConsistent() throws {
        var generator = SystemRandomNumberGenerator()
        var outcomes: [Bool: Int] = [:]
        let template = try Self.projectCopy()
        defer { try? FileManager.default.removeItem(at: template) }
        let r = try Self.returnedFiles(in: template)
        for run in 1...50 {
            let dir = try JejuBinary.temporaryFolder().appendingPathComponent("p")
            defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
            try FileManager.default.copyItem(at: template, to: dir)
            let p = try Self.start(["-C", dir.path, "merge", dir.appendingPathComponent("returned/notice.xlf").path])
            usleep(UInt32.random(in: 0...250_000, using: &generator))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let stats = try JejuBinary.run(["-C", dir.path, "stats"])
            #expect(stats.status == 0, "run \(run): \(stats.stderr)")
            let inXLIFF = text(dir, "locales/ko/\(Self.notice).xlf").contains(r.noticeText)
            let inMemory = text(dir, "locales/ko/memory.tmx").contains(r.noticeText)
            #expect(inXLIFF == inMemory, "run \(run): the XLIFF and the memory disagree after kill -9")
            let valid = try JejuBinary.run([
                "validate", dir.appendingPathComponent("locales/ko/\(Self.notice).xlf").path,
                dir.appendingPathComponent("locales/ko/memory.tmx").path,
            ])
            #expect(valid.status == 0, "run \(run): \(valid.stdout)\(valid.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".jeju/journal").path))
            outcomes[inXLIFF, default: 0] += 1
        }
        print("killed merges: \(outcomes[true] ?? 0) complete, \(outcomes[false] ?? 0) as before")
    }

    /// An import into two locales killed at random points: both memories have all the units, or neither has any.
    @Test func killedImportsLeaveTheProjectConsistent() throws {
        var generator = SystemRandomNumberGenerator()
        let template = try Self.projectCopy()
        defer { try? FileManager.default.removeItem(at: template) }
        try Self.memory("gamma", count: 3000).write(
            to: template.appendingPathComponent("g.tmx"), atomically: true, encoding: .utf8)
        for run in 1...50 {
            let dir = try JejuBinary.temporaryFolder().appendingPathComponent("p")
            defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
            try FileManager.default.copyItem(at: template, to: dir)
            let p = try Self.start(["-C", dir.path, "tm", "import", dir.appendingPathComponent("g.tmx").path])
            usleep(UInt32.random(in: 0...600_000, using: &generator))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let stats = try JejuBinary.run(["-C", dir.path, "tm", "stats"])
            #expect(stats.status == 0, "run \(run): \(stats.stderr)")
            let ko = text(dir, "locales/ko/memory.tmx").components(separatedBy: "gamma의").count - 1
            let vi = text(dir, "locales/vi/memory.tmx").components(separatedBy: "của gamma").count - 1
            #expect((ko == 0 && vi == 0) || (ko == 3000 && vi == 3000), "run \(run): ko has \(ko) units, vi \(vi)")
        }
    }
}

/// The journal itself: a commit interrupted after the journal was written is finished by the next lock holder.
@Suite struct FileTransactionTests {
    @Test func anInterruptedCommitIsFinishedOnTheNextStart() throws {
        let root = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a.txt"), b = root.appendingPathComponent("sub/b.txt")
        try FileManager.default.createDirectory(at: b.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "old a".write(to: a, atomically: true, encoding: .utf8)
        try "old b".write(to: b, atomically: true, encoding: .utf8)
        // The state a killed commit leaves: both new files staged, the journal written, only the first renamed.
        let ta = root.appendingPathComponent(".a.txt.staged"), tb = root.appendingPathComponent("sub/.b.txt.staged")
        try "new b".write(to: tb, atomically: true, encoding: .utf8)
        try "new a".write(to: a, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".jeju"), withIntermediateDirectories: true)
        try "jeju-journal 1\n\(ta.path)\t\(a.path)\n\(tb.path)\t\(b.path)\n"
            .write(to: FileTransaction.journalURL(root: root), atomically: true, encoding: .utf8)
        #expect(FileTransaction.hasPendingCommit(root: root))
        let lock = try ProjectLock.acquire(root: root, access: .read, command: "test", wait: 0)
        lock.release()
        #expect(try String(contentsOf: a, encoding: .utf8) == "new a")
        #expect(try String(contentsOf: b, encoding: .utf8) == "new b")
        #expect(!FileTransaction.hasPendingCommit(root: root))
    }

    @Test func anAbandonedTransactionChangesNothing() throws {
        let root = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a.txt")
        try "old".write(to: a, atomically: true, encoding: .utf8)
        var t = FileTransaction(root: root)
        try t.stage(Data("new".utf8), to: a)
        try t.stage(Data("other".utf8), to: root.appendingPathComponent("b.txt"))
        #expect(try String(contentsOf: a, encoding: .utf8) == "old")
        t.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["a.txt"])
        var u = FileTransaction(root: root)
        try u.stage(Data("new".utf8), to: a)
        try u.stage(Data("other".utf8), to: root.appendingPathComponent("b.txt"))
        try u.commit()
        #expect(try String(contentsOf: a, encoding: .utf8) == "new")
        #expect(try String(contentsOf: root.appendingPathComponent("b.txt"), encoding: .utf8) == "other")
        #expect(!FileTransaction.hasPendingCommit(root: root))
    }

    /// Files prepared on other threads (flushed together at the commit) join a transaction like staged ones; a
    /// file that would not change is not prepared, and an abandon removes what was prepared.
    @Test func preparedFilesCommitWithTheStagedOnes() throws {
        let root = try JejuBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a.txt"), b = root.appendingPathComponent("sub/b.txt")
        let c = root.appendingPathComponent("c.txt")
        try "same".write(to: a, atomically: true, encoding: .utf8)
        #expect(try FileTransaction.prepareIfChanged(Data("same".utf8), to: a) == nil)
        var abandoned = FileTransaction(root: root)
        abandoned.adopt(try #require(try FileTransaction.prepareIfChanged(Data("gone".utf8), to: c)))
        abandoned.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["a.txt"])
        var t = FileTransaction(root: root)
        try t.stage(Data("staged".utf8), to: a)
        let prepared = try Parallel.map(2) { i throws(Diagnostic) in
            try FileTransaction.prepareIfChanged(Data("prepared \(i)".utf8), to: i == 0 ? b : c)
        }
        for p in prepared { t.adopt(try #require(p)) }
        #expect(!FileManager.default.fileExists(atPath: b.path))
        try t.commit()
        #expect(try String(contentsOf: a, encoding: .utf8) == "staged")
        #expect(try String(contentsOf: b, encoding: .utf8) == "prepared 0")
        #expect(try String(contentsOf: c, encoding: .utf8) == "prepared 1")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != ".jeju" }.sorted() == [
                "a.txt", "c.txt", "sub",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: b.deletingLastPathComponent().path) == ["b.txt"])
    }
}
