package logconf

import (
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"path"
	"strings"

	"github.com/flinklint/flinklint/parser"
)

// Formats a Level can be read from.
const (
	FormatLog4j2    = "log4j2"     // log4j 2 .properties, what Flink ships since 1.11
	FormatLog4j1    = "log4j1"     // log4j 1.x .properties (log4j.rootLogger)
	FormatLogback   = "logback"    // logback XML
	FormatLog4j2XML = "log4j2-xml" // log4j 2 XML (<Loggers><Root level=...>)
	FormatLog4j1XML = "log4j1-xml" // log4j 1.x XML (<root><priority value=...>)
)

// Level is the root logger level a logging configuration file sets.
type Level struct {
	// Level is the level in upper case: TRACE, DEBUG, INFO, WARN, ERROR,
	// FATAL, OFF or ALL. It is "" when the file sets no root level, and also
	// when the level is written but is not a level name or refers to a
	// variable this package cannot resolve (then Set is true and Raw says
	// what is written).
	Level string
	// Pos is where the level is written: the value token, e.g. `DEBUG` in
	// `rootLogger = DEBUG, STDOUT` or the attribute value in
	// `<root level="DEBUG">`. Zero when Set is false.
	Pos parser.Pos
	// Set reports whether the file writes a root logger level.
	Set bool
	// Raw is the level as written, trimmed: "DEBUG", "debug",
	// "${env:LOG_LEVEL:-INFO}".
	Raw string
	// FromDefault reports that Level is the default of a substitution
	// (`${env:LOG_LEVEL:-INFO}`, `${sys:root.level:-DEBUG}`): the deployment
	// may set the variable to something else.
	FromDefault bool
	// Format is the syntax the file was read as (FormatLog4j2, ...); "" when
	// the file could not be read (malformed XML, an unknown name).
	Format string
	// Loggers are the named loggers the file gives a level, in file order
	// (log4j 2 logger.<id>.name/.level, log4j 1.x log4j.logger.<name>,
	// <logger name level> in XML). Only the root Level fills the other
	// fields; a Logger's own Level has no Loggers.
	Loggers []Logger
}

// Logger is a named logger with the level a configuration gives it.
type Logger struct {
	// Name is the logger's name, usually a package: "org.apache.kafka".
	Name string
	// Level is its level, read like the root's (Set is false when the
	// logger is declared without a level: it inherits its parent's).
	Level Level
}

// Logger returns the last logger called name, or false.
func (l Level) Logger(name string) (Logger, bool) {
	for i := len(l.Loggers) - 1; i >= 0; i-- {
		if l.Loggers[i].Name == name {
			return l.Loggers[i], true
		}
	}
	return Logger{}, false
}

// Verbose reports whether the level logs debug messages: DEBUG, TRACE or ALL.
func (l Level) Verbose() bool {
	return l.Level == "DEBUG" || l.Level == "TRACE" || l.Level == "ALL"
}

// Effective returns the root level the logging framework uses: Level when
// the file sets one, else the framework's built-in default for the format
// (log4j 2: ERROR; log4j 1.x and logback: DEBUG). It is "" when the level
// is written but unresolvable, or the format is unknown.
func (l Level) Effective() string {
	if l.Set {
		return l.Level
	}
	switch l.Format {
	case FormatLog4j2, FormatLog4j2XML:
		return "ERROR"
	case FormatLog4j1, FormatLog4j1XML, FormatLogback:
		return "DEBUG"
	}
	return ""
}

// IsLogConfig reports whether a file name (any directory part is ignored)
// is one Read understands: log4j*.properties, log4j*.xml or logback*.xml,
// compared without regard to case.
func IsLogConfig(name string) bool {
	return kindOf(name) != kindNone
}

type kind int

const (
	kindNone kind = iota
	kindProperties
	kindXML
)

func kindOf(name string) kind {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, "\\", "/")))
	switch {
	case strings.HasPrefix(base, "log4j") && strings.HasSuffix(base, ".properties"):
		return kindProperties
	case (strings.HasPrefix(base, "logback") || strings.HasPrefix(base, "log4j")) && strings.HasSuffix(base, ".xml"):
		return kindXML
	}
	return kindNone
}

// Read reads the root logger level of a logging configuration, choosing the
// reader by the file name: log4j*.properties → ReadLog4j; logback*.xml and
// log4j*.xml → ReadLogback. Other names give Level{}.
//
// content may be embedded in another file, such as a value of a
// FlinkDeployment's spec.logConfiguration (a YAML block scalar): its first
// line is line contentFirstLine of that file, and every one of its lines is
// indented by colOffset columns there. Positions are shifted accordingly. A
// stand-alone file passes 1 and 0.
func Read(name string, content []byte, contentFirstLine, colOffset int) Level {
	var l Level
	switch kindOf(name) {
	case kindProperties:
		l = ReadLog4j(name, content)
	case kindXML:
		l = ReadLogback(name, content)
	default:
		return Level{}
	}
	if contentFirstLine < 1 {
		contentFirstLine = 1
	}
	l.Pos = textpos.Shift(l.Pos, contentFirstLine-1, colOffset)
	for i := range l.Loggers {
		l.Loggers[i].Level.Pos = textpos.Shift(l.Loggers[i].Level.Pos, contentFirstLine-1, colOffset)
	}
	return l
}

