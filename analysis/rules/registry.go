package rules

import (
	"sort"
	"strings"

	"github.com/flinklint/flinklint/analysis"
)

// All lists every rule, sorted by ID: the Java-side rules below and the
// config-side families, each family listed in its own file.
var All = sorted(concat(javaRules, configHygieneRules, clusterRules, apiRules, sinkRules))

var javaRules = []*analysis.Rule{
	StatefulOperatorWithoutUID,
	DuplicateUID,
	UnstableUID,
	OperatorWithoutUIDWhenAutoUIDsDisabled,
	OperatorWithoutUID,
	MaxParallelismNotSet,
	MaxParallelismOutOfRange,
	KeyGroupSkew,
	CheckpointingDisabled,
	NonDurableCheckpointStorage,
	CheckpointMinPauseNotSet,
	AtLeastOnceCheckpointingWithExactlyOnceSink,
	CheckpointsNotRetained,
	StateBackendNotSet,
	LegacyStateBackend,
	RestartsDisabled,
}

func concat(lists ...[]*analysis.Rule) []*analysis.Rule {
	var out []*analysis.Rule
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

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
