package version

import (
	"strings"
	"testing"
)

// trainingRoot is shaped like apache/flink-training's root build.gradle.
const trainingRoot = `/*
 * Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements.
 */

plugins {
    id 'com.github.johnrengelman.shadow' version '7.0.0' apply false
}

allprojects {
    group = 'org.apache.flink'
    version = '1.17-SNAPSHOT'
}

subprojects {
    apply plugin: 'java'

    ext {
        javaVersion = '1.8'
        flinkVersion = '1.17.0'
        scalaBinaryVersion = '2.12'
        log4jVersion = '2.12.1'
    }

    repositories {
        mavenCentral()
        maven {
            url "https://repository.apache.org/content/repositories/snapshots/"
        }
    }
}
`

// trainingCommon is shaped like apache/flink-training's common/build.gradle:
// the version comes from the root project's ext block.
const trainingCommon = `dependencies {
    shadow "org.apache.flink:flink-streaming-java:${flinkVersion}"
    testApi "junit:junit:${junitVersion}"
    testApi "org.apache.flink:flink-streaming-java:${flinkVersion}:tests"
    testApi "org.apache.flink:flink-runtime:${flinkVersion}:tests"
}
`

func TestFromGradle(t *testing.T) {
	runReadCases(t, FromGradle, []readCase{
		{name: "flink-training root", src: trainingRoot, ok: true, minor: "1.17", raw: "1.17.0", via: "variable flinkVersion", pos: P(20, 25, 20, 31)},
		{name: "flink-training module", src: trainingCommon, ok: false},
		{name: "def", src: "def flinkVersion = \"1.18.1\"\n", ok: true, minor: "1.18", raw: "1.18.1", via: "variable flinkVersion", pos: P(1, 21, 1, 27)},
		{name: "plain assignment", src: "flinkVersion='1.16.3'", ok: true, minor: "1.16", raw: "1.16.3", via: "variable flinkVersion"},
		{name: "kotlin val", src: "val flinkVersion = \"1.19.1\"\n", ok: true, minor: "1.19", raw: "1.19.1", via: "variable flinkVersion"},
		{name: "flink 2.2", src: "def flinkVersion = \"2.2.0\"\n", ok: true, minor: "2.2", raw: "2.2.0", via: "variable flinkVersion"},
		{name: "flink 2.3 coordinate", src: "dependencies { implementation \"org.apache.flink:flink-clients:2.3.0\" }\n", ok: true, minor: "2.3", raw: "2.3.0", via: "dependency org.apache.flink:flink-clients"},
		{name: "kotlin typed val", src: "val flinkVersion: String = \"1.20.0\"\n", ok: true, minor: "1.20", raw: "1.20.0", via: "variable flinkVersion"},
		{name: "snake case", src: "def FLINK_VERSION = '2.0.0'\n", ok: true, minor: "2.0", raw: "2.0.0", via: "variable FLINK_VERSION"},
		{name: "ext dot", src: "ext.flinkVersion = '1.16.2'\n", ok: true, minor: "1.16", raw: "1.16.2", via: "variable flinkVersion"},
		{name: "project ext dot", src: "project.ext.flinkVersion = '1.15.4'\n", ok: true, minor: "1.15", raw: "1.15.4", via: "variable flinkVersion"},
		{name: "ext index", src: "ext[\"flinkVersion\"] = \"1.20.1\"\n", ok: true, minor: "1.20", raw: "1.20.1", via: "variable flinkVersion"},
		{name: "kotlin extra index", src: "extra[\"flink.version\"] = \"1.18.0\"\n", ok: true, minor: "1.18", raw: "1.18.0", via: "variable flink.version"},
		{name: "ext set", src: "ext.set(\"flinkVersion\", \"2.0.0\")\n", ok: true, minor: "2.0", raw: "2.0.0", via: "variable flinkVersion"},
		{name: "kotlin extra set", src: "extra.set('flink.version', '2.1.0')\n", ok: true, minor: "2.1", raw: "2.1.0", via: "variable flink.version"},
		{name: "kotlin by extra", src: "val flinkVersion by extra(\"1.18.1\")\n", ok: true, minor: "1.18", raw: "1.18.1", via: "variable flinkVersion"},
		{name: "variable built from a variable", src: "def flinkMajor = '1.18'\ndef flinkVersion = \"${flinkMajor}.1\"\n",
			ok: true, minor: "1.18", raw: "1.18.1", via: "variable flinkVersion", pos: P(2, 21, 2, 36), at: "${flinkMajor}.1"},
		{name: "variable naming a variable", src: "def base = '1.19.1'\ndef flinkVersion = \"$base\"\n",
			ok: true, minor: "1.19", raw: "1.19.1", via: "variable flinkVersion", pos: P(1, 13, 1, 19)},
		{name: "comparison is no assignment", src: "if (flinkVersion == '1.18.0') {}\n", ok: false},
		{name: "coordinates literal", src: "dependencies {\n    implementation \"org.apache.flink:flink-streaming-java:1.18.1\"\n}\n",
			ok: true, minor: "1.18", raw: "1.18.1", via: "dependency org.apache.flink:flink-streaming-java", pos: P(2, 59, 2, 65)},
		{name: "coordinates with braces", src: "def flink = '1.17.2'\ndependencies { implementation \"org.apache.flink:flink-clients:${flink}\" }\n",
			ok: true, minor: "1.17", raw: "1.17.2", via: "dependency org.apache.flink:flink-clients", pos: P(1, 14, 1, 20)},
		{name: "kotlin coordinates with dollar", src: "val flinkV = \"1.19.1\"\ndependencies {\n    implementation(\"org.apache.flink:flink-streaming-java:$flinkV\")\n}\n",
			ok: true, minor: "1.19", raw: "1.19.1", via: "dependency org.apache.flink:flink-streaming-java"},
		{name: "coordinates through project", src: "ext { fv = '1.20.0' }\ndependencies { implementation \"org.apache.flink:flink-core:${project.fv}\" }\n",
			ok: true, minor: "1.20", raw: "1.20.0", via: "dependency org.apache.flink:flink-core"},
		{name: "coordinates through property()", src: "ext { fv = '1.20.0' }\ndependencies { implementation \"org.apache.flink:flink-core:${property(\"fv\")}\" }\n",
			ok: true, minor: "1.20", raw: "1.20.0", via: "dependency org.apache.flink:flink-core"},
		{name: "unresolvable property()", src: "dependencies { implementation \"org.apache.flink:flink-core:${property(\"flinkVersion\")}\" }\n", ok: false},
		{name: "classifier", src: "testImplementation 'org.apache.flink:flink-runtime:1.16.1:tests'\n", ok: true, minor: "1.16", raw: "1.16.1", via: "dependency org.apache.flink:flink-runtime"},
		{name: "scala suffix", src: "def scalaBinaryVersion = '2.12'\nimplementation \"org.apache.flink:flink-streaming-scala_${scalaBinaryVersion}:1.15.2\"\n",
			ok: true, minor: "1.15", raw: "1.15.2", via: "dependency org.apache.flink:flink-streaming-scala_2.12"},
		{name: "connector skipped", src: "implementation 'org.apache.flink:flink-connector-kafka:3.2.0-1.19'\nimplementation 'org.apache.flink:flink-streaming-java:1.19.1'\n",
			ok: true, minor: "1.19", raw: "1.19.1", via: "dependency org.apache.flink:flink-streaming-java"},
		{name: "connector only", src: "implementation 'org.apache.flink:flink-connector-kafka:3.2.0-1.19'\nimplementation 'org.apache.flink:flink-shaded-guava:31.1-jre-17.0'\n", ok: false},
		{name: "platform without version", src: "implementation platform('org.apache.flink:flink-bom')\nimplementation 'org.apache.flink:flink-clients'\n", ok: false},
		{name: "concatenation", src: "def fv = '1.18.0'\nimplementation 'org.apache.flink:flink-clients:' + fv\n",
			ok: true, minor: "1.18", raw: "1.18.0", via: "dependency org.apache.flink:flink-clients", pos: P(1, 11, 1, 17)},
		{name: "map notation", src: "implementation group: 'org.apache.flink', name: 'flink-streaming-java', version: '1.17.1'\n",
			ok: true, minor: "1.17", raw: "1.17.1", via: "dependency org.apache.flink:flink-streaming-java", pos: P(1, 83, 1, 89)},
		{name: "map notation with a variable", src: "def fv = '1.16.1'\nimplementation group: 'org.apache.flink', name: 'flink-clients', version: fv\n",
			ok: true, minor: "1.16", raw: "1.16.1", via: "dependency org.apache.flink:flink-clients"},
		{name: "kotlin named arguments", src: "implementation(group = \"org.apache.flink\", name = \"flink-clients\", version = \"1.20.1\")\n",
			ok: true, minor: "1.20", raw: "1.20.1", via: "dependency org.apache.flink:flink-clients"},
		{name: "variable wins over a dependency before it", src: "implementation 'org.apache.flink:flink-clients:1.17.0'\next.flinkVersion = '1.18.0'\n",
			ok: true, minor: "1.18", raw: "1.18.0", via: "variable flinkVersion"},
		{name: "line comment", src: "// def flinkVersion = '1.14.0'\ndef flinkVersion = '1.18.0' // was 1.17\n", ok: true, minor: "1.18", raw: "1.18.0", via: "variable flinkVersion", pos: P(2, 21, 2, 27)},
		{name: "block comment", src: "/*\ndef flinkVersion = '1.14.0'\n*/\nimplementation 'org.apache.flink:flink-core:1.19.0'\n", ok: true, minor: "1.19", raw: "1.19.0", via: "dependency org.apache.flink:flink-core"},
		{name: "only commented out", src: "// implementation 'org.apache.flink:flink-core:1.19.0'\n/* flinkVersion = '1.18.0' */\n", ok: false},
		{name: "slashes in a string are no comment", src: "def repo = \"https://repo.example.com//x\"; def flinkVersion = \"1.18.0\"\n", ok: true, minor: "1.18", raw: "1.18.0", via: "variable flinkVersion"},
		{name: "slashes in an interpolation", src: "def u = \"${base + '//'}\" ; def flinkVersion = '1.18.0'\n", ok: true, minor: "1.18", raw: "1.18.0", via: "variable flinkVersion"},
		{name: "triple-quoted string", src: "def s = '''\n// not a comment\n'''\ndef flinkVersion = '1.20.0'\n", ok: true, minor: "1.20", raw: "1.20.0", via: "variable flinkVersion"},
		{name: "reference cycle", src: "def a = \"$b\"\ndef b = \"$a\"\ndef flinkVersion = \"$a\"\n", ok: false},
		{name: "not a Flink release", src: "def flinkVersion = 'latest'\n", ok: false},
		{name: "self-reference fan-out", src: "def a = \"" + strings.Repeat("$a", 40) + "\"\ndef flinkVersion = \"$a\"\n", ok: false},
		{name: "reference fan-out", src: "def c = '1'\ndef b = \"" + strings.Repeat("${c}", 40) + "\"\ndef a = \"" + strings.Repeat("$b", 40) + "\"\ndef flinkVersion = \"1.18.$a\"\n", ok: false},
		{name: "BOM, CRLF and non-ASCII", src: "\ufeff// Größe 😀\r\ndef s = 'ü😀'; def flinkVersion = '1.18.0'\r\n", ok: true, minor: "1.18", raw: "1.18.0", via: "variable flinkVersion", pos: P(2, 36, 2, 42)},
		{name: "empty", src: "", ok: false},
	})
}

