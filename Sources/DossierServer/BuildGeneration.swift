/// A counter that changes at each successful rebuild; pages poll it to know when to reload.
public final class BuildGeneration: Sendable {
    private let state = Locked(0)

    public init() {}

    public var value: Int { state.withLock { $0 } }

    public func advance() { state.withLock { $0 += 1 } }
}
