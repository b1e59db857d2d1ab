import Foundation
import S75Domain

/// How one kind of value is kept in a JSON column of the store: in the same shape as in the agreement document
/// (explicit keys, pence, tagged kinds), on one line with sorted keys.
public struct ColumnCodec<Value>: Sendable {
    let encode: @Sendable (Value) -> JSONValue
    let decode: @Sendable (Node) throws(InterchangeError) -> Value

    /// The column's text for `value`.
    public func text(_ value: Value) throws -> String { try encode(value).serialized(pretty: false) }

    /// The value a column's text holds; a problem names where in the text.
    public func value(_ text: String) throws(InterchangeError) -> Value {
        try decode(Node(value: try JSONValue.parse(Data(text.utf8)), path: ""))
    }
}

extension ColumnCodec where Value == Governance {
    public static var governance: Self { Self(encode: AgreementDocument.governance, decode: AgreementDocument.governance) }
}

extension ColumnCodec where Value == [Schedule] {
    public static var schedules: Self { Self(encode: AgreementDocument.schedules, decode: AgreementDocument.schedules) }
}

extension ColumnCodec where Value == FinanceRAGRule {
    public static var financeRAG: Self { Self(encode: AgreementDocument.financeRAG, decode: AgreementDocument.financeRAG) }
}

extension ColumnCodec where Value == RiskShareRule {
    public static var riskShare: Self { Self(encode: RiskShareDocument.value, decode: RiskShareDocument.rule) }
}

extension ColumnCodec where Value == Commissioner {
    public static var commissioner: Self { Self(encode: AgreementDocument.commissioner, decode: AgreementDocument.commissioner) }
}

extension ColumnCodec where Value == BudgetProfile {
    public static var profile: Self { Self(encode: AgreementDocument.profile, decode: AgreementDocument.profile) }
}

extension ColumnCodec where Value == PaymentRule {
    public static var payment: Self { Self(encode: AgreementDocument.payment, decode: AgreementDocument.payment) }
}

extension ColumnCodec where Value == Metric {
    /// A metric's definition; its values are kept in rows of their own.
    public static var metricDefinition: Self {
        Self(encode: { metric in
            var definition = metric
            definition.values = []
            return AgreementDocument.metric(definition)
        }, decode: AgreementDocument.metric)
    }
}

extension ColumnCodec where Value == [String] {
    /// Identifiers or lines of text, in order.
    public static var texts: Self { Self(encode: JSONValue.texts, decode: { node throws(InterchangeError) in try node.list().map { n throws(InterchangeError) in try n.string() } }) }
}

extension ColumnCodec where Value == [String: String] {
    /// A meeting's sentences by walk step.
    public static var figures: Self { Self(encode: { .object($0.mapValues(JSONValue.string)) }, decode: AgreementDocument.figures) }
}
