package load

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/flinklint/flinklint/analysis"
)

// DefaultMaxFileSize is the size cap used when Options.MaxFileSize is 0: a
// file larger than 4 MiB is never read (SPEC §1).
const DefaultMaxFileSize int64 = 4 << 20

// Notification ids used by this package.
const (
	// NoteFileTooLarge: a file over the size cap, not returned.
	NoteFileTooLarge = "flinklint/file-too-large"
	// NoteReadError: a directory, file or .gitignore that could not be
	// read, or a dangling symbolic link.
	NoteReadError = "flinklint/read-error"
	// NoteUnsupportedFile: a file named on the command line that is of no
	// kind flinklint reads.
	NoteUnsupportedFile = "flinklint/unsupported-file"
)

// ErrTooLarge is wrapped by the error ReadFile returns for a file over the cap.
var ErrTooLarge = errors.New("file too large")

// Options control Walk.
type Options struct {
	// IncludeTests also returns files under any src/test/ directory and
	// Java files named *Test.java or *IT.java.
	IncludeTests bool
	// MaxFileSize is the size cap in bytes; 0 (or less) means
	// DefaultMaxFileSize.
	MaxFileSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxFileSize <= 0 {
		return DefaultMaxFileSize
	}
	return o.MaxFileSize
}

// Kind is what a file is to flinklint; it follows from the file name alone.
type Kind int

// Kinds. The zero Kind, Other, is a file flinklint does not read.
const (
	Other       Kind = iota
	Java             // *.java
	FlinkConfig      // flink-conf.yaml, config.yaml
	YAML             // any other *.yaml or *.yml (Kubernetes manifests among them)
	BuildFile        // pom.xml, build.gradle, build.gradle.kts, build.sbt
	LogConfig        // log4j*.properties, logback*.xml
)

var kindNames = [...]string{
	Other:       "other",
	Java:        "java",
	FlinkConfig: "flink-config",
	YAML:        "yaml",
	BuildFile:   "build-file",
	LogConfig:   "log-config",
}

// String returns the kind's lowercase name ("java", "flink-config", ...).
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// KindOf classifies a file by its base name (case-sensitively, as Flink,
// Maven and Gradle look the names up). It returns Other for a file
// flinklint does not read.
func KindOf(name string) Kind {
	switch {
	case strings.HasSuffix(name, ".java"):
		return Java
	case name == "flink-conf.yaml" || name == "config.yaml":
		return FlinkConfig
	case isBuildFileName(name):
		return BuildFile
	case strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml"):
		return YAML
	case strings.HasPrefix(name, "log4j") && strings.HasSuffix(name, ".properties"),
		strings.HasPrefix(name, "logback") && strings.HasSuffix(name, ".xml"):
		return LogConfig
	}
	return Other
}

var buildFileNames = [...]string{"pom.xml", "build.gradle", "build.gradle.kts", "build.sbt"}

func isBuildFileName(name string) bool {
	return slices.Contains(buildFileNames[:], name)
}

// isTestFile reports whether a file counts as test code: rel (the path
// below the PATH being walked) has a src/test/ segment, or a Java file is
// named *Test.java or *IT.java with a non-empty, case-sensitive prefix
// ("OrdersJobTest.java", "KafkaIT.java"; not "Test.java" or "Contest.java").
func isTestFile(rel, name string, k Kind) bool {
	if strings.HasPrefix(rel, "src/test/") || strings.Contains(rel, "/src/test/") {
		return true
	}
	if k != Java {
		return false
	}
	for _, suffix := range [...]string{"Test.java", "IT.java"} {
		if len(name) > len(suffix) && strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return false
}

// FileRef is one file a scan reads.
type FileRef struct {
	Rel  string // slash path relative to the scan root, used in every report
	Abs  string // absolute path on disk (for a symbolic link: the link)
	Kind Kind
	Size int64 // at walk time; for a symbolic link, the target's size
}

// Tree is the result of Walk.
type Tree struct {
	Root  string    // absolute scan root
	Files []FileRef // sorted by Rel, no duplicates
	// Notes are the problems met while walking (files too large,
	// unreadable directories and files, dangling links), sorted by path,
	// id and message.
	Notes []analysis.Notification

	// modules holds the root-relative directories seen to contain a build
	// file, including build files not returned in Files (too large,
	// ignored).
	modules map[string]bool
}

// ModuleRoot returns the root-relative directory ("" for the scan root) of
// the build module that contains rel: the nearest ancestor directory of rel
// holding pom.xml, build.gradle, build.gradle.kts or build.sbt, or "" when
// none does. rel is a root-relative slash path; a directory that holds a
// build file is its own module root. Besides the build files Walk saw on
// disk, the BuildFile entries of Files count, so hand-built Trees work too
// (their Files must be sorted by Rel, as Walk leaves them).
func (t *Tree) ModuleRoot(rel string) string {
	dir := path.Clean(strings.TrimPrefix(rel, "/"))
	if dir == "." {
		dir = ""
	}
	for {
		if t.isModuleDir(dir) {
			return dir
		}
		if dir == "" {
			return ""
		}
		dir = path.Dir(dir)
		if dir == "." {
			dir = ""
		}
	}
}

func (t *Tree) isModuleDir(dir string) bool {
	if t.modules[dir] {
		return true
	}
	prefix := dir + "/"
	if dir == "" {
		prefix = ""
	}
	for _, name := range buildFileNames {
		if _, found := slices.BinarySearchFunc(t.Files, prefix+name, compareRel); found {
			return true
		}
	}
	return false
}

func compareRel(f FileRef, rel string) int { return cmp.Compare(f.Rel, rel) }

// ReadFile reads f, enforcing the size cap limit again (0 or less means
// DefaultMaxFileSize), since a file can change between Walk and the read.
// Errors name f.Rel; one over the cap wraps ErrTooLarge, and the
// underlying fs errors stay matchable with errors.Is (fs.ErrNotExist,
// fs.ErrPermission).
func ReadFile(f FileRef, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	name := f.Rel
	if name == "" {
		name = f.Abs
	}
	// Stat first so that a file replaced by a FIFO is never opened (the
	// open would block).
	fi, err := os.Stat(f.Abs)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, pathErrCause(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("read %s: not a regular file", name)
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("read %s: %w: %s", name, ErrTooLarge, sizeOverCap(fi.Size(), limit))
	}
	file, err := os.Open(f.Abs)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, pathErrCause(err))
	}
	defer file.Close()
	data := make([]byte, 0, fi.Size()+1)
	for {
		n, err := file.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if int64(len(data)) > limit {
			return nil, fmt.Errorf("read %s: %w: it grew to more than %s while being read", name, ErrTooLarge, formatSize(limit))
		}
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, pathErrCause(err))
		}
		if len(data) == cap(data) {
			data = slices.Grow(data, int(min(int64(cap(data)), limit+1-int64(len(data)))))
		}
	}
}

// pathErrCause strips the operation and absolute path from an *fs.PathError,
// since messages name the root-relative path instead.
func pathErrCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func sizeOverCap(size, limit int64) string {
	return fmt.Sprintf("%s, over the %s limit", formatSize(size), formatSize(limit))
}

// formatSize writes n bytes for people: "5.0 MiB (5242880 bytes)",
// "512 bytes".
func formatSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB (%d bytes)", float64(n)/(1<<30), n)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB (%d bytes)", float64(n)/(1<<20), n)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB (%d bytes)", float64(n)/(1<<10), n)
	}
	return fmt.Sprintf("%d bytes", n)
}
