package rules

// Config files and manifests are committed, copied into images and
// ConfigMaps, shown in the Flink web UI (Job Manager > Configuration) and in
// logs at startup. A password or access key written there in plain text is
// readable by everyone who can read any of those.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
)

// PlaintextSecret is SEC002.
var PlaintextSecret = &analysis.Rule{
	ID:      "SEC002",
	Name:    "plaintext-secret",
	Title:   "Plaintext secret in configuration",
	Summary: "A password, secret, token, credential or access key is written in plain text in a config file or manifest; flinklint never prints the value.",
	Help: `A Flink configuration is not a safe place for secrets: config files and manifests are committed to
version control, baked into images and ConfigMaps, printed at startup, and the web UI and REST API
show the cluster configuration to everyone who can reach them (Flink masks only some key names).

flinklint reports keys that hold a password, passphrase, secret, token, credential, access key (an
AWS access key id included), secret key, private key or API key, Azure storage account keys
(fs.azure.account.key.<account>) and JAAS configurations that embed a password
(sasl.jaas.config ... password="..."), when their value is written literally. It leaves alone empty
values, values a deployment tool substitutes (${VAR}, ${env:VAR}, $VAR), paths to keystores, keytabs
and key files, and keys that only name a file or switch something on (security.ssl.rest.keystore,
security.kerberos.login.keytab, security.ssl.rest.enabled, token renewal intervals,
kubernetes.secrets). The value never appears in flinklint's output, in any format.

Fix: keep the secret in a Kubernetes Secret (or your secret manager) and hand it to Flink without
writing it into the configuration: mount it as environment variables with
kubernetes.env.secretKeyRef (native Kubernetes) or the pod template's env, and let the
client pick it up (the AWS SDK reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; use IAM roles for
service accounts where you can), or substitute it at deploy time (Helm, envsubst through
FLINK_PROPERTIES). Then rotate the leaked secret: it stays in the history.`,
	Bad: `s3.endpoint: https://s3.eu-west-1.amazonaws.com
s3.access-key: AKIAIOSFODNN7EXAMPLE
s3.secret-key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
`,
	Good: `s3.endpoint: https://s3.eu-west-1.amazonaws.com
# The credentials come from a Kubernetes Secret through environment variables,
# which the AWS SDK reads.
kubernetes.env.secretKeyRef: env:AWS_ACCESS_KEY_ID,secret:s3-credentials,key:access-key;env:AWS_SECRET_ACCESS_KEY,secret:s3-credentials,key:secret-key
`,
	ExampleLang:      "yaml",
	ExampleFile:      "config.yaml",
	Level:            analysis.LevelError,
	Default:          true,
	Tags:             []string{"flink", "security"},
	Precision:        "high",
	SecuritySeverity: "7.5",
	DocURL:           docBase + "deployment/resource-providers/native_kubernetes/#using-secrets",
	Run: func(p *analysis.Pass) {
		for s := range hygSources(p) {
			for _, e := range s.entries {
				if !hygPlaintextSecret(e.Key, e.Value) {
					continue
				}
				p.Report(analysis.Diagnostic{Location: s.at(hygValuePos(e)), Message: fmt.Sprintf(
					"key %q holds a plaintext secret (value masked: ****); reference a Kubernetes secret or environment variable instead",
					e.Key)})
			}
		}
	},
}
