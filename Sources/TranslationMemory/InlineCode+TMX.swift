import Inline

extension InlineCode {
    /// TMX's kinds of code.
    static let tmxElements: Set<String> = ["bpt", "ept", "it", "ph", "ut", "hi"]

    /// A code as TMX writes it in `element` with `attributes`: its role, id and type read from them.
    init(tmxElement element: String, attributes: [String: String], native: [Native] = [], offset: Int) {
        let role: Role
        switch element {
        case "bpt": role = .opening
        case "ept": role = .closing
        case "it": role = attributes["pos"] == "end" ? .closing : .opening
        default: role = .standalone
        }
        self.init(
            role: role, id: element == "bpt" || element == "ept" ? attributes["i"] : attributes["x"],
            isolated: element == "it", type: attributes["type"], tag: element == "ut" ? element : nil,
            attributes: attributes, native: native, offset: offset)
    }

    /// The start (`closing` false) or end of a TMX `<hi>`.
    static func highlight(closing: Bool, attributes: [String: String] = [:], offset: Int) -> InlineCode {
        InlineCode(
            role: closing ? .closing : .opening, id: attributes["x"], type: attributes["type"], tag: "hi",
            attributes: attributes, offset: offset)
    }

    /// The TMX element the code is written as (`bpt`, `ept`, `it`, `ph`, `ut`, `hi`).
    var tmxElement: String {
        if let tag, Self.tmxElements.contains(tag) { return tag }
        if isolated { return "it" }
        switch role {
        case .opening: return "bpt"
        case .closing: return "ept"
        case .standalone: return "ph"
        }
    }

    /// The code's TMX kind, the two sides of `<hi>` apart (`hi`, `/hi`): what lookup compares codes by.
    var tmxKind: String {
        let element = tmxElement
        return element == "hi" && role == .closing ? "/hi" : element
    }
}
