package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// maxExportSize skips blobs the analyzer would not read anyway (it never
// reads a file larger than 4 MiB).
const maxExportSize = 4 << 20

// mirrorDir is where the bare git directory of repo is expected:
// <mirrors>/<owner>+<name>/repo, the layout the corpus is fetched into.
func mirrorDir(mirrors, repo string) string {
	return filepath.Join(mirrors, strings.Replace(repo, "/", "+", 1), "repo")
}

// checkMirror reports why the mirror cannot be used, or nil.
func checkMirror(dir, commit string) error {
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return errors.New("no mirror")
	}
	if out, err := git(dir, nil, "cat-file", "-t", commit); err != nil || strings.TrimSpace(string(out)) != "commit" {
		return fmt.Errorf("the mirror has no commit %s (fetch a newer snapshot, or update the manifest and labels)", commit)
	}
	return nil
}

func git(dir string, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"--git-dir=" + dir}, args...)...)
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return out, fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// export writes the files of commit under subdir into dest (keeping their
// paths relative to the repository root) and returns the number written.
// Blobs the snapshot lacks (large files a mirror may leave out), symbolic
// links, submodules and files over 4 MiB are skipped. A finished export is
// marked and reused.
func export(gitDir, commit, subdir, dest string) (int, error) {
	done := filepath.Join(dest, ".flinklint-eval-complete")
	if b, err := os.ReadFile(done); err == nil {
		n, _ := strconv.Atoi(strings.TrimSpace(string(b)))
		return n, nil
	}
	if err := os.RemoveAll(dest); err != nil {
		return 0, err
	}
	args := []string{"ls-tree", "-r", "-z", commit}
	if subdir != "" {
		args = append(args, "--", subdir)
	}
	out, err := git(gitDir, nil, args...)
	if err != nil {
		return 0, err
	}
	type entry struct{ oid, path string }
	var entries []entry
	for _, rec := range strings.Split(string(out), "\x00") {
		meta, path, ok := strings.Cut(rec, "\t")
		if !ok {
			continue
		}
		f := strings.Fields(meta) // mode type oid
		if len(f) != 3 || f[1] != "blob" || f[0] == "120000" {
			continue
		}
		entries = append(entries, entry{f[2], path})
	}
	var in bytes.Buffer
	for _, e := range entries {
		in.WriteString(e.oid + "\n")
	}
	cmd := exec.Command("git", "--git-dir="+gitDir, "cat-file", "--batch")
	cmd.Stdin = &in
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return 0, err
	}
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	r := bufio.NewReaderSize(stdout, 1<<20)
	written := 0
	for _, e := range entries {
		header, err := r.ReadString('\n')
		if err != nil {
			_ = cmd.Wait()
			return 0, fmt.Errorf("git cat-file: %w", err)
		}
		f := strings.Fields(header)
		if len(f) == 2 && f[1] == "missing" {
			continue
		}
		if len(f) != 3 {
			_ = cmd.Wait()
			return 0, fmt.Errorf("git cat-file: unexpected header %q", header)
		}
		size, _ := strconv.ParseInt(f[2], 10, 64)
		body := make([]byte, size+1) // content and the trailing newline
		if _, err := io.ReadFull(r, body); err != nil {
			_ = cmd.Wait()
			return 0, fmt.Errorf("git cat-file: %w", err)
		}
		if size > maxExportSize {
			continue
		}
		p := filepath.Join(dest, filepath.FromSlash(e.path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			_ = cmd.Wait()
			return 0, err
		}
		if err := os.WriteFile(p, body[:size], 0o644); err != nil {
			_ = cmd.Wait()
			return 0, err
		}
		written++
	}
	if err := cmd.Wait(); err != nil {
		return 0, fmt.Errorf("git cat-file: %w", err)
	}
	if err := os.MkdirAll(filepath.Join(dest, filepath.FromSlash(subdir)), 0o755); err != nil {
		return 0, err
	}
	return written, os.WriteFile(done, []byte(strconv.Itoa(written)+"\n"), 0o644)
}
