/// How many rejections came at one stage of the process.
public struct StageCount: Equatable, Sendable {
    public var stage: Stage
    public var count: Int

    public init(stage: Stage, count: Int) {
        self.stage = stage
        self.count = count
    }
}
