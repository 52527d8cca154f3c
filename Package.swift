// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kd",
    products: [
        .executable(name: "kd", targets: ["kd"]),
        .library(name: "KiemDiem", targets: ["KiemDiem"]),
        .library(name: "KDShell", targets: ["KDShell"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // zlib, for ZipReader's bounded inflate (Sources/KiemDiem/Import/Xlsx/ZipReader.swift).
        .systemLibrary(name: "CZlibShim", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "KiemDiem", dependencies: [
            "CZlibShim", "CFastScan", .product(name: "CSV", package: "CSV.swift"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // The workspace mark's scan below the top level, 64 bytes at a time (WorkspaceMark.swift).
        .target(name: "CFastScan"),
        .target(name: "KDShell", dependencies: ["KiemDiem", "CEditLine", "CSignals"]),
        // Ctrl-C and the terminal's signals: handlers that only store a flag, as C allows.
        .target(name: "CSignals"),
        // jemalloc's settings, for the release build that links jemalloc in (Scripts/build-release).
        // DWARF 4: valgrind 3.19 (callgrind profiles) gives up on clang's default DWARF 5.
        .target(name: "CMallocConf", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .executableTarget(name: "kd", dependencies: [
            "KDShell", "CMallocConf", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Scripts/bench's in-process timer (Tab completion); not shipped.
        .executableTarget(name: "kd-bench", dependencies: ["KDShell", "KiemDiem", "CMallocConf"], path: "Scripts/bench.d/kd-bench"),
        .testTarget(name: "KiemDiemTests", dependencies: ["KiemDiem"]),
        .testTarget(name: "KDShellTests", dependencies: ["KDShell"]),
        .testTarget(name: "Transcripts", dependencies: ["kd"], exclude: ["cases"]),
        .testTarget(name: "TerminalTests", dependencies: ["kd", "KiemDiem"]),
    ],
    swiftLanguageModes: [.v5]
)
