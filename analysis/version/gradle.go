package version

import (
	"github.com/flinklint/flinklint/analysis/internal/props"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"regexp"
	"sort"
	"strings"

	"github.com/flinklint/flinklint/parser"
)

// literal is a string literal's content and its source byte range.
type literal struct {
	text       string
	start, end int
}

// str matches a single-line string literal; its content is group "dq" or "sq".
const str = `(?:"(?P<dq>[^"\n]*)"|'(?P<sq>[^'\n]*)')`

var (
	// name = "v", def/val/var/String name = "v", ext.name = "v",
	// project.ext.name = "v", extra.name = "v", val name: String = "v".
	gradleAssignRE = regexp.MustCompile(`(?:^|[\s;{(,])(?:(?:def|val|var|final|static|private|const|String)\s+)*(?:(?:project|rootProject)\s*\.\s*)?(?:(?:ext|extra)\s*\.\s*)?(?P<name>[A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*` + str)
	// ext["name"] = "v", extra["name"] = "v".
	gradleIndexRE = regexp.MustCompile(`\b(?:ext|extra)\s*\[\s*["'](?P<name>[\w.-]+)["']\s*\]\s*=\s*` + str)
	// set("name", "v") (ext.set, extra.set, project.ext.set).
	gradleSetRE = regexp.MustCompile(`\bset\s*\(\s*["'](?P<name>[\w.-]+)["']\s*,\s*` + str + `\s*\)`)
	// val name by extra("v").
	gradleExtraRE = regexp.MustCompile(`\bval\s+(?P<name>[A-Za-z_]\w*)\s*(?::\s*String\s*)?by\s+extra\s*\(\s*` + str + `\s*\)`)

	// "org.apache.flink:artifact:version[:classifier]" in ' or ".
	refPart       = `(?:\$\{[^}\n]*\}|\$[A-Za-z_][\w.]*|[^:"'\s$])+`
	gradleCoordRE = regexp.MustCompile(`["']org\.apache\.flink:(?P<artifact>` + refPart + `):(?P<version>` + refPart + `)(?::[^"'\n]*)?["']`)
	// "org.apache.flink:artifact:" + flinkVersion.
	gradleConcatRE = regexp.MustCompile(`["']org\.apache\.flink:(?P<artifact>` + refPart + `):["']\s*\+\s*(?P<ident>[A-Za-z_][\w.]*(?:\(\s*["'][\w.-]+["']\s*\))?)`)
	// group: 'org.apache.flink', name: 'artifact', version: ... (Groovy map
	// notation) or group = "...", name = "...", version = ... (Kotlin).
	gradleMapRE = regexp.MustCompile(`\bgroup\s*[:=]\s*["']org\.apache\.flink["']\s*,\s*name\s*[:=]\s*["'](?P<artifact>[^"'\n]+)["']\s*,\s*version\s*[:=]\s*(?:` + str + `|(?P<ident>[A-Za-z_][\w.]*))`)

	// $name, ${name}, ${project.name}, ${property("name")} inside a string.
	interpRE = regexp.MustCompile(`\$\{[^}\n]*\}|\$[A-Za-z_][\w.]*`)
	identRE  = regexp.MustCompile(`[A-Za-z_][\w.-]*`)
	quotedRE = regexp.MustCompile(`["']([\w.-]+)["']`)
)

// noise are the identifiers of an expression that are not the name it
// refers to: project.ext.flinkVersion, rootProject.property("flinkVersion").
var noise = map[string]bool{
	"project": true, "rootProject": true, "ext": true, "extra": true,
	"properties": true, "property": true, "findProperty": true,
	"get": true, "toString": true, "it": true, "this": true, "settings": true,
}

// refName returns the variable an interpolation or expression refers to:
// "flinkVersion" for $flinkVersion, ${flinkVersion}, ${project.flinkVersion},
// ${rootProject.ext.flinkVersion}, ${property("flinkVersion")}.
func refName(expr string) string {
	expr = strings.TrimPrefix(expr, "$")
	expr = strings.TrimSuffix(strings.TrimPrefix(expr, "{"), "}")
	if m := quotedRE.FindStringSubmatch(expr); m != nil {
		return m[1]
	}
	name := ""
	for _, id := range identRE.FindAllString(expr, -1) {
		for _, part := range strings.Split(id, ".") {
			if part != "" && !noise[part] {
				name = part
			}
		}
	}
	return name
}

