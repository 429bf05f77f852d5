package rules

import (
	"regexp"
	"testing"

	"github.com/flinklint/flinklint/analysis"
)

func TestAPICatalog(t *testing.T) {
	minor := regexp.MustCompile(`^[12]\.\d+$`)
	for name, e := range apiCatalog {
		if e.Deprecated == "" && e.Removed == "" {
			t.Errorf("%s: neither deprecated nor removed", name)
		}
		for _, v := range []string{e.Deprecated, e.Removed} {
			if v != "" && !minor.MatchString(v) {
				t.Errorf("%s: version %q is not a minor version", name, v)
			}
		}
		if e.Deprecated != "" && e.Removed != "" && (analysis.Version{Minor: e.Deprecated}).AtLeast(e.Removed) {
			t.Errorf("%s: deprecated in %s, not before its removal in %s", name, e.Deprecated, e.Removed)
		}
		if e.Replacement == "" && e.CoveredBy == "" {
			t.Errorf("%s: no replacement", name)
		}
		if e.Source == "" {
			t.Errorf("%s: no source", name)
		}
	}
}

// TestAPIReported: each use is reported by at most one of API001 and
// API002, whatever the target.
func TestAPIReported(t *testing.T) {
	removed := apiEntry{Deprecated: "1.19", Removed: "2.0"}
	deprecated := apiEntry{Deprecated: "1.20"}
	for _, c := range []struct {
		e     apiEntry
		ver   string
		rule  string
		level analysis.Level
	}{
		{removed, "", "API001", analysis.LevelNote},
		{removed, "1.18", "", ""},
		{removed, "1.19", "API002", analysis.LevelNote},
		{removed, "1.20", "API002", analysis.LevelNote},
		{removed, "2.0", "API001", analysis.LevelError},
		{removed, "2.1", "API001", analysis.LevelError},
		{deprecated, "", "API002", analysis.LevelNote},
		{deprecated, "1.19", "", ""},
		{deprecated, "2.0", "API002", analysis.LevelNote},
	} {
		rule, level := apiReported(apiSite{Entry: c.e, Version: analysis.Version{Minor: c.ver}})
		if rule != c.rule || level != c.level {
			t.Errorf("%+v at %q: got %s %s, want %s %s", c.e, c.ver, rule, level, c.rule, c.level)
		}
	}
}

func TestLookupAPI(t *testing.T) {
	if _, ok := lookupAPI("RestartStrategies.noRestart", "class"); !ok {
		t.Error("static member not found by its class")
	}
	if _, ok := lookupAPI("RestartStrategies.noRestart", "method"); ok {
		t.Error("a method name must match exactly")
	}
	if e, ok := lookupAPI("FsStateBackend", "class"); !ok || e.CoveredBy != "STATE002" {
		t.Error("legacy backends are STATE002's")
	}
}
