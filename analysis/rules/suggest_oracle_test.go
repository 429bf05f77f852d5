package rules

// The "did you mean" search before issue 18, kept as the reference the
// near-match index must agree with: every one-edit string of the key is
// generated and looked up, and two-edit candidates come from a pass over
// every key.

import (
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

// bruteKeyAlphabet is what one edit may insert or substitute.
const bruteKeyAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_"

// bruteSuggest is hygSuggest as it was.
func bruteSuggest(key string, ver analysis.Version) string {
	if s := bruteSuggestOneEdit(key, ver); s != "" {
		return s
	}
	return bruteSuggestTwoEdits(key)
}

func bruteSuggestTwoEdits(key string) string {
	if len(key) < 12 {
		return ""
	}
	first, _, _ := strings.Cut(key, ".")
	best, bestDist := "", 3
	for _, c := range config.Keys() {
		if !strings.HasPrefix(c, first+".") || bruteAbs(len(c)-len(key)) > 2 {
			continue
		}
		if d := bruteEditDistance(key, c, bestDist); d < bestDist || d == bestDist && d < 3 && c < best {
			best, bestDist = c, d
		}
	}
	if bestDist > 2 {
		return ""
	}
	return best
}

func bruteAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// bruteEditDistance is the Damerau-Levenshtein (optimal string alignment)
// distance of a and b, or limit when it is at least limit.
func bruteEditDistance(a, b string, limit int) int {
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit)
}

func bruteSuggestOneEdit(key string, ver analysis.Version) string {
	if len(key) < 6 {
		return ""
	}
	dv, known := hygDataVersion(ver)
	best, bestScore := "", 0
	consider := func(c string) {
		if c == key || !config.Known(c) {
			return
		}
		score := hygCandidateScore(c, dv, known)*1000 + hygCommonPrefix(c, key)
		if score > bestScore || score == bestScore && c < best {
			best, bestScore = c, score
		}
	}
	b := []byte(key)
	for i := 0; i < len(b); i++ { // deletion
		consider(key[:i] + key[i+1:])
	}
	for i := 0; i+1 < len(b); i++ { // transposition
		if b[i] != b[i+1] {
			consider(key[:i] + string(b[i+1]) + string(b[i]) + key[i+2:])
		}
	}
	for i := 0; i < len(b); i++ { // substitution
		for j := 0; j < len(bruteKeyAlphabet); j++ {
			if c := bruteKeyAlphabet[j]; c != b[i] {
				consider(key[:i] + string(c) + key[i+1:])
			}
		}
	}
	for i := 0; i <= len(b); i++ { // insertion
		for j := 0; j < len(bruteKeyAlphabet); j++ {
			consider(key[:i] + string(bruteKeyAlphabet[j]) + key[i:])
		}
	}
	return best
}
