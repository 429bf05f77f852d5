package rules

import "github.com/flinklint/flinklint/analysis"

// apiRules check the Flink Java APIs a job uses against its target Flink
// version: removed APIs (API001) and deprecated ones (API002). Both read
// one catalog (api_catalog.go) and the API uses the job graph records.
var apiRules = []*analysis.Rule{
	RemovedAPI,
	DeprecatedAPI,
}
