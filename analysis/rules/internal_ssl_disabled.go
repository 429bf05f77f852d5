package rules

// REST TLS protects the web UI and the REST API only. The JobManager and
// TaskManagers also talk over Pekko/Akka RPC, the blob server and the
// Netty data exchange, and those carry job jars, configuration (with its
// credentials) and every record of the job. Without internal TLS (which
// is mutually authenticated) anyone who reaches those ports can read the
// records or impersonate a TaskManager.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/parser"
)

// InternalSSLDisabled is SEC004.
var InternalSSLDisabled = &analysis.Rule{
	ID:      "SEC004",
	Name:    "internal-ssl-disabled",
	Title:   "Internal TLS off while REST TLS is on or REST is exposed",
	Summary: "A whole cluster configuration or a FlinkDeployment enables REST TLS, or publishes the REST endpoint, but leaves security.ssl.internal.enabled off: RPC, blob and data traffic between Flink processes stay in plain text.",
	Help: `Flink has two TLS switches. security.ssl.rest.enabled covers the REST endpoint (web UI, REST API,
CLI). security.ssl.internal.enabled covers everything between Flink's own processes: RPC between
the JobManager and the TaskManagers, the blob server that ships jars and configuration, and the
Netty data exchange that carries every record of every job. Internal TLS is always mutually
authenticated, so only processes holding the cluster's key can join. Flink's SSL guide describes
both, and production checklists (the Ververica Platform's among them) ask for encryption in transit
on both.

A cluster that turns REST TLS on, or publishes its REST endpoint (a non-loopback rest.bind-address,
a NodePort or LoadBalancer rest service, an ingress), evidently runs where the network is not
trusted; leaving internal TLS off there exposes the records and lets anyone who reaches the RPC or
data ports impersonate a TaskManager.

flinklint checks whole cluster configurations (not overlays: the cluster's own file decides) and
FlinkDeployments, with the --flink-config files; before Flink 2.0 the legacy security.ssl.enabled
counts for both sides. For a FlinkDeployment it cannot see the operator's default configuration and
says it assumed that does not enable internal TLS.

Fix: set security.ssl.internal.enabled: true with security.ssl.internal.keystore and
security.ssl.internal.truststore (one self-signed keystore for the cluster works, see Flink's SSL
guide) and their passwords, from a secret rather than in plain text.`,
	Bad: `jobmanager.rpc.address: flink-jobmanager
taskmanager.numberOfTaskSlots: 4
security.ssl.rest.enabled: true
security.ssl.rest.keystore: /etc/flink/tls/rest.keystore
`,
	Good: `jobmanager.rpc.address: flink-jobmanager
taskmanager.numberOfTaskSlots: 4
security.ssl.rest.enabled: true
security.ssl.rest.keystore: /etc/flink/tls/rest.keystore
security.ssl.internal.enabled: true
security.ssl.internal.keystore: /etc/flink/tls/internal.keystore
security.ssl.internal.truststore: /etc/flink/tls/internal.keystore
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "security"},
	Precision:   "medium",
	DocURL:      docBase + "deployment/security/security-ssl/",
	Run: func(p *analysis.Pass) {
		check := func(v confView, ver analysis.Version, what string, m *analysis.Manifest, fallback parser.Location) {
			internal, on := sslSwitch(v, ver, keyInternalSSL)
			if on {
				return
			}
			var loc parser.Location
			var why string
			if rest, ok := sslSwitch(v, ver, keyRestSSL); ok {
				loc, why = rest.loc(), fmt.Sprintf("enables REST TLS (%s: %s, %s)", rest.Key, rest.value(), rest.at())
				if rest.Layer != 0 {
					loc = fallback
				}
			} else if l, w, ok := restExposure(v, m); ok {
				loc, why = l, w
			} else {
				return
			}
			state := fmt.Sprintf("%s is not set in %s", keyInternalSSL, v.where())
			if internal.Path != "" {
				state = fmt.Sprintf("%s is %s (%s)", internal.Key, internal.value(), internal.at())
				if internal.Layer == 0 {
					loc = internal.loc()
				}
			}
			assumed := ""
			if m != nil && internal.Path == "" {
				assumed = " (assuming the operator's default configuration does not enable it)"
			}
			p.Report(analysis.Diagnostic{Location: loc, Message: fmt.Sprintf(
				"%s %s but %s%s: RPC, jar distribution and the records exchanged between TaskManagers travel unencrypted and unauthenticated; set %s: true with an internal keystore and truststore",
				what, why, state, assumed, keyInternalSSL)})
		}
		for cf := range p.ConfigFiles() {
			if cf.Cluster {
				check(fileView(p.Program, cf), cf.Version, base(cf.Path), nil, lineOne(cf.Path))
			}
		}
		for m := range p.Manifests() {
			if m.Kind == k8s.FlinkDeployment {
				check(manifestView(p.Program, m), m.Version, describe(m), m, missingAt(m))
			}
		}
	},
}
