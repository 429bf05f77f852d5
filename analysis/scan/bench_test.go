package scan_test

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/flinklint/flinklint/analysis/scan"
	"github.com/flinklint/flinklint/analysis/scan/monorepo"
	"github.com/flinklint/flinklint/sarif"
)

// The scan benchmarks run the whole pipeline the CLI runs (walk, read,
// pre-filter, parse, index, job graphs, settings, rules, processors, SARIF
// writer) over a generated monorepo (package monorepo, seed 1) and report:
//
//	files/s       files of the tree (every kind, tests included) per second
//	MB/s          bytes of the tree per second
//	peak-heap-MB  the Go heap's peak (live and unswept objects), sampled every 2 ms
//	peak-RSS-MB   the process's peak resident set during the loop (Linux: VmHWM,
//	              reset before the loop), which includes tree-sitter's C memory
//
// BenchmarkScan20k is skipped unless -bench names it (`-bench Scan20k`) or
// FLINKLINT_BENCH_LARGE=1 is set, so `go test -bench .` stays quick. The
// peak RSS of a whole CLI run, and the comparison with ast-grep, are
// measured by scripts/bench.sh.

func BenchmarkScan2k(b *testing.B) { benchScan(b, 2000) }

func BenchmarkScan20k(b *testing.B) {
	if !largeSelected() {
		b.Skip("runs when -bench names it (-bench Scan20k) or FLINKLINT_BENCH_LARGE=1")
	}
	benchScan(b, 20000)
}

// largeSelected reports whether the 20,000-file benchmark was asked for.
func largeSelected() bool {
	if os.Getenv("FLINKLINT_BENCH_LARGE") == "1" {
		return true
	}
	f := flag.Lookup("test.bench")
	return f != nil && strings.Contains(f.Value.String(), "20k")
}

// benchScan generates the tree once per benchmark run (with b.Loop the
// function body runs once per -count; b.TempDir removes the tree after it)
// and scans it in the loop.
func benchScan(b *testing.B, files int) {
	dir := b.TempDir()
	st, err := monorepo.Generate(dir, files, 1)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	resetPeakRSS()
	peak := sampleHeap()
	for b.Loop() {
		res, err := scan.Run(ctx, scan.Options{Paths: []string{dir}})
		if err != nil {
			b.Fatal(err)
		}
		err = sarif.Write(io.Discard, sarif.Input{
			Tool:  sarif.Tool{Name: "flinklint", Version: "0.0.0-bench", SemanticVersion: "0.0.0-bench", InformationURI: "https://github.com/flinklint/flinklint"},
			Rules: res.Rules, Diagnostics: res.Diagnostics, Notifications: res.Notifications,
			Category: sarif.DefaultCategory, SrcRoot: res.Root,
		})
		if err != nil {
			b.Fatal(err)
		}
		if res.Jobs != st.Jobs {
			b.Fatalf("the scan found %d jobs; the generator wrote %d", res.Jobs, st.Jobs)
		}
	}
	heap := peak()
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(st.Files)*float64(b.N)/sec, "files/s")
	b.ReportMetric(float64(st.Bytes)*float64(b.N)/sec/1e6, "MB/s")
	b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MB")
	if rss, ok := peakRSS(); ok {
		b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	}
}

// sampleHeap samples the heap every 2 ms until the returned function is
// called, which returns the largest sample.
func sampleHeap() func() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var (
		mu   sync.Mutex
		max  uint64
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	read := func() {
		metrics.Read(s)
		if v := s[0].Value.Uint64(); v > max {
			max = v
		}
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				mu.Lock()
				read()
				mu.Unlock()
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		read()
		return max
	}
}

// resetPeakRSS resets the kernel's peak RSS of this process (Linux; a
// no-op elsewhere or when not permitted).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS returns VmHWM, the peak resident set size since the last reset.
func peakRSS() (uint64, bool) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10, err == nil
		}
	}
	return 0, false
}
