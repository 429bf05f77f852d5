package logconf

import (
	"github.com/flinklint/flinklint/analysis/internal/props"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"sort"
	"strings"
)

// log4j 2 and log4j 1.x keys that set the root logger's level.
const (
	keyRoot2      = "rootLogger"         // log4j 2 shorthand: LEVEL, appenderRef...
	keyRootLevel2 = "rootLogger.level"   // log4j 2
	keyRoot1      = "log4j.rootLogger"   // log4j 1.x: LEVEL, appender...
	keyCategory1  = "log4j.rootCategory" // log4j 1.x, older name, read when log4j.rootLogger is absent
)

// ReadLog4j reads the root logger level of a log4j .properties file (the
// path is not read; it names the file for callers).
//
// log4j 2 (what Flink ships since 1.11: conf/log4j.properties,
// log4j-console.properties, log4j-cli.properties): `rootLogger.level`, or
// the shorthand `rootLogger = LEVEL, appenderRef...`, whose level wins over
// `rootLogger.level` as log4j does ("Level is ignored when levelAndRefs
// syntax is used"). `${name}` refers to `property.name` of the same file;
// `${sys:...}`, `${env:...}` and other lookups resolve to their `:-default`.
//
// log4j 1.x: `log4j.rootLogger = LEVEL, appender...` (else
// `log4j.rootCategory`); a value starting with ',' keeps the default level.
// `${name}` refers to another key of the file. Flink has used log4j 2 since
// 1.11, so a log4j 1.x file is read only through a compatibility bridge.
//
// Syntax follows java.util.Properties (comments, separators, escapes,
// continuation lines); the last of duplicate keys wins.
func ReadLog4j(path string, content []byte) Level {
	src := textpos.StripBOM(content)
	log4j1 := false
	found := props.Read(src, func(k string) props.KeepMode {
		if strings.HasPrefix(k, "log4j.") {
			log4j1 = true
		}
		switch k {
		case keyRoot2, keyRootLevel2, keyRoot1, keyCategory1:
			return props.KeepSpans
		}
		if strings.HasPrefix(k, "logger.") || strings.HasPrefix(k, "log4j.logger.") || strings.HasPrefix(k, "log4j.category.") {
			return props.KeepSpans
		}
		return props.KeepValue
	})
	x := textpos.NewLineIndex(src)

	l := Level{Format: FormatLog4j2}
	lookup2 := func(name string) (string, bool) {
		if p := found["property."+name]; p != nil {
			return p.Value, true
		}
		return "", false
	}
	if p := found[keyRoot2]; p != nil && l.fromToken(x, p, true) {
		l.resolveLevel(lookup2)
		l.Loggers = log4j2Loggers(x, found, lookup2)
		return l
	}
	if p := found[keyRootLevel2]; p != nil && l.fromToken(x, p, false) {
		l.resolveLevel(lookup2)
		l.Loggers = log4j2Loggers(x, found, lookup2)
		return l
	}
	if found[keyRoot2] != nil || found[keyRootLevel2] != nil || !log4j1 {
		l.Loggers = log4j2Loggers(x, found, lookup2)
		return l
	}

	l.Format = FormatLog4j1
	p := found[keyRoot1]
	if p == nil {
		p = found[keyCategory1]
	}
	lookup1 := func(name string) (string, bool) {
		if q := found[name]; q != nil {
			return q.Value, true
		}
		return "", false
	}
	if p != nil && !strings.HasPrefix(strings.TrimSpace(p.Value), ",") && l.fromToken(x, p, true) {
		l.resolveLevel(lookup1)
	}
	l.Loggers = log4j1Loggers(x, found, lookup1)
	return l
}

// log4j2Loggers reads `logger.<id>.name` with `logger.<id>.level`, or the
// shorthand `logger.<id> = LEVEL, refs` (which wins, as for the root), in
// file order.
func log4j2Loggers(x *textpos.LineIndex, found map[string]*props.Property, lookup func(string) (string, bool)) []Logger {
	var out []Logger
	for _, p := range byLine(found) {
		id, ok := strings.CutPrefix(p.Key, "logger.")
		if !ok {
			continue
		}
		id, ok = strings.CutSuffix(id, ".name")
		if !ok || strings.TrimSpace(p.Value) == "" {
			continue
		}
		lg := Logger{Name: strings.TrimSpace(p.Value)}
		if q := found["logger."+id]; q != nil && lg.Level.fromToken(x, q, true) {
			lg.Level.resolveLevel(lookup)
		} else if q := found["logger."+id+".level"]; q != nil && lg.Level.fromToken(x, q, false) {
			lg.Level.resolveLevel(lookup)
		}
		lg.Level.Format = FormatLog4j2
		out = append(out, lg)
	}
	return out
}

// log4j1Loggers reads `log4j.logger.<name> = LEVEL, appenders` (and the
// older log4j.category.<name>), in file order; a value starting with ','
// keeps the inherited level.
func log4j1Loggers(x *textpos.LineIndex, found map[string]*props.Property, lookup func(string) (string, bool)) []Logger {
	var out []Logger
	for _, p := range byLine(found) {
		name, ok := strings.CutPrefix(p.Key, "log4j.logger.")
		if !ok {
			name, ok = strings.CutPrefix(p.Key, "log4j.category.")
		}
		if !ok || name == "" {
			continue
		}
		lg := Logger{Name: name}
		if !strings.HasPrefix(strings.TrimSpace(p.Value), ",") && lg.Level.fromToken(x, p, true) {
			lg.Level.resolveLevel(lookup)
		}
		lg.Level.Format = FormatLog4j1
		out = append(out, lg)
	}
	return out
}

// byLine returns the properties in file order.
func byLine(found map[string]*props.Property) []*props.Property {
	ps := make([]*props.Property, 0, len(found))
	for _, p := range found {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Seq < ps[j].Seq })
	return ps
}

// fromToken sets Raw, Pos and Set from p's value: the part before the first
// ',' when list is true, else the whole value, trimmed. It reports false
// (and changes nothing) when that is empty.
func (l *Level) fromToken(x *textpos.LineIndex, p *props.Property, list bool) bool {
	from, to := 0, len(p.Value)
	if list {
		if i := strings.IndexByte(p.Value, ','); i >= 0 {
			to = i
		}
	}
	for from < to && isSpace(p.Value[from]) {
		from++
	}
	for to > from && isSpace(p.Value[to-1]) {
		to--
	}
	if from == to {
		return false
	}
	l.Raw = p.Value[from:to]
	l.Pos = x.Span(p.Span(from, to))
	l.Set = true
	return true
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\f' || b == '\n' || b == '\r' }
