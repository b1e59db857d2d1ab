// swift-tools-version:6.0
import PackageDescription

let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")

let package = Package(
    name: "s75",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "s75", targets: ["s75"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "S75Domain"),
        .target(name: "S75Documents", dependencies: ["S75Domain"]),
        .target(name: "S75Interchange", dependencies: ["S75Domain", "S75Documents", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                                                      .product(name: "CSV", package: "CSV.swift"), .product(name: "TOMLKit", package: "TOMLKit")],
                resources: [.copy("Samples/ashvale.json")]),
        .target(name: "S75Store", dependencies: ["S75Domain", "S75Documents", grdb, .product(name: "GRDBSQLite", package: "GRDB.swift"),
                                                .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "CLibPQ"),
        .target(name: "S75Process"),
        .target(name: "S75Postgres", dependencies: ["S75Store", "S75Domain", "S75Documents", "CLibPQ", "S75Process"]),
        .target(name: "S75App", dependencies: ["S75Domain"]),
        .target(name: "S75Text"),
        .target(name: "S75Screen", dependencies: ["S75Text"]),
        .target(name: "S75Report", dependencies: ["S75Domain", "S75Text", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "S75Themes", dependencies: ["S75Screen", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "S75UI", dependencies: ["S75App", "S75Domain", "S75Screen", "S75Text"]),
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .target(name: "S75NCurses", dependencies: ["S75Screen", "S75Text", "CNCursesW"]),
        .target(name: "S75Runtime", dependencies: ["S75App", "S75UI", "S75Screen", "S75Store", "S75Domain"]),
        .executableTarget(name: "s75", dependencies: [
            "S75Domain", "S75Store", "S75App", "S75Screen", "S75Themes", "S75UI", "S75NCurses", "S75Runtime", "S75Report",
            "S75Documents", "S75Interchange", "S75Postgres", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "s75-store-probe", dependencies: ["S75Store", "S75Domain", "S75Postgres"], path: "Tests/StoreProbe"),
        .target(name: "S75TestSupport", dependencies: ["S75Screen", "S75App", "S75UI", "S75Domain", "S75Process"]),

        .testTarget(name: "S75DomainTests", dependencies: ["S75Domain"]),
        .testTarget(name: "S75ReportTests", dependencies: ["S75Report", "S75Domain", "S75Text", "S75TestSupport", .product(name: "CSV", package: "CSV.swift")]),
        .testTarget(name: "S75StoreTests", dependencies: ["S75Store", "S75Domain", "S75Documents", "S75TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "S75PostgresTests", dependencies: ["S75Postgres", "S75Store", "S75Domain", "S75Documents", "S75TestSupport"]),
        .testTarget(name: "S75InterchangeTests", dependencies: ["S75Interchange", "S75Documents", "S75Domain"]),
        .testTarget(name: "S75AppTests", dependencies: ["S75App", "S75Domain"]),
        .testTarget(name: "S75UITests", dependencies: ["S75UI", "S75App", "S75Domain", "S75Screen", "S75Themes", "S75TestSupport", "S75Report",
                                                   "S75Interchange"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "S75NCursesTests", dependencies: ["S75NCurses", "S75Screen", "S75Text"]),
        .testTarget(name: "S75RuntimeTests", dependencies: ["S75Runtime", "S75Store", "S75App", "S75Screen", "S75UI", "S75Domain", "S75TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["s75", "s75-store-probe", "S75TestSupport"], exclude: ["Scripts"]),
    ]
)
