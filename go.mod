module github.com/flinklint/flinklint

go 1.24

require github.com/smacker/go-tree-sitter v0.0.0-20240827094217-dd81d9e9be82

require (
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3 // indirect
	github.com/sourcegraph/conc v0.3.0 // indirect
	github.com/spf13/pflag v1.0.10 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/text v0.14.0 // indirect
)
