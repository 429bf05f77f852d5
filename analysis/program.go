package analysis

import (
	"github.com/flinklint/flinklint/analysis/alerts"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// Program holds the facts computed once per scan and read by every rule.
type Program struct {
	Index *index.Index
	Graph *jobgraph.Graph
	// ConfigFiles are the Flink config files of the scan and those given
	// with --flink-config, in path order.
	ConfigFiles []*ConfigFile
	// Manifests are the FlinkDeployment and FlinkSessionJob resources.
	Manifests []*Manifest
	// ManifestProblems are syntax problems of manifest files.
	ManifestProblems []FileProblem
	// LogConfigs are logging configurations, embedded ones included.
	LogConfigs []*LogConfig
	// Alerts are the files holding Prometheus alerting rules (rule files,
	// PrometheusRule manifests), in path order.
	Alerts []*alerts.File

	settings  map[*jobgraph.Job]*settings.Effective
	versions  map[*jobgraph.Job]Version
	manifests map[*jobgraph.Job][]*Manifest
}

// JobFacts are what the driver knows of one job beyond its graph.
type JobFacts struct {
	Settings  *settings.Effective
	Version   Version
	Manifests []*Manifest
}

// NewProgram bundles the prerequisites; facts has an entry for every
// non-synthetic job.
func NewProgram(ix *index.Index, g *jobgraph.Graph, facts map[*jobgraph.Job]JobFacts) *Program {
	p := &Program{Index: ix, Graph: g,
		settings:  map[*jobgraph.Job]*settings.Effective{},
		versions:  map[*jobgraph.Job]Version{},
		manifests: map[*jobgraph.Job][]*Manifest{},
	}
	for j, f := range facts {
		p.settings[j], p.versions[j], p.manifests[j] = f.Settings, f.Version, f.Manifests
	}
	return p
}

// JobVersion is the Flink version job j targets (SPEC §4).
func (p *Program) JobVersion(j *jobgraph.Job) Version { return p.versions[j] }

// ManifestsFor returns the manifests whose entry class is j's class.
func (p *Program) ManifestsFor(j *jobgraph.Job) []*Manifest { return p.manifests[j] }

// Settings returns the effective settings of j (nil for synthetic jobs).
func (p *Program) Settings(j *jobgraph.Job) *settings.Effective { return p.settings[j] }
