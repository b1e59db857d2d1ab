import S75Screen

/// The rows of the last table built, by what each was made from: when the agreement changes, a row whose source is
/// the same (its line, figures, status, names, unit and layout) is taken as it was rather than formatted again, so a
/// save or another session's edit formats the rows it changed, not all five thousand.
final class RowCache {
    private var previous: [AnyHashable: ListLine] = [:]
    private var current: [AnyHashable: ListLine] = [:]

    /// Starts building a table: the rows of the last build can be taken until it finishes.
    func startBuild() {
        previous = current
        current = [:]
    }

    /// Finishes the build: the rows it did not take are let go.
    func finishBuild() {
        previous = [:]
    }

    /// The row made from `source`: the last build's, or made now by `make`.
    func row<Source: Hashable>(_ source: Source, make: (Source) -> ListLine) -> ListLine {
        let key = AnyHashable(source)
        let row = previous[key] ?? make(source)
        current[key] = row
        return row
    }
}
