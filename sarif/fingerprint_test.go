package sarif

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// lineCount counts lines as the upstream test does: input.split(/\r\n|\r|\n/).length.
func lineCount(s string) int {
	return len(regexp.MustCompile(`\r\n|\r|\n`).Split(s, -1))
}

func checkHashes(t *testing.T, name, input string, want []string) {
	t.Helper()
	got := LineHashes([]byte(input))
	if len(got) == 0 || got[0] != "" {
		t.Fatalf("%s: index 0 must be unused, got %q", name, got)
	}
	if n := lineCount(input); len(got)-1 != n {
		t.Errorf("%s: %d hashes for %d lines", name, len(got)-1, n)
	}
	if !slices.Equal(got[1:], want) {
		t.Errorf("%s:\n got %q\nwant %q", name, got[1:], want)
	}
}

// The vectors of the "hash" test in github/codeql-action
// src/fingerprints.test.ts (commit f3f1edbedfb4a1d188d344570834df2996d45d39).
func TestLineHashesUpstreamVectors(t *testing.T) {
	tail := []string{
		"e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1", "e20e36e16fcb0cc8:1",
		"b3edc88f2938467e:1", "c8e28b0b4002a3a0:1", "c129715d7a2bc9a3:1",
	}
	cases := []struct {
		name, input string
		want        []string
	}{
		{"empty", "", []string{"c129715d7a2bc9a3:1"}},
		{"newlines", " a\nb\n  \t\tc\n d", []string{
			"271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"}},
		{"no final newline", " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End", []string{
			"8b7cf3e952e7aeb2:1", "b1ae1287ec4718d9:1", "bff680108adb0fcc:1", "c6805c5e1288b612:1",
			"b86d3392aea1be30:1", "e6ceba753e1a442:1"}},
		{"LF", " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n", tail},
		{"CR", " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r", tail},
		{"CRLF", " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n", tail},
		{"mixed", " hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n", tail},
		{"repeated", strings.Repeat("Lorem ipsum dolor sit amet.\n", 10), []string{
			"a7f2ff13bc495cf2:1", "a7f2ff13bc495cf2:2", "a7f2ff13bc495cf2:3", "a7f2ff13bc495cf2:4",
			"a7f2ff13bc495cf2:5", "a7f2ff13bc495cf2:6", "a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1",
			"55ec222b86bcae53:1", "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"}},
		{"python", "x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n", []string{
			"e54938cc54b302f1:1", "bb609acbe9138d60:1", "1131fd5871777f34:1", "5c482a0f8b35ea28:1",
			"54517377da7028d2:1", "2c644846cb18d53e:1", "f1b89f20de0d133:1", "c129715d7a2bc9a3:1"}},
	}
	for _, c := range cases {
		checkHashes(t, c.name, c.input, c.want)
	}
}

// The "addFingerprints" test of the same file: src/testdata/testFile1.js
// line 1 and testFile2.js line 2 get the primaryLocationLineHash values of
// src/testdata/fingerprinting.expected.sarif.
func TestLineHashesUpstreamFiles(t *testing.T) {
	testFile1 := "var a = 0;\nvar b = 0;\nvar c = 0;\nvar d = 0;\n"
	testFile2 := "var foo = 0;\nvar bar = 0;\nvar baz = 0;\nvar qux = 0;\n"
	if got := LineHashes([]byte(testFile1))[1]; got != "5e4d5a9cf1294ad9:1" {
		t.Errorf("testFile1.js:1 = %s", got)
	}
	if got := LineHashes([]byte(testFile2))[2]; got != "f7592a95a9381ac0:1" {
		t.Errorf("testFile2.js:2 = %s", got)
	}
}

