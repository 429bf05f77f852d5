package rules

// Flink builds its SSL contexts when the cluster starts: with TLS enabled
// for a side and no keystore (or, where peers are authenticated, no
// truststore) configured for it, SSLUtils throws
// IllegalConfigurationException and the JobManager or TaskManager does not
// come up.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// SSLKeystoreMissing is SEC005.
var SSLKeystoreMissing = &analysis.Rule{
	ID:      "SEC005",
	Name:    "ssl-keystore-missing",
	Title:   "TLS enabled without the keystore or truststore it needs",
	Summary: "Internal or REST TLS is enabled but the keystore (or, for internal TLS and mutually authenticated REST, the truststore) is not configured for that side, so the cluster fails at start.",
	Help: `Flink creates its SSL contexts at startup and reads their stores from the configuration
(SSLUtils.getAndCheckOption): a missing store is an IllegalConfigurationException and the
JobManager or TaskManager does not start.

- security.ssl.internal.enabled needs security.ssl.internal.keystore and
  security.ssl.internal.truststore: internal TLS always authenticates both ends.
- security.ssl.rest.enabled needs security.ssl.rest.keystore for the server; with
  security.ssl.rest.authentication-enabled it also needs security.ssl.rest.truststore. (Clients
  such as the CLI and the Kubernetes operator need the truststore too.)

Each side falls back to the shared security.ssl.keystore / security.ssl.truststore, which count.
Before Flink 2.0 the legacy security.ssl.enabled switches both sides on. The stores' passwords
are needed as well, but they usually arrive from a secret (and must not be written in plain text,
see SEC002), so flinklint does not ask for them. It checks every config file and FlinkDeployment
that turns a side on, with the --flink-config files, and says it assumed the operator's default
configuration holds no store for a FlinkDeployment.

Fix: mount the keystore and truststore (a Kubernetes secret) and set their paths, e.g.
security.ssl.internal.keystore: /etc/flink/tls/internal.keystore.`,
	Bad: `jobmanager.rpc.address: flink-jobmanager
security.ssl.rest.enabled: true
`,
	Good: `jobmanager.rpc.address: flink-jobmanager
security.ssl.rest.enabled: true
security.ssl.rest.keystore: /etc/flink/tls/rest.keystore
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "security", "reliability"},
	Precision:   "high",
	DocURL:      docBase + "deployment/security/security-ssl/",
	Run: func(p *analysis.Pass) {
		check := func(v confView, ver analysis.Version, what string, m *analysis.Manifest) {
			type side struct {
				name, enabled string
				stores        [][2]string // the side's key, then its shared fallback
			}
			sides := []side{
				{"internal", keyInternalSSL, [][2]string{{keyInternalKeystore, keySharedKeystore}, {keyInternalTruststore, keySharedTruststore}}},
				{"REST", keyRestSSL, [][2]string{{keyRestKeystore, keySharedKeystore}}},
			}
			if h, ok := v.set(keyRestSSLAuth); ok && (isTrue(h.Value) || isReference(h.value())) {
				sides[1].stores = append(sides[1].stores, [2]string{keyRestTruststore, keySharedTruststore})
			}
			// One finding per switch: the legacy security.ssl.enabled turns
			// both sides on from one line.
			type finding struct {
				on      confHit
				names   []string
				missing []string
			}
			var found []*finding
			for _, s := range sides {
				on, ok := sslSwitch(v, ver, s.enabled)
				if !ok || on.Layer != 0 {
					continue
				}
				var missing []string
				for _, st := range s.stores {
					if _, ok := v.set(st[0]); ok {
						continue
					}
					if _, ok := v.set(st[1]); ok {
						continue
					}
					missing = append(missing, st[0])
				}
				if len(missing) == 0 {
					continue
				}
				if n := len(found); n > 0 && found[n-1].on.loc() == on.loc() {
					found[n-1].names = append(found[n-1].names, s.name)
					found[n-1].missing = append(found[n-1].missing, missing...)
					continue
				}
				found = append(found, &finding{on: on, names: []string{s.name}, missing: missing})
			}
			for _, f := range found {
				are := " are"
				if len(f.missing) == 1 {
					are = " is"
				}
				assumed := ""
				if m != nil {
					assumed = " (assuming the operator's default configuration sets none)"
				}
				p.Report(analysis.Diagnostic{Location: f.on.loc(), Message: fmt.Sprintf(
					"%s enables %s TLS (%s: %s) but %s not set in %s%s: Flink cannot build its SSL context and the cluster fails to start; mount the store from a secret and set its path",
					what, strings.Join(f.names, " and "), f.on.Key, f.on.value(), andList(f.missing)+are, v.where(), assumed)})
			}
		}
		for cf := range p.ConfigFiles() {
			check(fileView(p.Program, cf), cf.Version, base(cf.Path), nil)
		}
		for m := range p.Manifests() {
			if m.Kind == k8s.FlinkDeployment {
				check(manifestView(p.Program, m), m.Version, describe(m), m)
			}
		}
	},
}
