package sarif

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaJSON is the OASIS SARIF 2.1.0 errata01 schema (JSON Schema
// draft-04), from oasis-tcs/sarif-spec sarif-2.1/schema/sarif-schema-2.1.0.json
// at e0583813964ec43cea53b6b531b402866095ed1f (sha256 c3b4bb2d…682e).
//
//go:embed schema/sarif-schema-2.1.0.json
var schemaJSON []byte

// schemaID is the schema's own id, under which it is registered.
const schemaID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

var compiledSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, fmt.Errorf("sarif: embedded schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaID, doc); err != nil {
		return nil, fmt.Errorf("sarif: embedded schema: %w", err)
	}
	return c.Compile(schemaID)
})

// ValidateSchema checks that data is a SARIF log valid under the official
// SARIF 2.1.0 JSON schema (with the draft-04 format assertions, such as
// uri and uri-reference). It is meant for tests of anything that writes
// SARIF; the error lists every violation with its JSON pointer. The schema
// is compiled once.
func ValidateSchema(data []byte) error {
	sch, err := compiledSchema()
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("sarif: not JSON: %w", err)
	}
	if err := sch.Validate(inst); err != nil {
		return fmt.Errorf("sarif: schema validation: %w", err)
	}
	return nil
}
