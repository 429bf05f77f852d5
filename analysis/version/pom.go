package version

import (
	"bytes"
	"encoding/xml"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"io"
	"path"
	"regexp"
	"strings"

	"github.com/flinklint/flinklint/parser"
)

// pomProperties are the pom properties that hold the Flink version, most
// common first. The last three hold only major.minor ("1.17"), as
// projects that also need the full version write them.
var pomProperties = []string{
	"flink.version", "flink-version", "flinkVersion", "flink_version",
	"version.flink", "apache.flink.version",
	"flink.binary.version", "flink.major.version", "flink.minor.version",
}

// pomText is the trimmed text of one element and the source byte range it
// occupies (start < 0 when the element holds no text).
type pomText struct {
	text       string
	start, end int
}

type pomDep struct {
	group, artifact, version pomText
}

// pom is what FromPom and ParentRelativePath need of a pom.xml.
type pom struct {
	props        map[string]pomText // <project><properties>
	profileProps map[string]pomText // properties of profiles active by default
	deps         []pomDep           // <dependencies> and <dependencyManagement>, in file order
	parent       pomDep
	hasParent    bool
	relPath      *pomText // <parent><relativePath>, nil when absent
	version      pomText  // <project><version>
}

// parsePom reads the parts of a pom that can name the Flink version. It
// stops at the first XML syntax error and keeps what it read before.
func parsePom(src []byte) *pom {
	p := &pom{props: map[string]pomText{}, profileProps: map[string]pomText{}}
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }

	var (
		stack         []string
		text          strings.Builder
		tStart, tEnd  = -1, -1
		dep           = -1 // index in p.deps of the open <dependency>
		profile       map[string]pomText
		profileActive bool
	)
	// path is the open elements joined with '/'; elements deeper than any
	// that matters are not joined, so deep nesting costs nothing.
	path := func() string {
		if len(stack) > 6 {
			return ""
		}
		return strings.Join(stack, "/")
	}
	for {
		before := int(d.InputOffset())
		tok, err := d.Token()
		if err != nil {
			break
		}
		after := int(d.InputOffset())
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			text.Reset()
			tStart, tEnd = -1, -1
			switch path() {
			case "project/dependencies/dependency", "project/dependencyManagement/dependencies/dependency":
				p.deps = append(p.deps, pomDep{})
				dep = len(p.deps) - 1
			case "project/profiles/profile":
				profile, profileActive = map[string]pomText{}, false
			case "project/parent":
				p.hasParent = true
			}
		case xml.CharData:
			text.Write(t)
			if s, e := textSpan(src, before, after); s < e {
				if tStart < 0 {
					tStart = s
				}
				tEnd = e
			}
		case xml.EndElement:
			if len(stack) == 0 {
				return p
			}
			v := pomText{text: strings.TrimSpace(text.String()), start: tStart, end: tEnd}
			if v.text == "" {
				v.start, v.end = -1, -1
			}
			field := stack[len(stack)-1]
			switch pth := path(); {
			case len(stack) == 3 && strings.HasPrefix(pth, "project/properties/"):
				p.props[field] = v
			case len(stack) == 5 && strings.HasPrefix(pth, "project/profiles/profile/properties/"):
				if profile != nil {
					profile[field] = v
				}
			case pth == "project/profiles/profile/activation/activeByDefault":
				profileActive = v.text == "true"
			case pth == "project/profiles/profile":
				if profileActive {
					for k, pv := range profile {
						if _, ok := p.profileProps[k]; !ok {
							p.profileProps[k] = pv
						}
					}
				}
				profile = nil
			case pth == "project/version":
				p.version = v
			case pth == "project/parent/groupId":
				p.parent.group = v
			case pth == "project/parent/artifactId":
				p.parent.artifact = v
			case pth == "project/parent/version":
				p.parent.version = v
			case pth == "project/parent/relativePath":
				p.relPath = &v
			case dep >= 0 && len(stack) >= 2 && stack[len(stack)-2] == "dependency":
				switch field {
				case "groupId":
					p.deps[dep].group = v
				case "artifactId":
					p.deps[dep].artifact = v
				case "version":
					p.deps[dep].version = v
				}
			case field == "dependency":
				dep = -1
			}
			stack = stack[:len(stack)-1]
			text.Reset()
			tStart, tEnd = -1, -1
		}
	}
	return p
}

// textSpan returns the source range of the non-blank text of a character
// data token read from src[start:end]: text, or a CDATA section's content.
func textSpan(src []byte, start, end int) (int, int) {
	if start < 0 || end > len(src) || start >= end {
		return 0, 0
	}
	if bytes.HasPrefix(src[start:end], []byte("<![CDATA[")) {
		start += len("<![CDATA[")
		if bytes.HasSuffix(src[start:end], []byte("]]>")) {
			end -= len("]]>")
		}
	}
	for start < end && isXMLSpace(src[start]) {
		start++
	}
	for end > start && isXMLSpace(src[end-1]) {
		end--
	}
	return start, end
}

func isXMLSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// lookup returns the text a ${name} reference of the pom stands for.
func (p *pom) lookup(name string) (pomText, bool) {
	if v, ok := p.props[name]; ok {
		return v, true
	}
	if v, ok := p.profileProps[name]; ok {
		return v, true
	}
	switch name {
	case "project.version", "pom.version", "version":
		return p.version, p.version.text != ""
	case "project.parent.version", "parent.version":
		return p.parent.version, p.parent.version.text != ""
	}
	return pomText{}, false
}

var (
	pomRefRE     = regexp.MustCompile(`\$\{([^}]*)\}`)
	pomSoleRefRE = regexp.MustCompile(`^\$\{([^}]*)\}$`)
)

