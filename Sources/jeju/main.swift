import Foundation
import JejuCLI

// argument-parser exits with 64 (EX_USAGE) on bad usage; Jeju's convention is 2 (DESIGN.md).
do {
    var command = try Jeju.parseAsRoot()
    try command.run()
} catch {
    let code = Jeju.exitCode(for: error)
    if code.rawValue == 64 {
        FileHandle.standardError.write(Data((Jeju.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Jeju.exit(withError: error)
}
