import ArgumentParser
struct TMSearch: ParsableCommand { static let configuration = CommandConfiguration(commandName: "search") }
