/// A record of the agreement that an edit writes, addressed by its kind and key.
public enum RecordKey: Hashable, Sendable, CustomStringConvertible {
    case monitoring(SchemeLine.ID, Period)
    case line(SchemeLine.ID)
    case contribution(Contribution.ID)

    /// The kind of record, as the audit trail names it: "monitoring", "line", "contribution".
    public var entity: String {
        switch self {
        case .monitoring: "monitoring"
        case .line: "line"
        case .contribution: "contribution"
        }
    }

    /// The record's identifier within its kind: "S02 2025-12", "S02", "C1".
    public var id: String {
        switch self {
        case .monitoring(let line, let period): "\(line) \(period)"
        case .line(let id), .contribution(let id): id
        }
    }

    /// "monitoring S02 2025-12".
    public var description: String { "\(entity) \(id)" }
}

/// A record's whole content: what an edit writes.
public enum AgreementRecord: Hashable, Sendable {
    case monitoring(MonitoringEntry)
    case line(SchemeLine)
    case contribution(Contribution)

    /// Which record this is.
    public var key: RecordKey {
        switch self {
        case .monitoring(let entry): .monitoring(entry.lineID, entry.period)
        case .line(let line): .line(line.id)
        case .contribution(let contribution): .contribution(contribution.id)
        }
    }

    /// Each field as the audit trail shows it, in a stable order: name and value in words.
    public var fields: [(name: String, value: String)] {
        switch self {
        case .monitoring(let e):
            [("budgetToDate", MoneyText.pounds(e.budgetToDate)), ("actualToDate", MoneyText.pounds(e.actualToDate)),
             ("forecastOutturn", MoneyText.pounds(e.forecastOutturn)), ("commentary", e.commentary)]
        case .line(let l):
            [("schemeID", l.schemeID), ("name", l.name), ("schemeType", l.schemeType), ("subType", l.subType),
             ("areaOfSpend", l.areaOfSpend.rawValue), ("commissioner", l.commissioner.label),
             ("leadCommissioner", l.leadCommissionerID), ("providers", l.providerIDs.joined(separator: ", ")),
             ("source", l.source.rawValue), ("budget", MoneyText.pounds(l.budget)), ("plannedOutput", l.plannedOutput),
             ("profile", l.profile.label), ("budgetType", l.budgetType.rawValue), ("arrangement", l.arrangement.rawValue),
             ("delegatedFunctions", l.delegatedFunctions.joined(separator: "; ")),
             ("virements", l.virements.map { "\(MoneyText.pounds($0.amount)) (\($0.approvedBy))" }.joined(separator: "; "))]
        case .contribution(let c):
            [("partner", c.partnerID), ("source", c.source.rawValue), ("amount", MoneyText.pounds(c.amount)), ("notes", c.notes)]
        }
    }
}
