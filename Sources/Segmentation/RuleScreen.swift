/// Screens rules by the one or two characters before a position, so that at most positions no rule is looked
/// at individually: for each UTF-16 code unit, a bit mask of the rules whose `before` can end with it (and
/// another for the unit before that), computed once per unit value and remembered.
///
/// Exact: a rule is left out only when its literals or its pattern's tail (`PatternShape`) rule it out; rules
/// with nothing readable are always kept. Used only while there are at most 64 rules.
final class RuleScreen {
    enum Test {
        case any
        case units(Set<UInt16>)
        case characters([CharacterTest])

        func allows(_ unit: UInt16) -> Bool {
            switch self {
            case .any: true
            case .units(let set): set.contains(unit)
            case .characters(let tests): tests.contains { $0.matches(unit) }
            }
        }
    }

    private let lastTests: [Test]
    private let secondTests: [Test]
    // Raw memory: read at every boundary (see `CharacterTest`).
    private let last = UnsafeMutablePointer<UInt64>.allocate(capacity: 65536)
    private let second = UnsafeMutablePointer<UInt64>.allocate(capacity: 65536)
    private let knownLast = UnsafeMutablePointer<Bool>.allocate(capacity: 65536)
    private let knownSecond = UnsafeMutablePointer<Bool>.allocate(capacity: 65536)
    /// Rules that match text not ending in a character (an empty `before`): always candidates.
    private let always: UInt64

    /// A screen over `matchers`.
    init?(_ matchers: [RuleMatcher]) {
        guard matchers.count <= 64 else { return nil }
        var lastTests: [Test] = []
        var secondTests: [Test] = []
        var always: UInt64 = 0
        for (k, m) in matchers.enumerated() {
            if m.rule.before.isEmpty { always |= 1 << UInt64(k) }
            switch m.method {
            case .literals(let literals, let folded, _):
                func units(at back: Int) -> Test {
                    var set = Set<UInt16>()
                    for l in literals {
                        guard l.count >= back else { return .any }
                        let u = l[l.count - back]
                        set.insert(u)
                        if folded, (0x61...0x7A).contains(u) { set.insert(u - 32) }
                    }
                    return .units(set)
                }
                lastTests.append(units(at: 1))
                secondTests.append(units(at: 2))
            case .lookbehind:
                lastTests.append(m.shape.tests(atBack: 0).map { .characters($0) } ?? .any)
                secondTests.append(m.shape.tests(atBack: 1).map { .characters($0) } ?? .any)
            case .window:
                lastTests.append(.any)
                secondTests.append(.any)
            }
        }
        self.lastTests = lastTests
        self.secondTests = secondTests
        self.always = always
        last.initialize(repeating: 0, count: 65536)
        second.initialize(repeating: 0, count: 65536)
        knownLast.initialize(repeating: false, count: 65536)
        knownSecond.initialize(repeating: false, count: 65536)
    }

    deinit {
        last.deallocate()
        second.deallocate()
        knownLast.deallocate()
        knownSecond.deallocate()
    }

    /// The rules that may match at `position` of `units`, as a bit mask (bit k = rule k).
    func candidates(_ units: UnsafeBufferPointer<UInt16>, at position: Int) -> UInt64 {
        guard position >= 1 else { return always }
        var mask = lookup(units[position - 1], tests: lastTests, table: last, known: knownLast)
        if position >= 2 {
            mask &= lookup(units[position - 2], tests: secondTests, table: second, known: knownSecond)
        } else {
            // Only one character before: rules needing two drop out.
            var need: UInt64 = 0
            for (k, t) in secondTests.enumerated() { if case .any = t {} else { need |= 1 << UInt64(k) } }
            mask &= ~need
        }
        return mask | always
    }

    private func lookup(_ unit: UInt16, tests: [Test], table: UnsafeMutablePointer<UInt64>,
                        known: UnsafeMutablePointer<Bool>) -> UInt64 {
        let i = Int(unit)
        if known[i] { return table[i] }
        var m: UInt64 = 0
        for (k, t) in tests.enumerated() where t.allows(unit) { m |= 1 << UInt64(k) }
        table[i] = m
        known[i] = true
        return m
    }
}
