import Interchange

/// How far a translated segment has come: XLIFF 2.1's `state`, ordered so `--min-state` compares.
public typealias TranslationState = XLIFFState