func TestFromGradleProperties(t *testing.T) {
	runReadCases(t, FromGradleProperties, []readCase{
		{name: "flinkVersion", src: "org.gradle.caching = true\nflinkVersion=1.18.1\n", ok: true, minor: "1.18", raw: "1.18.1", via: "property flinkVersion", pos: P(2, 14, 2, 20)},
		{name: "flink.version", src: "flink.version = 1.17.2  \n", ok: true, minor: "1.17", raw: "1.17.2", via: "property flink.version", pos: P(1, 17, 1, 23)},
		{name: "project prefix", src: "org.gradle.project.flinkVersion: 2.0.0\n", ok: true, minor: "2.0", raw: "2.0.0", via: "property org.gradle.project.flinkVersion"},
		{name: "first of several", src: "FLINK_VERSION=1.20.0\nflinkVersion=1.19.0\n", ok: true, minor: "1.20", raw: "1.20.0", via: "property FLINK_VERSION"},
		{name: "last duplicate", src: "flinkVersion=1.19.0\nflinkVersion=1.20.0\n", ok: true, minor: "1.20", raw: "1.20.0", via: "property flinkVersion", pos: P(2, 14, 2, 20)},
		{name: "continuation", src: "flinkVersion=\\\n   1.18.0\n", ok: true, minor: "1.18", raw: "1.18.0", via: "property flinkVersion", pos: P(2, 4, 2, 10)},
		{name: "comment", src: "#flinkVersion=1.18.0\n! flinkVersion=1.17.0\n", ok: false},
		{name: "flink-training", src: "org.gradle.caching = true\norg.gradle.parallel = true\n\n# Scala exercises can be enabled by setting this to true\norg.gradle.project.enable_scala = false\n", ok: false},
		{name: "not a version", src: "flinkVersion=${otherVersion}\n", ok: false},
	})
}

