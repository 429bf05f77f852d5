// Command monorepo-gen writes a deterministic, realistic monorepo for
// flinklint's benchmarks and load tests (see package
// github.com/flinklint/flinklint/analysis/scan/monorepo):
//
//	monorepo-gen -files 20000 -seed 1 DIR
//
// DIR must be empty or not exist. The same -files and -seed always write
// the same bytes. A summary of what was written goes to stdout.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/flinklint/flinklint/analysis/scan/monorepo"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("monorepo-gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	files := fs.Int("files", 2000, "number of files to write")
	seed := fs.Int64("seed", 1, "random seed")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: monorepo-gen [-files N] [-seed S] DIR")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	st, err := monorepo.Generate(fs.Arg(0), *files, *seed)
	if err != nil {
		fmt.Fprintf(stderr, "monorepo-gen: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%d files, %.1f MB in %d modules: %d Java (%.2f KB mean; %d import Flink, %d tests), %d jobs, %d Flink configs, %d manifests, %d log configs, %d build files\n",
		st.Files, float64(st.Bytes)/1e6, st.Modules, st.JavaFiles, float64(st.JavaBytes)/float64(max(st.JavaFiles, 1))/1e3,
		st.FlinkJavaFiles, st.TestJavaFiles, st.Jobs, st.FlinkConfigs, st.Manifests, st.LogConfigs, st.BuildFiles)
	return 0
}
