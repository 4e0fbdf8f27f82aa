import Foundation
import Interchange
import JejuSupport
import TestSupport
import Testing

/// The shared sample corpora: every file is read or refused with a positioned reason, never a crash.
@Suite struct SampleCorporaTests {
    func files(_ folder: String, test: String = #function) throws -> [URL]? {
        guard let url = SharedData.url(folder, test: test) else { return nil }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().map {
            url.appendingPathComponent($0)
        }
    }

    @Test func poSamples() throws {
        guard let files = try files("corpora/samples/po") else { return }
        #expect(files.count == 24)
        var read: [String] = [], refused: [String: String] = [:]
        for url in files {
            do {
                let text = try DeclaredEncoding.decodeUTF8(
                    try TextFile.readBytes(url.path), path: url.lastPathComponent)
                let po = try POReader.read(text, path: url.lastPathComponent)
                // What Jeju writes reads back equal.
                #expect(try POReader.read(POWriter.string(po), path: "rewritten.po") == po, "\(url.lastPathComponent)")
                read.append(url.lastPathComponent)
            } catch {
                #expect(error.line != nil, "\(error)")
                refused[url.lastPathComponent] = error.description
            }
        }
        print("PO samples: \(read.count) read, \(refused.count) refused")
        for (name, reason) in refused.sorted(by: { $0.key < $1.key }) { print("  refused \(name): \(reason)") }
        // The deliberately broken ones are refused; gettext's own msgfmt agrees on the rest where it is installed.
        #expect(refused["test_syntax_error1.po"] != nil)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/msgfmt") {
            for url in files where read.contains(url.lastPathComponent) && url.pathExtension == "po" {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/usr/bin/msgfmt")
                p.arguments = ["-o", "/dev/null", url.path]
                p.standardError = FileHandle.nullDevice
                try p.run()
                p.waitUntilExit()
                if p.terminationStatus != 0 { print("  note: msgfmt refuses \(url.lastPathComponent), Jeju reads it") }
            }
        } else {
            SharedData.skip("the PO samples were not compared with msgfmt: gettext is not installed")
        }
    }

    @Test func xliff12Samples() throws {
        guard let files = try files("corpora/samples/xliff-1.2") else { return }
        #expect(files.count == 116)
        var read = 0, units = 0, xliff2 = 0, refused: [String: String] = [:]
        for url in files {
            do {
                let data = try TextFile.readBytes(url.path)
                // A few files in the folder are XLIFF 2.0: merge reads those with the XLIFF 2 reader.
                if InterchangeFormat.detect(String(decoding: data.prefix(4096), as: UTF8.self), path: url.path)
                    == .xliff2
                {
                    _ = try XLIFFReader.read(data, path: url.lastPathComponent)
                    xliff2 += 1
                    read += 1
                    continue
                }
                let d = try XLIFF12Reader.read(data, path: url.lastPathComponent)
                units += d.files.reduce(0) { $0 + $1.units.count }
                read += 1
            } catch {
                #expect(error.line != nil, "\(error)")
                refused[url.lastPathComponent] = error.description
            }
        }
        print(
            "XLIFF 1.2 samples: \(read) read (\(units) trans-units; \(xliff2) of them XLIFF 2.0), \(refused.count) refused"
        )
        for (name, reason) in refused.sorted(by: { $0.key < $1.key }) { print("  refused \(name): \(reason)") }
        #expect(read + refused.count == 116)
        #expect(read >= 100)
    }
}
