// Package version finds the Flink version a job targets from its build
// files, for version-specific rules (deprecated and removed keys and APIs):
// the third source of SPEC §4, after --flink-version and a FlinkDeployment's
// spec.flinkVersion.
//
// Each reader takes one file's bytes and returns the version, where it is
// written (1-based lines, columns in UTF-16 code units, a UTF-8 byte order
// mark not counted) and what named it:
//
//   - FromPom (pom.xml): the flink.version property (or a variant:
//     flink-version, flinkVersion, flink_version, version.flink,
//     apache.flink.version; then the major.minor-only flink.binary.version,
//     flink.major.version, flink.minor.version) in <properties>, then in
//     profiles active by default; else the version of the first
//     org.apache.flink core dependency (also in <dependencyManagement>);
//     else an org.apache.flink:flink-parent parent. ${...} references are
//     resolved from the same pom. When a pom names nothing it can resolve,
//     the caller reads its parent: ParentRelativePath.
//   - FromGradle (build.gradle, build.gradle.kts): a flinkVersion variable
//     (def/val/ext/extra/set(...) forms), else an
//     "org.apache.flink:<core artifact>:<version>" coordinate or map
//     notation, with $var/${var} resolved from string variables of the file.
//   - FromGradleProperties (gradle.properties): flinkVersion=, flink.version=.
//   - FromVersionCatalog (gradle/libs.versions.toml): [versions] flink, else
//     a [libraries] entry of a core artifact.
//   - FromSbt (build.sbt, project/*.scala): val flinkVersion, else
//     "org.apache.flink" %% "<core artifact>" % <version>.
//
// Rules common to all readers:
//
//   - Only artifacts released with Flink itself count (CoreArtifact:
//     flink-streaming-java, flink-clients, flink-core, flink-runtime,
//     flink-table-*, flink-statebackend-*, flink-connector-base,
//     flink-test-utils, ...). Externalized connectors (flink-connector-kafka
//     3.2.0-1.19), flink-shaded, Flink CDC, Flink ML, Stateful Functions and
//     the Kubernetes operator have versions of their own and never count.
//   - A version counts only when it normalises (Normalize) to a Flink
//     release, major 1 or 2; it may be outside the range flinklint has data
//     for (config.Versions), which the caller decides about. Unresolvable references
//     (a property defined in a parent pom, a Gradle property from the
//     command line) give no version rather than a guess.
//   - An explicit version variable or property wins over dependency
//     versions; among dependencies the first in file order wins.
//   - Comments never count (XML comments, // and /* */ in build scripts,
//     # in .properties and TOML). Malformed XML is read up to the first
//     syntax error; inputs larger than 16 MiB give no version. No input
//     panics.
//
// This package reads bytes it is given. It does not walk directories, choose
// which build file belongs to a job, read FlinkDeployment manifests, apply
// --flink-version or report findings.
package version
