/// One edit to an agreement: a record added or replaced (`new` set) or removed (`new` nil).
public struct Change: Hashable, Sendable {
    public var key: RecordKey
    /// The record after the change; nil removes it.
    public var new: AgreementRecord?

    /// Writes `record`, adding it or replacing the one with its key.
    public init(_ record: AgreementRecord) {
        key = record.key
        new = record
    }

    /// Removes the record with `key` (or, with `new`, writes it).
    public init(key: RecordKey, new: AgreementRecord?) {
        self.key = key
        self.new = new
    }

    /// One line per field that differs between `old` and `new`: what the audit trail records.
    public static func differences(from old: AgreementRecord?, to new: AgreementRecord?) -> [(field: String, old: String?, new: String?)] {
        let before = old?.fields ?? [], after = new?.fields ?? []
        let names = (after.isEmpty ? before : after).map(\.name)
        return names.compactMap { name in
            let was = before.first { $0.name == name }?.value, now = after.first { $0.name == name }?.value
            return was == now ? nil : (name, was, now)
        }
    }
}

/// Why an edit cannot be made, in words for the field or the status line.
public struct EditError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension Agreement {
    /// The record with `key`, if the agreement has it.
    public func record(_ key: RecordKey) -> AgreementRecord? {
        switch key {
        case .monitoring(let line, let period): entry(for: line, at: period).map(AgreementRecord.monitoring)
        case .line(let id): lines.first { $0.id == id }.map(AgreementRecord.line)
        case .contribution(let id): contributions.first { $0.id == id }.map(AgreementRecord.contribution)
        }
    }

    /// The change that undoes `change`: the record as it is now (before `change`), or its removal.
    public func inverse(of change: Change) -> Change {
        Change(key: change.key, new: record(change.key))
    }

    /// The agreement with `change` made, after checking it as the forms do.
    public func applying(_ change: Change) throws(EditError) -> Agreement {
        if let new = change.new {
            guard new.key == change.key else { throw EditError("the record's identifier cannot be changed by an edit") }
            try validate(new)
        } else {
            try checkNothingRefers(to: change.key)
        }
        var result = self
        switch (change.key, change.new) {
        case (.monitoring(let line, let period), let new):
            result.monitoring.removeAll { $0.lineID == line && $0.period == period }
            if case .monitoring(let entry) = new { result.monitoring.append(entry) }
        case (.line(let id), let new):
            if case .line(let line) = new {
                if let index = result.lines.firstIndex(where: { $0.id == id }) { result.lines[index] = line } else { result.lines.append(line) }
            } else {
                result.lines.removeAll { $0.id == id }
            }
        case (.contribution(let id), let new):
            if case .contribution(let contribution) = new {
                if let index = result.contributions.firstIndex(where: { $0.id == id }) {
                    result.contributions[index] = contribution
                } else {
                    result.contributions.append(contribution)
                }
            } else {
                result.contributions.removeAll { $0.id == id }
            }
        }
        return result
    }

    private func validate(_ record: AgreementRecord) throws(EditError) {
        switch record {
        case .monitoring(let entry):
            guard lines.contains(where: { $0.id == entry.lineID }) else { throw EditError("there is no line \(entry.lineID)") }
            guard entry.period >= start.period, entry.period <= end.period else {
                throw EditError("\(entry.period.label) is outside the agreement's term (\(start.label) to \(end.label))")
            }
        case .line(let line):
            guard !line.id.isEmpty else { throw EditError("a line needs an identifier, e.g. S18") }
            guard !line.budget.isNegative else { throw EditError("a budget cannot be negative") }
            guard partner(line.leadCommissionerID) != nil else { throw EditError("the lead commissioner must be one of the partners") }
            for id in line.providerIDs where provider(id) == nil { throw EditError("there is no provider \(id)") }
        case .contribution(let contribution):
            guard !contribution.id.isEmpty else { throw EditError("a contribution needs an identifier, e.g. C6") }
            guard !contribution.amount.isNegative else { throw EditError("a contribution cannot be negative") }
            guard partner(contribution.partnerID) != nil else { throw EditError("the partner must be one of the agreement's partners") }
        }
    }

    private func checkNothingRefers(to key: RecordKey) throws(EditError) {
        guard case .line(let id) = key else { return }
        let months = monitoring.filter { $0.lineID == id }.map(\.period.label)
        if !months.isEmpty {
            throw EditError("line \(id) has monitoring returns for \(months.joined(separator: ", ")); remove those first")
        }
    }
}
