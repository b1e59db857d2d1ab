import S75Domain

/// One value a pick-list offers: what is stored, and how it reads.
public struct Choice: Hashable, Sendable {
    public var value: String
    public var label: String

    public init(_ value: String, _ label: String) {
        self.value = value
        self.label = label
    }
}

/// One labelled field of a form: the raw text as typed (kept even while it is invalid) and what it must hold.
public struct FormField: Hashable, Sendable {
    /// What a field holds, and so how its text is read.
    public enum Kind: Hashable, Sendable {
        case text
        /// An identifier: required, no spaces; fixed once the record exists.
        case identifier
        case money
        case percent
        case date
        case period
        case integer(ClosedRange<Int>)
        /// A decimal figure of a metric (up to three decimals); blank allowed when `optional`.
        case number(optional: Bool)
        /// One of the choices, picked by typing part of its value or label.
        case choice([Choice])
        /// Several of the choices, separated by commas.
        case choices([Choice])
        /// Items separated by semicolons.
        case list
    }

    /// The name the form's record builder reads the field by.
    public var name: String
    public var label: String
    public var kind: Kind
    public var text: String
    /// Whether the field cannot be changed (an existing record's identifier).
    public var locked = false
    /// Whether the field may be left empty.
    public var optional = false
    /// An example or a note shown beside the field.
    public var hint = ""

    public init(_ name: String, _ label: String, _ kind: Kind, _ text: String, optional: Bool = false, hint: String = "") {
        self.name = name
        self.label = label
        self.kind = kind
        self.text = text
        self.optional = optional
        self.hint = hint
    }

    /// Why the text cannot be used, or nil when it can.
    public func problem(inThousands: Bool = false, year: FinancialYear) -> String? {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty {
            switch kind {
            case .number(let optional) where optional: return nil
            case .choices, .list: return nil
            default: return optional ? nil : "required"
            }
        }
        switch kind {
        case .text, .list: return nil
        case .identifier: return trimmed.contains(" ") ? "no spaces in an identifier" : nil
        case .money: return MoneyInput.parse(trimmed, inThousands: inThousands).failure?.message
        case .percent: return FieldInput.percent(trimmed).failure?.message
        case .date: return FieldInput.date(trimmed).failure?.message
        case .period: return FieldInput.period(trimmed, in: year).failure?.message
        case .integer(let range): return FieldInput.integer(trimmed, in: range).failure?.message
        case .number: return MetricNumber(trimmed) == nil ? "\"\(trimmed)\" is not a number: write e.g. 22,350 or 0.89" : nil
        case .choice(let choices):
            return Self.matches(trimmed, in: choices).count == 1 ? nil
                : "choose one of: \(choices.prefix(8).map(\.value).joined(separator: ", "))\(choices.count > 8 ? " …" : "")"
        case .choices(let choices):
            let unknown = Self.items(trimmed, separator: ",").filter { Self.matches($0, in: choices).count != 1 }
            return unknown.isEmpty ? nil : "\(unknown.joined(separator: ", ")) not known: choose from \(choices.map(\.value).joined(separator: ", "))"
        }
    }

    /// The choices that `text` picks: an exact value or label, else those it begins or appears in.
    public static func matches(_ text: String, in choices: [Choice]) -> [Choice] {
        let wanted = text.trimmingSpaces().lowercased()
        guard !wanted.isEmpty else { return choices }
        if let exact = choices.first(where: { $0.value.lowercased() == wanted || $0.label.lowercased() == wanted }) { return [exact] }
        let starting = choices.filter { $0.value.lowercased().hasPrefix(wanted) || $0.label.lowercased().hasPrefix(wanted) }
        if !starting.isEmpty { return starting }
        return choices.filter { $0.value.lowercased().contains(wanted) || $0.label.lowercased().contains(wanted) }
    }

    /// The trimmed, non-empty items of `text` separated by `separator`.
    public static func items(_ text: String, separator: Character) -> [String] {
        text.split(separator: separator).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

extension Result {
    /// The error, if this is a failure.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
