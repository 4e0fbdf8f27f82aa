import ArgumentParser
struct Init: ParsableCommand {}
struct Segment: ParsableCommand {}
