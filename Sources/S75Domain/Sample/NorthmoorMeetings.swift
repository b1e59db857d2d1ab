/// The Northmoor board's autumn meeting, before the walk was used: what it decided and the actions it set,
/// one of them still open for the January board.
enum NorthmoorMeetings {
    static let october = DateOnly(year: 2025, month: 10, day: 21)

    static let meetings = [
        Meeting(date: october, attendance: "Chair: Council Corporate Director Adults & Health. In attendance: Head of Finance – Adults, "
                + "Health and Integration (pooled fund manager). Apologies: none.",
                period: Period(year: 2025, month: 9), stepReached: .actions,
                participation: Participation(present: ["Council Corporate Director Adults & Health", "Cabinet Member for Adult Social Care",
                                                       "ICB Northmoor Place Director", "ICB Deputy Chief Finance Officer"])),
    ]

    static let minutes = [
        Minute(id: "D1", kind: .decision, meeting: october, item: "year-end",
               text: "Hold the £250k risk reserve for 2025-26; no draw-down before the month 9 forecast."),
        Minute(id: "A1", kind: .action, meeting: october, item: "S02",
               text: "Bring a recovery plan for the D2A step-down beds (S02) to the January board.",
               owner: "ICB Northmoor Place Director", due: DateOnly(year: 2026, month: 1, day: 20)),
        Minute(id: "A2", kind: .action, meeting: october, item: "S17",
               text: "Confirm the Q4 Disabled Facilities Grants programme with housing.",
               owner: "Head of Housing (Council)", due: DateOnly(year: 2025, month: 12, day: 31), status: .done),
    ]
}
