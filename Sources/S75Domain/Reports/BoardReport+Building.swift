extension BoardReport {
    /// The report of `agreement` at `period`.
    public init(_ a: Agreement, at period: Period) {
        let sign = a.signConvention
        func row(_ key: String, _ label: String, _ f: MonitoringFigures) -> FiguresRow {
            FiguresRow(key: key, label: label, budget: f.budget.pence, budgetToDate: f.budgetToDate.pence,
                       actualToDate: f.actualToDate.pence, ytdVariance: sign.shown(f.ytdVariance).pence,
                       forecastOutturn: f.forecastOutturn.pence, forecastVariance: sign.shown(f.forecastVariance).pence,
                       forecastVarianceBasisPoints: f.forecastVarianceBasisPoints.map { sign == .overspendPositive ? $0 : -$0 },
                       rag: a.rag(f).label)
        }
        agreement = Header(id: a.id, title: a.title, financialYear: period.financialYear.description, period: period.description,
                           monthOfYear: period.monthOfYear, isFinal: period.monthOfYear == 12, moneyUnit: "pence",
                           signConvention: sign.rawValue, legend: sign.legend)
        poolBySource = a.rollUp(by: .source, at: period).map { row($0.key, $0.label, $0.figures) }
        schemes = a.linesByLedger.map { line in
            SchemeRow(line: line.id, name: line.name, leadCommissioner: line.leadCommissionerID, providers: line.providerIDs,
                      source: line.source.rawValue, ledger: line.ledger.rawValue, budgetType: line.budgetType.rawValue,
                      figures: row(line.id, line.name, a.figures(for: line, at: period)),
                      movement: a.movement(for: line, at: period).map { sign.shown($0).pence },
                      commentary: a.entry(for: line.id, at: period)?.commentary ?? "")
        }
        totals = a.rollUp(by: .ledger, at: period).map { row($0.key, "\($0.label) total", $0.figures) }
            + [row("pool", "Pool total", a.figures(at: period))]
        let position = a.yearEndPosition(at: period)
        partners = a.partners.map { p in
            let mine = a.contributions.filter { $0.partnerID == p.id }
            let revenue = mine.filter { $0.ledger == .revenue }.sum(\.amount)
            let share = position.revenue.share(of: p.id)
            return PartnerRow(partner: p.id, name: p.name, revenueContribution: revenue.pence,
                              capitalContribution: mine.filter { $0.ledger == .capital }.sum(\.amount).pence,
                              riskShare: share.pence, netCost: (revenue + share).pence)
        }
        ringFences = a.ringFenceChecks(at: period).map {
            RingFenceRow(check: $0.name, required: $0.required?.pence, actual: $0.actual.pence, passed: $0.passed, detail: $0.detail)
        }
        metrics = a.metrics.map { m in
            let latest = m.latestAssessment(at: period.monthOfYear)
            func text(_ n: MetricNumber) -> String { MetricText.number(n, decimals: m.decimals) }
            return MetricRow(metric: m.id, name: m.name, unit: m.unit.rawValue, direction: m.direction.rawValue,
                             baseline: text(m.baseline), target: text(m.annualTarget), latestPeriod: latest?.period.label,
                             latestValue: latest.map { text($0.value) }, latestTarget: latest.map { text($0.target) },
                             rag: latest?.rag.label, nationalStatus: m.nationalStatus(at: period.monthOfYear).label,
                             payments: a.payments(dependingOn: m.id).map(\.contract.id))
        }
        contractPayments = a.contracts.map { c in
            let p = a.payment(for: c, at: period)
            return PaymentRow(contract: c.id, provider: c.providerID, form: c.form.rawValue, value: c.value.pence,
                              atRisk: p.atRisk.pence, earned: p.earned?.pence, withheld: p.withheld?.pence, paid: p.paid.pence,
                              isFinal: p.isFinal, working: p.working)
        }
        yearEnd = YearEnd(position, rule: a.riskShare)
        whatIf = a.whatIf(at: period).map { WhatIfRow(model: $0.method.label, shares: $0.settlement.shares.map(Share.init)) }
    }
}

extension BoardReport.YearEnd {
    init(_ position: YearEndPosition, rule: RiskShareRule) {
        let s = position.revenue
        self.init(isFinal: position.isFinal, rule: "\(rule.overspend.label); underspend: \(rule.underspend.label)",
                  contributions: s.contributions.pence, outturn: s.outturn.pence, netVariance: s.netVariance.pence,
                  reserveOpening: s.reserveOpening.pence, reserveUsed: s.reserveUsed.pence, reserveAdded: s.reserveAdded.pence,
                  reserveClosing: s.reserveClosing.pence, carriedForward: s.carriedForward.pence,
                  capitalVariance: position.capitalVariance.pence, capitalCarriedForward: position.capitalCarriedForward.pence,
                  shares: s.shares.map(BoardReport.Share.init), steps: s.steps.map { BoardReport.Step(label: $0.label, amount: $0.amount.pence) },
                  reconciles: s.reconciles)
    }
}

extension BoardReport.Share {
    init(_ share: PartnerShare) {
        self.init(partner: share.partnerID, amount: share.amount.pence, cap: share.cap?.pence, capBinding: share.capBinding)
    }
}
