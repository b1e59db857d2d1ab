import GRDB

/// The store's schema, built by numbered migrations so that older files upgrade in place.
///
/// Money is whole pence in INTEGER columns with CHECKs; identifiers are the agreement's own
/// stable strings (`S08a`, `P05`, `M2`); every row carries a `version` that later writes
/// increase, so that a write based on stale data can be refused. See docs/store.md.
enum Migrations {
    /// The number s75 writes into SQLite's `application_id`, so that its files can be recognised.
    static let applicationID: Int32 = 0x5337_3500

    /// Checks that `reader` holds an s75 schema this s75 can use; true when it is older and needs upgrading.
    static func check(_ reader: some DatabaseReader, path: String) throws -> Bool {
        try reader.read { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            guard id == applicationID else { throw StoreError(.notAnS75File, path: path) }
            if try migrator.hasBeenSuperseded(db) { throw StoreError(.schemaTooNew, path: path) }
            return try !migrator.hasCompletedMigrations(db)
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-agreement") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "agreement") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
                t.column("legalBasis", .text).notNull()
                t.column("area", .text).notNull()
                t.column("start", .text).notNull()
                t.column("end", .text).notNull()
                t.column("noticeMonths", .integer).notNull().check { $0 >= 0 }
                t.column("noticeExpiry", .text).notNull()
                t.column("reviewNote", .text).notNull()
                t.column("hostPartnerID", .text).notNull()
                t.column("poolName", .text).notNull()
                t.column("pooledFundManager", .text).notNull()
                t.column("governance", .jsonText).notNull()
                t.column("riskReservePence", .integer).notNull().check { $0 >= 0 }
                t.column("schedules", .jsonText).notNull()
                t.column("reportingPeriod", .text).notNull()
                t.column("financeRAG", .jsonText).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "partner") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("shortName", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("role", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "contribution") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("partnerID", .text).notNull().references("partner")
                t.column("source", .text).notNull()
                t.column("amountPence", .integer).notNull().check { $0 >= 0 }
                t.column("notes", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "provider") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("providerType", .text).notNull()
                t.column("allianceShareBasisPoints", .integer).notNull().check { $0 >= 0 && $0 <= 10_000 }
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "schemeLine") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("schemeID", .text).notNull()
                t.column("name", .text).notNull()
                t.column("schemeType", .text).notNull()
                t.column("subType", .text).notNull()
                t.column("areaOfSpend", .text).notNull()
                t.column("commissioner", .jsonText).notNull()
                t.column("leadCommissionerID", .text).notNull().references("partner")
                t.column("providerIDs", .jsonText).notNull()
                t.column("source", .text).notNull()
                t.column("budgetPence", .integer).notNull().check { $0 >= 0 }
                t.column("plannedOutput", .text).notNull()
                t.column("profile", .jsonText).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "monitoringEntry") { t in
                t.column("lineID", .text).notNull().references("schemeLine", onDelete: .cascade)
                t.column("period", .text).notNull()
                t.column("budgetToDatePence", .integer).notNull()
                t.column("actualToDatePence", .integer).notNull()
                t.column("forecastOutturnPence", .integer).notNull()
                t.column("commentary", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
                t.primaryKey(["lineID", "period"])
            }
            try db.create(table: "contract") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("providerID", .text).notNull().references("provider")
                t.column("form", .text).notNull()
                t.column("title", .text).notNull()
                t.column("valuePence", .integer).notNull().check { $0 >= 0 }
                t.column("paymentBasis", .text).notNull()
                t.column("atRiskPence", .integer).notNull().check { $0 >= 0 }
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "metric") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("body", .jsonText).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "metricValue") { t in
                t.column("metricID", .text).notNull().references("metric", onDelete: .cascade)
                t.column("period", .text).notNull()
                t.column("valueThousandths", .integer).notNull()
                t.column("basis", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
                t.primaryKey(["metricID", "period"])
            }
        }
        migrator.registerMigration("v2-money-rules") { db in
            try db.alter(table: "agreement") { t in
                t.add(column: "riskShare", .jsonText)
                t.add(column: "ascMinimumPence", .integer).notNull().defaults(to: 0)
                t.add(column: "signConvention", .text).notNull().defaults(to: "overspend-positive")
            }
            try db.alter(table: "schemeLine") { t in
                t.add(column: "budgetType", .text).notNull().defaults(to: "pooled")
                t.add(column: "arrangement", .text).notNull().defaults(to: "lead-commissioning")
                t.add(column: "delegatedFunctions", .jsonText).notNull().defaults(to: "[]")
                t.add(column: "virements", .jsonText).notNull().defaults(to: "[]")
            }
            try db.alter(table: "contract") { t in
                t.add(column: "payment", .jsonText)
            }
        }
        migrator.registerMigration("v3-metric-counts") { db in
            try db.alter(table: "metricValue") { t in
                t.add(column: "numerator", .integer)
                t.add(column: "denominator", .integer).check { $0 == nil || $0 > 0 }
            }
        }
        migrator.registerMigration("v4-audit") { db in
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("sequence")
                t.column("at", .text).notNull()
                t.column("user", .text).notNull()
                t.column("client", .text).notNull()
                t.column("entity", .text).notNull()
                t.column("entityID", .text).notNull()
                t.column("field", .text).notNull()
                t.column("oldValue", .text)
                t.column("newValue", .text)
            }
            try db.create(index: "auditByEntity", on: "audit", columns: ["entity", "entityID"])
            try db.create(index: "auditByTime", on: "audit", columns: ["at"])
        }
        migrator.registerMigration("v5-meetings") { db in
            try db.create(table: "meeting") { t in
                t.primaryKey("date", .text)
                t.column("attendance", .text).notNull()
                t.column("period", .text).notNull()
                t.column("stepReached", .text).notNull()
                t.column("figures", .jsonText).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try db.create(table: "minute") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("kind", .text).notNull()
                t.column("meetingDate", .text).notNull().references("meeting")
                t.column("item", .text).notNull()
                t.column("text", .text).notNull()
                t.column("owner", .text).notNull()
                t.column("due", .text)
                t.column("status", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v6-documents", migrate: DocumentColumns.migrate)
        migrator.registerMigration("v7-plan-fields") { db in
            try db.alter(table: "schemeLine") { t in
                t.add(column: "description", .text).notNull().defaults(to: "")
                t.add(column: "isNewScheme", .boolean)
            }
        }
        migrator.registerMigration("v8-personal-budgets") { db in
            try db.create(table: "personalBudget") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("person", .text).notNull()
                t.column("lineID", .text).notNull().references("schemeLine")
                t.column("planPence", .integer).notNull().check { $0 >= 0 }
                t.column("healthBasisPoints", .integer).notNull().check { $0 >= 0 && $0 <= 10_000 }
                t.column("weeklyClientContributionPence", .integer).notNull().check { $0 >= 0 }
                t.column("route", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v9-ledger", migrate: LedgerTables.create)
        migrator.registerMigration("v10-ledger-mapping", migrate: LedgerMappingTables.create)
        migrator.registerMigration("v11-ledger-indexes", migrate: LedgerIndex.migrate)
        migrator.registerMigration("v12-contract-lines") { db in
            try db.alter(table: "contract") { t in t.add(column: "lineIDs", .text).notNull().defaults(to: "[]") }
        }
        migrator.registerMigration("v13-charge-backs") { db in
            try db.create(table: "chargeBack") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("partnerID", .text).notNull().references("partner")
                t.column("lineID", .text).notNull().references("schemeLine")
                t.column("amountPence", .integer).notNull().check { $0 > 0 }
                t.column("period", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v14-ledger-by-batch", migrate: LedgerIndex.createByBatch)
        migrator.registerMigration("v15-ledger-supplier-totals", migrate: LedgerSupplierTotals.createTable)
        migrator.registerMigration("v16-month-closes") { db in
            try db.create(table: "monthClose") { t in
                t.primaryKey("period", .text)
                t.column("closedOn", .text).notNull()
                t.column("closedBy", .text).notNull()
                t.column("firstReported", .jsonText).notNull()
                t.column("reopenings", .jsonText).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v17-meeting-records") { db in
            try db.alter(table: "meeting") { t in
                t.add(column: "closed", .jsonText)
                t.add(column: "approves", .jsonText)
            }
        }
        migrator.registerMigration("v18-minute-updates") { db in
            try db.alter(table: "minute") { t in t.add(column: "updates", .jsonText).notNull().defaults(to: "[]") }
        }
        migrator.registerMigration("v19-prior-period-adjustments") { db in
            try db.create(table: "priorPeriodAdjustment") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("lineID", .text).notNull().references("schemeLine")
                t.column("enteredIn", .text).notNull()
                t.column("relatesTo", .text).notNull()
                t.column("amountPence", .integer).notNull()
                t.column("reason", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v20-next-meeting") { db in
            try db.alter(table: "meeting") { t in t.add(column: "nextMeeting", .text) }
        }
        migrator.registerMigration("v21-budget-variations") { db in
            try db.create(table: "budgetVariation") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("fromLineID", .text).references("schemeLine")
                t.column("toLineID", .text).references("schemeLine")
                t.column("amountPence", .integer).notNull()
                t.column("effective", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("partnerID", .text)
                t.column("decision", .text)
                t.column("partnersApproval", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
            try LegacyVirements.migrate(db)
        }
        migrator.registerMigration("v22-contribution-instalments") { db in
            try db.create(table: "contributionInstalment") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("contributionID", .text).notNull().references("contribution")
                t.column("due", .text).notNull()
                t.column("amountPence", .integer).notNull()
                t.column("receivedOn", .text)
                t.column("receivedPence", .integer)
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v23-meeting-participation") { db in
            try db.alter(table: "meeting") { t in
                t.add(column: "participation", .jsonText).notNull().defaults(to: #"{"declarations":[],"present":[]}"#)
            }
        }
        migrator.registerMigration("v24-people") { db in
            try db.create(table: "person") { t in
                t.primaryKey("account", .text)
                t.column("position", .integer).notNull()
                t.column("otherAccounts", .jsonText).notNull()
                t.column("name", .text).notNull()
                t.column("partnerID", .text).notNull().references("partner")
                t.column("roles", .jsonText).notNull()
                t.column("lines", .jsonText).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v25-audit-chain") { db in
            try db.alter(table: "audit") { t in t.add(column: "hash", .text) }
            try AuditChain.chainExisting(in: db)
        }
        migrator.registerMigration("v26-sign-offs") { db in
            try db.create(table: "signOff") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("signedBy", .text).notNull()
                t.column("signedOn", .text).notNull()
                t.column("covers", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v27-bcf-return-sign-off") { db in
            try db.alter(table: "signOff") { t in t.add(column: "underDelegatedAuthority", .boolean).notNull().defaults(to: false) }
        }
        migrator.registerMigration("v28-settlement-payments") { db in
            try db.create(table: "settlementPayment") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("year", .integer).notNull()
                t.column("fromPartnerID", .text).notNull()
                t.column("toPartnerID", .text).notNull()
                t.column("amountPence", .integer).notNull()
                t.column("due", .text).notNull()
                t.column("invoice", .text).notNull()
                t.column("paidOn", .text)
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v29-bcf-return-answers") { db in
            try db.create(table: "bcfReturnAnswers") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("conditions", .text).notNull()
                t.column("achievements", .text).notNull()
                t.column("challenges", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v30-risk-register") { db in
            try db.create(table: "risk") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("title", .text).notNull()
                t.column("owner", .text).notNull()
                t.column("likelihood", .integer).notNull()
                t.column("impact", .integer).notNull()
                t.column("mitigation", .text).notNull()
                t.column("trend", .text).notNull()
                t.column("lineIDs", .text).notNull()
                t.column("version", .integer).notNull().defaults(to: 1)
            }
        }
        migrator.registerMigration("v31-ledger-search") { db in
            try LedgerSearch.create(in: db)
        }
        return migrator
    }
}
