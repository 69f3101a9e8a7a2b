/// What `update` asks the runtime to do after changing the state: run effects, or stop.
public struct Next<Effect> {
    public var effects: [Effect]
    public var quit: Bool

    public init(effects: [Effect] = [], quit: Bool = false) {
        self.effects = effects
        self.quit = quit
    }

    /// Nothing more to do.
    public static var none: Next { Next() }
    /// Stop the program after this update.
    public static var quit: Next { Next(quit: true) }
    /// Run these effects off the input loop; their messages come back through `update`.
    public static func run(_ effects: Effect...) -> Next { Next(effects: effects) }
    public static func run(_ effects: [Effect]) -> Next { Next(effects: effects) }
}

extension Next: Equatable where Effect: Equatable {}
extension Next: Sendable where Effect: Sendable {}