func TestFromVersionCatalog(t *testing.T) {
	runReadCases(t, FromVersionCatalog, []readCase{
		{name: "versions entry", src: "[versions]\njunit = \"5.10.0\"\nflink = \"1.18.1\"\n\n[libraries]\nflink-streaming = { module = \"org.apache.flink:flink-streaming-java\", version.ref = \"flink\" }\n",
			ok: true, minor: "1.18", raw: "1.18.1", via: "version flink", pos: P(3, 10, 3, 16)},
		{name: "strictly", src: "[versions]\nflinkVersion = { strictly = \"1.19.0\" }\n", ok: true, minor: "1.19", raw: "1.19.0", via: "version flinkVersion"},
		{name: "library through another version name", src: "[versions]\nfv = \"1.20.1\"\nkafka = \"3.2.0-1.19\"\n[libraries]\nkafka = { module = \"org.apache.flink:flink-connector-kafka\", version.ref = \"kafka\" }\nclients = { module = \"org.apache.flink:flink-clients\", version.ref = \"fv\" }\n",
			ok: true, minor: "1.20", raw: "1.20.1", via: "library org.apache.flink:flink-clients", pos: P(2, 7, 2, 13)},
		{name: "library coordinates", src: "[libraries]\nflink-core = \"org.apache.flink:flink-core:2.0.0\"\n", ok: true, minor: "2.0", raw: "2.0.0", via: "library org.apache.flink:flink-core"},
		{name: "library group and name", src: "[libraries]\nflink-core = { group = \"org.apache.flink\", name = \"flink-core\", version = \"1.17.1\" }\n", ok: true, minor: "1.17", raw: "1.17.1", via: "library org.apache.flink:flink-core"},
		{name: "connector only", src: "[versions]\nkafka = \"3.2.0-1.19\"\n[libraries]\nkafka = { module = \"org.apache.flink:flink-connector-kafka\", version.ref = \"kafka\" }\n", ok: false},
		{name: "CRLF and comments", src: "# [versions]\r\n[versions] # main\r\n# flink = \"1.14.0\"\r\nflink = \"1.18.0\"\r\n", ok: true, minor: "1.18", raw: "1.18.0", via: "version flink", pos: P(4, 10, 4, 16)},
	})
}

