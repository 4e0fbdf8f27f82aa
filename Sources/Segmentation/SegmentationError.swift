import JejuSupport

/// Loading segmentation rules failed: a malformed SRX file or a regular expression ICU cannot compile.
/// Setup can fail; segmenting cannot.
public typealias SegmentationError = Diagnostic
