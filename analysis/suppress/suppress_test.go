package suppress

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

const src = `package a;

class Job {
    @SuppressWarnings({"unchecked", "flinklint:PAR001"})
    void run() {
        int x = 1;
    }

    void main() {
        // flinklint:ignore UID001 -- migration in progress, uids come with the next savepoint
        env.fromSource(src, wm, "s")
            .keyBy(k -> k)
            .window(w)
            .aggregate(new Sum())
            .print();
        env.fromSource(src, wm, "t") // flinklint:ignore UID001,CKPT001
            .print();
        env.fromSource(src, wm, "u")
            .print(); // flinklint:ignore NOPE001 -- typo
        // flinklint:ignore UID003 -- nothing here fires UID003
        env.execute();
    }
}
`

func diag(rule string, line int) analysis.Diagnostic {
	return analysis.Diagnostic{RuleID: rule, Location: parser.Location{Path: "Job.java", Pos: parser.Pos{Line: int32(line), Col: 5}}}
}

func TestJava(t *testing.T) {
	p := parser.NewParser()
	defer p.Close()
	f, err := p.Parse(context.Background(), "Job.java", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	dirs := JavaDirectives(f)
	known := func(s string) string {
		switch strings.ToUpper(s) {
		case "UID001", "CKPT001", "UID003", "PAR001":
			return strings.ToUpper(s)
		}
		return ""
	}
	res := Apply([]analysis.Diagnostic{
		diag("UID001", 14), // aggregate, four lines into the ignored chain
		diag("UID001", 11), // fromSource of the same chain
		diag("CKPT001", 11),
		diag("UID001", 16), // trailing ignore on the first line of a chain
		diag("UID001", 18), // the ignore names an unknown rule
		diag("PAR001", 6),  // inside the annotated method
		diag("PAR001", 10), // outside it
	}, dirs, known, func(string) bool { return true })
	var kept []string
	for _, d := range res.Kept {
		kept = append(kept, d.RuleID+"@"+itoa(int(d.Pos.Line)))
	}
	if got, want := strings.Join(kept, " "), "CKPT001@11 UID001@18 PAR001@10"; got != want {
		t.Errorf("kept %s, want %s", got, want)
	}
	var notes []string
	for _, n := range res.Notes {
		notes = append(notes, n.ID+"@"+itoa(int(n.Pos.Line)))
	}
	want := "flinklint/ignore-without-reason@16 flinklint/unused-ignore@16 flinklint/unknown-rule-in-ignore@19 flinklint/unused-ignore@20"
	if got := strings.Join(notes, " "); got != want {
		t.Errorf("notes %s\nwant  %s", got, want)
	}
}

func TestText(t *testing.T) {
	yaml := "a: 1\n# flinklint:ignore CFG006 -- vendor key read by our own launcher\n\nacme.custom.key: 3\nb.typo: 4 # flinklint:ignore CFG006 -- ok\n"
	dirs := TextDirectives("config.yaml", []byte(yaml))
	if len(dirs) != 2 || dirs[0].FromLine != 4 || dirs[1].FromLine != 5 || dirs[0].Reason == "" {
		t.Fatalf("directives %+v %+v", dirs[0], dirs[1])
	}
	xml := "<configuration>\n  <!-- flinklint:ignore OBS003 -- local debugging profile -->\n  <root level=\"DEBUG\"/>\n</configuration>\n"
	dirs = TextDirectives("logback.xml", []byte(xml))
	if len(dirs) != 1 || dirs[0].FromLine != 3 || dirs[0].Rules[0] != "OBS003" || dirs[0].Reason != "local debugging profile" {
		t.Fatalf("xml directive %+v", dirs)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
