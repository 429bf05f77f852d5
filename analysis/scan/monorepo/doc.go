// Package monorepo writes a deterministic, realistic monorepo for
// benchmarks and load tests of the scanner: N build modules (each with a
// pom.xml, some also with a build.gradle) holding a majority of ordinary
// Java (Spring-like services, DTOs and records, repositories, utilities
// with java.util.stream chains, Kafka Streams topologies, JUnit tests under
// src/test/java) and a minority of Flink code in every style the analysis
// follows: fluent chains, pipelines split across locals, steps in helper
// classes of other files, stateful functions (ValueState, MapState, timers,
// operator state), some inheriting their state from abstract bases of a
// shared module, windows, joins, CEP, async I/O, broadcast state, Kafka
// sources and sinks, uids set, missing or taken from constants, settings in
// code, in Configuration objects, in flink-conf.yaml / config.yaml files and
// in FlinkDeployment manifests, next to log4j and logback configurations.
//
// File sizes follow a log-normal shape with a mean of about 7 KB per Java
// file, like Flink's own source tree (97 MB in 13,655 files).
//
// The output depends only on the file count and the seed: the same
// arguments write a byte-identical tree on every machine (randomness comes
// from a seeded PCG generator and integer arithmetic only; no map order,
// clock or environment is consulted).
//
// It writes files and nothing else: it never reads the tree back, parses
// or analyzes anything.
package monorepo
