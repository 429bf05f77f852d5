package rules

import (
	"sort"
	"strings"

	"github.com/flinklint/flinklint/analysis"
)

// All lists every rule, sorted by ID.
var All = sorted([]*analysis.Rule{
	StatefulOperatorWithoutUID,
	DuplicateUID,
	UnstableUID,
	OperatorWithoutUIDWhenAutoUIDsDisabled,
	OperatorWithoutUID,
	MaxParallelismNotSet,
	MaxParallelismOutOfRange,
	CheckpointingDisabled,
	NonDurableCheckpointStorage,
	CheckpointMinPauseNotSet,
	CheckpointsNotRetained,
	StateBackendNotSet,
	LegacyStateBackend,
	RestartsDisabled,
})

func sorted(rs []*analysis.Rule) []*analysis.Rule {
	sort.Slice(rs, func(i, j int) bool { return rs[i].ID < rs[j].ID })
	return rs
}

// Lookup finds a rule by ID or name (case-insensitive).
func Lookup(idOrName string) *analysis.Rule {
	for _, r := range All {
		if strings.EqualFold(r.ID, idOrName) || strings.EqualFold(r.Name, idOrName) {
			return r
		}
	}
	return nil
}
