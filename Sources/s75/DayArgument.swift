import ArgumentParser
import S75Domain

/// A day on the command line ("2026-01-20"): a meeting's, or the day money arrived.
struct DayArgument: ExpressibleByArgument {
    let day: DateOnly

    init?(argument: String) {
        guard let day = DateOnly(argument), day.exists else { return nil }
        self.day = day
    }

    static var defaultCompletionKind: CompletionKind { .default }

    /// The meeting `date` names in `agreement`, or its latest when no date is given; reports why there is none.
    static func meeting(_ date: DayArgument?, in agreement: Agreement, file: String) throws -> Meeting {
        guard let latest = agreement.meetings.max(by: { $0.date < $1.date }) else {
            throw Failure.stop("\(file) has no meeting recorded yet: s75 walk \(file) holds one and records it.")
        }
        guard let chosen = date.map({ agreement.meeting(on: $0.day) }) ?? latest else {
            let dates = agreement.meetings.map(\.date.description).joined(separator: ", ")
            throw Failure.stop("there is no meeting on \(date?.day.description ?? ""); the meetings recorded are \(dates).")
        }
        return chosen
    }
}
