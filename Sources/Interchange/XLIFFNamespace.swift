/// The XML namespaces of XLIFF 2.1 and the modules Jeju reads and writes, with the prefixes Jeju writes.
public enum XLIFFNamespace {
    /// XLIFF 2.x core (the 2.1 core keeps the 2.0 namespace).
    public static let core = "urn:oasis:names:tc:xliff:document:2.0"
    /// The Metadata module (`mda:`): Jeju's own data, and only there.
    public static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"
    /// The Glossary module (`gls:`): the unit's termbase entries.
    public static let glossary = "urn:oasis:names:tc:xliff:glossary:2.0"
    /// The Translation Candidates module (`mtc:`): memory matches and earlier translations.
    public static let matches = "urn:oasis:names:tc:xliff:matches:2.0"
    /// XLIFF 1.2.
    public static let xliff12 = "urn:oasis:names:tc:xliff:document:1.2"
    /// The prefix of Jeju's own values in `subState`, `subType` and other user-defined attributes.
    public static let jejuPrefix = "jeju"
}
