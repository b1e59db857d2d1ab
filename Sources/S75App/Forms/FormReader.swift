import S75Domain

/// Reads a form's fields back as typed values; a field that cannot be read throws, naming its label.
struct FormReader {
    let fields: [FormField]
    let inThousands: Bool
    let year: FinancialYear

    func field(_ name: String) -> FormField {
        guard let field = fields.first(where: { $0.name == name }) else { preconditionFailure("no field \(name)") }
        return field
    }

    func text(_ name: String) -> String { field(name).text.trimmingSpaces() }

    func failure(_ name: String, _ message: String) -> EditError { EditError("\(field(name).label): \(message)") }

    private func read<T>(_ name: String, _ parse: (String) -> Result<T, EditError>) throws(EditError) -> T {
        switch parse(text(name)) {
        case .success(let value): return value
        case .failure(let error): throw failure(name, error.message)
        }
    }

    func required(_ name: String) throws(EditError) -> String {
        let value = text(name)
        guard !value.isEmpty else { throw failure(name, "required") }
        return value
    }

    func money(_ name: String) throws(EditError) -> Money {
        try read(name) { MoneyInput.parse($0, inThousands: inThousands) }
    }

    func percent(_ name: String) throws(EditError) -> Int64 { try read(name, FieldInput.percent) }

    func date(_ name: String) throws(EditError) -> DateOnly { try read(name, FieldInput.date) }

    func period(_ name: String) throws(EditError) -> Period { try read(name) { FieldInput.period($0, in: year) } }

    func integer(_ name: String, _ range: ClosedRange<Int>) throws(EditError) -> Int {
        try read(name) { FieldInput.integer($0, in: range) }
    }

    func number(_ name: String) throws(EditError) -> MetricNumber? {
        let value = text(name)
        guard !value.isEmpty else { return nil }
        guard let number = MetricNumber(value) else { throw failure(name, "\"\(value)\" is not a number: write e.g. 22,350 or 0.89") }
        return number
    }

    /// The value of the choice picked.
    func choice(_ name: String) throws(EditError) -> String {
        guard case .choice(let choices) = field(name).kind else { return text(name) }
        let matches = FormField.matches(text(name), in: choices)
        guard matches.count == 1, let picked = matches.first else {
            throw failure(name, "choose one of: \(choices.map(\.value).joined(separator: ", "))")
        }
        return picked.value
    }

    func choice<T: RawRepresentable>(_ name: String, as type: T.Type) throws(EditError) -> T where T.RawValue == String {
        guard let value = T(rawValue: try choice(name)) else { throw failure(name, "not one of the choices") }
        return value
    }

    /// The values of the choices picked, in order.
    func choices(_ name: String) throws(EditError) -> [String] {
        guard case .choices(let choices) = field(name).kind else { return list(name, separator: ",") }
        var picked: [String] = []
        for item in FormField.items(text(name), separator: ",") {
            let matches = FormField.matches(item, in: choices)
            guard matches.count == 1, let match = matches.first else { throw failure(name, "\(item) is not known") }
            picked.append(match.value)
        }
        return picked
    }

    func list(_ name: String, separator: Character = ";") -> [String] { FormField.items(text(name), separator: separator) }
}

/// How values are written into a form's fields, so that reading them back gives the same values.
enum FormText {
    static func money(_ amount: Money) -> String { MoneyText.pounds(amount).replacingMinus() }
    static func percent(_ basisPoints: Int64) -> String { PercentText.percent(basisPoints).replacingMinus() }
    /// A metric figure exactly, without trailing zeros: "22350", "0.89".
    static func number(_ number: MetricNumber?) -> String {
        guard let number else { return "" }
        var text = MetricText.number(number, decimals: 3)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension String {
    /// The text with "−" (U+2212) as "-", which the readers accept.
    func replacingMinus() -> String { String(map { $0 == "−" ? "-" : $0 }) }
}
