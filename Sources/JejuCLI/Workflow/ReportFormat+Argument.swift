import ArgumentParser

/// `--format text|json` parsed and checked by the argument parser.
extension ReportFormat: ExpressibleByArgument {}