// resolve replaces the ${...} references in t. When t is a single
// reference, the result's range is that of the text it leads to, and via
// names the property. ok is false when a reference cannot be resolved from
// this pom (it may be defined in a parent, a profile or on the command
// line), or the resolution limits are exceeded.
func (p *pom) resolve(t pomText, via string) (pomText, string, bool) {
	budget := maxLookups
	return p.resolveIn(t, via, 0, &budget)
}

func (p *pom) resolveIn(t pomText, via string, depth int, budget *int) (pomText, string, bool) {
	if depth > maxDepth || t.text == "" {
		return pomText{}, "", false
	}
	if m := pomSoleRefRE.FindStringSubmatch(t.text); m != nil {
		*budget--
		next, ok := p.lookup(m[1])
		if !ok || *budget < 0 {
			return pomText{}, "", false
		}
		return p.resolveIn(next, "property "+m[1], depth+1, budget)
	}
	var b strings.Builder
	rest := t.text
	for {
		loc := pomRefRE.FindStringIndex(rest)
		if loc == nil {
			b.WriteString(rest)
			break
		}
		b.WriteString(rest[:loc[0]])
		*budget--
		next, found := p.lookup(rest[loc[0]+2 : loc[1]-1])
		if !found || *budget < 0 {
			return pomText{}, "", false
		}
		r, _, ok := p.resolveIn(next, "", depth+1, budget)
		if !ok || b.Len()+len(r.text) > maxExpanded {
			return pomText{}, "", false
		}
		b.WriteString(r.text)
		rest = rest[loc[1]:]
	}
	return pomText{text: b.String(), start: t.start, end: t.end}, via, true
}

// FromPom reads the Flink version a Maven pom.xml targets, trying in turn:
//
//  1. the property flink.version (or flink-version, flinkVersion,
//     flink_version, version.flink, apache.flink.version, then the
//     major.minor-only flink.binary.version, flink.major.version,
//     flink.minor.version) in <project><properties>, then in the
//     properties of profiles active by default;
//  2. the version of the first dependency (in <dependencies> or
//     <dependencyManagement>, in file order) of group org.apache.flink
//     whose artifact is released with Flink (CoreArtifact): never an
//     externalized connector's own version such as 3.2.0-1.19;
//  3. the parent, when it is org.apache.flink:flink-parent.
//
// ${...} references are resolved from the same pom's properties (and
// ${project.version}, ${project.parent.version}); Source then points at the
// text the reference leads to. A version must normalise to a Flink release
// (major 1 or 2). ok is false when the pom names no version it can resolve
// (for example a module whose dependencies use ${flink.version} defined in
// the parent): the caller then reads the parent pom (ParentRelativePath).
// Reading stops at the first XML syntax error, keeping what came before.
func FromPom(path string, content []byte) (Version, bool) {
	if len(content) > maxInput {
		return Version{}, false
	}
	src := textpos.StripBOM(content)
	p := parsePom(src)
	x := textpos.NewLineIndex(src)
	found := func(t pomText, via string) (Version, bool) {
		m, ok := Normalize(t.text)
		if !ok || !release(m) || t.start < 0 {
			return Version{}, false
		}
		return Version{Minor: m, Raw: t.text, Source: parser.Location{Path: path, Pos: x.Span(t.start, t.end)}, Via: via}, true
	}

	for _, name := range pomProperties {
		for _, props := range []map[string]pomText{p.props, p.profileProps} {
			t, ok := props[name]
			if !ok {
				continue
			}
			if r, via, ok := p.resolve(t, "property "+name); ok {
				if v, ok := found(r, via); ok {
					return v, true
				}
			}
		}
	}
	for _, d := range p.deps {
		if v, ok := p.fromCoordinates(d, "dependency", found); ok {
			return v, true
		}
	}
	if p.hasParent {
		return p.fromCoordinates(p.parent, "parent", found)
	}
	return Version{}, false
}

// fromCoordinates returns the version of d (a dependency or the parent, as
// role says) when d is a Flink core artifact.
func (p *pom) fromCoordinates(d pomDep, role string, found func(pomText, string) (Version, bool)) (Version, bool) {
	group, _, ok := p.resolve(d.group, "")
	if !ok || group.text != FlinkGroup || d.version.text == "" {
		return Version{}, false
	}
	artifact := d.artifact.text
	if a, _, ok := p.resolve(d.artifact, ""); ok {
		artifact = a.text
	}
	if !CoreArtifact(artifact) {
		return Version{}, false
	}
	via := role + " " + FlinkGroup + ":" + artifact
	r, through, ok := p.resolve(d.version, via)
	if !ok {
		return Version{}, false
	}
	if through != via {
		via += ", through " + through
	}
	return found(r, via)
}

// ParentRelativePath returns where a pom's parent pom is, relative to the
// pom's directory, as a slash path: the <parent><relativePath> (a directory
// gets "/pom.xml" appended), else Maven's default "../pom.xml". It is ""
// when the pom has no <parent>, or an empty <relativePath/> tells Maven to
// look only in repositories.
func ParentRelativePath(content []byte) string {
	if len(content) > maxInput {
		return ""
	}
	p := parsePom(textpos.StripBOM(content))
	if !p.hasParent {
		return ""
	}
	if p.relPath == nil {
		return "../pom.xml"
	}
	rel := strings.ReplaceAll(strings.TrimSpace(p.relPath.text), "\\", "/")
	if rel == "" {
		return ""
	}
	if strings.HasSuffix(strings.ToLower(rel), ".xml") {
		return path.Clean(rel)
	}
	return path.Join(rel, "pom.xml")
}
