//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOutputMode: -o and --write-baseline create files as other tools do,
// 0666 less the umask (issue 18: 0600, the temporary file's mode, which a
// CI artifact upload or a teammate's checkout of the baseline then could
// not read); an existing report keeps its mode.
func TestOutputMode(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	out, base := filepath.Join(dir, "report.sarif"), filepath.Join(dir, "baseline.json")
	if code, _, stderr := runCLI(t, "scan", "-f", "sarif", "-o", out, "--write-baseline", base, monorepo); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, p := range []string{out, base} {
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, want -rw-r--r-- (%v)", filepath.Base(p), st.Mode(), err)
		}
	}
	if err := os.Chmod(out, 0o640); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "scan", "-f", "sarif", "-o", out, "--fail-on", "none", monorepo); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if st, err := os.Stat(out); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("an existing report's mode became %v (%v), want it kept", st.Mode(), err)
	}
}
