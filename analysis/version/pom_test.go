package version

import (
	"strings"
	"testing"
)

// pomOf wraps body in a project element.
func pomOf(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
	xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
	<modelVersion>4.0.0</modelVersion>
	<groupId>com.example</groupId>
	<artifactId>job</artifactId>
	<version>1.0.0</version>
` + body + "</project>\n"
}

func dep(group, artifact, version string) string {
	v := ""
	if version != "" {
		v = "\n\t\t\t<version>" + version + "</version>"
	}
	return "\t\t<dependency>\n\t\t\t<groupId>" + group + "</groupId>\n\t\t\t<artifactId>" + artifact + "</artifactId>" + v + "\n\t\t</dependency>\n"
}

func deps(ds ...string) string {
	return "\t<dependencies>\n" + strings.Join(ds, "") + "\t</dependencies>\n"
}

// playgroundPom is shaped like flink-playgrounds' flink-playground-clickcountjob/pom.xml.
var playgroundPom = pomOf(`	<properties>
		<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
		<flink.version>1.16.0</flink.version>
		<java.version>11</java.version>
		<scala.binary.version>2.12</scala.binary.version>
	</properties>
` + deps(
	dep("org.apache.flink", "flink-java", "${flink.version}"),
	dep("org.apache.flink", "flink-streaming-java", "${flink.version}"),
	dep("org.apache.flink", "flink-connector-kafka", "${flink.version}"),
	dep("org.slf4j", "slf4j-api", "1.7.36"),
))

func TestFromPom(t *testing.T) {
	runReadCases(t, FromPom, []readCase{
		{name: "playground", src: playgroundPom, ok: true, minor: "1.16", raw: "1.16.0", via: "property flink.version", pos: P(10, 18, 10, 24)},
		{name: "flink-version variant", src: pomOf("<properties><flink-version>1.17.2</flink-version></properties>"),
			ok: true, minor: "1.17", raw: "1.17.2", via: "property flink-version"},
		{name: "flinkVersion variant", src: pomOf("<properties><flinkVersion>1.20.1</flinkVersion></properties>"),
			ok: true, minor: "1.20", raw: "1.20.1", via: "property flinkVersion"},
		{name: "full version wins over binary version", src: pomOf("<properties>\n<flink.binary.version>1.17</flink.binary.version>\n<flink.version>1.17.1</flink.version>\n</properties>"),
			ok: true, minor: "1.17", raw: "1.17.1", via: "property flink.version", pos: P(10, 16, 10, 22)},
		{name: "binary version only", src: pomOf("<properties><flink.binary.version>1.19</flink.binary.version></properties>"),
			ok: true, minor: "1.19", raw: "1.19", via: "property flink.binary.version"},
		{name: "flink-cdc major version", src: pomOf("<properties><flink.major.version>1.20</flink.major.version></properties>"),
			ok: true, minor: "1.20", raw: "1.20", via: "property flink.major.version"},
		{name: "flink 2.2", src: pomOf("<properties><flink.version>2.2.0</flink.version></properties>"),
			ok: true, minor: "2.2", raw: "2.2.0", via: "property flink.version"},
		{name: "flink 2.3 dependency", src: pomOf(deps(dep("org.apache.flink", "flink-streaming-java", "2.3.0"))),
			ok: true, minor: "2.3", raw: "2.3.0", via: "dependency org.apache.flink:flink-streaming-java"},
		{name: "snapshot", src: pomOf("<properties><flink.version>2.1-SNAPSHOT</flink.version></properties>"),
			ok: true, minor: "2.1", raw: "2.1-SNAPSHOT", via: "property flink.version"},
		{name: "old version is returned", src: pomOf("<properties><flink.version>1.12.0</flink.version></properties>"),
			ok: true, minor: "1.12", raw: "1.12.0", via: "property flink.version"},
		{name: "property built from properties", src: pomOf("<properties>\n<flink.major>1.18</flink.major>\n<flink.version>${flink.major}.1</flink.version>\n</properties>"),
			ok: true, minor: "1.18", raw: "1.18.1", via: "property flink.version", pos: P(10, 16, 10, 32), at: "${flink.major}.1"},
		{name: "property naming a property", src: pomOf("<properties>\n<flink.version>${flink.release}</flink.version>\n<flink.release>1.19.2</flink.release>\n</properties>"),
			ok: true, minor: "1.19", raw: "1.19.2", via: "property flink.release", pos: P(10, 16, 10, 22)},
		{name: "property not a Flink release, dependency is", src: pomOf("<properties><flink.version>3.1.0</flink.version></properties>" + deps(dep("org.apache.flink", "flink-clients", "1.18.0"))),
			ok: true, minor: "1.18", raw: "1.18.0", via: "dependency org.apache.flink:flink-clients"},
		{name: "reference fan-out", src: pomOf("<properties><c>1</c><b>" + strings.Repeat("${c}", 40) + "</b><a>" + strings.Repeat("${b}", 40) + "</a><flink.version>1.18.${a}</flink.version></properties>"), ok: false},
		{name: "self-reference fan-out", src: pomOf("<properties><a>" + strings.Repeat("${a}", 40) + "</a><flink.version>${a}</flink.version></properties>"), ok: false},
		{name: "unresolvable property", src: pomOf("<properties><flink.version>${revision}</flink.version></properties>" + deps(dep("org.apache.flink", "flink-clients", "${flink.version}"))), ok: false},
		{name: "dependency literal", src: pomOf(deps(dep("org.apache.flink", "flink-streaming-java", "1.18.1"))),
			ok: true, minor: "1.18", raw: "1.18.1", via: "dependency org.apache.flink:flink-streaming-java", pos: P(12, 13, 12, 19)},
		{name: "dependency through a property", src: pomOf("\t<properties>\n\t\t<apache-flink>1.19.1</apache-flink>\n\t</properties>\n" + deps(dep("org.apache.flink", "flink-clients", "${apache-flink}"))),
			ok: true, minor: "1.19", raw: "1.19.1", via: "dependency org.apache.flink:flink-clients, through property apache-flink", pos: P(9, 17, 9, 23)},
		{name: "connector version is skipped", src: pomOf(deps(
			dep("org.apache.flink", "flink-connector-kafka", "3.2.0-1.19"),
			dep("org.apache.flink", "flink-sql-connector-kafka", "3.2.0-1.19"),
			dep("org.apache.flink", "flink-shaded-guava", "31.1-jre-17.0"),
			dep("org.apache.flink", "flink-connector-base", "1.19.1"),
		)), ok: true, minor: "1.19", raw: "1.19.1", via: "dependency org.apache.flink:flink-connector-base"},
		{name: "connector only", src: pomOf(deps(dep("org.apache.flink", "flink-connector-kafka", "3.2.0-1.19"), dep("org.apache.flink", "flink-connector-jdbc", "3.1.2-1.18"))), ok: false},
		{name: "other groups are skipped", src: pomOf(deps(dep("com.ververica", "flink-streaming-java", "1.13.0"), dep("org.apache.flink", "flink-table-api-java", "1.20.0"))),
			ok: true, minor: "1.20", raw: "1.20.0", via: "dependency org.apache.flink:flink-table-api-java"},
		{name: "managed version", src: pomOf("<dependencyManagement>" + deps(dep("org.apache.flink", "flink-core", "1.15.4")) + "</dependencyManagement>" + deps(dep("org.apache.flink", "flink-core", ""))),
			ok: true, minor: "1.15", raw: "1.15.4", via: "dependency org.apache.flink:flink-core"},
		{name: "scala suffix", src: pomOf("<properties><scala.binary.version>2.12</scala.binary.version></properties>" + deps(dep("org.apache.flink", "flink-streaming-scala_${scala.binary.version}", "1.15.4"))),
			ok: true, minor: "1.15", raw: "1.15.4", via: "dependency org.apache.flink:flink-streaming-scala_2.12"},
		{name: "version defined in the parent", src: pomOf("<parent><groupId>com.example</groupId><artifactId>p</artifactId><version>1</version></parent>" + deps(dep("org.apache.flink", "flink-clients", "${flink.version}"))), ok: false},
		{name: "no version anywhere", src: pomOf(deps(dep("org.apache.flink", "flink-clients", ""))), ok: false},
		{name: "plugin dependency is not a project dependency", src: pomOf("<build><plugins><plugin><artifactId>x</artifactId><dependencies>" + dep("org.apache.flink", "flink-core", "1.14.0") + "</dependencies></plugin></plugins></build>"), ok: false},
		{name: "exclusions are not dependencies", src: pomOf(deps("<dependency><groupId>org.apache.flink</groupId><artifactId>flink-connector-kafka</artifactId><version>3.0.0-1.17</version><exclusions><exclusion><groupId>org.apache.flink</groupId><artifactId>flink-core</artifactId><version>1.13.0</version></exclusion></exclusions></dependency>")), ok: false},
		{name: "flink parent", src: strings.Replace(pomOf(""), "<modelVersion>", "<parent><groupId>org.apache.flink</groupId><artifactId>flink-parent</artifactId><version>1.19-SNAPSHOT</version></parent><modelVersion>", 1),
			ok: true, minor: "1.19", raw: "1.19-SNAPSHOT", via: "parent org.apache.flink:flink-parent"},
		{name: "connector parent is not Flink", src: strings.Replace(pomOf(""), "<modelVersion>", "<parent><groupId>org.apache.flink</groupId><artifactId>flink-connector-parent</artifactId><version>2.0.0</version></parent><modelVersion>", 1), ok: false},
		{name: "project version in a Flink module", src: strings.Replace(pomOf(deps(dep("org.apache.flink", "flink-core", "${project.version}"))), "<version>1.0.0</version>", "<version>1.20-SNAPSHOT</version>", 1),
			ok: true, minor: "1.20", raw: "1.20-SNAPSHOT", via: "dependency org.apache.flink:flink-core, through property project.version"},
		{name: "profile active by default", src: pomOf(`<profiles>
<profile><id>flink-1.17</id><properties><flink.version>1.17.2</flink.version></properties></profile>
<profile><id>flink-1.18</id><activation><activeByDefault>true</activeByDefault></activation><properties><flink.version>1.18.1</flink.version></properties></profile>
</profiles>`), ok: true, minor: "1.18", raw: "1.18.1", via: "property flink.version"},
		{name: "project properties win over profiles", src: pomOf(`<properties><flink.version>1.16.3</flink.version></properties><profiles>
<profile><activation><activeByDefault>true</activeByDefault></activation><properties><flink.version>1.18.1</flink.version></properties></profile>
</profiles>`), ok: true, minor: "1.16", raw: "1.16.3", via: "property flink.version"},
		{name: "inactive profile", src: pomOf(`<profiles><profile><id>x</id><properties><flink.version>1.18.1</flink.version></properties></profile></profiles>`), ok: false},
		{name: "comments", src: pomOf("<properties>\n<!-- <flink.version>1.14.0</flink.version> -->\n<flink.version><!-- current -->1.18.1</flink.version>\n</properties>"),
			ok: true, minor: "1.18", raw: "1.18.1", via: "property flink.version", pos: P(10, 32, 10, 38)},
		{name: "CDATA", src: pomOf("<properties><flink.version><![CDATA[ 1.18.1 ]]></flink.version></properties>"),
			ok: true, minor: "1.18", raw: "1.18.1", via: "property flink.version", pos: P(8, 38, 8, 44)},
		{name: "blanks around the text", src: pomOf("<properties><flink.version>\n\t\t1.19.0\n\t</flink.version></properties>"),
			ok: true, minor: "1.19", raw: "1.19.0", via: "property flink.version", pos: P(9, 3, 9, 9)},
		{name: "BOM, CRLF and non-ASCII", src: "\ufeff" + strings.ReplaceAll(pomOf("<!-- Größe 😀 -->\n<properties><!-- ü😀 --><flink.version>1.18.1</flink.version></properties>"), "\n", "\r\n"),
			ok: true, minor: "1.18", raw: "1.18.1", via: "property flink.version", pos: P(9, 40, 9, 46)},
		{name: "latin-1 declaration", src: strings.Replace(pomOf("<properties><flink.version>1.18.1</flink.version></properties>"), "UTF-8", "ISO-8859-1", 1),
			ok: true, minor: "1.18", raw: "1.18.1", via: "property flink.version"},
		{name: "malformed after the properties", src: strings.TrimSuffix(pomOf("<properties><flink.version>1.18.1</flink.version></properties><dependencies><dependency></dependencies>"), "</project>\n"),
			ok: true, minor: "1.18", raw: "1.18.1", via: "property flink.version"},
		{name: "malformed before", src: pomOf("<properties><flink.version>1.18.1</flink.versio></properties>"), ok: false},
		{name: "not XML", src: "flink.version=1.18.1\n", ok: false},
		{name: "empty", src: "", ok: false},
	})
}

func TestParentRelativePath(t *testing.T) {
	parent := func(inner string) string {
		return strings.Replace(pomOf(""), "<modelVersion>", "<parent><groupId>g</groupId><artifactId>p</artifactId><version>1</version>"+inner+"</parent><modelVersion>", 1)
	}
	cases := []struct {
		name, src, want string
	}{
		{"no parent", pomOf(""), ""},
		{"default", parent(""), "../pom.xml"},
		{"directory", parent("<relativePath>..</relativePath>"), "../pom.xml"},
		{"directory with slash", parent("<relativePath>../build-parent/</relativePath>"), "../build-parent/pom.xml"},
		{"file", parent("<relativePath>../parent/pom.xml</relativePath>"), "../parent/pom.xml"},
		{"other file name", parent("<relativePath> ../parent/parent-pom.xml </relativePath>"), "../parent/parent-pom.xml"},
		{"backslashes", parent(`<relativePath>..\..\pom.xml</relativePath>`), "../../pom.xml"},
		{"empty: repository only", parent("<relativePath/>"), ""},
		{"malformed", "<project><parent>", "../pom.xml"},
		{"garbage", "\x00\x01", ""},
	}
	for _, tc := range cases {
		if got := ParentRelativePath([]byte(tc.src)); got != tc.want {
			t.Errorf("%s: ParentRelativePath = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestPomLimits(t *testing.T) {
	var b strings.Builder
	b.WriteString("<project><dependencies>")
	for b.Len() < 1<<20 {
		b.WriteString(dep("org.example", "x", "1.0"))
	}
	b.WriteString(dep("org.apache.flink", "flink-core", "1.19.0"))
	b.WriteString("</dependencies></project>")
	if v, ok := FromPom("pom.xml", []byte(b.String())); !ok || v.Minor != "1.19" {
		t.Errorf("large pom: %+v %v", v, ok)
	}
	deep := "<project>" + strings.Repeat("<a>", 50000) + strings.Repeat("</a>", 50000) + "</project>"
	if _, ok := FromPom("pom.xml", []byte(deep)); ok {
		t.Error("deep pom: ok")
	}
	huge := make([]byte, maxInput+1)
	if _, ok := FromPom("pom.xml", huge); ok {
		t.Error("huge pom: ok")
	}
}

func FuzzFromPom(f *testing.F) {
	for _, s := range []string{playgroundPom, "<project><properties><flink.version>${a}</flink.version><a>${flink.version}</a></properties></project>", "<project><![CDATA[", "<project><parent><relativePath>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, ok := FromPom("pom.xml", b)
		if ok && (v.Minor == "" || v.Source.Pos.IsZero()) {
			t.Errorf("ok without a version or position: %+v", v)
		}
		_ = ParentRelativePath(b)
	})
}
