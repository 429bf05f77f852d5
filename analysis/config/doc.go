// Package config owns what flinklint knows about Flink configuration: the
// embedded dataset of every Flink config key per version (every version
// flinklint supports, see Versions, plus the Kubernetes operator's keys),
// and the readers for Flink's two config file formats.
//
// The dataset (data/flink-config-options.json.gz, generated from Flink's
// jars by tools/optionsgen: `make options`; its README says how) is decoded
// once, on first use, into compact maps. It answers:
// the current name of an old key (Canonical), the key of a ConfigOption Java
// field (OptionKey), whether any version knows a key (Known), how one version
// knows it (KeyIn) and an option's type, default and enum values (Option).
//
// The readers turn a file into entries with exact positions (1-based lines,
// columns in UTF-16 code units) for every key and value:
//
//   - ReadLegacy models Flink's line parser for flink-conf.yaml (≤ 1.20):
//     the first '#' starts a comment even inside a value, the line is split at
//     the first ": ", nothing is unquoted and nothing is nested.
//   - ReadStandard reads config.yaml (1.19+) as YAML with go.yaml.in/yaml/v3,
//     flattening nested mappings with dots the way Flink does.
//
// This package reads bytes it is given; it does not walk directories, decide
// which file applies to which job, merge settings or report findings. Those
// belong to the settings prerequisite and to the rules. Problem messages never
// contain a value: config values may be secrets.
package config
