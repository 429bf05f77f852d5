package version

import (
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"regexp"
)

var (
	// val flinkVersion = "1.17.1", lazy val, final val, val x: String = ...;
	// also settings: flinkVersion := "1.17.1".
	sbtValRE = regexp.MustCompile(`\bval\s+(?P<name>[A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*"(?P<dq>[^"\n]*)"`)
	sbtSetRE = regexp.MustCompile(`(?:^|[\s/(])(?P<name>[A-Za-z_]\w*)\s*:=\s*"(?P<dq>[^"\n]*)"`)
	// "org.apache.flink" %% "flink-streaming-scala" % "1.17.1" | % flinkVersion | % Versions.Flink.
	sbtDepRE = regexp.MustCompile(`"org\.apache\.flink"\s*%{1,3}\s*"(?P<artifact>[^"\n]+)"\s*%\s*(?:"(?P<dq>[^"\n]*)"|(?P<ident>[A-Za-z_][\w.]*))`)
)

// FromSbt reads the Flink version a build.sbt (or a project/*.scala
// dependency file) targets, trying in turn:
//
//  1. a val or setting named flinkVersion (flink_version, FLINK_VERSION,
//     ...): `val flinkVersion = "1.17.1"`, `flinkVersion := "1.17.1"`;
//  2. the version of the first org.apache.flink core artifact
//     (CoreArtifact): `"org.apache.flink" %% "flink-streaming-scala" %
//     "1.17.1"` or `% flinkVersion`, `% Versions.Flink` (the last name of
//     a qualified reference is looked up among the file's vals).
//
// Comments are skipped; the first candidate in file order that resolves to a
// Flink release (major 1 or 2) wins.
func FromSbt(path string, content []byte) (Version, bool) {
	if len(content) > maxInput {
		return Version{}, false
	}
	src := textpos.StripBOM(content)
	b := blankComments(src)
	v := vars{}
	v.collect(sbtValRE, b)
	v.collect(sbtSetRE, b)
	if ver, ok := pick(path, src, v, v.variables()); ok {
		return ver, true
	}
	var cands []candidate
	art, dq, ident := sbtDepRE.SubexpIndex("artifact"), sbtDepRE.SubexpIndex("dq"), sbtDepRE.SubexpIndex("ident")
	for _, m := range sbtDepRE.FindAllSubmatchIndex(b, -1) {
		artifact := string(b[m[2*art]:m[2*art+1]])
		if !CoreArtifact(artifact) {
			continue
		}
		via := "dependency " + FlinkGroup + ":" + artifact
		if m[2*dq] >= 0 {
			cands = append(cands, candidate{literal{text: string(b[m[2*dq]:m[2*dq+1]]), start: m[2*dq], end: m[2*dq+1]}, via})
		} else {
			cands = append(cands, candidate{literal{text: "${" + string(b[m[2*ident]:m[2*ident+1]]) + "}", start: m[2*ident], end: m[2*ident+1]}, via})
		}
	}
	return pick(path, src, v, cands)
}
