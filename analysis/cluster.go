package analysis

import (
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/analysis/logconf"
	"github.com/flinklint/flinklint/parser"
)

// Version is a target Flink version and where it was decided.
type Version struct {
	Minor  string // "1.18", "2.3" (see config.Versions); "" when unknown
	Source string // "--flink-version", "flink-version in .flinklint.yaml", "pom.xml", "spec.flinkVersion"
	Loc    parser.Location
}

// Known reports whether the version is known.
func (v Version) Known() bool { return v.Minor != "" }

// AtLeast reports whether v is known and at least minor ("1.17").
func (v Version) AtLeast(minor string) bool {
	return v.Known() && compareMinor(v.Minor, minor) >= 0
}

// Describe says which version and why, for messages: "Flink 1.18 (pom.xml)".
func (v Version) Describe() string {
	if !v.Known() {
		return "an unknown Flink version"
	}
	if v.Source == "" {
		return "Flink " + v.Minor
	}
	return "Flink " + v.Minor + " (" + v.Source + ")"
}

func compareMinor(a, b string) int {
	pa, pb := strings.SplitN(a, ".", 2), strings.SplitN(b, ".", 2)
	for i := 0; i < 2; i++ {
		var x, y int
		if i < len(pa) {
			x, _ = strconv.Atoi(pa[i])
		}
		if i < len(pb) {
			y, _ = strconv.Atoi(pb[i])
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// ConfigFile is a Flink config file of the scan, or one given with
// --flink-config.
type ConfigFile struct {
	*config.File
	Module string // build module root ("" for the scan root)
	Flag   bool   // given with --flink-config
	// Cluster is set when the file is a whole cluster configuration rather
	// than an overlay of a few job options (see IsClusterConfig).
	Cluster bool
	Version Version
}

// ClusterKeys are keys that only a whole cluster configuration sets: where
// the JobManager runs, how many slots a TaskManager offers, how much memory
// the processes get. A file that sets one of them is taken for the
// cluster's flink-conf.yaml or config.yaml, so the cluster-only rules
// (HA001, MEM001, OBS001) apply to it. A file that sets only job options
// (checkpointing, parallelism, state backend), or a REST or HA key or two,
// is an overlay and those rules stay silent; the rules about a setting that
// is present but wrong (HA002, HA003, SEC001, ...) apply to every file.
var ClusterKeys = []string{
	"jobmanager.rpc.address", "taskmanager.numberOfTaskSlots",
	"jobmanager.memory.process.size", "jobmanager.memory.flink.size",
	"taskmanager.memory.process.size", "taskmanager.memory.flink.size",
}

// IsClusterConfig reports whether canonical keys include a cluster-only key.
func IsClusterConfig(keys []string) bool {
	for _, k := range keys {
		for _, c := range ClusterKeys {
			if k == c {
				return true
			}
		}
	}
	return false
}

// Manifest is a FlinkDeployment or FlinkSessionJob of the scan.
type Manifest struct {
	*k8s.Resource
	Module  string
	Version Version
	// Jobs are the scanned jobs whose root class is spec.job.entryClass.
	Jobs []*jobgraph.Job
	// Session is the FlinkDeployment a FlinkSessionJob runs on, when it is
	// in the scan.
	Session *Manifest
}

// LogConfig is a logging configuration: a log4j*.properties or logback*.xml
// file, or one embedded in a manifest's spec.logConfiguration.
type LogConfig struct {
	Path   string
	Name   string // file name ("log4j-console.properties")
	Level  logconf.Level
	Module string
	// Manifest is set for configurations embedded in a manifest.
	Manifest *Manifest
}

// FileProblem is a problem a reader found in a file (broken YAML, a
// duplicate key): the config rules report them.
type FileProblem struct {
	parser.Location
	Kind    config.ProblemKind
	Message string
	Related parser.Location
}
