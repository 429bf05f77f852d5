# flinklint — build, test and maintenance targets.
GO      ?= go
BIN     ?= bin/flinklint
VERSION ?= 0.1.0-dev

.PHONY: build test vet lint fmt golden bench fuzz sarif-validate clean oracle oracle-update options options-check

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/flinklint

# What CI runs: static checks, then every test with the race detector.
test: lint
	$(GO) test -race -count=1 ./...

vet:
	$(GO) vet ./...

lint: vet
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

fmt:
	gofmt -w $$(git ls-files '*.go')

# Regenerate golden outputs and the README rule table; review the diff.
golden:
	$(GO) test ./cmd/flinklint -run 'TestGolden|TestReadmeRuleTable' -update
	$(GO) test ./sarif -update

# Go benchmarks (BenchmarkScan2k among them; BenchmarkScan20k runs with
# -bench Scan20k or FLINKLINT_BENCH_LARGE=1), then full CLI runs against
# ast-grep on 2,000 and 20,000 generated files (scripts/bench.sh).
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
	scripts/bench.sh

# Every fuzz target for FUZZTIME, one at a time (go test -fuzz runs one
# target of one package); the failing ones are listed at the end.
FUZZTIME    ?= 10s
FUZZMINTIME ?= 2s
fuzz:
	@failed=; \
	for f in $$(grep -rl --include='*_test.go' --exclude-dir=.cache --exclude-dir=.git --exclude-dir=testdata '^func Fuzz' . | sort); do \
	  for t in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$f); do \
	    echo "fuzz: $$t in $$(dirname $$f) for $(FUZZTIME)"; \
	    $(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) $$(dirname $$f) || failed="$$failed $$t"; \
	  done; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: failed:$$failed"; exit 1; fi

# Microsoft SARIF Multitool (installed from npm) on the fixture projects'
# SARIF: fails on any error or warning.
sarif-validate:
	scripts/sarif-validate.sh

clean:
	rm -rf bin .cache

# The option dataset, regenerated from Flink's jars for every version in
# tools/optionsgen/versions.txt (needs Java 17 and Maven; see
# tools/optionsgen/README.md). MVN_FLAGS=-o keeps Maven offline once the
# jars are in the local repository. The .json.gz stays committed, so make
# test needs only Go.
DATASET  = analysis/config/data/flink-config-options.json.gz
OPTGEN   = tools/optionsgen
options:
	$(OPTGEN)/generate.sh $(OPTGEN)/target/flink-config-options.json
	gzip -9n -c $(OPTGEN)/target/flink-config-options.json > $(DATASET)

# Fails when the committed dataset is not what the jars give (CI runs it
# when mvn is present). JSON is compared, not gzip bytes, which can differ
# between gzip builds.
options-check:
	$(OPTGEN)/generate.sh $(OPTGEN)/target/flink-config-options.json
	@gzip -dc $(DATASET) | cmp -s - $(OPTGEN)/target/flink-config-options.json || \
	  { echo "options-check: $(DATASET) is not what tools/optionsgen generates: run make options"; exit 1; }

# Precision and recall on the labelled corpus of public Flink projects
# (testdata/realworld), beside a naive grep-like baseline. Needs the corpus
# mirrors (see cmd/flinklint-eval); EVALFLAGS=-v lists every miss.
.PHONY: eval
eval:
	$(GO) run ./cmd/flinklint-eval $(EVALFLAGS)

# The oracle (oracle/, Java and Maven; the Go product never needs it): Flink's
# own answer for the jobs under testdata/oracle/jobs, on each Flink line.
# `make oracle` rebuilds every golden JSON in a scratch folder and fails when
# one differs from the committed files; `make oracle-update` rewrites them
# (review the diff). The Go test holding the job model against them
# (analysis/oracle) runs in `make test` and needs only Go.
ORACLE_LINES ?= flink1 flink2
MVN          ?= mvn -q -B
oracle:
	@set -e; for l in $(ORACLE_LINES); do \
	  rm -rf .cache/oracle/$$l; \
	  $(MVN) -f oracle/pom.xml -P $$l -Doracle.out=$(CURDIR)/.cache/oracle/$$l package exec:exec; \
	done; \
	fail=0; for l in $(ORACLE_LINES); do \
	  diff -r testdata/oracle/golden/$$l .cache/oracle/$$l || fail=1; \
	done; \
	if [ $$fail = 1 ]; then echo "oracle: the golden files differ from what Flink builds (make oracle-update, then review the diff)"; exit 1; fi; \
	echo "oracle: every golden file is what Flink builds"

oracle-update:
	@set -e; for l in $(ORACLE_LINES); do \
	  $(MVN) -f oracle/pom.xml -P $$l package exec:exec; \
	done
