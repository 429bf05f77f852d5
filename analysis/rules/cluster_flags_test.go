package rules_test

import (
	"path/filepath"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/analysistest"
	"github.com/flinklint/flinklint/analysis/rules"
)

// TestClusterFlagFiles checks that settings in a --flink-config file count
// for the config files and manifests the cluster rules check.
func TestClusterFlagFiles(t *testing.T) {
	var rs []*analysis.Rule
	for _, id := range []string{"HA001", "HA002", "HA003", "HA004", "MEM001", "OBS001", "SEC001", "K8S002", "K8S003"} {
		r := rules.Lookup(id)
		if r == nil {
			t.Fatalf("no rule %s", id)
		}
		rs = append(rs, r)
	}
	dir := filepath.Join(testdata, "config", "cluster-flag-files")
	analysistest.Run(t, filepath.Join(dir, "scan"), rs, analysistest.Options{
		FlinkConfigs: []string{filepath.Join(dir, "flags", "operator-defaults.yaml")},
	})
}
