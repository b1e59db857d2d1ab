extension SchemeLine {
    /// The national BCF scheme types (2023-25 planning template), for the scheme-type pick-list.
    public static let nationalSchemeTypes = [
        "Assistive Technologies and Equipment", "Care Act Implementation Related Duties", "Carers Services", "Community Based Schemes",
        "DFG Related Schemes", "Enablers for Integration", "High Impact Change Model for Managing Transfer of Care",
        "Home Care or Domiciliary Care", "Housing Related Schemes", "Integrated Care Planning and Navigation",
        "Bed-based intermediate care services", "Home-based intermediate care services", "Urgent Community Response",
        "Personalised Budgeting and Commissioning", "Personalised Care at Home", "Prevention / Early Intervention",
        "Residential Placements", "Workforce recruitment and retention", "Other",
    ]
}
