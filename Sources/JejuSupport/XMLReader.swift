import Foundation

/// Parses XML safely into `XElement` trees, with positions for every element and every error: Jeju's one XML
/// reader, for every format (XLIFF 2 and 1.2, TBX, SRX, TMX, validation).
///
/// It is `XMLScanner` (the streaming pull scanner the TMX import runs) building a tree, so every file is read
/// under one set of rules whatever the command: the same well-formedness and namespace checks, the same limits
/// (`Limits`), the same encodings (`XMLInput`: UTF-8, UTF-16, and legacy charsets through ICU). Safety (DESIGN.md
/// decision 5): no DTD is read, external entities are never resolved, nothing is fetched, and a document whose
/// DOCTYPE declares entities is refused outright, as is a reference to any entity but XML's five.
public enum XMLReader {
    /// Parses a whole document and returns its root element.
    public static func parse(_ data: Data, path: String) throws(Diagnostic) -> XElement {
        try XMLScanner.tree(of: data, path: path)
    }

    /// `parse` of a document's bytes in an array (a reader that checked them as UTF-8 already), without copying
    /// them into `Data` and back.
    public static func parse(
        _ bytes: [UInt8], path: String, skipping: (_ namespace: String, _ name: String) -> Bool = { _, _ in false }
    ) throws(Diagnostic) -> XElement {
        try XMLScanner.tree(bytes: bytes, path: path, skipping: skipping)
    }

    /// Parses a document, leaving out the elements (and all inside them) for which `skipping(namespace, name)`
    /// is true: they are scanned under the same rules, but no tree is built for them.
    public static func parse(
        _ data: Data, path: String, skipping: (_ namespace: String, _ name: String) -> Bool
    ) throws(Diagnostic) -> XElement {
        try XMLScanner.tree(of: data, path: path, skipping: skipping)
    }
}
