import S75Domain

/// Something the user can select in a pane, and open with Enter.
public enum PaneItem: Hashable, Sendable {
    /// A fact of the agreement itself (a party, the term, a delegation …).
    case fact(AgreementFact)
    case contribution(Contribution.ID)
    case line(SchemeLine.ID)
    case provider(Provider.ID)
    /// The lines delivered jointly by several providers outside an alliance (an alliance's lines are divided among its members).
    case sharedLines
    case metric(Metric.ID)
    case contract(Contract.ID)
    /// A row of the Budgets summary: the lines grouped by a dimension (a funding source, a lead commissioner …), by the group's key.
    case group(RollUpDimension, String)
    /// A ring-fence check of the Budgets summary, by its place in the list.
    case ringFence(Int)
    /// A decision or action of the board.
    case minute(Minute.ID)
    /// An integrated personal budget.
    case personalBudget(IntegratedPersonalBudget.ID)
    /// Unauthorised spend charged back to a partner, on the Budgets pane.
    case chargeBack(ChargeBack.ID)
    /// A dated change to lines' budgets, on the Budgets pane.
    case variation(BudgetVariation.ID)
    /// A line of the audit trail, by its sequence number.
    case auditEntry(Int64)
    /// A line's ledger actuals against its return, on the Mapping pane.
    case reconciliation(SchemeLine.ID)
    /// A rule mapping ledger transactions to a line.
    case ledgerRule(LedgerRule.ID)
    /// Unmapped transactions of one cost centre and account.
    case suspense(costCentre: String, account: String)
    /// A person the agreement names, by their account.
    case person(Person.ID)
    /// A signature on figures, by its identifier.
    case signOff(SignOff.ID)
    /// A risk on the board's register.
    case risk(Risk.ID)

    /// The pane that lists the item.
    public var pane: Pane {
        switch self {
        case .fact: .agreement
        case .contribution, .line, .group, .ringFence, .chargeBack, .variation: .budgets
        case .provider, .sharedLines, .contract, .personalBudget: .providers
        case .metric: .outcomes
        case .minute, .risk: .decisions
        case .auditEntry: .audit
        case .reconciliation, .ledgerRule, .suspense: .mapping
        case .person, .signOff: .people
        }
    }
}

/// The facts the Agreement pane lists, in board order.
public enum AgreementFact: Hashable, Sendable {
    /// Something still missing or wrong (as `s75 check` says), by its place in the list of problems.
    case todo(Int)
    case title, legalBasis, area
    case partner(Partner.ID)
    case host, pooledFundManager
    case term, notice, review
    case board, chairs, quorum, decisions
    /// A member of the board, by their place in the terms of reference.
    case member(Int)
    /// Who the agreement names, in a word, or that it names nobody (so anyone who can write the file may change it).
    case people
    case delegation(Int)
    /// The delegated limits on varying budgets, as figures.
    case limits
    case healthAndWellbeingBoard
    case poolName, revenue, capital, poolTotal
    case riskReserve
    case schedule(Int)
}

extension Agreement {
    /// The items of `pane`, in the order they are drawn; `problems` is how many the agreement's check finds, and
    /// `lineOrder` the lines' IDs by ledger when they are at hand (``lineIDsByLedger``).
    public func items(in pane: Pane, problems: Int, lineOrder: [SchemeLine.ID]? = nil) -> [PaneItem] {
        switch pane {
        case .agreement: facts(problems: problems).map(PaneItem.fact)
        case .budgets: contributions.map { .contribution($0.id) } + (lineOrder ?? lineIDsByLedger).map { .line($0) }
            + chargeBacks.map { .chargeBack($0.id) } + budgetVariations.map { .variation($0.id) }
        case .providers: providers.map { .provider($0.id) } + (hasSharedLines ? [.sharedLines] : [])
            + contracts.map { .contract($0.id) } + personalBudgets.map { .personalBudget($0.id) }
        case .outcomes: metrics.map { .metric($0.id) }
        case .decisions: minutes.map { .minute($0.id) } + riskRegister.map { .risk($0.id) }
        case .people: people.map { .person($0.account) } + signOffs.map { .signOff($0.id) }
        case .audit, .spend, .mapping: []
        }
    }

    /// Whether `pane`'s items, in their plain order, are the same as in `previous` (`linesSame`: whether the lines are):
    /// the same records in the same order. The Agreement pane's facts are always worked out again.
    func sameRecords(as previous: Agreement, in pane: Pane, linesSame: Bool) -> Bool {
        switch pane {
        case .budgets: linesSame && contributions == previous.contributions && chargeBacks == previous.chargeBacks
            && budgetVariations == previous.budgetVariations
        case .providers: linesSame && providers == previous.providers && contracts == previous.contracts
            && personalBudgets == previous.personalBudgets
        case .outcomes: metrics == previous.metrics
        case .decisions: minutes == previous.minutes && risks == previous.risks
        case .people: people == previous.people && signOffs == previous.signOffs
        case .agreement, .audit, .spend, .mapping: false
        }
    }

    /// The rows of the Budgets summary, in the order it draws them: each dimension's groups, then the ring-fence checks.
    public func summaryItems(at period: Period) -> [PaneItem] {
        RollUpDimension.summaryOrder.flatMap { dimension in rollUp(by: dimension, at: period).map { PaneItem.group(dimension, $0.key) } }
            + ringFenceChecks(at: period).indices.map(PaneItem.ringFence)
    }

    /// The agreement's facts in board order: its `problems` to do, then parties, governance, term, pool, reserve,
    /// schedules.
    public func facts(problems: Int) -> [AgreementFact] {
        var facts: [AgreementFact] = (0..<problems).map { .todo($0) } + [.title, .legalBasis, .area]
        facts += partners.map { .partner($0.id) }
        facts += [.people, .host, .pooledFundManager, .term, .notice, .review, .board, .chairs]
        facts += self.governance.members.indices.map { .member($0) }
        facts += [.quorum, .decisions]
        facts += self.governance.delegations.indices.map { .delegation($0) } + [.limits]
        facts += [.healthAndWellbeingBoard, .poolName, .revenue, .capital, .poolTotal, .riskReserve]
        facts += self.schedules.indices.map { .schedule($0) }
        return facts
    }
}

extension RollUpDimension {
    /// The dimensions the Budgets summary totals by, in its order.
    public static let summaryOrder: [RollUpDimension] = [.source, .partner, .leadCommissioner, .areaOfSpend, .provider, .ledger]
}
