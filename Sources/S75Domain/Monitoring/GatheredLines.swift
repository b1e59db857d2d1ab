/// Lines and their figures, gathered in one pass over the lines for one row of a table (a provider, a roll-up's group).
struct GatheredLines {
    var ids: [SchemeLine.ID] = []
    var figures: [MonitoringFigures] = []

    mutating func add(_ id: SchemeLine.ID, _ lineFigures: MonitoringFigures) {
        ids.append(id)
        figures.append(lineFigures)
    }
}
