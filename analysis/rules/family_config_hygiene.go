package rules

import "github.com/flinklint/flinklint/analysis"

// configHygieneRules check the config files themselves: which file Flink
// reads, syntax, duplicate, deprecated, removed and unknown keys, values of
// the wrong type, and keys whose mere presence is a problem.
var configHygieneRules = []*analysis.Rule{
	ConfigFileNotRead,
	NestedYAMLInLegacyConfig,
	DuplicateConfigKey,
	DeprecatedConfigKey,
	RemovedConfigKey,
	UnknownConfigKey,
	InvalidConfigValue,
	InvalidConfigSyntax,
	MetricsReporterByClass,
	FlamegraphEnabled,
	FullFailoverStrategy,
	PlaintextSecret,
	KerberosIncomplete,
}
