import S75Domain
import S75Store

/// Shell completion of months: the monitored months of the agreement file named on the command line.
enum MonthCompletion {
    static func monitoredMonths(in words: [String]) -> [String] {
        for word in words where word.hasSuffix(".s75") {
            if let agreement = try? StoreOpening.agreement(at: word) {
                return agreement.monitoredPeriods.map(\.description)
            }
        }
        return []
    }
}
