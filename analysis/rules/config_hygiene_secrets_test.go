package rules_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis/report"
	"github.com/flinklint/flinklint/analysis/scan"
	"github.com/flinklint/flinklint/sarif"
)

// secretFixtures are files whose secret values (all containing "s3cr3t")
// sit where every config rule looks: well-formed entries, typos, duplicates,
// nesting in flink-conf.yaml, lines Flink ignores, broken YAML, and a
// manifest.
var secretFixtures = map[string]string{
	"conf/config.yaml": `s3.access-key: AKIAs3cr3tACCESS01
s3.secret-key: s3cr3t-secret-key-02
security.ssl.internal.keystore-password: s3cr3t-keystore-03
pipeline.global-job-parameters.db.password: s3cr3t-db-04
sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="flink" password="s3cr3t-jaas-05";
fs.azure.account.key.acme.blob.core.windows.net: s3cr3t-azure-06
my.db.passwrd: s3cr3t-typo-07
s3.secret-key: s3cr3t-duplicate-08
high-availability: zookeeper
high-availability.storageDir: s3://flink/ha
`,
	"legacy/flink-conf.yaml": `metrics.reporter.influx.password: "s3cr3t-quoted-09"
security:
  ssl:
    password: s3cr3t-nested-10
s3.secret-key:s3cr3t-ignored-line-11
s3.access-key: s3cr3t-legacy-12
s3.access-key: s3cr3t-legacy-duplicate-13
`,
	"broken/config.yaml": `s3.secret-key: "s3cr3t-unterminated-14
execution.checkpointing.interval: 60 s
`,
	"k8s/deployment.yaml": `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  flinkVersion: v2_0
  serviceAccount: flink
  flinkConfiguration:
    s3.access-key: AKIAs3cr3tMANIFEST15
    s3.secret-key: s3cr3t-manifest-16
    s3:
      secret-key: s3cr3t-manifest-nested-17
    metrics.reporter.dghttp.apikey: s3cr3t-apikey-18
`,
}

// TestSecretsNeverPrinted scans files full of plaintext secrets with every
// rule on and writes the findings in every output format: no secret value
// may appear anywhere, while PlaintextSecret (SEC002) still reports them.
func TestSecretsNeverPrinted(t *testing.T) {
	dir := t.TempDir()
	for name, content := range secretFixtures {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := scan.Run(context.Background(), scan.Options{Paths: []string{dir}, Enable: []string{"all"}})
	if err != nil {
		t.Fatal(err)
	}
	sec002 := 0
	for _, d := range res.Diagnostics {
		if d.RuleID == "SEC002" {
			sec002++
		}
	}
	if sec002 < 10 {
		t.Errorf("SEC002 reported %d plaintext secrets, want at least 10: %+v", sec002, res.Diagnostics)
	}

	var text, js, sf bytes.Buffer
	if err := report.WriteText(&text, res.Diagnostics); err != nil {
		t.Fatal(err)
	}
	if err := report.WriteNotificationsText(&text, res.Notifications); err != nil {
		t.Fatal(err)
	}
	if err := report.WriteJSON(&js, report.JSONInput{ToolVersion: "test", Diagnostics: res.Diagnostics, Notifications: res.Notifications, Rules: res.Rules}); err != nil {
		t.Fatal(err)
	}
	if err := sarif.Write(&sf, sarif.Input{Tool: sarif.Tool{Version: "test"}, Rules: res.Rules, Diagnostics: res.Diagnostics, Notifications: res.Notifications}); err != nil {
		t.Fatal(err)
	}
	for format, out := range map[string]string{"text": text.String(), "json": js.String(), "sarif": sf.String()} {
		if out == "" {
			t.Errorf("%s: empty output", format)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(strings.ToLower(line), "s3cr3t") {
				t.Errorf("%s output prints a secret: %s", format, line)
			}
		}
	}
}
