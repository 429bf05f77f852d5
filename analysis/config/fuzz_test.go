package config

import "testing"

var fuzzSeeds = []string{
	"",
	"a: b # c\n",
	"a: \"x#y\"\nkey:value\n",
	"high-availability:\n  type: zookeeper\n  - x\n",
	"a: [1, {b: c}, 'd;e']\n",
	"a: &x {b: 1}\nc:\n  <<: *x\n  d: *x\n",
	"a: &x [*x]\n",
	"ключ.😀: знач\r\né: ü\r",
	"\ufeffa: 1\n",
	"a: \xff\x00\n",
	"a: |\n  x\n  y\nb: >-\n  z\n",
	"? [a]\n: 1\n",
	"a: 1\n---\nb: 2\n",
	"a: b: c\n",
	"a: 1\u2028b: 2\u0085c: 3\n",
	"a: !!str &y 'q'\nb: *y\n",
}

func FuzzReadLegacy(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkInvariants(t, ReadLegacy("flink-conf.yaml", src), src)
	})
}

func FuzzReadStandard(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte(billionLaughs(8, 9)))
	f.Fuzz(func(t *testing.T, src []byte) {
		checkInvariants(t, ReadStandard("config.yaml", src), src)
	})
}
