# flinklint — build, test and maintenance targets.
GO      ?= go
BIN     ?= bin/flinklint
VERSION ?= 0.1.0-dev

.PHONY: build test vet lint fmt golden bench sarif-validate clean

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

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Microsoft SARIF Multitool (installed from npm) on the fixture projects'
# SARIF: fails on any error or warning.
sarif-validate:
	scripts/sarif-validate.sh

clean:
	rm -rf bin .cache

# Precision and recall on the labelled corpus of public Flink projects
# (testdata/realworld), beside a naive grep-like baseline. Needs the corpus
# mirrors (see cmd/flinklint-eval); EVALFLAGS=-v lists every miss.
.PHONY: eval
eval:
	$(GO) run ./cmd/flinklint-eval $(EVALFLAGS)
