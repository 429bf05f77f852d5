package version

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/flinklint/flinklint/parser"
)

// P builds a position: line, column, end line, end column (exclusive).
func P(l, c, el, ec int) parser.Pos { return parser.MakePos(l, c, el, ec) }

// textAt returns the text of src (BOM stripped) at p, counting columns in
// UTF-16 code units, so tests can check positions by what they cover.
func textAt(src string, p parser.Pos) string {
	src = strings.TrimPrefix(src, "\ufeff")
	lines := strings.SplitAfter(strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n"), "\n")
	var b strings.Builder
	for l := p.Line; l <= p.EndLine && int(l)-1 < len(lines); l++ {
		u := utf16.Encode([]rune(lines[l-1]))
		from, to := 0, len(u)
		if l == p.Line {
			from = int(p.Col) - 1
		}
		if l == p.EndLine {
			to = int(p.EndCol) - 1
		}
		if from < 0 || to > len(u) || from > to {
			return "<bad position>"
		}
		b.WriteString(string(utf16.Decode(u[from:to])))
	}
	return b.String()
}

// readCase is one build file and what a reader should find in it.
type readCase struct {
	name  string
	src   string
	ok    bool
	minor string
	raw   string
	via   string
	pos   parser.Pos // checked when not zero
	at    string     // the text at the position; defaults to raw
}

func runReadCases(t *testing.T, read func(string, []byte) (Version, bool), cases []readCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, ok := read("mod/build", []byte(tc.src))
			if ok != tc.ok || v.Minor != tc.minor || v.Raw != tc.raw || v.Via != tc.via {
				t.Fatalf("got %+v, %v\nwant minor %q raw %q via %q ok %v", v, ok, tc.minor, tc.raw, tc.via, tc.ok)
			}
			if !ok {
				if v != (Version{}) {
					t.Errorf("not ok but %+v", v)
				}
				return
			}
			if v.Source.Path != "mod/build" {
				t.Errorf("path = %q", v.Source.Path)
			}
			if !tc.pos.IsZero() && v.Source.Pos != tc.pos {
				t.Errorf("pos = %v, want %v", v.Source.Pos, tc.pos)
			}
			want := tc.at
			if want == "" {
				want = tc.raw
			}
			if s := textAt(tc.src, v.Source.Pos); s != want {
				t.Errorf("text at %v = %q, want %q", v.Source.Pos, s, want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	cases := []struct {
		in   string
		want string
		ok   bool
	}{
		{"1.18.1", "1.18", true},
		{"1.18", "1.18", true},
		{"1.18-SNAPSHOT", "1.18", true},
		{"1.18.1-SNAPSHOT", "1.18", true},
		{"v1_18", "1.18", true},
		{"V1_20", "1.20", true},
		{"1_19", "1.19", true},
		{"2.0.0", "2.0", true},
		{"2.1-SNAPSHOT", "2.1", true},
		{"2.0-preview1", "2.0", true},
		{"1.20.0-rc1", "1.20", true},
		{"1.17.2.1", "1.17", true},
		{" 1.17.2 ", "1.17", true},
		{"1.08", "1.8", true},
		{"1.3.2", "1.3", true},
		{"3.2.0-1.19", "3.2", true}, // a connector: normalised, rejected elsewhere
		{"", "", false},
		{"latest", "", false},
		{"${flink.version}", "", false},
		{"1", "", false},
		{"1.x", "", false},
		{"v2_x", "", false},
		{"1..18", "", false},
		{"1.18 1.19", "", false},
		{"[1.17,1.18)", "", false},
		{"99999.1", "", false},
	}
	for _, tc := range cases {
		got, ok := Normalize(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Normalize(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCompare(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"1.9", "1.15", -1},
		{"1.15", "1.15", 0},
		{"1.20", "2.0", -1},
		{"2.1", "2.0", 1},
		{"", "1.15", -1},
		{"1.15", "x", 1},
		{"x", "x", 0},
	}
	for _, tc := range cases {
		if got := Compare(tc.a, tc.b); got != tc.want {
			t.Errorf("Compare(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestCoreArtifact(t *testing.T) {
	core := []string{
		"flink-streaming-java", "flink-java", "flink-clients", "flink-core", "flink-runtime",
		"flink-streaming-scala_2.12", "flink-streaming-scala_${scala.binary.version}", "flink-scala_2.11",
		"flink-table-api-java-bridge", "flink-table-planner-loader", "flink-table-runtime", "flink-table-planner_2.12",
		"flink-statebackend-rocksdb", "flink-statebackend-forst", "flink-connector-base", "flink-connector-files",
		"flink-test-utils", "flink-test-utils-junit", "flink-metrics-prometheus", "flink-runtime-web",
		"flink-state-processor-api", "flink-json", "flink-avro", "flink-cep", "flink-parent", "flink-datastream",
	}
	for _, a := range core {
		if !CoreArtifact(a) {
			t.Errorf("CoreArtifact(%q) = false", a)
		}
	}
	notCore := []string{
		"flink-connector-kafka", "flink-sql-connector-kafka", "flink-connector-jdbc", "flink-connector-elasticsearch7",
		"flink-connector-aws-kinesis-streams", "flink-shaded-guava", "flink-shaded-jackson",
		"flink-connector-mysql-cdc", "flink-cdc-common", "flink-ml-core", "statefun-sdk-java",
		"flink-kubernetes-operator", "flink-kubernetes-operator-api", "flink-table-store-flink",
		"flink-connector-parent", "flink-connector-kafka-parent", "flink-playground-clickcountjob", "",
	}
	for _, a := range notCore {
		if CoreArtifact(a) {
			t.Errorf("CoreArtifact(%q) = true", a)
		}
	}
}
