// Command flinklint is a static analyzer for Apache Flink DataStream jobs.
//
//	flinklint scan [flags] [PATH ...]
//	flinklint rules [--format text|json]
//	flinklint explain RULE
//	flinklint version
package main

import "os"

func main() {
	stop := func() {}
	if os.Getenv("GOMEMLIMIT") == "" {
		stop = governMemory(baseMemoryLimit, memoryHeadroom)
	}
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
