extension SignOff {
    /// The sign-off in words: "LA's Dec 2025 returns submitted by jo on 5 Jan 2026", "the Q3 BCF return of 2025-26 signed
    /// off for the Health and Wellbeing Board on 20 Jan 2026 under delegated authority, recorded by pat".
    public var statement: String {
        switch scope {
        case .submitted(let period, let partner): "\(partner)'s \(period.label) returns submitted by \(by) on \(on.label)"
        case .approved(let period): "\(period.label) approved by \(by) on \(on.label)"
        case .minutes(let date): "the minutes of \(date.label) signed by \(by) on \(on.label)"
        case .yearEnd(let year, let partner): "\(partner)'s part of the \(year) settlement signed by \(by) on \(on.label)"
        case .bcfReturn(let year, let kind):
            "the \(kind.label) BCF return of \(year) signed off for the Health and Wellbeing Board on \(on.label)"
                + (underDelegatedAuthority ? " under delegated authority" : "") + ", recorded by \(by)"
        }
    }
}

extension Agreement {
    /// Where `period` stands: "entered", "submitted by LA (ICB outstanding)", "approved by pat on 12 Jan 2026", each
    /// sign-off a later change overtook marked SUPERSEDED.
    public func signOffStatus(of period: Period) -> String {
        if let approved = signOff(.approved(period)) {
            return "approved by \(approved.by) on \(approved.on.label)" + (isSuperseded(approved) ? " (SUPERSEDED: figures changed since)" : "")
        }
        let partners = submittingPartners
        let submitted = partners.filter { signOff(.submitted(period, $0)) != nil }
        guard !submitted.isEmpty else { return "entered, not submitted" }
        let superseded = submitted.filter { signOff(.submitted(period, $0)).map(isSuperseded) == true }
        let outstanding = partners.filter { !submitted.contains($0) }
        return "submitted by \(submitted.joined(separator: ", "))" + (outstanding.isEmpty ? "" : " (\(outstanding.joined(separator: ", ")) outstanding)")
            + (superseded.isEmpty ? "" : "; SUPERSEDED: \(superseded.joined(separator: ", "))'s figures changed since")
    }

    /// Where `year`'s settlement stands: "signed by LA on 20 Apr 2026; ICB outstanding", each signature a later change
    /// overtook marked SUPERSEDED; nil while nobody has signed it.
    public func yearEndSignOffStatus(of year: FinancialYear) -> String? {
        let payers = partners.map(\.id).filter { id in contributions.contains { $0.partnerID == id && $0.ledger == .revenue } }
        let signed = payers.compactMap { id in signOff(.yearEnd(year, id)).map { (id, $0) } }
        guard !signed.isEmpty else { return nil }
        let outstanding = payers.filter { id in !signed.contains { $0.0 == id } }
        return signed.map { "signed by \($0.0) on \($0.1.on.label)" + (isSuperseded($0.1) ? " (SUPERSEDED)" : "") }.joined(separator: ", ")
            + (outstanding.isEmpty ? "" : "; \(outstanding.joined(separator: ", ")) outstanding")
    }

    /// Every sign-off a later change overtook, as warnings for `check`.
    public func supersededSignOffs() -> [ValidationProblem] {
        signOffs.filter(isSuperseded).map { ValidationProblem("sign-off \($0.id)", "signed by \($0.by) on \($0.on.label), SUPERSEDED: what it covers changed since") }
    }

    /// Where `year`'s `kind` BCF return stands: "signed off for the HWB on 20 Jan 2026 under delegated authority" (SUPERSEDED
    /// once its figures changed); nil while it is not signed off.
    public func bcfReturnSignOffStatus(of year: FinancialYear, _ kind: BCFReturnKind) -> String? {
        guard let signed = signOff(.bcfReturn(year, kind)) else { return nil }
        return "signed off for the Health and Wellbeing Board on \(signed.on.label)" + (signed.underDelegatedAuthority ? " under delegated authority" : "")
            + " (recorded by \(signed.by))" + (isSuperseded(signed) ? "; SUPERSEDED: its figures changed since" : "")
    }
}
