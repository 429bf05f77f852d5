package version

import (
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"regexp"
	"strings"
)

var (
	tomlSectionRE = regexp.MustCompile(`^\s*\[\s*([\w.-]+)\s*\]\s*(?:#.*)?$`)
	// key = "1.18.1" or key = { strictly = "1.18.1" } (require, prefer).
	tomlVersionRE = regexp.MustCompile(`^\s*["']?(?P<name>[\w.-]+)["']?\s*=\s*(?:\{[^}\n]*?\b(?:strictly|require|prefer)\s*=\s*)?` + str)
	// alias = { module = "org.apache.flink:artifact", ... } or
	// { group = "org.apache.flink", name = "artifact", ... }.
	tomlModuleRE = regexp.MustCompile(`\bmodule\s*=\s*["']org\.apache\.flink:([\w.${}-]+)["']`)
	tomlGroupRE  = regexp.MustCompile(`\bgroup\s*=\s*["']org\.apache\.flink["']`)
	tomlNameRE   = regexp.MustCompile(`\bname\s*=\s*["']([\w.${}-]+)["']`)
	tomlRefRE    = regexp.MustCompile(`\bversion\.ref\s*=\s*["']([\w.-]+)["']|\bversion\s*=\s*\{\s*ref\s*=\s*["']([\w.-]+)["']`)
	tomlLitRE    = regexp.MustCompile(`\bversion\s*=\s*` + str)
)

// FromVersionCatalog reads the Flink version from a Gradle version catalog
// (gradle/libs.versions.toml), trying in turn:
//
//  1. an entry of [versions] named flink, flinkVersion, flink-version, ...:
//     `flink = "1.18.1"` or `flink = { strictly = "1.18.1" }`;
//  2. the first library of [libraries] that is an org.apache.flink core
//     artifact (CoreArtifact): `"org.apache.flink:flink-streaming-java:1.18.1"`,
//     `{ module = "org.apache.flink:flink-clients", version.ref = "flink" }`,
//     `{ group = "org.apache.flink", name = "...", version = "1.18.1" }`.
//
// Entries are read line by line (TOML inline tables are single-line).
func FromVersionCatalog(path string, content []byte) (Version, bool) {
	if len(content) > maxInput {
		return Version{}, false
	}
	src := textpos.StripBOM(content)
	versions := vars{}
	var libs []candidate
	section := ""
	for start := 0; start < len(src); {
		end := start
		for end < len(src) && src[end] != '\n' {
			end++
		}
		lineEnd := end
		if lineEnd > start && src[lineEnd-1] == '\r' {
			lineEnd--
		}
		line := string(src[start:lineEnd])
		if m := tomlSectionRE.FindStringSubmatch(line); m != nil {
			section = m[1]
		} else {
			switch section {
			case "versions":
				if m := tomlVersionRE.FindStringSubmatchIndex(line); m != nil {
					name := line[m[2]:m[3]]
					g := 2 * tomlVersionRE.SubexpIndex("dq")
					if m[g] < 0 {
						g = 2 * tomlVersionRE.SubexpIndex("sq")
					}
					if _, ok := versions[name]; !ok {
						versions[name] = literal{text: line[m[g]:m[g+1]], start: start + m[g], end: start + m[g+1]}
					}
				}
			case "libraries":
				if c, ok := catalogLibrary(line, start); ok {
					libs = append(libs, c)
				}
			}
		}
		start = end + 1
	}
	var named []candidate
	for n, lit := range versions {
		if n == "flink" || flinkName(n) || squash(n) == "apacheflink" {
			named = append(named, candidate{lit, "version " + n})
		}
	}
	if v, ok := pick(path, src, versions, named); ok {
		return v, true
	}
	return pick(path, src, versions, libs)
}

// catalogLibrary returns the version candidate of one [libraries] line
// (starting at offset start) when it declares a Flink core artifact.
func catalogLibrary(line string, start int) (candidate, bool) {
	artifact, version := "", literal{start: -1}
	if m := gradleCoordRE.FindStringSubmatchIndex(line); m != nil {
		artifact = line[m[2]:m[3]]
		version = literal{text: line[m[4]:m[5]], start: start + m[4], end: start + m[5]}
	} else if m := tomlModuleRE.FindStringSubmatch(line); m != nil {
		artifact = m[1]
	} else if tomlGroupRE.MatchString(line) {
		if m := tomlNameRE.FindStringSubmatch(line); m != nil {
			artifact = m[1]
		}
	}
	if artifact == "" || !CoreArtifact(artifact) {
		return candidate{}, false
	}
	if version.start < 0 {
		if m := tomlRefRE.FindStringSubmatchIndex(line); m != nil {
			g := 2
			if m[g] < 0 {
				g = 4
			}
			version = literal{text: "${" + line[m[g]:m[g+1]] + "}", start: start + m[g], end: start + m[g+1]}
		} else if m := tomlLitRE.FindStringSubmatchIndex(line); m != nil {
			g := 2
			if m[g] < 0 {
				g = 4
			}
			version = literal{text: line[m[g]:m[g+1]], start: start + m[g], end: start + m[g+1]}
		}
	}
	if version.start < 0 || strings.TrimSpace(version.text) == "" {
		return candidate{}, false
	}
	return candidate{version, "library " + FlinkGroup + ":" + artifact}, true
}
