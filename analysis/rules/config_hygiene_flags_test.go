package rules_test

import (
	"path/filepath"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/analysistest"
	"github.com/flinklint/flinklint/analysis/rules"
)

// TestConfigHygieneFlagFiles checks how the config-hygiene rules treat a
// --flink-config file: its keys complete a Kerberos login of any config
// file or manifest (SEC003), and it is never reported as a file the target
// version does not read (CFG001).
func TestConfigHygieneFlagFiles(t *testing.T) {
	rs := []*analysis.Rule{rules.KerberosIncomplete, rules.ConfigFileNotRead}
	dir := filepath.Join(testdata, "config", "config-hygiene-flag-files")
	analysistest.Run(t, filepath.Join(dir, "scan"), rs, analysistest.Options{
		FlinkConfigs: []string{filepath.Join(dir, "flags", "flink-conf.yaml")},
	})
}
