package main

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestGovernMemory checks that the soft limit starts at the base and
// follows a live heap that outgrows it, so that a scan larger than the base
// is not slowed down by back-to-back collections.
func TestGovernMemory(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(old)
	const base = 1 << 20
	stop := governMemory(base, 1.5)
	if got := debug.SetMemoryLimit(-1); got != base {
		stop()
		t.Fatalf("limit %d at start, want the base %d", got, base)
	}
	live := make([][]byte, 16)
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	runtime.GC()
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) < 16<<20 && time.Now().Before(deadline) {
		time.Sleep(governorPeriod)
	}
	stop()
	if got := debug.SetMemoryLimit(-1); got < 16<<20 {
		t.Fatalf("limit %d with 16 MiB live, want it raised past 16 MiB", got)
	}
	runtime.KeepAlive(live)
}
