/// An organisation that delivers services paid for from the pool.
public struct Provider: Hashable, Sendable, Codable, Identifiable {
    /// Stable identifier, e.g. "P05".
    public var id: String
    public var name: String
    /// The BCF provider type, one of ``ProviderType``'s ("NHS Community Provider", "Private Sector"); empty until chosen.
    public var providerType: String
    /// The provider's share of an alliance incentive pool, in basis points (8000 = 80%); zero if not a member.
    public var allianceShareBasisPoints: Int64

    public init(id: String, name: String, providerType: String, allianceShareBasisPoints: Int64 = 0) {
        self.id = id
        self.name = name
        self.providerType = providerType
        self.allianceShareBasisPoints = allianceShareBasisPoints
    }
}
