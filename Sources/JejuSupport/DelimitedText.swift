/// Delimited text (CSV by RFC 4180, or TSV) split into records and fields, each field with its position.
///
/// CSV: fields separated by commas, optionally enclosed in double quotes; a quote inside a quoted field is
/// doubled; quoted fields may hold separators and line breaks. An unterminated quote, text after a closing
/// quote, or a quote inside an unquoted field is an error with line and column. TSV (OmegaT's glossary files):
/// fields separated by tabs, no quoting. The input is text already decoded by `TextFile` (BOM removed, CRLF
/// and CR turned into LF).
public struct DelimitedText: Sendable {
    /// A field and where it starts.
    public struct Field: Sendable, Equatable {
        /// The field's value (quotes removed, doubled quotes undone).
        public var value: String
        /// Its 1-based line.
        public var line: Int
        /// Its 1-based column (in Unicode scalars).
        public var column: Int

        /// A field.
        public init(value: String, line: Int, column: Int) {
            self.value = value
            self.line = line
            self.column = column
        }
    }

    /// The dialect.
    public enum Dialect: Sendable {
        /// RFC 4180 CSV.
        case csv
        /// Tab-separated, no quoting.
        case tsv
    }

    /// The records (lines), blank lines left out.
    public var records: [[Field]]

    /// Parses `text`. Throws a `Diagnostic` at the first malformed quote.
    public static func parse(_ text: String, dialect: Dialect, path: String) throws(Diagnostic) -> DelimitedText {
        switch dialect {
        case .tsv: return parseTSV(text)
        case .csv: return try parseCSV(text, path: path)
        }
    }

    /// Parses tab-separated text (no quoting; cannot fail).
    public static func parseTSV(_ text: String) -> DelimitedText {
        var records: [[Field]] = []
        var line = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            if raw.isEmpty { continue }
            var column = 1
            var fields: [Field] = []
            for part in raw.split(separator: "\t", omittingEmptySubsequences: false) {
                fields.append(Field(value: String(part), line: line, column: column))
                column += part.unicodeScalars.count + 1
            }
            records.append(fields)
        }
        return DelimitedText(records: records)
    }

    static func parseCSV(_ text: String, path: String) throws(Diagnostic) -> DelimitedText {
        var records: [[Field]] = []
        var fields: [Field] = []
        var value = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1
        var quoted = false, inQuotes = false, afterQuote = false
        var quoteLine = 1, quoteColumn = 1
        var recordIsEmpty = true
        func endField() {
            fields.append(Field(value: String(value), line: fieldLine, column: fieldColumn))
            value = String.UnicodeScalarView()
            quoted = false
            afterQuote = false
        }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if inQuotes {
                if u == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        value.append("\"")
                        i += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    value.append(u)
                }
                if u == "\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
                continue
            }
            switch u {
            case ",":
                endField()
                recordIsEmpty = false
                column += 1
                fieldLine = line
                fieldColumn = column
            case "\n":
                if !(recordIsEmpty && fields.isEmpty && value.isEmpty && !quoted) {
                    endField()
                    records.append(fields)
                }
                fields = []
                recordIsEmpty = true
                line += 1
                column = 1
                fieldLine = line
                fieldColumn = 1
            case "\"":
                guard value.isEmpty && !quoted else {
                    throw Diagnostic(
                        rule: "csv.quote", path: path, line: line, column: column,
                        message: afterQuote
                            ? "a quote after the closing quote of a field; double it (\"\") inside quotes"
                            : "a quote inside an unquoted field; enclose the field in quotes and double the quote")
                }
                quoted = true
                inQuotes = true
                recordIsEmpty = false
                quoteLine = line
                quoteColumn = column
                column += 1
            default:
                if afterQuote {
                    throw Diagnostic(
                        rule: "csv.quote", path: path, line: line, column: column,
                        message: "text after the closing quote of a field (expected ',' or the end of the line)")
                }
                value.append(u)
                recordIsEmpty = false
                column += 1
            }
            i += 1
        }
        if inQuotes {
            throw Diagnostic(
                rule: "csv.quote", path: path, line: quoteLine, column: quoteColumn,
                message: "unbalanced quote: the quoted field starting here is never closed")
        }
        if !recordIsEmpty || !fields.isEmpty || !value.isEmpty {
            endField()
            records.append(fields)
        }
        return DelimitedText(records: records)
    }

    /// One CSV record (RFC 4180): fields quoted when they hold a comma, a quote, a line break or edge spaces,
    /// quotes doubled; ended by LF.
    public static func csvRecord(_ fields: [String]) -> String {
        fields.map { s in
            guard
                s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.first == " "
                    || s.last == " "
            else { return s }
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }

    /// Characters a spreadsheet reads as the start of a formula: a text cell starting with one is written with
    /// an apostrophe first (Translate Toolkit's escape), which `spreadsheetValue` takes off again.
    public static let formulaStarts: Set<Character> = ["=", "+", "-", "@"]

    /// `text` as a spreadsheet cell that cannot run as a formula.
    public static func spreadsheetSafe(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// A cell's text without the apostrophe `spreadsheetSafe` put before a formula character.
    public static func spreadsheetValue(_ cell: String) -> String {
        if cell.hasPrefix("'"), let second = cell.dropFirst().first, formulaStarts.contains(second) {
            return String(cell.dropFirst())
        }
        return cell
    }

    /// A record whose field count differs from the header's, as a diagnostic at the first extra field or just
    /// after the last one; nil when the counts agree.
    public static func fieldCountProblem(_ record: [Field], header: [Field], path: String) -> Diagnostic? {
        guard record.count != header.count, let fallback = record.last ?? header.first else { return nil }
        let extra = record.count > header.count
        let at = extra ? record[header.count] : fallback
        return Diagnostic(
            rule: "csv.field-count", path: path, line: at.line,
            column: extra ? at.column : at.column + at.value.unicodeScalars.count,
            message: "\(record.count) fields where the header has \(header.count)")
    }
}
