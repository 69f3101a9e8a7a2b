import Synchronization

/// Where running effects send their result messages. Thread-safe; the program's loop drains it.
///
/// An effect may send any number of messages (progress, then a result); each is applied with `update` in
/// the order sent.
@available(macOS 15.0, *)
public struct MessageSink<Message: Sendable>: Sendable {
    let inbox: MessageInbox<Message>

    public init() {
        inbox = MessageInbox()
    }

    /// Queues `message` for the program's loop.
    public func send(_ message: Message) {
        inbox.post(message)
    }

    public func callAsFunction(_ message: Message) {
        send(message)
    }
}

/// The lock-protected queue behind `MessageSink`.
@available(macOS 15.0, *)
final class MessageInbox<Message: Sendable>: Sendable {
    private let queue = Mutex<[Message]>([])

    func post(_ message: Message) {
        queue.withLock { $0.append(message) }
    }

    /// Takes every queued message, oldest first.
    func drain() -> [Message] {
        queue.withLock { messages in
            defer { messages.removeAll(keepingCapacity: true) }
            return messages
        }
    }
}
