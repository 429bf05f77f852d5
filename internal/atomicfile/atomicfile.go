// Package atomicfile writes a file so that readers see the old content or
// the new one, never a part: a temporary file next to it, renamed into
// place. The report (-o), the baseline and the files --fix edits all go
// through it.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Write replaces path with what write writes. A new file gets mode 0666
// less the umask, like a file os.Create makes (os.CreateTemp's 0600 would
// hide a report or a committed baseline from everyone else); an existing
// file keeps its permissions. On error nothing is left behind.
func Write(path string, write func(io.Writer) error) (err error) {
	perm, existing := fs.FileMode(0o666), false
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		perm, existing = st.Mode().Perm(), true
	}
	dir, base := filepath.Split(path)
	var tmp *os.File
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		// The umask applies to perm here, as it does for os.Create.
		tmp, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if existing {
		if err := tmp.Chmod(perm); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
	}
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
