package config

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// osa is the optimal string alignment distance, computed in full.
func osa(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// nearQueries are typos of dataset keys, and keys close to none.
func nearQueries() []string {
	rng := rand.New(rand.NewPCG(1, 18))
	keys := Keys()
	out := []string{"", "a", "acme.orders.topic", "execution.checkpointing.intervall", "taskmanager.memory.porcess.size"}
	for range 40 {
		k := []byte(keys[rng.IntN(len(keys))])
		for range 1 + rng.IntN(2) {
			i := rng.IntN(len(k))
			switch rng.IntN(3) {
			case 0:
				k = slices.Delete(k, i, i+1)
			case 1:
				k = slices.Insert(k, i, KeyAlphabet[rng.IntN(len(KeyAlphabet))])
			default:
				k[i] = KeyAlphabet[rng.IntN(len(KeyAlphabet))]
			}
			if len(k) == 0 {
				break
			}
		}
		out = append(out, string(k))
	}
	return out
}

// TestExactKeysWithin: the trie search finds exactly the keys a pass over
// every key finds, with their distances.
func TestExactKeysWithin(t *testing.T) {
	for _, q := range nearQueries() {
		all := map[string]int{}
		for _, k := range Keys() {
			if len(k)-len(q) <= 2 && len(q)-len(k) <= 2 {
				if d := osa(q, k); d <= 2 {
					all[k] = d
				}
			}
		}
		for dist := 1; dist <= 2; dist++ {
			want := map[string]int{}
			for k, d := range all {
				if d <= dist {
					want[k] = d
				}
			}
			got := map[string]int{}
			ExactKeysWithin(q, dist, "", func(k string, d int) { got[k] = d })
			if len(got) != len(want) {
				t.Errorf("ExactKeysWithin(%q, %d): %d keys, want %d", q, dist, len(got), len(want))
			}
			for k, d := range want {
				if got[k] != d {
					t.Errorf("ExactKeysWithin(%q, %d): %q at %d, want %d", q, dist, k, got[k], d)
				}
			}
		}
	}
}

// TestOneEditKnown: the index finds every one-edit string Known accepts,
// and nothing else, on typos of exact, templated and prefix-family keys.
func TestOneEditKnown(t *testing.T) {
	qs := append(nearQueries()[:20], "metrics.reportr.prom.factory.class", "fs.s3.limt.total",
		"containerizedmaster.env.X", "metrics.reporter.prom", "i$nternal.flink.version")
	for _, q := range qs {
		want := map[string]bool{}
		for _, c := range oneEditStrings(q) {
			if c != q && Known(c) {
				want[c] = true
			}
		}
		got := map[string]bool{}
		OneEditKnown(q, func(c string) {
			if c != q {
				got[c] = true
			}
		})
		for c := range want {
			if !got[c] {
				t.Errorf("OneEditKnown(%q) misses %q", q, c)
			}
		}
		for c := range got {
			if !want[c] {
				t.Errorf("OneEditKnown(%q) gives %q, which is not one edit away or not known", q, c)
			}
		}
	}
}

// oneEditStrings generates every string one edit away from key.
func oneEditStrings(key string) []string {
	var out []string
	for i := range len(key) {
		out = append(out, key[:i]+key[i+1:])
		if i+1 < len(key) {
			out = append(out, key[:i]+string(key[i+1])+string(key[i])+key[i+2:])
		}
		for j := range len(KeyAlphabet) {
			out = append(out, key[:i]+string(KeyAlphabet[j])+key[i+1:])
		}
	}
	for i := range len(key) + 1 {
		for j := range len(KeyAlphabet) {
			out = append(out, key[:i]+string(KeyAlphabet[j])+key[i:])
		}
	}
	return out
}

// TestPatternsCompile: every template and prefix family of the dataset is
// in the near-match index.
func TestPatternsCompile(t *testing.T) {
	d := data()
	if got, want := len(nearIndex().patterns), len(d.templates)+len(d.prefixes); got != want {
		t.Errorf("%d patterns, want %d", got, want)
	}
}
