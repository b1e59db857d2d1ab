/// A contract, grant or service-level agreement under which a provider is paid.
public struct Contract: Hashable, Sendable, Codable, Identifiable {
    /// The kinds of contract found in integrated care.
    public enum Form: String, Hashable, Sendable, Codable, CaseIterable {
        case nhsStandardContract = "nhs-standard-contract"
        case framework
        case block
        case spot
        case grant
        case alliance
        case inHouse = "in-house"
        case equipmentService = "ices"

        /// The plain-English name of the form.
        public var label: String {
            switch self {
            case .nhsStandardContract: "NHS Standard Contract"
            case .framework: "Framework"
            case .block: "Block contract"
            case .spot: "Spot purchase"
            case .grant: "Grant agreement"
            case .alliance: "Alliance agreement"
            case .inHouse: "In-house SLA"
            case .equipmentService: "ICES contract"
            }
        }
    }

    /// Stable identifier, e.g. "K06a".
    public var id: String
    /// The provider paid under the contract.
    public var providerID: Provider.ID
    public var form: Form
    public var title: String
    /// The planned value for the year.
    public var value: Money
    /// How the price is set (fixed payment, price per hour, catalogue prices …).
    public var paymentBasis: String
    /// The part of the value that depends on outcomes; zero if none.
    public var atRisk: Money
    /// How payments are worked out; nil for a plain block or SLA.
    public var payment: PaymentRule?

    public init(id: String, providerID: Provider.ID, form: Form, title: String, value: Money,
                paymentBasis: String, atRisk: Money = .zero, payment: PaymentRule? = nil) {
        self.id = id
        self.providerID = providerID
        self.form = form
        self.title = title
        self.value = value
        self.paymentBasis = paymentBasis
        self.atRisk = atRisk
        self.payment = payment
    }
}
