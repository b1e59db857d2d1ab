import S75Domain

extension AppState {
    /// `:settle` (or `:settle 2026-05-20`): the year's settlement payments made from its final year-end, due the day given
    /// (default: 30 days from today), saved as one change.
    mutating func settle(_ arguments: [String]) -> [Effect] {
        guard readOnlyReason == nil else { message = .error("This file is read-only; nothing can be settled in it."); return [] }
        var due = today.adding(days: 30)
        if let given = arguments.first {
            guard case .success(let day) = FieldInput.date(given) else {
                message = .error("settle takes the day the payments are due, as YYYY-MM-DD, e.g. settle 2026-05-20.")
                return []
            }
            due = day
        }
        let payments: [SettlementPayment]
        do {
            payments = try agreement.settlementPayments(for: agreement.financialYear, due: due)
        } catch {
            message = .error("Not settled: \(error.message).")
            return []
        }
        guard !payments.isEmpty else { message = UserMessage("\(agreement.financialYear): no partner pays another; nothing to record."); return [] }
        if let refusal = agreement.refusal(of: Change(.settlement(payments[0])), by: user) {
            message = .error("Not settled: \(refusal).")
            return []
        }
        let summary = payments.map { "\($0.id) \($0.summary)" }.joined(separator: "; ") + ", due \(due.label)"
        return [.saveAll(payments.map { PlannedChange(Change(.settlement($0)), expected: nil) }, intent: .record(summary: summary))]
    }

    /// `:paid SP1` (today), `:paid SP1 2026-05-18` or `:paid SP1 2026-05-18 INV-42`: a settlement payment made.
    mutating func recordPaid(_ arguments: [String]) -> [Effect] {
        let usage = "paid takes the payment, and the day and invoice if not today and already recorded, e.g. paid SP1 2026-05-18 INV-42."
        guard readOnlyReason == nil else { message = .error("This file is read-only; nothing can be recorded in it."); return [] }
        guard (1...3).contains(arguments.count),
              var payment = agreement.settlementPayments.first(where: { $0.id.lowercased() == arguments[0].lowercased() })
        else { message = .error(usage); return [] }
        var day = today
        if arguments.count > 1 {
            guard case .success(let parsed) = FieldInput.date(arguments[1]), parsed <= today else {
                message = .error("Not recorded: the day it was paid is a real day no later than today. \(usage)")
                return []
            }
            day = parsed
        }
        if arguments.count > 2 { payment.invoice = arguments[2] }
        payment.paidOn = day
        let change = Change(.settlement(payment))
        do {
            _ = try agreement.applying(change)
        } catch {
            message = .error("Not recorded: \(error.message).")
            return []
        }
        if let refusal = agreement.refusal(of: change, by: user) {
            message = .error("Not recorded: \(refusal).")
            return []
        }
        return [.save(change, expecting: version(of: change.key), intent: .record(summary: "\(payment.id) \(payment.summary), paid \(day.label)"))]
    }
}
