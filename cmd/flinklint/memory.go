package main

import (
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// A whole-program scan keeps the IR of every Flink-related file until the
// rules have run, so its live heap grows with that part of the tree. A
// fixed soft limit keeps the peak of a typical scan near its live data
// instead of doubling it (GOGC's default); but once the live heap nears a
// fixed limit the collector runs back to back and the scan slows down by
// half. The governor therefore raises the limit with the live heap:
// max(baseMemoryLimit, live × memoryHeadroom), checked every few
// milliseconds. GOMEMLIMIT, when set, replaces all of this.
const (
	baseMemoryLimit = 176 << 20
	memoryHeadroom  = 1.5
	governorPeriod  = 5 * time.Millisecond
)

// governMemory sets the soft memory limit to base and starts the governor,
// which raises it to headroom × the live heap; the returned function stops
// it (the limit stays where it is).
func governMemory(base int64, headroom float64) (stop func()) {
	limit := base
	debug.SetMemoryLimit(limit)
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		t := time.NewTicker(governorPeriod)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
			}
			metrics.Read(s)
			if s[0].Value.Kind() != metrics.KindUint64 {
				return // not this runtime's metric: keep the base limit
			}
			if want := int64(float64(s[0].Value.Uint64()) * headroom); want > limit {
				limit = want
				debug.SetMemoryLimit(limit)
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
	}
}
