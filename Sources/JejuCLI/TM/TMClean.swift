import ArgumentParser
struct TMClean: ParsableCommand { static let configuration = CommandConfiguration(commandName: "clean") }