func TestFromSbt(t *testing.T) {
	runReadCases(t, FromSbt, []readCase{
		{name: "val and dependencies", src: `ThisBuild / scalaVersion := "2.12.18"

val flinkVersion = "1.17.1"

libraryDependencies ++= Seq(
  "org.apache.flink" %% "flink-streaming-scala" % flinkVersion % "provided",
  "org.apache.flink" % "flink-clients" % flinkVersion % "provided"
)
`, ok: true, minor: "1.17", raw: "1.17.1", via: "variable flinkVersion", pos: P(3, 21, 3, 27)},
		{name: "literal dependency", src: "libraryDependencies += \"org.apache.flink\" %% \"flink-streaming-scala\" % \"1.16.2\" % Provided\n",
			ok: true, minor: "1.16", raw: "1.16.2", via: "dependency org.apache.flink:flink-streaming-scala"},
		{name: "object constant", src: "object Version {\n  final val Flink = \"1.15.4\"\n}\nval lib = \"org.apache.flink\" %% \"flink-streaming-scala\" % Version.Flink % \"provided\"\n",
			ok: true, minor: "1.15", raw: "1.15.4", via: "dependency org.apache.flink:flink-streaming-scala", pos: P(2, 22, 2, 28)},
		{name: "setting", src: "flinkVersion := \"1.18.0\"\n", ok: true, minor: "1.18", raw: "1.18.0", via: "variable flinkVersion"},
		{name: "old version is returned", src: "libraryDependencies ++= Seq(\"org.apache.flink\" %% \"flink-scala\" % \"1.3.2\")\n", ok: true, minor: "1.3", raw: "1.3.2", via: "dependency org.apache.flink:flink-scala"},
		{name: "connector skipped", src: "libraryDependencies ++= Seq(\n  \"org.apache.flink\" % \"flink-connector-kafka\" % \"3.0.1-1.18\",\n  \"org.apache.flink\" % \"flink-core\" % \"1.18.1\"\n)\n",
			ok: true, minor: "1.18", raw: "1.18.1", via: "dependency org.apache.flink:flink-core"},
		{name: "comments", src: "// val flinkVersion = \"1.14.0\"\n/* \"org.apache.flink\" % \"flink-core\" % \"1.13.0\" */\n", ok: false},
		{name: "unresolvable", src: "libraryDependencies += \"org.apache.flink\" %% \"flink-streaming-scala\" % flinkV\n", ok: false},
	})
}

