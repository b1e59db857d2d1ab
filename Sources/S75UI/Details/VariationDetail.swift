import S75App
import S75Domain

/// The detail of a budget variation: what moved where, from when, why, and who agreed it under which limit.
enum VariationDetail {
    static func fill(_ sheet: inout DetailSheet, _ v: BudgetVariation, state: AppState) {
        let a = state.agreement
        for (label, id) in [("From line", v.fromLineID), ("To line", v.toLineID)] {
            guard let id else { continue }
            let line = a.line(id)
            sheet.field(label, "\(id) \(line?.name ?? "")" + (line.map { "; \(MoneyFormat.exact(a.budget(of: $0, at: v.effective))) in force from then" } ?? ""))
        }
        if let partner = v.partnerID { sheet.field("Contribution of", "\(partner) \(a.partner(partner)?.name ?? "")") }
        sheet.field("Amount", MoneyFormat.exact(v.amount))
        sheet.field("Effective from", "\(v.effective.label): months before it keep the budget they had")
        sheet.field("Why", v.reason)
        let (authority, because) = a.authority(for: v)
        sheet.field("Needs", authority.label + (because.map { ", because \($0)" } ?? ", within its delegated limit"))
        if let decision = v.decision {
            sheet.field("Board decision", "\(decision) \(a.minutes.first { $0.id == decision }?.text ?? "")")
        }
        if !v.partnersApproval.isEmpty { sheet.field("Partners' approval", v.partnersApproval) }
    }
}
