// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Chronicle",
  products: [
    .library(name: "ChronicleKit", targets: ["ChronicleKit"]),
    .executable(name: "chronicle", targets: ["chronicle"]),
    .executable(name: "times-benchmark", targets: ["TimesBenchmark"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The only place ICU headers are included; its public header uses plain C types.
    .target(
      name: "CICU",
      linkerSettings: [
        .linkedLibrary("icui18n"),
        .linkedLibrary("icuuc"),
        .linkedLibrary("icudata"),
      ]
    ),
    // A processor prefetch hint for the big hash tables of the entity and event stages.
    .target(name: "CPrefetch"),
    // Byte scans with vector instructions (SSE2 where there is, plain C elsewhere).
    .target(name: "CByteScan"),
    // The command's `malloc` settings for huge pages (`mallopt`, which Swift's Glibc lacks).
    .target(name: "CHeap"),
    .target(name: "ChronicleKit", dependencies: ["CICU", "CPrefetch", "CByteScan"]),
    .executableTarget(
      name: "chronicle",
      dependencies: [
        "ChronicleKit", "CHeap",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // A release build links the Swift runtime and libraries into the binary: it runs where no
      // Swift toolchain is installed, and it starts faster (no run-time symbol binding of the
      // Swift libraries; calls into the runtime are direct, not through the procedure table).
      // The command's own module is compiled for that too, so that it names the static
      // libraries' dependencies (Foundation's ICU data, for one) to the linker. Debug builds, and
      // the library for other packages, stay as they are.
      swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
    ),
    // Speed of the times stage on a corpus: MB/s and peak memory (not a test).
    .executableTarget(name: "TimesBenchmark", dependencies: ["ChronicleKit"], path: "Benchmarks/TimesBenchmark"),
    // Fixtures/ holds inputs that the tests read from the checkout (fuzz regressions).
    .testTarget(name: "ChronicleKitTests", dependencies: ["ChronicleKit"], exclude: ["Fixtures"]),
    .testTarget(name: "ChronicleCLITests", dependencies: ["chronicle"]),
  ]
)
