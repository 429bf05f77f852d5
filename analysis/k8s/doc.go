// Package k8s reads the Kubernetes manifests of the Apache Flink Kubernetes
// operator: FlinkDeployment and FlinkSessionJob resources (group
// flink.apache.org), in single- or multi-document YAML files, into
// Resources whose every field carries the positions of its key and value
// (1-based lines, columns in UTF-16 code units, like the config readers).
//
// Read knows the shape of the operator's CRD (FlinkDeploymentSpec,
// FlinkSessionJobSpec, JobSpec, JobManagerSpec, TaskManagerSpec,
// IngressSpec of flink-kubernetes-operator-api) and where the operator takes
// a setting from when the CRD offers two places (memory and CPU from
// resources before the deprecated resource). spec.flinkConfiguration, flat
// or nested, is flattened by the config package's YAMLSource exactly as
// Flink flattens config.yaml, so that manifests and config files give the
// same keys and values.
//
// Documents of other kinds (Services, ConfigMaps, Helm values, kustomize
// patches of other resources) are skipped. A file that is not valid YAML
// yields a Problem at the error and no resources from the broken document
// onward. Problem messages name keys, never values: values may be secrets.
//
// This package reads bytes it is given. It does not walk directories, decide
// which manifest deploys which job, apply the operator's injected defaults,
// merge settings or report findings: those belong to the settings
// prerequisite and to the rules.
package k8s
