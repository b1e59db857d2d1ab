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

        /// Whether a contract of this form pays a fixed sum for the year when it has no other payment rule.
        public var paysFixedSum: Bool {
            switch self {
            case .nhsStandardContract, .block, .grant, .alliance, .inHouse: true
            case .framework, .spot, .equipmentService: false
            }
        }

        /// How a contract of this form is paid when it has no other payment rule, in words.
        public var paymentBasisLabel: String {
            switch self {
            case .nhsStandardContract, .block: "fixed sum for the year"
            case .grant: "grant: fixed sum for the year"
            case .inHouse, .alliance: "agreed budget for the year"
            case .framework: "call-offs at framework prices, as used"
            case .spot: "spot purchases at agreed rates, as used"
            case .equipmentService: "catalogue prices, as used"
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
    /// The scheme lines the contract is paid from: a paid-as-used contract's payable follows their spend.
    public var lineIDs: [SchemeLine.ID]

    public init(id: String, providerID: Provider.ID, form: Form, title: String, value: Money,
                paymentBasis: String, atRisk: Money = .zero, payment: PaymentRule? = nil, lines: [SchemeLine.ID] = []) {
        self.lineIDs = lines
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

extension Contract {
    /// Whether the contract is paid as used: no payment rule, and a form that pays no fixed sum (spot, framework, ICES).
    public var isPaidAsUsed: Bool { (payment == nil || payment == .block) && !form.paysFixedSum }

    /// Whether part of what it pays depends on outcomes.
    public var paysOnOutcomes: Bool {
        if case .outcomes = payment { true } else { false }
    }
}
