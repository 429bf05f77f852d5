//go:build unix

package load

import (
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// TestWalkSpecialFiles: a named pipe (or another non-regular file) named
// like a file flinklint reads is never opened (a pipe would block the
// scan) but is reported, directly or through a symbolic link; one named
// like nothing flinklint reads stays silent (issue 18).
func TestWalkSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"Open.java": ""})
	for _, name := range []string{"Pipe.java", "flink-conf.yaml", "notes.fifo"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
	}
	symlink(t, "Pipe.java", filepath.Join(dir, "Link.java"))
	tree := walk(t, []string{dir}, Options{})
	if got, want := rels(tree), []string{"Open.java"}; !slices.Equal(got, want) {
		t.Errorf("files: got %q, want %q", got, want)
	}
	want := "Link.java warning flinklint/read-error: not a regular file (a named pipe); not analyzed\n" +
		"Pipe.java warning flinklint/read-error: not a regular file (a named pipe); not analyzed\n" +
		"flink-conf.yaml warning flinklint/read-error: not a regular file (a named pipe); not analyzed\n"
	if got := notesString(tree.Notes); got != want {
		t.Errorf("notes:\n%s\nwant:\n%s", got, want)
	}
}
