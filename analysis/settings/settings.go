// Package settings merges a job's settings from every place they can come
// from into one effective view, highest precedence first (SPEC §2): code;
// the FlinkDeployment or FlinkSessionJob that deploys the job (its
// flinkConfiguration, its session cluster's, then the defaults the
// Kubernetes operator injects); the Flink config files of the job's build
// module; files given with --flink-config. Every value remembers where it
// was set, and the view remembers where it looked, so that a rule can say
// both.
//
// It reads job graphs and already-parsed config entries; it never parses.
package settings

import (
	"path"
	"strings"

	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/parser"
)

// Source says where a value came from.
type Source int

// Sources, highest precedence first.
const (
	FromCode Source = iota
	FromManifest
	FromOperatorDefault
	FromModuleFile
	FromFlagFile
)

func (s Source) String() string {
	switch s {
	case FromCode:
		return "code"
	case FromManifest:
		return "manifest"
	case FromOperatorDefault:
		return "Kubernetes operator default"
	case FromModuleFile:
		return "module config file"
	case FromFlagFile:
		return "--flink-config"
	}
	return "unknown"
}

// File is a config file's (or a manifest's flinkConfiguration's) settings
// with canonical keys, in file order.
type File struct {
	Path     string // root-relative slash path
	Settings []Entry
	// Note qualifies the file in messages ("injected by the Kubernetes operator").
	Note string
}

// Entry is one key of a config file.
type Entry struct {
	Key   string // canonical
	Value string
	Loc   parser.Location // the key's position
}

// Layer is a group of files of one source; within a layer a later file wins.
type Layer struct {
	Source Source
	Files  []*File
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
	Job    *jobgraph.Job
	Layers []Layer // highest precedence first, code excluded
	values map[string]Value
}

// Merge builds the effective settings of job from its code settings and
// the given layers, highest precedence first.
func Merge(job *jobgraph.Job, layers ...Layer) *Effective {
	e := &Effective{Job: job, Layers: layers, values: map[string]Value{}}
	for i := len(layers) - 1; i >= 0; i-- {
		for _, f := range layers[i].Files {
			for _, s := range f.Settings {
				e.values[s.Key] = Value{Key: s.Key, Value: s.Value, Known: true, Loc: s.Loc, Source: layers[i].Source, Origin: base(f.Path)}
			}
		}
	}
	for _, s := range job.Settings {
		e.values[s.Key] = Value{Key: s.Key, Value: s.Value, Known: s.Known, Loc: s.Loc, Source: FromCode, Origin: s.Origin}
	}
	return e
}

// Get returns the effective value of a canonical key.
func (e *Effective) Get(key string) (Value, bool) {
	v, ok := e.values[key]
	return v, ok
}

// Files returns the files of one source.
func (e *Effective) Files(src Source) []*File {
	for _, l := range e.Layers {
		if l.Source == src {
			return l.Files
		}
	}
	return nil
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
	s := strings.ToLower(strings.TrimSpace(v.Value))
	return s != "" && !strings.HasPrefix(s, "-") && strings.TrimLeft(strings.TrimRight(s, "abcdefghijklmnopqrstuvwxyz "), "0") != ""
}

// Looked says where the tool looked for a setting, for messages:
// "code and orders/src/main/resources/flink-conf.yaml".
func (e *Effective) Looked() string {
	var files []string
	for _, l := range e.Layers {
		for _, f := range l.Files {
			switch {
			case l.Source == FromOperatorDefault:
				continue // defaults are not a place one writes settings
			case l.Source == FromFlagFile:
				files = append(files, f.Path+" (--flink-config)")
			case f.Note != "":
				files = append(files, f.Path+" ("+f.Note+")")
			default:
				files = append(files, f.Path)
			}
		}
	}
	if len(files) == 0 {
		return "code; no flink-conf.yaml or config.yaml in the job's module"
	}
	return "code and " + strings.Join(files, ", ")
}

func base(p string) string { return path.Base(p) }
