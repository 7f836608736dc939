import Dispatch
import Foundation

/// `(0..<count).map(transform)` spread over every core, results in order.
///
/// Reading and parsing thousands of entry files, and walking their folders, is independent
/// work per item; on this project's two-core reference machine it nearly halves the time.
enum ParallelMap {
    /// Below `minimumPerWorker` items per core the threads cost more than they save.
    static func map<T: Sendable>(_ count: Int, minimumPerWorker: Int = 32, _ transform: @Sendable (Int) -> T) -> [T] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let workers = min(cores, count / max(1, minimumPerWorker))
        guard workers > 1 else { return (0..<count).map(transform) }
        // More chunks than cores, so a core that drew slow files does not hold up the rest.
        let chunks = min(count, workers * 8)
        var out = [T?](repeating: nil, count: count)
        out.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = count * chunk / chunks, end = count * (chunk + 1) / chunks
                for i in start..<end { slots.buffer[i] = transform(i) }
            }
        }
        return out.map { $0! }
    }

    /// Runs `first` on another thread while `second` runs on this one, and waits for both.
    ///
    /// Not `concurrentPerform` with two iterations: a `map` nested inside one of them would run
    /// on one core only, which left the folder walk single-threaded.
    static func both<A: Sendable, B>(_ first: @Sendable () -> A, _ second: () -> B) -> (A, B) {
        let slot = Slot<A>()
        let group = DispatchGroup()
        let b = withoutActuallyEscaping(first) { first -> B in
            // Safe to let it escape: this waits for it before returning.
            DispatchQueue.global().async(group: group) { slot.value = first() }
            let b = second()
            group.wait()
            return b
        }
        return (slot.value!, b)
    }

    /// One result written by one thread and read after `wait`.
    private final class Slot<T>: @unchecked Sendable {
        var value: T?
    }

    /// Each index is written by exactly one chunk, so the writes never overlap.
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T?>
    }
}