// levelNames are the levels log4j 1.x, log4j 2 and logback know.
var levelNames = map[string]bool{
	"ALL": true, "TRACE": true, "DEBUG": true, "INFO": true,
	"WARN": true, "ERROR": true, "FATAL": true, "OFF": true,
}

// levelName returns the upper-case level name of s, or "" when s is none.
// Level names are case-insensitive in all three frameworks.
func levelName(s string) string {
	u := strings.ToUpper(strings.TrimSpace(s))
	if levelNames[u] {
		return u
	}
	return ""
}

// Limits of substitution: the depth of chained references (a property that
// refers to a property ...), so that a cycle cannot loop; the number of
// references resolved for one value and the length of the result, so that
// references that fan out (a = ${b}${b}${b}, b = ${c}${c}${c}, ...) cannot
// blow up exponentially.
const (
	maxDepth    = 8
	maxLookups  = 256
	maxExpanded = 4096
)

// substitute resolves the ${...} references in v. A reference is
// `${name}`, `${name:-default}`, `${prefix:name}` or
// `${prefix:name:-default}`; `$${...}` (log4j 2's deferred lookup) reads
// the same. lookup resolves a plain name from the file itself (log4j 2
// `property.NAME`, a log4j 1.x key, a logback <property>). Prefixed lookups
// (sys:, env:, ctx:, ...) depend on the deployment: their default is used
// and fromDefault is set. ok is false when a reference has neither a value
// nor a default, or the limits above are exceeded.
func substitute(v string, lookup func(string) (string, bool)) (out string, fromDefault, ok bool) {
	budget := maxLookups
	return substituteIn(v, lookup, 0, &budget)
}

func substituteIn(v string, lookup func(string) (string, bool), depth int, budget *int) (out string, fromDefault, ok bool) {
	if !strings.Contains(v, "${") {
		return v, false, true
	}
	if depth > maxDepth {
		return "", false, false
	}
	var b strings.Builder
	for {
		i := strings.Index(v, "${")
		if i < 0 {
			b.WriteString(v)
			break
		}
		lead := v[:i]
		if strings.HasSuffix(lead, "$") {
			lead = lead[:len(lead)-1]
		}
		b.WriteString(lead)
		end := matchBrace(v, i+2)
		if end < 0 {
			return "", false, false // unterminated
		}
		expr := v[i+2 : end]
		v = v[end+1:]
		if *budget--; *budget < 0 {
			return "", false, false
		}
		name, def, hasDef := splitDefault(expr)
		val, found := "", false
		if !strings.Contains(name, ":") && lookup != nil {
			val, found = lookup(strings.TrimSpace(name))
		}
		if !found {
			if !hasDef {
				return "", false, false
			}
			val, fromDefault = def, true
		}
		r, fd, rok := substituteIn(val, lookup, depth+1, budget)
		if !rok || b.Len()+len(r) > maxExpanded {
			return "", false, false
		}
		fromDefault = fromDefault || fd
		b.WriteString(r)
	}
	return b.String(), fromDefault, true
}

// matchBrace returns the index of the '}' closing the reference whose body
// starts at i, counting nested ${...}; -1 when there is none.
func matchBrace(s string, i int) int {
	depth := 0
	for ; i < len(s); i++ {
		switch {
		case s[i] == '$' && i+1 < len(s) && s[i+1] == '{':
			depth++
			i++
		case s[i] == '}':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// splitDefault splits a reference body at its first top-level ":-".
func splitDefault(expr string) (name, def string, ok bool) {
	depth := 0
	for i := 0; i < len(expr); i++ {
		switch {
		case expr[i] == '$' && i+1 < len(expr) && expr[i+1] == '{':
			depth++
			i++
		case expr[i] == '}':
			depth--
		case depth == 0 && expr[i] == ':' && i+1 < len(expr) && expr[i+1] == '-':
			return expr[:i], expr[i+2:], true
		}
	}
	return expr, "", false
}

// resolveLevel fills Level and FromDefault from l.Raw.
func (l *Level) resolveLevel(lookup func(string) (string, bool)) {
	v, fromDefault, ok := substitute(l.Raw, lookup)
	if !ok {
		return
	}
	l.Level = levelName(v)
	l.FromDefault = fromDefault && l.Level != ""
}
