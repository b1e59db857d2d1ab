/// What the pooled fund manager recorded for one scheme line at one month end.
public struct MonitoringEntry: Hashable, Sendable, Codable {
    public var lineID: SchemeLine.ID
    /// The month end the figures are for.
    public var period: Period
    /// The budget profiled to date (YTD budget).
    public var budgetToDate: Money
    /// Posted spend plus accruals to date.
    public var actualToDate: Money
    /// The expected spend for the whole year.
    public var forecastOutturn: Money
    public var commentary: String

    public init(lineID: SchemeLine.ID, period: Period, budgetToDate: Money, actualToDate: Money,
                forecastOutturn: Money, commentary: String = "") {
        self.lineID = lineID
        self.period = period
        self.budgetToDate = budgetToDate
        self.actualToDate = actualToDate
        self.forecastOutturn = forecastOutturn
        self.commentary = commentary
    }
}
