import S75Domain

extension AppState {
    /// How `:sign` is used, said when it is not.
    public static let signUsage = "sign takes what is signed: sign submit [PARTNER], sign approve, sign minutes [YYYY-MM-DD], "
        + "sign year-end [PARTNER], or sign bcf-return q1|q2|q3|end-of-year [YYYY-MM-DD] [delegated]; months are the one shown."

    /// `:sign submit` (this account's partner, the month shown), `:sign approve`, `:sign minutes 2025-10-21`,
    /// `:sign year-end LA`, `:sign bcf-return q3 2026-01-20 delegated`: a signature on the figures as they stand, by
    /// this session's account, refused as the permission table and the sign-off's own rules say.
    mutating func sign(_ arguments: [String]) -> [Effect] {
        guard readOnlyReason == nil else { message = .error("This file is read-only; nothing can be signed in it."); return [] }
        guard let what = arguments.first?.lowercased() else { message = .error(Self.signUsage); return [] }
        let rest = Array(arguments.dropFirst())
        let partner = rest.first ?? agreement.person(loggingInAs: user)?.partnerID
        var day = today
        var delegated = false
        let scope: SignOff.Scope
        switch what {
        case "submit":
            guard let partner else { message = .error("sign submit needs the partner: \(user) is not among the agreement's people."); return [] }
            scope = .submitted(period, partner)
        case "approve":
            scope = .approved(period)
        case "minutes":
            guard let date = rest.first.map(FieldInput.date) ?? agreement.meetings.last.map({ .success($0.date) }),
                  case .success(let meeting) = date else { message = .error(Self.signUsage); return [] }
            scope = .minutes(meeting)
        case "year-end":
            guard let partner else { message = .error("sign year-end needs the partner: \(user) is not among the agreement's people."); return [] }
            scope = .yearEnd(period.financialYear, partner)
        case "bcf-return":
            guard let kind = rest.first.flatMap({ BCFReturnKind(rawValue: $0.lowercased()) }) else { message = .error(Self.signUsage); return [] }
            delegated = rest.contains { $0.lowercased() == "delegated" }
            if let given = rest.dropFirst().first(where: { $0.lowercased() != "delegated" }) {
                guard case .success(let parsed) = FieldInput.date(given), parsed <= today else {
                    message = .error("sign bcf-return takes the day the board signed it off, no later than today, as YYYY-MM-DD.")
                    return []
                }
                day = parsed
            }
            scope = .bcfReturn(period.financialYear, kind)
        default:
            message = .error(Self.signUsage)
            return []
        }
        let signed: SignOff
        do {
            signed = try agreement.signing(scope, by: user, on: day, underDelegatedAuthority: delegated)
        } catch {
            message = .error("Not signed: \(error.message).")
            return []
        }
        let change = Change(.signOff(signed))
        if let refusal = agreement.refusal(of: change, by: user) {
            message = .error("Not signed: \(refusal).")
            return []
        }
        return [.save(change, expecting: version(of: change.key), intent: .record(summary: signed.statement))]
    }
}
