package version

import (
	"regexp"
	"strings"
)

// FlinkGroup is the Maven group of Apache Flink's artifacts.
const FlinkGroup = "org.apache.flink"

// coreArtifacts are artifacts released from apache/flink itself, so their
// version is the Flink version. Connectors released from their own
// repositories (flink-connector-kafka 3.2.0-1.19), flink-shaded, Flink CDC,
// Flink ML, Stateful Functions, Table Store and the Kubernetes operator
// have versions of their own and are not here.
var coreArtifacts = setOf(`
	flink-annotations flink-core flink-core-api flink-java flink-scala
	flink-clients flink-runtime flink-runtime-web flink-streaming-java
	flink-streaming-scala flink-datastream flink-datastream-api
	flink-connector-base flink-connector-files flink-connector-datagen
	flink-connector-test-utils flink-file-sink-common flink-hadoop-fs
	flink-hadoop-compatibility flink-dist flink-cep flink-cep-scala
	flink-state-processor-api flink-python flink-yarn flink-kubernetes
	flink-container flink-json flink-csv flink-avro
	flink-avro-confluent-registry flink-parquet flink-orc flink-protobuf
	flink-sql-avro flink-sql-avro-confluent-registry flink-sql-parquet
	flink-sql-orc flink-sql-protobuf flink-sql-client flink-sql-gateway
	flink-sql-gateway-api flink-sql-jdbc-driver flink-sql-jdbc-driver-bundle
	flink-dstl-dfs flink-queryable-state-client-java
	flink-queryable-state-runtime flink-gelly flink-gelly-scala
	flink-s3-fs-hadoop flink-s3-fs-presto flink-s3-fs-base
	flink-azure-fs-hadoop flink-gs-fs-hadoop flink-oss-fs-hadoop
	flink-parent
`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// corePrefixes are families of apache/flink artifacts.
var corePrefixes = []string{
	"flink-table-",        // flink-table-api-java, -planner(-loader), -runtime, -common, ...
	"flink-statebackend-", // rocksdb, forst, changelog, heap-spillable
	"flink-test-utils",    // flink-test-utils, flink-test-utils-junit
	"flink-metrics-",      // core, prometheus, jmx, dropwizard, ...
	"flink-rpc-",
	"flink-walkthrough-",
	"flink-quickstart-",
	"flink-examples-",
}

// notCore are artifacts with a core prefix and versions of their own.
var notCore = []string{"flink-table-store-"}

// scalaSuffixRE matches a Scala binary-version suffix: _2.12, _${scala.binary.version}.
var scalaSuffixRE = regexp.MustCompile(`_(?:\d+\.\d+|\$\{[^}]*\}|\$[A-Za-z_][\w.]*)$`)

// CoreArtifact reports whether an artifactId of group org.apache.flink is
// released with Flink itself, so that its version is the Flink version:
// flink-streaming-java, flink-clients, flink-table-*, flink-statebackend-*,
// flink-connector-base, flink-test-utils, ... A Scala suffix (_2.12,
// _${scala.binary.version}) is ignored. Externalized connectors
// (flink-connector-kafka), flink-shaded-*, Flink CDC, ML, Stateful Functions
// and the Kubernetes operator are not core artifacts.
func CoreArtifact(artifactID string) bool {
	a := scalaSuffixRE.ReplaceAllString(strings.TrimSpace(artifactID), "")
	if coreArtifacts[a] {
		return true
	}
	for _, p := range notCore {
		if strings.HasPrefix(a, p) {
			return false
		}
	}
	for _, p := range corePrefixes {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return false
}
