package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/flinklint/flinklint/analysis/rules"
	"github.com/flinklint/flinklint/analysis/scan"
)

// TestPrefilterChangesNothing: every fixture directory gives the same
// findings and notifications with the pre-filter on and off, all rules on.
func TestPrefilterChangesNothing(t *testing.T) {
	var dirs []string
	for _, group := range []string{"java", "config", "projects"} {
		entries, err := os.ReadDir(filepath.Join(testdata, group))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.IsDir() {
				dirs = append(dirs, filepath.Join(testdata, group, e.Name()))
			}
		}
	}
	parsedLess := 0
	for _, dir := range dirs {
		run := func(off bool) *scan.Result {
			res, err := scan.Run(context.Background(), scan.Options{Paths: []string{dir}, Enable: []string{"all"}, NoPrefilter: off})
			if err != nil {
				t.Fatal(err)
			}
			return res
		}
		on, off := run(false), run(true)
		if !reflect.DeepEqual(on.Diagnostics, off.Diagnostics) {
			t.Errorf("%s: findings differ with the pre-filter (%d vs %d without)", dir, len(on.Diagnostics), len(off.Diagnostics))
			for i := 0; i < len(on.Diagnostics) || i < len(off.Diagnostics); i++ {
				var a, b string
				if i < len(on.Diagnostics) {
					a = on.Diagnostics[i].Path + " " + on.Diagnostics[i].RuleID + " " + on.Diagnostics[i].Message
				}
				if i < len(off.Diagnostics) {
					b = off.Diagnostics[i].Path + " " + off.Diagnostics[i].RuleID + " " + off.Diagnostics[i].Message
				}
				if a != b {
					t.Logf("  with: %s\n  without: %s", a, b)
					break
				}
			}
		}
		if !reflect.DeepEqual(on.Notifications, off.Notifications) {
			t.Errorf("%s: notifications differ with the pre-filter: %+v vs %+v", dir, on.Notifications, off.Notifications)
		}
		if on.JavaFiles < off.JavaFiles {
			parsedLess++
		}
	}
	if parsedLess == 0 {
		t.Error("the pre-filter skipped no file in any fixture: the test proves nothing")
	}
	_ = rules.All
}
