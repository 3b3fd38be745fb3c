// swift-tools-version: 6.0
// libFuzzer targets for ChronicleKit. Not part of the main package, so `swift test` there is
// unaffected; build and run them with scripts/fuzz.sh (it passes the sanitizer flags).
import PackageDescription

let package = Package(
  name: "ChronicleFuzz",
  dependencies: [.package(name: "Chronicle", path: "..")],
  targets: [
    // Shared checks of the output contracts (ranges in the text, sorted, non-overlapping).
    .target(name: "FuzzSupport", dependencies: [.product(name: "ChronicleKit", package: "Chronicle")]),
    .executableTarget(name: "FuzzSentences", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzEntities", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzTimes", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzJSONLines", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzGazetteers", dependencies: ["FuzzSupport"]),
    .executableTarget(name: "FuzzPipeline", dependencies: ["FuzzSupport"]),
  ]
)
