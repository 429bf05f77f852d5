package version

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/parser"
)

// Version is the Flink version a build file targets.
type Version struct {
	// Minor is the normalised major.minor version: "1.18", "2.2", also
	// outside the versions flinklint has data for (config.Versions; the
	// caller decides); "" when unknown.
	Minor string
	// Raw is the version as written, after resolving references: "1.18.1",
	// "2.0-SNAPSHOT" (also when the build file writes "${flink.version}").
	Raw string
	// Source is where the version text is written: the element text of a
	// pom property or dependency version, or the string literal of a Gradle
	// or sbt variable or coordinate. A reference is followed to the literal
	// it names, which is the place to edit.
	Source parser.Location
	// Via says what named the version, for messages: "property
	// flink.version", "dependency org.apache.flink:flink-streaming-java",
	// "variable flinkVersion".
	Via string
}

// versionRE matches a version: an optional v, major and minor separated by
// '.' or '_', then anything version-like (patch, qualifier).
var versionRE = regexp.MustCompile(`^[vV]?(\d{1,4})[._](\d{1,4})(?:[._]\d+)*(?:[-+~._][0-9A-Za-z._+~-]*)?$`)

// Normalize maps a version as written to major.minor: "1.18.1", "1.18",
// "1.18-SNAPSHOT", "v1_18", "1.18.1-custom" → "1.18"; "2.0.0",
// "2.1-SNAPSHOT" → "2.0", "2.1". Leading zeros are dropped ("1.08" →
// "1.8"). Versions flinklint has no data for are normalised too; text that is not a
// version ("", "latest", "${flink.version}", "1") gives "", false.
func Normalize(s string) (string, bool) {
	m := versionRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	major, err1 := strconv.Atoi(m[1])
	minor, err2 := strconv.Atoi(m[2])
	if err1 != nil || err2 != nil {
		return "", false
	}
	return strconv.Itoa(major) + "." + strconv.Itoa(minor), true
}

// Compare compares two normalised minor versions numerically ("1.9" <
// "1.15" < "2.0"): -1, 0 or +1. Text that is not a minor version sorts
// before every version.
func Compare(a, b string) int {
	am, an, aok := split(a)
	bm, bn, bok := split(b)
	switch {
	case !aok && !bok:
		return strings.Compare(a, b)
	case !aok:
		return -1
	case !bok:
		return 1
	case am != bm:
		return cmpInt(am, bm)
	default:
		return cmpInt(an, bn)
	}
}

func split(v string) (major, minor int, ok bool) {
	a, b, found := strings.Cut(v, ".")
	if !found {
		return 0, 0, false
	}
	major, err1 := strconv.Atoi(a)
	minor, err2 := strconv.Atoi(b)
	return major, minor, err1 == nil && err2 == nil
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// release reports whether a normalised version can be a Flink release:
// major 1 or 2. It keeps the versions of other Apache Flink projects
// (connectors 3.x-4.x, Flink ML 2.x is excluded by artifact) out.
func release(minor string) bool {
	major, _, ok := split(minor)
	return ok && (major == 1 || major == 2)
}

// maxInput bounds the build files read; larger ones are not build files
// anyone writes by hand, and give no version.
const maxInput = 16 << 20

// Limits of reference resolution: the depth of chained references (a
// property naming a property ...), so that a cycle cannot loop; the number
// of references resolved for one value and the length of the result, so
// that references that fan out (a = "$b$b$b", b = "$c$c$c", ...) cannot
// blow up exponentially.
const (
	maxDepth    = 8
	maxLookups  = 256
	maxExpanded = 4096
)

// flinkName reports whether a variable or property name names the Flink
// version: flinkVersion, flink.version, flink-version, flink_version,
// FLINK_VERSION, version.flink, apache.flink.version (case and separators
// do not matter).
func flinkName(name string) bool {
	switch squash(name) {
	case "flinkversion", "versionflink", "apacheflinkversion":
		return true
	}
	return false
}

// squash lower-cases name and drops everything but letters and digits.
func squash(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
