package analysis

import (
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// Program holds the facts computed once per scan and read by every rule.
type Program struct {
	Index    *index.Index
	Graph    *jobgraph.Graph
	settings map[*jobgraph.Job]*settings.Effective
}

// NewProgram bundles the prerequisites; eff has an entry for every
// non-synthetic job.
func NewProgram(ix *index.Index, g *jobgraph.Graph, eff map[*jobgraph.Job]*settings.Effective) *Program {
	return &Program{Index: ix, Graph: g, settings: eff}
}

// Settings returns the effective settings of j (nil for synthetic jobs).
func (p *Program) Settings(j *jobgraph.Job) *settings.Effective { return p.settings[j] }
