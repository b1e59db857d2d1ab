// swift-tools-version:6.1
import PackageDescription

/// The two PostgreSQL clients s75 could use, timed doing the same work on the same server: libpq (Debian's, through a
/// system module, as s75 uses it) and PostgresNIO. Built and run by Benchmarks/server-clients.sh, not by CI.
let package = Package(
    name: "server-clients",
    dependencies: [
        .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.3"),
    ],
    targets: [
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .executableTarget(name: "server-clients", dependencies: [
            "CLibPQ", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
        ]),
    ]
)
