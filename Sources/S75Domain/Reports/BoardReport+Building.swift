extension BoardReport.FiguresRow {
    /// The row of `figures`, its variances in the agreement's sign convention and rated by its rule.
    public init(_ key: String, _ label: String, _ f: MonitoringFigures, in a: Agreement) {
        let sign = a.signConvention
        self.init(key: key, label: label, ledger: f.ledgers.count == 1 ? f.ledgers.first?.rawValue ?? "mixed" : "mixed",
                  budget: f.budget.pence, budgetToDate: f.budgetToDate.pence,
                  actualToDate: f.actualToDate?.pence, ytdVariance: f.ytdVariance.map { sign.shown($0).pence },
                  forecastOutturn: f.forecastOutturn?.pence, forecastVariance: f.forecastVariance.map { sign.shown($0).pence },
                  forecastVarianceBasisPoints: f.forecastVarianceBasisPoints.map { sign == .overspendPositive ? $0 : -$0 },
                  rag: a.status(f).label, missingReturns: f.missingReturns)
    }
}

extension BoardReport {
    /// The report of `agreement` at `period`.
    public init(_ a: Agreement, at period: Period) {
        let sign = a.signConvention
        func row(_ key: String, _ label: String, _ f: MonitoringFigures) -> FiguresRow { FiguresRow(key, label, f, in: a) }
        let coverage = a.coverage(at: period)
        let missing: [SchemeLine.ID]
        switch coverage {
        case .none: missing = a.lineIDsByLedger
        case .partial(let lines): missing = lines
        case .complete: missing = []
        }
        agreement = Header(id: a.id, title: a.title, financialYear: period.financialYear.description, period: period.description,
                           monthOfYear: period.monthOfYear, isFinal: period.isYearEnd && coverage == .complete, monitoring: coverage.name,
                           missingReturns: missing, latestMonitoredPeriod: a.nearestMonitoredPeriod(to: period)?.description,
                           moneyUnit: "pence", signConvention: sign.rawValue, legend: sign.legend, ragRule: a.financeRAG.description)
        problems = a.validate().map(\.description)
        poolBySource = a.rollUp(by: .source, at: period).map { row($0.key, $0.label, $0.figures) }
        let previous = a.previousMonitoredPeriod(before: period)
        schemes = a.linesByLedger.map { line in
            SchemeRow(line: line.id, name: line.name, leadCommissioner: line.leadCommissionerID, providers: line.providerIDs,
                      source: line.source.rawValue, ledger: line.ledger.rawValue, budgetType: line.budgetType.rawValue,
                      figures: row(line.id, line.name, a.figures(for: line, at: period)),
                      movement: a.movement(for: line, at: period).map { sign.shown($0).pence },
                      movementSince: previous?.description,
                      commentary: a.entry(for: line.id, at: period)?.commentary ?? "")
        }
        totals = a.rollUp(by: .ledger, at: period).map { row($0.key, "\($0.label) total", $0.figures) }
            + [row("pool", "Pool total", a.figures(at: period))]
        let position = a.yearEndPosition(at: period)
        partners = a.partners.map { p in
            let mine = a.contributions.filter { $0.partnerID == p.id }
            let revenue = mine.filter { $0.ledger == .revenue }.sum(\.amount)
            let share = position?.revenue.share(of: p.id)
            return PartnerRow(partner: p.id, name: p.name, revenueContribution: revenue.pence,
                              capitalContribution: mine.filter { $0.ledger == .capital }.sum(\.amount).pence,
                              riskShare: share?.pence, netCost: share.map { (revenue + $0).pence })
        }
        ringFences = a.ringFenceChecks(at: period).map {
            RingFenceRow(check: $0.name, required: $0.required?.pence, actual: $0.actual?.pence, result: $0.result.rawValue, detail: $0.detail)
        }
        let dependents = a.paymentsByMetric()
        metrics = a.metrics.map { m in
            let latest = m.latestAssessment(at: period.monthOfYear)
            func text(_ n: MetricNumber) -> String { MetricText.number(n, decimals: m.decimals) }
            return MetricRow(metric: m.id, name: m.name, unit: m.unit.rawValue, direction: m.direction.rawValue,
                             baseline: text(m.baseline), target: text(m.annualTarget), publicationLagMonths: m.publicationLagMonths,
                             latestPeriod: latest?.period.label, latestValue: latest.map { text($0.value) },
                             latestUnit: latest.map { m.unit(of: $0.period).rawValue }, latestTarget: latest.map { text($0.target) },
                             rag: latest?.rag.label, nationalStatus: m.nationalStatus(at: period.monthOfYear).label,
                             payments: (dependents[m.id] ?? []).map(\.contract.id))
        }
        contractPayments = a.payments(at: period).map { p in
            let c = p.contract
            return PaymentRow(contract: c.id, provider: c.providerID, providerName: a.provider(c.providerID)?.name ?? c.providerID,
                              form: c.form.rawValue, basis: p.basis, value: c.value.pence, atRisk: p.atRisk.pence,
                              earned: p.earned?.pence, withheld: p.withheld?.pence, payable: p.payable?.pence,
                              payableUpTo: p.payableUpTo?.pence, status: p.status.rawValue, working: p.working)
        }
        let names = a.partnerNames
        yearEnd = YearEnd(position, of: a, at: period)
        let whatIf = a.whatIf(at: period)
        self.whatIf = a.whatIfMethods.enumerated().map { index, method in
            WhatIfRow(method: method, settlement: whatIf?[index].settlement, partners: a.revenueContributions.map(\.partnerID), names: names)
        }
        close = a.monthClose(period).map { Close($0, in: a) }
        let signed = !a.signOffNote(at: period).isEmpty
        let yearEnd = period.isYearEnd ? a.yearEndSignOffStatus(of: period.financialYear).map { "year-end settlement \($0)" } : nil
        let bcf = BCFReturnKind.allCases.first { $0.monthOfYear == period.monthOfYear }.flatMap { kind in
            a.bcfReturnSignOffStatus(of: period.financialYear, kind).map { "\(kind.label) BCF return \($0)" }
        }
        let elsewhere = a.signOffs.filter { a.isSuperseded($0) && !$0.scope.concerns(period) }.map(\.id)
        let overtaken = elsewhere.isEmpty ? nil : "SUPERSEDED since signed: \(elsewhere.joined(separator: ", "))"
        let standing = [signed ? "\(period) " + a.signOffStatus(of: period) : nil, yearEnd, bcf, overtaken].compactMap { $0 }
        signOff = standing.isEmpty ? nil : standing.joined(separator: "; ")
        let monthEnd = DateOnly(year: period.year, month: period.month, day: 1).endOfMonth
        settlementPayments = a.settlementPayments.filter { $0.year == period.financialYear }.map { p in
            SettlementRow(id: p.id, from: p.fromPartnerID, to: p.toPartnerID, amount: p.amount.pence, due: p.due.description, invoice: p.invoice,
                          paidOn: p.paidOn?.description, overdue: p.isOverdue(on: monthEnd))
        }
        contributionsReceived = a.contributionReceipts(at: period).map {
            ReceiptRow(contribution: $0.contribution.id, partner: $0.contribution.partnerID, amount: $0.contribution.amount.pence,
                       dueToDate: $0.dueToDate?.pence, receivedToDate: $0.receivedToDate?.pence, outstanding: $0.outstanding.map(\.id))
        }
        let variations = a.budgetVariations(at: period)
        budgetVariations = variations.map { v in
            let agreedBy = v.decision.map { "the board (\($0))" } ?? (v.partnersApproval.isEmpty ? "the pooled fund manager" : "the partners (\(v.partnersApproval))")
            return VariationRow(id: v.id, from: v.fromLineID, to: v.toLineID, effective: v.effective.description, amount: v.amount.pence,
                                reason: v.reason, agreedBy: agreedBy)
        }
        let varied = Set(variations.flatMap { [$0.fromLineID, $0.toLineID].compactMap { $0 } })
        budgetsInForce = a.linesByLedger.filter { varied.contains($0.id) }.map { line in
            let inForce = a.budget(of: line, at: period)
            return BudgetInForceRow(line: line.id, original: line.budget.pence, variations: (inForce - line.budget).pence, inForce: inForce.pence)
        }
        priorPeriodAdjustments = a.priorPeriodAdjustments(at: period).map {
            AdjustmentRow(id: $0.id, line: $0.lineID, enteredIn: $0.enteredIn.description, relatesTo: $0.relatesTo.description,
                          amount: $0.amount.pence, reason: $0.reason)
        }
    }
}

