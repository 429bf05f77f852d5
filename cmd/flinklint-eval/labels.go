package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Manifest lists the repositories of the evaluation corpus
// (testdata/realworld/manifest.json).
type Manifest struct {
	Repos []RepoEntry `json:"repos"`
}

// RepoEntry is one repository of the corpus: which commit to export, which
// subdirectory to scan and where its labels are.
type RepoEntry struct {
	Repo   string `json:"repo"`   // owner/name on GitHub
	Commit string `json:"commit"` // 40 hex digits
	Subdir string `json:"subdir"` // scanned subdirectory ("" for the whole repository)
	Labels string `json:"labels"` // relative to the manifest's directory
	Note   string `json:"note,omitempty"`
}

// Labels are the hand-made ground truth for one repository. Every file in
// Files is labelled completely: each operator call in it is listed, so a
// finding on any other line of a labelled file is a false positive. Files
// that are not listed are not scored.
//
// Conventions the labels follow (SPEC §2 and §3, read by a person):
//   - fromElements, fromCollection, fromData, fromSequence and
//     socketTextStream are operators but not stateful; fromSource,
//     addSource, readTextFile and readFile are.
//   - print, printToErr, PrintSink, PrintSinkFunction and DiscardingSink are
//     stateless sinks; a sink held in a field is what the program's main
//     code constructs it with; a sink class that cannot be resolved is
//     stateful (sinkTo and addSink are stateful by kind).
//   - keyBy, connect, broadcast(), rebalance, union, getSideOutput, returns,
//     name and setParallelism are not operators.
//   - operators that only BATCH jobs run are marked BatchOnly (the uid rules
//     exempt batch jobs); planner operators of the Table API are out of
//     scope, the DataStream parts of a mixed job are not.
//   - job settings are what the job's code, a FlinkDeployment naming its
//     entry class, or Flink config files in its module set; settings made by
//     a managed runtime outside the repository do not count.
type Labels struct {
	Repo   string      `json:"repo"`
	Commit string      `json:"commit"`
	Files  []FileLabel `json:"files"`
	Jobs   []JobLabel  `json:"jobs"`
}

// FileLabel lists the operators of one file. Path is relative to the
// repository root.
type FileLabel struct {
	Path      string    `json:"path"`
	Operators []OpLabel `json:"operators"`
}

// OpLabel is one operator call: the line of its method name token, the
// method, and the two facts UID001 is about (SPEC §3).
type OpLabel struct {
	Line     int    `json:"line"`
	Method   string `json:"method"`
	Stateful bool   `json:"stateful"`
	UID      bool   `json:"uid"`
	// BatchOnly marks an operator that only BATCH jobs run: the SPEC
	// exempts batch jobs from the uid rules.
	BatchOnly bool   `json:"batchOnly,omitempty"`
	Note      string `json:"note,omitempty"`
}

// WantUID001 says whether UID001 should report the operator.
func (o OpLabel) WantUID001() bool { return o.Stateful && !o.UID && !o.BatchOnly }

// WantUID005 says whether UID005 (any operator without uid) should report it.
func (o OpLabel) WantUID005() bool { return !o.UID && !o.BatchOnly }

// JobLabel is one job, identified by its environment-creation call, with the
// job-level facts the settings rules are about: whether it has a stateful
// operator, whether it runs in BATCH mode, and whether each setting is made
// anywhere the SPEC says a job's settings come from (code, a FlinkDeployment
// naming the job's class, Flink config files in the job's module).
type JobLabel struct {
	File           string `json:"file"`
	Line           int    `json:"line"`
	Stateful       bool   `json:"stateful"`
	Batch          bool   `json:"batch"`
	MaxParallelism bool   `json:"maxParallelism"`
	Checkpointing  bool   `json:"checkpointing"`
	Retained       bool   `json:"retained"`
	StateBackend   bool   `json:"stateBackend"`
	Note           string `json:"note,omitempty"`
}

// Job-level rules scored by accuracy.
var jobRules = []string{"PAR001", "CKPT001", "RET001", "STATE001"}

// Expect reports whether rule should fire for the job: the rule fires
// exactly when the setting it is about is missing, for the jobs the rule is
// about: PAR001, CKPT001 and STATE001 concern streaming jobs with a stateful
// operator, RET001 streaming jobs that checkpoint. A BATCH job restores no
// savepoint and ignores the configured state backend, so none of the four
// applies to it.
func (j JobLabel) Expect(rule string) bool {
	if j.Batch {
		return false
	}
	switch rule {
	case "PAR001":
		return j.Stateful && !j.MaxParallelism
	case "CKPT001":
		return j.Stateful && !j.Checkpointing
	case "RET001":
		return j.Checkpointing && !j.Retained
	case "STATE001":
		return j.Stateful && !j.StateBackend
	}
	return false
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// loadCorpus reads the manifest and every label file it names, and checks
// that they agree.
func loadCorpus(manifestPath string) (*Manifest, map[string]*Labels, error) {
	var m Manifest
	if err := readJSON(manifestPath, &m); err != nil {
		return nil, nil, err
	}
	labels := map[string]*Labels{}
	for _, e := range m.Repos {
		if strings.Count(e.Repo, "/") != 1 || len(e.Commit) != 40 {
			return nil, nil, fmt.Errorf("%s: entry %q: want repo owner/name and a 40-digit commit", manifestPath, e.Repo)
		}
		var l Labels
		if err := readJSON(filepath.Join(filepath.Dir(manifestPath), e.Labels), &l); err != nil {
			return nil, nil, err
		}
		if l.Repo != e.Repo || l.Commit != e.Commit {
			return nil, nil, fmt.Errorf("%s: labels are for %s@%s, the manifest says %s@%s", e.Labels, l.Repo, l.Commit, e.Repo, e.Commit)
		}
		seen := map[string]bool{}
		for _, f := range l.Files {
			if seen[f.Path] {
				return nil, nil, fmt.Errorf("%s: file %s is listed twice", e.Labels, f.Path)
			}
			seen[f.Path] = true
		}
		labels[e.Repo] = &l
	}
	return &m, labels, nil
}
