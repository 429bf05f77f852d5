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
	dirs := fixtureDirs(t)
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

// fixtureDirs lists every fixture directory the scan-level equivalence
// tests run on.
func fixtureDirs(t *testing.T) []string {
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
	return dirs
}

// TestBodiesKeptOrNot: every fixture directory gives the same findings and
// notifications whether the scan keeps every method body or drops them all
// and parses files again as the job graph enters them (scan/bodies.go).
func TestBodiesKeptOrNot(t *testing.T) {
	reparsed := 0
	for _, dir := range fixtureDirs(t) {
		run := func(keep int64) *scan.Result {
			res, err := scan.Run(context.Background(), scan.Options{Paths: []string{dir}, Enable: []string{"all"}, KeepBodies: keep})
			if err != nil {
				t.Fatal(err)
			}
			return res
		}
		all, none := run(scan.KeepAllBodies), run(-1)
		if all.JavaReparsed != 0 {
			t.Errorf("%s: %d files parsed again with every body kept", dir, all.JavaReparsed)
		}
		reparsed += none.JavaReparsed
		if !reflect.DeepEqual(all.Diagnostics, none.Diagnostics) {
			t.Errorf("%s: findings differ when bodies are dropped (%d kept, %d dropped)", dir, len(all.Diagnostics), len(none.Diagnostics))
		}
		if !reflect.DeepEqual(all.Notifications, none.Notifications) {
			t.Errorf("%s: notifications differ when bodies are dropped: %+v vs %+v", dir, all.Notifications, none.Notifications)
		}
	}
	if reparsed == 0 {
		t.Error("no file was parsed again with no body kept: the test proves nothing")
	}
}