// Vectors for what the upstream tests do not cover (non-ASCII and astral
// characters, a BOM, ill-formed UTF-8, "\r \n", lines longer than the
// window, Java source). They were produced by running the hash() function
// of github/codeql-action src/fingerprints.ts at f3f1edbe (type
// annotations removed, with long@5.3.2 as pinned by its package-lock.json)
// under Node 20 on files with exactly these bytes.
func TestLineHashesNodeVectors(t *testing.T) {
	cases := []struct {
		name, input string
		want        []string
	}{
		{"bmp", "héllo wörld\nçava\n", []string{"bda67745db055731:1", "281d98452317b26c:1", "c129715d7a2bc9a3:1"}},
		{"astral", "// 😀 emoji\nString s = \"𝄞\";\n", []string{"bcfaa9235f6b27f6:1", "cc38f5f16eb45eb9:1", "c129715d7a2bc9a3:1"}},
		{"bom", "\ufeffpackage a;\nclass A {}\n", []string{"87b155fd63239835:1", "8349d10d4dbf5248:1", "c129715d7a2bc9a3:1"}},
		{"ill-formed", "a\xe2\x82b\n\xff\xc0\x80x\n\xed\xa0\x80y\n\xf0\x9f\x98", []string{
			"7ccd5b47590c7151:1", "96cd5516081c07bb:1", "7474f1d63ddba0fa:1", "8989dec65f08d110:1"}},
		{"cr space lf", "a\r \nb\r\n\tc\r", []string{
			"5dac9960e82853e9:1", "e8678f64ecf7af62:1", "9ed7939040abc6c0:1", "3791504be0bd17cc:1", "c129715d7a2bc9a3:1"}},
		{"long line", strings.Repeat("x", 150) + "\nshort\n  y\n", []string{
			"52b56201ffb58620:1", "be7ec538b3c9c3e4:1", "c33be7e0cf7c3ca:1", "c129715d7a2bc9a3:1"}},
		{"java", "package com.acme;\n\npublic class OrdersJob {\n    public static void main(String[] args) throws Exception {\n" +
			"        env.fromSource(src, wm, \"orders\")\n            .keyBy(Order::customer)\n" +
			"            .window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))\n            .aggregate(new SumAmount());\n    }\n}\n",
			[]string{"a57cc4bba9460ee6:1", "3b86fcd62b187e5f:1", "a26264ee3b69b1b6:1", "976806e2f977754d:1",
				"8b6a5a3762be1bca:1", "1a824dd43815b2fd:1", "3d4caba77b8b14af:1", "4fcbe89e6c0e8164:1",
				"1da0d4c20a2cbb51:1", "32dce9ccfdbc9d3e:1", "c129715d7a2bc9a3:1"}},
	}
	for _, c := range cases {
		checkHashes(t, c.name, c.input, c.want)
	}

	// A file longer than Node's 64 KiB read chunk, with multi-byte
	// characters right after the first chunk boundary.
	big := strings.Repeat("ab\n", 21845) + "é€😀\nend\n"
	got := LineHashes([]byte(big))
	if len(got)-1 != 21848 {
		t.Fatalf("big: %d lines", len(got)-1)
	}
	for line, want := range map[int]string{
		1: "94155610e84b82:1", 3: "94155610e84b82:3", 21812: "94155610e84b82:21812", 21813: "94155610e84c0a:1",
		21843: "7b9354717110a323:1", 21844: "9a7da0f71f28c89a:1", 21845: "97a48f56fed5b355:1",
		21846: "17b01f3b27be3dc4:1", 21847: "fe2be582c6296f40:1", 21848: "c129715d7a2bc9a3:1",
	} {
		if got[line] != want {
			t.Errorf("big line %d = %s, want %s", line, got[line], want)
		}
	}
}

func TestDecodeUTF16(t *testing.T) {
	cases := []struct {
		in   string
		want []uint64
	}{
		{"aé", []uint64{'a', 0xE9}},
		{"😀", []uint64{0xD83D, 0xDE00}},
		// WHATWG: one U+FFFD per maximal subpart of an ill-formed sequence.
		{"\xe2\x82b", []uint64{0xFFFD, 'b'}},
		{"\xc0\x80", []uint64{0xFFFD, 0xFFFD}},
		{"\xed\xa0\x80", []uint64{0xFFFD, 0xFFFD, 0xFFFD}},
		{"\xf0\x9f\x98", []uint64{0xFFFD}},
		{"\xf4\x90\x80\x80", []uint64{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD}},
		{"\xe0\x80", []uint64{0xFFFD, 0xFFFD}},
		{"\xe0\xa0", []uint64{0xFFFD}},
	}
	for _, c := range cases {
		var got []uint64
		decodeUTF16([]byte(c.in), func(u uint64) { got = append(got, u) })
		if !slices.Equal(got, c.want) {
			t.Errorf("decodeUTF16(%q) = %x, want %x", c.in, got, c.want)
		}
	}
}

func BenchmarkLineHashes(b *testing.B) {
	src := []byte(strings.Repeat("        env.fromSource(src, wm, \"orders\").keyBy(Order::customer);\n", 2000))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		LineHashes(src)
	}
}
