package logconf

import "strings"

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
	src := stripBOM(content)
	log4j1 := false
	props := readProperties(src, func(k string) keepMode {
		if strings.HasPrefix(k, "log4j.") {
			log4j1 = true
		}
		switch k {
		case keyRoot2, keyRootLevel2, keyRoot1, keyCategory1:
			return keepSpans
		}
		return keepValue
	})
	x := newLineIndex(src)

	l := Level{Format: FormatLog4j2}
	lookup2 := func(name string) (string, bool) {
		if p := props["property."+name]; p != nil {
			return p.value, true
		}
		return "", false
	}
	if p := props[keyRoot2]; p != nil && l.fromToken(x, p, true) {
		l.resolveLevel(lookup2)
		return l
	}
	if p := props[keyRootLevel2]; p != nil && l.fromToken(x, p, false) {
		l.resolveLevel(lookup2)
		return l
	}
	if props[keyRoot2] != nil || props[keyRootLevel2] != nil || !log4j1 {
		return l
	}

	l.Format = FormatLog4j1
	p := props[keyRoot1]
	if p == nil {
		p = props[keyCategory1]
	}
	if p != nil && !strings.HasPrefix(strings.TrimSpace(p.value), ",") && l.fromToken(x, p, true) {
		l.resolveLevel(func(name string) (string, bool) {
			if q := props[name]; q != nil {
				return q.value, true
			}
			return "", false
		})
	}
	return l
}

// fromToken sets Raw, Pos and Set from p's value: the part before the first
// ',' when list is true, else the whole value, trimmed. It reports false
// (and changes nothing) when that is empty.
func (l *Level) fromToken(x *lineIndex, p *property, list bool) bool {
	from, to := 0, len(p.value)
	if list {
		if i := strings.IndexByte(p.value, ','); i >= 0 {
			to = i
		}
	}
	for from < to && isSpace(p.value[from]) {
		from++
	}
	for to > from && isSpace(p.value[to-1]) {
		to--
	}
	if from == to {
		return false
	}
	l.Raw = p.value[from:to]
	l.Pos = x.span(p.span(from, to))
	l.Set = true
	return true
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\f' || b == '\n' || b == '\r' }
