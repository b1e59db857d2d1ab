import S75Domain

extension AppState {
    /// `:instalments C1 monthly` (or `quarterly`): the contribution's instalments for the year, in advance from April, each
    /// saved as a record; refused when it has some already.
    mutating func scheduleInstalments(_ arguments: [String]) -> [Effect] {
        let usage = "instalments takes the contribution and monthly or quarterly, e.g. instalments C1 monthly."
        guard readOnlyReason == nil else { message = .error("This file is read-only; nothing can be scheduled in it."); return [] }
        guard arguments.count == 2, let schedule = InstalmentSchedule(rawValue: arguments[1].lowercased()),
              let contribution = agreement.contributions.first(where: { $0.id.lowercased() == arguments[0].lowercased() })
        else { message = .error(usage); return [] }
        guard agreement.instalments(of: contribution.id).isEmpty else {
            message = .error("\(contribution.id) has its instalments already: record what arrives with receive, e.g. receive I3.")
            return []
        }
        let planned = agreement.instalments(for: contribution, schedule)
        var after = agreement
        do {
            for instalment in planned { try after.apply(Change(.instalment(instalment))) }
        } catch {
            message = .error("Not saved: \(error.message).")
            return []
        }
        let summary = "\(planned.count) \(schedule.rawValue) instalments of \(contribution.id), \(planned.first?.id ?? "")–\(planned.last?.id ?? "")"
        return [.saveAll(planned.map { PlannedChange(Change(.instalment($0)), expected: nil) }, intent: .edit(summary: summary, move: nil))]
    }

    /// `:receive I3` (the amount due, today), `:receive I3 2025-06-02` or `:receive I3 2025-06-02 2,000`: what arrived for
    /// an instalment and when, the amount read in the unit shown.
    mutating func receiveInstalment(_ arguments: [String]) -> [Effect] {
        let usage = "receive takes the instalment, and the day and amount if not today and in full, e.g. receive I3 2025-06-02 2,266,667."
        guard readOnlyReason == nil else { message = .error("This file is read-only; nothing can be received in it."); return [] }
        guard (1...3).contains(arguments.count),
              var instalment = agreement.contributionInstalments.first(where: { $0.id.lowercased() == arguments[0].lowercased() })
        else { message = .error(usage); return [] }
        var day = today
        if arguments.count > 1 {
            switch FieldInput.date(arguments[1]) {
            case .success(let parsed): day = parsed
            case .failure(let error): message = .error("Not saved: \(error.message). \(usage)"); return []
            }
        }
        var amount = instalment.amount
        if arguments.count > 2 {
            switch MoneyInput.parse(arguments[2], inThousands: displayUnit == .thousands) {
            case .success(let parsed): amount = parsed
            case .failure(let error): message = .error("Not saved: \(error.message). \(usage)"); return []
            }
        }
        (instalment.receivedOn, instalment.received) = (day, amount)
        let change = Change(.instalment(instalment))
        do {
            _ = try agreement.applying(change)
        } catch {
            message = .error("Not saved: \(error.message).")
            return []
        }
        let summary = "\(instalment.id) of \(instalment.contributionID): \(MoneyText.pounds(amount)) received \(day.label)"
        return [.save(change, expecting: version(of: change.key), intent: .edit(summary: summary, move: nil))]
    }
}
