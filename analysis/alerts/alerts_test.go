package alerts

import (
	"fmt"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	src := `groups:
  - name: flink
    rules:
      - alert: FlinkCheckpointsFailing
        expr: increase(flink_jobmanager_job_numberOfFailedCheckpoints[10m]) > 0
      - record: job:rate
        expr: sum(rate(x[5m]))
---
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: flink
spec:
  groups:
    - name: flink
      rules:
        - alert: FlinkBackPressured
          expr: |
            max(flink_taskmanager_job_task_backPressuredTimeMsPerSecond) > 500
---
{{ if .Values.enabled }}
`
	f := Read("rules.yaml", []byte(src))
	var got []string
	for _, a := range f.Alerts {
		got = append(got, fmt.Sprintf("%s@%d:%d %s", a.Name, a.Pos.Line, a.Pos.Col, strings.TrimSpace(a.Expr)))
	}
	want := []string{
		"FlinkCheckpointsFailing@4:9 increase(flink_jobmanager_job_numberOfFailedCheckpoints[10m]) > 0",
		"FlinkBackPressured@17:11 max(flink_taskmanager_job_task_backPressuredTimeMsPerSecond) > 500",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !Looks([]byte(src)) || Looks([]byte("groups: []")) {
		t.Error("Looks")
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"groups:\n- rules:\n  - alert: A\n    expr: flink_x > 0\n", "kind: PrometheusRule\nspec: {groups: [{rules: [{alert: [1]}]}]}", "groups: {{ .x }}", "---\n---\ngroups: [rules]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, a := range Read("r.yaml", b).Alerts {
			if a.Pos.IsZero() {
				t.Errorf("alert %q without position", a.Name)
			}
		}
	})
}
