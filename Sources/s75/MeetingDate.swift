import ArgumentParser
import S75Domain

/// A meeting's day on the command line: "2026-01-20".
struct MeetingDate: ExpressibleByArgument {
    let day: DateOnly

    init?(argument: String) {
        guard let day = DateOnly(argument), day.exists else { return nil }
        self.day = day
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
