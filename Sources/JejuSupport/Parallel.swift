import Foundation


/// Runs independent jobs on all cores (the build: one job per locale, each with its own ICU handles).
public enum Parallel {
    /// Result slots and the job, shared by the workers; each worker touches only its own slot.
    private final class Work<T>: @unchecked Sendable {
        var values: [Result<T, Diagnostic>?]
        let body: (Int) throws(Diagnostic) -> T
        init(_ count: Int, _ body: @escaping (Int) throws(Diagnostic) -> T) {
            values = Array(repeating: nil, count: count)
            self.body = body
        }
    }

    /// `body(i)` for every `i` in `0..<count`, concurrently; results in index order. The first error (by index)
    /// is thrown after all jobs end.
    public static func map<T>(_ count: Int, _ body: (Int) throws(Diagnostic) -> T) throws(Diagnostic) -> [T] {
        let slots: [Result<T, Diagnostic>?] = withoutActuallyEscaping(body) { escapable in
            let work = Work(count, escapable)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                do throws(Diagnostic) {
                    work.values[index] = .success(try work.body(index))
                } catch {
                    work.values[index] = .failure(error)
                }
            }
            return work.values
        }
        var out: [T] = []
        out.reserveCapacity(count)
        for slot in slots {
            switch slot {
            case .success(let value): out.append(value)
            case .failure(let error): throw error
            case nil: throw Diagnostic(rule: "internal", path: "jeju", message: "internal error: a job did not run")
            }
        }
        return out
    }
}
