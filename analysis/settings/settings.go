// Package settings merges a job's settings from every place they can come
// from into one effective view, highest precedence first (SPEC §2): code,
// then the Flink config files of the job's build module, then files given
// with --flink-config. Every value remembers where it was set, and the view
// remembers where it looked, so that a rule can say both.
//
// It reads job graphs and already-parsed config entries; it never parses.
package settings

import (
	"strings"

	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/parser"
)

// Source says where a value came from.
type Source int

// Sources, highest precedence first.
const (
	FromCode Source = iota
	FromModuleFile
	FromFlagFile
)

// File is a config file's settings with canonical keys, in file order.
type File struct {
	Path     string // root-relative slash path
	Settings []Entry
}

// Entry is one key of a config file.
type Entry struct {
	Key   string // canonical
	Value string
	Loc   parser.Location // the key's position
}

// Value is an effective setting.
type Value struct {
	Key    string
	Value  string
	Known  bool // false when code sets it from an expression flinklint cannot compute
	Loc    parser.Location
	Source Source
	Origin string // "env.setMaxParallelism", "flink-conf.yaml"
}

// Effective is one job's merged settings.
type Effective struct {
	Job         *jobgraph.Job
	ModuleFiles []*File
	FlagFiles   []*File
	values      map[string]Value
}

// Merge builds the effective settings of job from its code settings, its
// module's config files and the --flink-config files. Within one group a
// later file wins.
func Merge(job *jobgraph.Job, module, flag []*File) *Effective {
	e := &Effective{Job: job, ModuleFiles: module, FlagFiles: flag, values: map[string]Value{}}
	put := func(v Value) { e.values[v.Key] = v }
	for _, f := range flag {
		for _, s := range f.Settings {
			put(Value{Key: s.Key, Value: s.Value, Known: true, Loc: s.Loc, Source: FromFlagFile, Origin: base(f.Path)})
		}
	}
	for _, f := range module {
		for _, s := range f.Settings {
			put(Value{Key: s.Key, Value: s.Value, Known: true, Loc: s.Loc, Source: FromModuleFile, Origin: base(f.Path)})
		}
	}
	for _, s := range job.Settings {
		put(Value{Key: s.Key, Value: s.Value, Known: s.Known, Loc: s.Loc, Source: FromCode, Origin: s.Origin})
	}
	return e
}

// Get returns the effective value of a canonical key.
func (e *Effective) Get(key string) (Value, bool) {
	v, ok := e.values[key]
	return v, ok
}

// IsBatch reports whether the job runs in BATCH execution mode.
func (e *Effective) IsBatch() bool {
	v, ok := e.Get(jobgraph.KeyRuntimeMode)
	return ok && strings.EqualFold(v.Value, "BATCH")
}

// CheckpointingOn reports whether a checkpoint interval is set to anything
// but zero or a negative number.
func (e *Effective) CheckpointingOn() bool {
	v, ok := e.Get(jobgraph.KeyInterval)
	if !ok {
		return false
	}
	if !v.Known {
		return true
	}
	s := strings.TrimSpace(v.Value)
	return s != "" && s != "0" && !strings.HasPrefix(s, "0 ") && !strings.HasPrefix(s, "-") && s != "0ms" && s != "0s"
}

// Looked says where the tool looked for a setting, for messages:
// "code and orders/src/main/resources/flink-conf.yaml".
func (e *Effective) Looked() string {
	var files []string
	for _, f := range e.ModuleFiles {
		files = append(files, f.Path)
	}
	for _, f := range e.FlagFiles {
		files = append(files, f.Path+" (--flink-config)")
	}
	if len(files) == 0 {
		return "code; no flink-conf.yaml or config.yaml in the job's module"
	}
	return "code and " + strings.Join(files, ", ")
}

func base(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}
