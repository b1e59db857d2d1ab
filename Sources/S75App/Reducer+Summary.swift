import S75Domain

extension AppState {
    /// Enter on a row of the Budgets summary: a group's lines (a provider's detail, with its lines and contracts),
    /// or what a ring-fence check found.
    mutating func openSummaryRow() {
        switch selectedItem(in: .budgets) {
        case .group(.provider, let key)?:
            let id = String(key.split(separator: "/").first ?? "")
            modes.open(.detail(id == "shared" ? .sharedLines : .provider(id)))
            scroll[.providers] = 0
        case .group(let dimension, let key)?:
            let label = agreement.rollUp(by: dimension, at: period).first { $0.key == key }?.label ?? key
            arrangements[.budgets] = TableArrangement(group: LineGroup(dimension: dimension, key: key, label: label))
            modes.show(.budgets)
            selection[.budgets] = 0
            message = UserMessage("The lines of \(label); :filter shows them all.")
        case .ringFence(let index)?:
            let checks = agreement.ringFenceChecks(at: period)
            guard checks.indices.contains(index) else { return }
            message = UserMessage("\(checks[index].name): \(checks[index].result.label). \(checks[index].detail)")
        default:
            message = UserMessage("Nothing to open here; press v for the next view.")
        }
    }
}