// vars maps variable names to the literal first assigned to them.
type vars map[string]literal

// collect adds the matches of re in b (a comment-blanked copy of src) to
// v, keeping the first literal of each name.
func (v vars) collect(re *regexp.Regexp, b []byte) {
	name, dq, sq := re.SubexpIndex("name"), re.SubexpIndex("dq"), re.SubexpIndex("sq")
	for _, m := range re.FindAllSubmatchIndex(b, -1) {
		n := string(b[m[2*name]:m[2*name+1]])
		g := dq
		if m[2*g] < 0 {
			g = sq
		}
		lit := literal{text: string(b[m[2*g]:m[2*g+1]]), start: m[2*g], end: m[2*g+1]}
		if old, ok := v[n]; !ok || lit.start < old.start {
			v[n] = lit
		}
	}
}

// resolve replaces the $name and ${...} interpolations of lit with the
// variables they name. When lit is exactly one interpolation, the result
// keeps the range of the literal it leads to. ok is false when a name is
// not a variable of this file, or the resolution limits are exceeded.
func (v vars) resolve(lit literal) (literal, bool) {
	budget := maxLookups
	return v.resolveIn(lit, 0, &budget)
}

func (v vars) resolveIn(lit literal, depth int, budget *int) (literal, bool) {
	if depth > maxDepth {
		return literal{}, false
	}
	if loc := interpRE.FindStringIndex(lit.text); loc != nil && loc[0] == 0 && loc[1] == len(lit.text) {
		*budget--
		next, ok := v[refName(lit.text)]
		if !ok || *budget < 0 {
			return literal{}, false
		}
		return v.resolveIn(next, depth+1, budget)
	}
	var b strings.Builder
	rest := lit.text
	for {
		loc := interpRE.FindStringIndex(rest)
		if loc == nil {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:loc[0]])
		*budget--
		next, found := v[refName(rest[loc[0]:loc[1]])]
		if !found || *budget < 0 {
			return literal{}, false
		}
		r, ok := v.resolveIn(next, depth+1, budget)
		if !ok || b.Len()+len(r.text) > maxExpanded {
			return literal{}, false
		}
		b.WriteString(r.text)
		rest = rest[loc[1]:]
	}
	return literal{text: b.String(), start: lit.start, end: lit.end}, true
}

// candidate is one place in a build file that may name the Flink version.
type candidate struct {
	lit literal
	via string
}

// pick returns the first candidate (in file order) that resolves to a Flink
// release.
func pick(path string, src []byte, v vars, cands []candidate) (Version, bool) {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].lit.start < cands[j].lit.start })
	x := textpos.NewLineIndex(src)
	for _, c := range cands {
		r, ok := v.resolve(c.lit)
		if !ok {
			continue
		}
		m, ok := Normalize(r.text)
		if !ok || !release(m) {
			continue
		}
		return Version{Minor: m, Raw: r.text, Source: parser.Location{Path: path, Pos: x.Span(r.start, r.end)}, Via: c.via}, true
	}
	return Version{}, false
}

// variables returns the candidates among v whose names name the Flink version.
func (v vars) variables() []candidate {
	var out []candidate
	for n, lit := range v {
		if flinkName(n) {
			out = append(out, candidate{lit, "variable " + n})
		}
	}
	return out
}

