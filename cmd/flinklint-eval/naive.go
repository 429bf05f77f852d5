package main

import (
	"regexp"
	"strings"
)

// The naive baseline (issue 4, item 5) is what a reviewer's grep would do:
// no parser, no job model, no types. It reads one file as plain text.
//
// UID001: after blanking comments, every call `.m(` whose method m is in
// naiveStateful, and every `.map(new X` / `.flatMap(new X`, is a
// stateful-looking operator; it is reported at the line of the method name
// when its statement, from the method name to the next `;`, contains no
// `.uid(` (nor `.setUidHash(`).
//
// Job-level rules, for a labelled job: the job's file is stateful-looking
// when it holds one of those calls; PAR001 fires when a stateful-looking
// file has no `setMaxParallelism(` and no `max-parallelism`; CKPT001 when
// it has no `enableCheckpointing(`, `setCheckpointInterval(` or
// `checkpointing.interval`; STATE001 when it has no `setStateBackend(` and
// no `state.backend`; RET001 when the file enables checkpointing that way
// but has no `RETAIN_ON_CANCELLATION` (nor `RETAIN_ON_`).
var naiveStateful = []string{
	"process", "reduce", "aggregate", "apply", "sum", "min", "max", "minBy", "maxBy",
	"sinkTo", "addSink", "fromSource", "addSource", "readTextFile", "readFile",
	"select", "flatSelect", "transform",
	"orderedWait", "unorderedWait", "orderedWaitWithRetry", "unorderedWaitWithRetry",
}

var (
	naiveCall   = regexp.MustCompile(`\.\s*(` + strings.Join(naiveStateful, "|") + `)\s*\(`)
	naiveNewMap = regexp.MustCompile(`\.\s*(map|flatMap)\s*\(\s*new\s+[A-Za-z_]`)
)

// stripComments blanks // and /* */ comments, keeping line breaks and string
// and character literals, so offsets and line numbers are unchanged.
func stripComments(src string) string {
	b := []byte(src)
	const (
		code = iota
		line
		block
		str
		chr
		text // """ text block
	)
	state := code
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch state {
		case code:
			switch {
			case c == '/' && i+1 < len(b) && b[i+1] == '/':
				state = line
				b[i] = ' '
			case c == '/' && i+1 < len(b) && b[i+1] == '*':
				state = block
				b[i], b[i+1] = ' ', ' '
				i++
			case c == '"' && i+2 < len(b) && b[i+1] == '"' && b[i+2] == '"':
				state = text
				i += 2
			case c == '"':
				state = str
			case c == '\'':
				state = chr
			}
		case line:
			if c == '\n' {
				state = code
			} else {
				b[i] = ' '
			}
		case block:
			if c == '*' && i+1 < len(b) && b[i+1] == '/' {
				b[i], b[i+1] = ' ', ' '
				i++
				state = code
			} else if c != '\n' {
				b[i] = ' '
			}
		case str, chr:
			quote := byte('"')
			if state == chr {
				quote = '\''
			}
			if c == '\\' {
				i++
			} else if c == quote || c == '\n' {
				state = code
			}
		case text:
			if c == '\\' {
				i++
			} else if c == '"' && i+2 < len(b) && b[i+1] == '"' && b[i+2] == '"' {
				i += 2
				state = code
			}
		}
	}
	return string(b)
}

// naiveOps returns the naive baseline's UID001 findings for one file (path
// is only copied into the findings).
func naiveOps(path, src string) []OpFinding {
	text := stripComments(src)
	var out []OpFinding
	add := func(loc []int) {
		name := text[loc[2]:loc[3]]
		stmt := text[loc[2]:]
		if end := strings.IndexByte(stmt, ';'); end >= 0 {
			stmt = stmt[:end]
		}
		if strings.Contains(stmt, ".uid(") || strings.Contains(stmt, ".setUidHash(") {
			return
		}
		out = append(out, OpFinding{Path: path, Line: 1 + strings.Count(text[:loc[2]], "\n"), Method: name})
	}
	for _, loc := range naiveCall.FindAllStringSubmatchIndex(text, -1) {
		add(loc)
	}
	for _, loc := range naiveNewMap.FindAllStringSubmatchIndex(text, -1) {
		add(loc)
	}
	return out
}

// naiveJob returns the job-level rules the naive baseline fires for a job
// whose environment is created in a file with this source.
func naiveJob(src string) map[string]bool {
	text := stripComments(src)
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(text, s) {
				return true
			}
		}
		return false
	}
	stateful := naiveCall.MatchString(text) || naiveNewMap.MatchString(text)
	ckpt := has("enableCheckpointing(", "setCheckpointInterval(", "checkpointing.interval")
	return map[string]bool{
		"PAR001":   stateful && !has("setMaxParallelism(", "max-parallelism"),
		"CKPT001":  stateful && !ckpt,
		"RET001":   ckpt && !has("RETAIN_ON_"),
		"STATE001": stateful && !has("setStateBackend(", "state.backend"),
	}
}
