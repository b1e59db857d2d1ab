extension Agreement {
    /// An agreement with nothing in it yet, for the financial year starting in April of `startYear`.
    public static func blank(startYear: Int) -> Agreement {
        let year = FinancialYear(startYear: startYear)
        return Agreement(
            id: "agreement-\(year)", title: "New section 75 agreement \(year)", legalBasis: "NHS Act 2006 s75",
            area: "", start: DateOnly(year: startYear, month: 4, day: 1), end: DateOnly(year: startYear + 1, month: 3, day: 31),
            noticeMonths: 6, noticeExpiry: "31 March", reviewNote: "", partners: [], hostPartnerID: "",
            poolName: "", pooledFundManager: "",
            governance: Governance(boardName: "", meetingFrequency: "", chairs: [], quorum: "", decisionRule: "",
                                   delegations: [], healthAndWellbeingBoard: ""),
            riskReserve: .zero, schedules: [], reportingPeriod: year.firstMonth)
    }
}
