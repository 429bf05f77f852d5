package scan_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/flinklint/flinklint/analysis/scan"
	"github.com/flinklint/flinklint/analysis/scan/monorepo"
	"github.com/flinklint/flinklint/sarif"
)

// TestDeterministicUnderLoad scans a generated monorepo (every job style,
// stateful functions across files and modules, configs, manifests, tests)
// with 1, 2 and 8 workers and requires byte-identical SARIF: the order of
// findings, notifications and rules must never depend on scheduling.
func TestDeterministicUnderLoad(t *testing.T) {
	dir := t.TempDir()
	st, err := monorepo.Generate(dir, 600, 1)
	if err != nil {
		t.Fatal(err)
	}
	var want []byte
	for _, jobs := range []int{1, 2, 8} {
		res, err := scan.Run(context.Background(), scan.Options{Paths: []string{dir}, Jobs: jobs})
		if err != nil {
			t.Fatal(err)
		}
		got := sarifOf(t, res)
		if want == nil {
			want = got
			// The comparison means something only if there is something to
			// compare: the generated jobs produce findings.
			if res.Jobs != st.Jobs {
				t.Errorf("-j %d: %d jobs, the generator wrote %d", jobs, res.Jobs, st.Jobs)
			}
			if len(res.Diagnostics) < 10 {
				t.Errorf("-j %d: only %d findings", jobs, len(res.Diagnostics))
			}
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("-j %d: SARIF differs from -j 1: %s", jobs, firstDiff(want, got))
		}
	}
}

// TestBodiesKeptOrNotMonorepo scans a generated monorepo keeping every
// method body, keeping none (each file the job graph enters is parsed
// again, one at a time), and with the default budget: the SARIF must be
// byte-identical (scan/bodies.go).
func TestBodiesKeptOrNotMonorepo(t *testing.T) {
	dir := t.TempDir()
	if _, err := monorepo.Generate(dir, 600, 2); err != nil {
		t.Fatal(err)
	}
	var want []byte
	none := 0 // files parsed again when no body is kept
	for _, keep := range []int64{scan.KeepAllBodies, -1, 0} {
		res, err := scan.Run(context.Background(), scan.Options{Paths: []string{dir}, KeepBodies: keep})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case keep == scan.KeepAllBodies && res.JavaReparsed != 0:
			t.Errorf("every body kept, yet %d files parsed again", res.JavaReparsed)
		case keep < 0 && res.JavaReparsed < res.Jobs/2:
			t.Errorf("no body kept: only %d files parsed again for %d jobs", res.JavaReparsed, res.Jobs)
		case keep == 0 && res.JavaReparsed*4 > none:
			// The default keeps what jobs likely enter.
			t.Errorf("default budget: %d files parsed again, %d when no body is kept", res.JavaReparsed, none)
		}
		if keep < 0 {
			none = res.JavaReparsed
		}
		got := sarifOf(t, res)
		if want == nil {
			want = got
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("KeepBodies %d: SARIF differs from keeping every body: %s", keep, firstDiff(want, got))
		}
	}
}

func sarifOf(t *testing.T, res *scan.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	err := sarif.Write(&buf, sarif.Input{
		Tool:  sarif.Tool{Name: "flinklint", Version: "0.0.0-test", SemanticVersion: "0.0.0-test", InformationURI: "https://github.com/flinklint/flinklint"},
		Rules: res.Rules, Diagnostics: res.Diagnostics, Notifications: res.Notifications,
		Category: sarif.DefaultCategory, SrcRoot: res.Root,
	})
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// firstDiff describes the first line where a and b differ.
func firstDiff(a, b []byte) string {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := 0; i < len(la) && i < len(lb); i++ {
		if !bytes.Equal(la[i], lb[i]) {
			return fmt.Sprintf("line %d:\n\t-j 1: %s\n\tthis: %s", i+1, la[i], lb[i])
		}
	}
	return fmt.Sprintf("%d lines vs %d", len(la), len(lb))
}
