package rules

import (
	"testing"

	"github.com/flinklint/flinklint/analysis/jobgraph"
)

func TestSlugs(t *testing.T) {
	for in, want := range map[string]string{
		"OrderTotalsJob": "order-totals", "HTTPLogParser": "http-log-parser", "job2Main": "job2",
		"ÆtherJob": "ther", "Job": "job",
	} {
		if got := jobSlug(&jobgraph.Job{Class: "com.acme." + in}); got != want {
			t.Errorf("jobSlug(%s) = %q, want %q", in, got, want)
		}
	}
	j := &jobgraph.Job{Class: "com.acme.OrderTotalsJob", Operators: []*jobgraph.Operator{
		{Method: "aggregate", Kind: "window aggregation"},
		{Method: "flatMap", Kind: "flatMap", Function: "DedupFunction"},
		{Method: "fromSource", Kind: "source"},
		{Method: "fromSource", Kind: "source"},
		{Method: "map", Kind: "map", UID: &jobgraph.UID{Value: "order-totals-sink", Known: true}},
		{Method: "sinkTo", Kind: "sink"},
	}}
	n := newUIDNamer(j)
	var got []string
	for _, o := range j.Operators {
		if o.UID == nil {
			got = append(got, n.name(o))
		}
	}
	want := []string{"order-totals-window-aggregate", "order-totals-flat-map-dedup-function", "order-totals-source", "order-totals-source-2", "order-totals-sink-2"}
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Fatalf("names %v, want %v", got, want)
		}
	}
}
