// swift-tools-version:6.0
// Fuzz targets for kd (libFuzzer), kept out of the main package so that a normal `swift build`
// neither builds them nor needs the sanitizer flags. Scripts/fuzz builds this package with
// `swift build --sanitize=fuzzer --sanitize=address` and runs each target.
import PackageDescription

let package = Package(
    name: "kd-fuzz",
    dependencies: [.package(name: "kd", path: "..")],
    targets: [
        .executableTarget(name: "FuzzScript", dependencies: [.product(name: "KDShell", package: "kd")]),
        .executableTarget(name: "FuzzCSV", dependencies: [.product(name: "KDShell", package: "kd")]),
        .executableTarget(name: "FuzzXlsx", dependencies: [.product(name: "KDShell", package: "kd")]),
        .executableTarget(name: "FuzzWorkspace", dependencies: [
            .product(name: "KDShell", package: "kd"), .product(name: "KiemDiem", package: "kd"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
