// Command flinklint is a static analyzer for Apache Flink DataStream jobs.
//
//	flinklint scan [flags] [PATH ...]
//	flinklint rules [--format text|json]
//	flinklint explain RULE
//	flinklint version
package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the soft heap limit: the GC works harder as the heap
// approaches it, so a monorepo scan's peak stays near its live data instead
// of doubling it (GOGC's default). GOMEMLIMIT overrides it.
const memoryLimit = 176 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