extension MonitoringCoverage {
    /// "complete", "partial" or "none".
    public var name: String {
        switch self {
        case .none: "none"
        case .partial: "partial"
        case .complete: "complete"
        }
    }
}

extension BoardReport.YearEnd {
    init(_ position: YearEndPosition?, of a: Agreement, at period: Period) {
        let names = a.partnerNames
        let rule = a.riskShare
        let s = position?.revenue
        let capital = position?.capital
        let missing = a.figures(at: period).missingReturns
        self.init(isFinal: position?.isFinal ?? false, isComplete: position != nil, missingReturns: missing,
                  rule: "\(rule.overspend.label); underspend: \(rule.underspend.label)",
                  contributions: a.revenueContributions.sum(\.amount).pence, outturn: s?.outturn.pence,
                  netVariance: s?.netVariance.pence, reserveOpening: a.riskReserve.pence, reserveUsed: s?.reserveUsed.pence,
                  reserveAdded: s?.reserveAdded.pence, reserveClosing: s?.reserveClosing.pence, carriedForward: s?.carriedForward.pence,
                  capitalContributions: a.contributions.filter { $0.ledger == .capital }.sum(\.amount).pence,
                  capitalOutturn: capital?.outturn.pence, capitalVariance: capital?.variance.pence,
                  capitalCarriedForward: capital?.carriedForward.map { BoardReport.GrantShare(source: $0.source.rawValue, amount: $0.amount.pence) },
                  capitalOverspend: capital?.overspend.map {
                      BoardReport.Share(partner: $0.partnerID, name: names[$0.partnerID] ?? $0.partnerID, amount: $0.amount.pence,
                                        cap: nil, capBinding: false)
                  },
                  shares: s?.shares.map { BoardReport.Share($0, names: names) } ?? [],
                  steps: s?.steps.map { BoardReport.Step(label: $0.label, amount: $0.amount.pence) } ?? [],
                  reconciles: position.map { $0.revenue.reconciles && $0.capital.reconciles })
    }
}

