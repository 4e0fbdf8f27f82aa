import Foundation
import JejuSupport
import Testing

/// The one sniffer: formats from content first (the XML root and, for XLIFF, its namespace or own version), then
/// from the name for PO, CSV and TSV.
@Suite struct FileFormatTests {
    @Test func formatsAreRecognisedFromContentThenName() {
        let cases: [(String, String, FileFormat?)] = [
            (#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"/>"#, "x.txt", .xliff2),
            (
                #"<?xml version="1.0"?><!-- c --><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>"#,
                "a.xlf", .xliff12
            ),
            (#"<xliff its:version="2.0" version="1.2"/>"#, "a.xlf", .xliff12),
            (#"<xliff its:version="1.0" version="2.0"/>"#, "a", .xliff2),
            ("<tmx version=\"1.4\"/>", "a.xml", .tmx), ("<martif/>", "a.csv", .tbx), ("<tbx/>", "g.xml", .tbx),
            ("<srx/>", "a", .srx),
            ("# c\nmsgid \"\"\nmsgstr \"\"\n", "noext", .po), ("anything", "a.po", .po), ("<html/>", "a.xml", nil),
            ("source,target\na,b\n", "t.csv", .csv), ("a\tb\n", "g.tsv", .tsv), ("a\tb\n", "g.txt", nil),
        ]
        for (text, path, format) in cases {
            #expect(FileFormat.detect(Data(text.utf8), path: path) == format, "\(text) \(path)")
        }
    }
}
