package k8s_test

import (
	"testing"

	"github.com/flinklint/flinklint/analysis/k8s"
)

func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"",
		deployment,
		sessionJob,
		multiDoc,
		billionLaughs(6, 6),
		"apiVersion: flink.apache.org/v1\nkind: FlinkDeployment\nspec: {job: {upgradeMode: savepoint}, flinkConfiguration: {a: [1, {b: c}], a.b: x}}\n",
		"apiVersion: flink.apache.org/v1\nkind: FlinkDeployment\nspec: &s\n  podTemplate: *s\n  taskManager: {podTemplate: {spec: {containers: [*s, {name: flink-main-container}]}}}\n",
		"apiVersion: flink.apache.org/v1\nkind: FlinkDeployment\nspec:\n  logConfiguration:\n    a: |+\n\n      x\n    b: >-\n      y\n      z\n    c: \"q\\nr\"\n",
		"apiVersion: flink.apache.org/v1\nkind: FlinkDeployment\nspec:\n  <<: [*x]\n",
		"apiVersion: flink.apache.org/v1\nkind: FlinkDeployment\nx: &a {<<: *a}\nspec: {<<: [{job: {}}, {job: {state: running}}]}\n",
		"apiVersion: flink.apache.org/v1\r\nkind: FlinkSessionJob\rspec:\u2028  job: 1\u0085",
		"\ufeffapiVersion: flink.apache.org/v1\nkind: FlinkDeployment\nmetadata: {name: é😀\xff}\n",
		"apiVersion: flink.apache.org/v1\nkind: FlinkDeployment\nspec:\n  flinkConfiguration:\n    ? [a]\n    : 1\n    k: !!binary aGk=\n",
		"---\n- a\n---\nb\n---\n{kind: FlinkDeployment, apiVersion: flink.apache.org/x}\n...\n%YAML 1.2\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		res, ps, isFlink := k8s.Read("m.yaml", src)
		checkInvariants(t, string(src), res, ps)
		if len(res) > 0 && !isFlink {
			t.Errorf("%d resources, isFlink false", len(res))
		}
		for _, r := range res {
			k8s.Version(r.FlinkVersion.Value)
			r.IsSessionCluster()
		}
	})
}