extension BoardReport.WhatIfRow {
    init(method: OverspendMethod, settlement s: Settlement?, partners: [Partner.ID], names: [Partner.ID: String]) {
        self.init(model: method.label,
                  shares: partners.map { BoardReport.WhatIfShare(partner: $0, name: names[$0] ?? $0, amount: s?.share(of: $0).pence) },
                  reserveUsed: s?.reserveUsed.pence, reserveAdded: s?.reserveAdded.pence, carriedForward: s?.carriedForward.pence,
                  netVariance: s?.netVariance.pence)
    }
}

extension BoardReport.Share {
    init(_ share: PartnerShare, names: [Partner.ID: String]) {
        self.init(partner: share.partnerID, name: names[share.partnerID] ?? share.partnerID, amount: share.amount.pence,
                  cap: share.cap?.pence, capBinding: share.capBinding)
    }
}

extension FinanceRAGRule {
    /// The rule in words: "Amber above 1.0% over budget, Red above 3.0%, Under beyond 5.0% under budget".
    public var description: String {
        "Amber above \(PercentText.percent(amberAboveBasisPoints)) over budget, Red above \(PercentText.percent(redAboveBasisPoints)), "
            + "Under beyond \(PercentText.percent(underAboveBasisPoints)) under budget; a line without a return is \"No return\"; "
            + "totals mixing revenue and capital are not rated"
    }
}

extension BoardReport.Close {
    init(_ close: MonthClose, in a: Agreement) {
        switch close.state {
        case .closed: state = "closed"
        case .reopened: state = "reopened"
        case .restated: state = "restated"
        }
        summary = close.summary
        let first = close.firstReported, current = a.returns(at: close.period)
        let firstByLine = Dictionary(first.map { ($0.lineID, $0) }, uniquingKeysWith: { earlier, _ in earlier })
        let changed = a.restatedLines(of: close)
        restated = changed.isEmpty ? [] : changed.map { line in
            let was = firstByLine[line], now = a.monitoring.entry(for: line, at: close.period)
            return BoardReport.Restatement(line: line, firstActualToDate: was?.actualToDate.pence, actualToDate: now?.actualToDate.pence,
                                           firstForecastOutturn: was?.forecastOutturn.pence, forecastOutturn: now?.forecastOutturn.pence)
        } + [BoardReport.Restatement(line: "Total", firstActualToDate: first.sum(\.actualToDate).pence,
                                     actualToDate: current.sum(\.actualToDate).pence, firstForecastOutturn: first.sum(\.forecastOutturn).pence,
                                     forecastOutturn: current.sum(\.forecastOutturn).pence)]
    }
}
