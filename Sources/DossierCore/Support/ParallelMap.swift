import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the results.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        if count < 2 { return map(transform) }
        let results = ResultSlots<T>(count: count)
        self.withUnsafeBufferPointer { buffer in
            let input = UnsafeSendableBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.store(transform(input.buffer[index]), at: index)
            }
        }
        return results.values()
    }
}

/// Slots written by `parallelMap`.
///
/// `@unchecked Sendable` is safe here: `concurrentPerform` gives every index to exactly
/// one iteration, so each slot is written once by one thread and never read until
/// `concurrentPerform` has returned, which orders every write before the reads.
private final class ResultSlots<T>: @unchecked Sendable {
    /// Raw memory allocated once, so that concurrent writes to different slots never touch
    /// shared state (an `Array` would be moved out and back by each mutating access).
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    /// The results in order; every slot has been written by `concurrentPerform` before this runs.
    func values() -> [T] {
        (0..<count).compactMap { slots[$0] }
    }
}

/// A read-only view of the input array for the iterations of `parallelMap`.
///
/// `@unchecked Sendable` is safe here: the buffer belongs to an array of `Sendable` elements
/// that `withUnsafeBufferPointer` keeps alive and unchanged until every iteration has finished,
/// and the iterations only read it.
private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}
