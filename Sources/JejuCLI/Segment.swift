import ArgumentParser
struct Segment: ParsableCommand {}