// FromGradle reads the Flink version a build.gradle or build.gradle.kts
// targets, trying in turn:
//
//  1. a variable named flinkVersion (or flink_version, FLINK_VERSION, ...)
//     assigned a string: `flinkVersion = '1.18.1'`, `def flinkVersion =
//     "1.18.1"`, `val flinkVersion = "1.18.1"`, `ext { flinkVersion =
//     '1.17.0' }`, `ext.flinkVersion = ...`, `ext["flinkVersion"] = ...`,
//     `set("flinkVersion", "...")`, `val flinkVersion by extra("...")`;
//  2. the version of the first org.apache.flink core artifact
//     (CoreArtifact) in a dependency: `"org.apache.flink:flink-streaming-java:1.18.1"`,
//     the same with `$flinkVersion` or `${flinkVersion}` (also
//     `${project.flinkVersion}`, `${property("flinkVersion")}`),
//     `"org.apache.flink:flink-clients:" + flinkVersion`, and map notation
//     `group: 'org.apache.flink', name: '...', version: ...`.
//
// References are resolved from string variables of the same file; Source
// points at the literal they lead to. The first candidate in file order
// that resolves to a Flink release (major 1 or 2) wins. Comments are
// skipped. ok is false when nothing resolves: a version read from
// gradle.properties (`val flinkVersion: String by project`) is found with
// FromGradleProperties, one in a version catalog with FromVersionCatalog.
func FromGradle(path string, content []byte) (Version, bool) {
	if len(content) > maxInput {
		return Version{}, false
	}
	src := textpos.StripBOM(content)
	b := blankComments(src)
	v := vars{}
	for _, re := range []*regexp.Regexp{gradleAssignRE, gradleIndexRE, gradleSetRE, gradleExtraRE} {
		v.collect(re, b)
	}
	if ver, ok := pick(path, src, v, v.variables()); ok {
		return ver, true
	}

	var cands []candidate
	for _, m := range gradleCoordRE.FindAllSubmatchIndex(b, -1) {
		artifact := string(b[m[2]:m[3]])
		if a, ok := v.resolve(literal{text: artifact}); ok {
			artifact = a.text
		}
		if CoreArtifact(artifact) {
			cands = append(cands, candidate{literal{text: string(b[m[4]:m[5]]), start: m[4], end: m[5]}, "dependency " + FlinkGroup + ":" + artifact})
		}
	}
	for _, m := range gradleConcatRE.FindAllSubmatchIndex(b, -1) {
		artifact := string(b[m[2]:m[3]])
		if a, ok := v.resolve(literal{text: artifact}); ok {
			artifact = a.text
		}
		if CoreArtifact(artifact) {
			cands = append(cands, candidate{literal{text: "${" + string(b[m[4]:m[5]]) + "}", start: m[4], end: m[5]}, "dependency " + FlinkGroup + ":" + artifact})
		}
	}
	art, dq, sq, ident := gradleMapRE.SubexpIndex("artifact"), gradleMapRE.SubexpIndex("dq"), gradleMapRE.SubexpIndex("sq"), gradleMapRE.SubexpIndex("ident")
	for _, m := range gradleMapRE.FindAllSubmatchIndex(b, -1) {
		artifact := string(b[m[2*art]:m[2*art+1]])
		if !CoreArtifact(artifact) {
			continue
		}
		via := "dependency " + FlinkGroup + ":" + artifact
		switch {
		case m[2*dq] >= 0:
			cands = append(cands, candidate{literal{text: string(b[m[2*dq]:m[2*dq+1]]), start: m[2*dq], end: m[2*dq+1]}, via})
		case m[2*sq] >= 0:
			cands = append(cands, candidate{literal{text: string(b[m[2*sq]:m[2*sq+1]]), start: m[2*sq], end: m[2*sq+1]}, via})
		case m[2*ident] >= 0:
			cands = append(cands, candidate{literal{text: "${" + string(b[m[2*ident]:m[2*ident+1]]) + "}", start: m[2*ident], end: m[2*ident+1]}, via})
		}
	}
	return pick(path, src, v, cands)
}

// FromGradleProperties reads the Flink version from a gradle.properties
// file: a key naming the Flink version (flinkVersion, flink.version,
// flink_version, FLINK_VERSION, ..., also with the
// org.gradle.project. prefix). When several do, the first written wins
// (the last value of a repeated key, as java.util.Properties reads it).
func FromGradleProperties(path string, content []byte) (Version, bool) {
	if len(content) > maxInput {
		return Version{}, false
	}
	src := textpos.StripBOM(content)
	found := props.Read(src, func(k string) props.KeepMode {
		if flinkName(strings.TrimPrefix(k, "org.gradle.project.")) {
			return props.KeepSpans
		}
		return props.Drop
	})
	list := make([]*props.Property, 0, len(found))
	for _, p := range found {
		list = append(list, p)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Seq < list[j].Seq })
	x := textpos.NewLineIndex(src)
	for _, p := range list {
		val := strings.TrimSpace(p.Value)
		m, ok := Normalize(val)
		if !ok || !release(m) {
			continue
		}
		lead := strings.Index(p.Value, val)
		s, e := p.Span(lead, lead+len(val))
		return Version{Minor: m, Raw: val, Source: parser.Location{Path: path, Pos: x.Span(s, e)}, Via: "property " + p.Key}, true
	}
	return Version{}, false
}
