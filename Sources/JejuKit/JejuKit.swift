// One import for embedding Jeju and for the benchmarks: re-exports every library module.
@_exported import ICU
@_exported import JejuSupport
@_exported import Inline
@_exported import Notices
@_exported import Segmentation
@_exported import Glossary
@_exported import TranslationMemory
@_exported import QualityChecks
@_exported import Validation
@_exported import Interchange
@_exported import Workflow
@_exported import Publishing
@_exported import MemoryServer