func TestBlankComments(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a // b\nc", "a     \nc"},
		{"a /* b\nc */ d", "a     \n     d"},
		{`"//" // x`, `"//"     `},
		{`'/*' x /* y */`, `'/*' x        `},
		{`"${a + "//"}" // z`, `"${a + "//"}"     `},
		{"'''\n// k\n''' //c", "'''\n// k\n'''    "},
		{`"""a"b//""" //c`, `"""a"b//"""    `},
		{"\"unterminated\n// c", "\"unterminated\n    "},
		{"/* open", "       "},
		{`"\"//" //x`, `"\"//"    `},
	}
	for _, tc := range cases {
		if got := string(blankComments([]byte(tc.in))); got != tc.want {
			t.Errorf("blankComments(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestGradleLimits(t *testing.T) {
	huge := make([]byte, maxInput+1)
	for _, read := range []func(string, []byte) (Version, bool){FromGradle, FromGradleProperties, FromVersionCatalog, FromSbt} {
		if _, ok := read("x", huge); ok {
			t.Error("huge input: ok")
		}
	}
	big := strings.Repeat("implementation 'com.example:x:1.0' // c\n", 25000) + "def flinkVersion = '1.19.0'\n"
	if v, ok := FromGradle("build.gradle", []byte(big)); !ok || v.Minor != "1.19" {
		t.Errorf("big build.gradle: %+v %v", v, ok)
	}
}

func FuzzFromGradle(f *testing.F) {
	for _, s := range []string{trainingRoot, trainingCommon, "\"${'", "'''", "def a = \"$a\"", "val flinkVersion by extra(\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, read := range []func(string, []byte) (Version, bool){FromGradle, FromGradleProperties, FromVersionCatalog, FromSbt} {
			v, ok := read("x", b)
			if ok && (v.Minor == "" || v.Source.Pos.IsZero()) {
				t.Errorf("ok without a version or position: %+v", v)
			}
		}
		if len(blankComments(b)) != len(b) {
			t.Error("blankComments changed the length")
		}
	})
}
