package logconf

import (
	"bytes"
	"encoding/xml"
	"errors"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"io"
	"regexp"
	"strings"
)

// ReadLogback reads the root logger level of an XML logging configuration
// (the path is not read; it names the file for callers):
//
//   - logback: `<root level="DEBUG">` or the older nested form
//     `<root><level value="DEBUG"/></root>` (the nested element wins, as it
//     is applied later); `${NAME}` and `${NAME:-default}` refer to
//     `<property name="NAME" value="..."/>` (or `<variable>`) of the file,
//     else to the deployment's system properties and environment, so the
//     default is used;
//   - log4j 2 XML: `<Loggers><Root level="debug">` (or `<AsyncRoot>`),
//     with `${...}` resolved from `<Properties><Property name="NAME">`;
//   - log4j 1.x XML: `<root><priority value="debug"/>` or `<level value=...>`.
//
// Element and attribute names are compared without regard to case or
// namespace. When several root elements set a level (for example in
// conditional blocks), the last one wins. The `debug="true"` attribute of
// <configuration> and log4j's `status` only concern the framework's own
// status messages and are not the root level. Malformed XML gives Level{}.
func ReadLogback(path string, content []byte) Level {
	src := textpos.StripBOM(content)
	x := textpos.NewLineIndex(src)
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }

	var (
		res      = Level{Format: FormatLogback}
		cur      Level
		stack    []string // lower-case local names of the open elements
		rootAt   = -1     // index in stack of the open root element
		loggerAt = -1     // index in stack of the open named logger element
		logger   Logger
		loggers  []Logger
		props    = map[string]string{}
		propName string // the open log4j 2 <Property> collecting its text
		propText strings.Builder
		inProp   = -1
		first    = true
	)
	for {
		before := int(d.InputOffset())
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return Level{}
		}
		after := int(d.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			local := strings.ToLower(t.Name.Local)
			if first {
				first = false
				// <log4j:configuration xmlns:log4j="http://jakarta.apache.org/log4j/">;
				// without the declaration the prefix stays in Space.
				if space := strings.ToLower(t.Name.Space); space == "log4j" || strings.Contains(space, "jakarta.apache.org/log4j") {
					res.Format = FormatLog4j1XML
				}
			}
			switch {
			case local == "loggers":
				res.Format = FormatLog4j2XML
			case local == "root" || local == "asyncroot":
				rootAt = len(stack)
				cur = Level{}
				cur.fromAttr(x, src, before, after, t, "level")
			case rootAt >= 0 && len(stack) == rootAt+1 && (local == "level" || local == "priority"):
				cur.fromAttr(x, src, before, after, t, "value")
			case local == "logger" || local == "asynclogger" || local == "category":
				if name, ok := attr(t, "name"); ok && strings.TrimSpace(name) != "" {
					loggerAt = len(stack)
					logger = Logger{Name: strings.TrimSpace(name)}
					logger.Level.fromAttr(x, src, before, after, t, "level")
				}
			case loggerAt >= 0 && len(stack) == loggerAt+1 && (local == "level" || local == "priority"):
				logger.Level.fromAttr(x, src, before, after, t, "value")
			case local == "property" || local == "variable":
				name, hasName := attr(t, "name")
				if v, ok := attr(t, "value"); ok && hasName {
					props[name] = v
				} else if hasName {
					propName, inProp = name, len(stack)
					propText.Reset()
				}
			}
			stack = append(stack, local)
		case xml.CharData:
			if inProp >= 0 {
				propText.Write(t)
			}
		case xml.EndElement:
			if len(stack) == 0 {
				return Level{}
			}
			stack = stack[:len(stack)-1]
			switch len(stack) {
			case inProp:
				props[propName] = strings.TrimSpace(propText.String())
				inProp = -1
			case rootAt:
				if cur.Set {
					cur.Format = res.Format
					res = cur
				}
				rootAt = -1
			case loggerAt:
				loggers = append(loggers, logger)
				loggerAt = -1
			}
		}
	}
	if first {
		return Level{} // no element at all
	}
	lookup := func(name string) (string, bool) {
		v, ok := props[name]
		return v, ok
	}
	if res.Set {
		res.resolveLevel(lookup)
	}
	for i := range loggers {
		loggers[i].Level.Format = res.Format
		if loggers[i].Level.Set {
			loggers[i].Level.resolveLevel(lookup)
		}
	}
	res.Loggers = loggers
	return res
}

// attr returns the value of t's attribute called name (any case, any
// namespace).
func attr(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value, true
		}
	}
	return "", false
}

// attrRE finds `name = "value"` or `name='value'` in a start tag; the
// attribute name is group 1, the value group 3 or 4.
var attrRE = regexp.MustCompile(`\s(?:[\w.-]+:)?([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')`)

// fromAttr sets l from the attribute name of the start tag t, whose source
// is src[start:end]. An absent or blank attribute changes nothing.
func (l *Level) fromAttr(x *textpos.LineIndex, src []byte, start, end int, t xml.StartElement, name string) {
	v, ok := attr(t, name)
	if !ok || strings.TrimSpace(v) == "" {
		return
	}
	l.Raw = strings.TrimSpace(v)
	l.Set = true
	l.Level, l.FromDefault = "", false
	if start < 0 || end > len(src) || start > end {
		return
	}
	tag := src[start:end]
	for _, m := range attrRE.FindAllSubmatchIndex(tag, -1) {
		if !strings.EqualFold(string(tag[m[2]:m[3]]), name) {
			continue
		}
		s, e := m[6], m[7]
		if s < 0 {
			s, e = m[8], m[9]
		}
		for s < e && isSpace(tag[s]) {
			s++
		}
		for e > s && isSpace(tag[e-1]) {
			e--
		}
		l.Pos = x.Span(start+s, start+e)
		return
	}
	l.Pos = x.Span(start, end) // not found in the source: the whole start tag
}
