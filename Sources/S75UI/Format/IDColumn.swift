import S75Screen
import S75Text

extension Column {
    /// A column of record identifiers, as wide as the longest of `ids` (`narrowest` to 12 cells), so that an identifier such as
    /// "S01a-0001" is shown whole beside its neighbours rather than cut to "S01…".
    static func identifiers(_ title: String, _ ids: some Sequence<String>, priority: Int = 5, narrowest: Int = 4) -> Column {
        let longest = ids.reduce(0) { max($0, DisplayWidth.of($1)) }
        return Column(title, width: min(12, max(narrowest, longest)), alignment: .left, priority: priority)
    }
}
