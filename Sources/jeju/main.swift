import Foundation
import JejuCLI

// `jeju -C DIR command …` works as with git: a leading -C is moved behind the subcommand, where every command
// declares it.
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count >= 2, arguments[0] == "-C" || arguments[0].hasPrefix("-C") {
    let taken = arguments[0] == "-C" ? Array(arguments[0..<2]) : [arguments[0]]
    arguments.removeFirst(taken.count)
    let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
    arguments.insert(contentsOf: taken, at: end)
}

// argument-parser exits with 64 (EX_USAGE) on bad usage; Jeju's convention is 2 (DESIGN.md).
do {
    var command = try Jeju.parseAsRoot(arguments)
    try command.run()
} catch {
    let code = Jeju.exitCode(for: error)
    if code.rawValue == 64 {
        FileHandle.standardError.write(Data((Jeju.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Jeju.exit(withError: error)
}
