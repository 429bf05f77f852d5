package rules

// Flink's REST API has no authentication: whoever reaches it can upload a
// jar and run arbitrary code on the cluster, cancel jobs, or read
// configuration and logs. Binding it beyond loopback, or publishing it
// through a NodePort, a LoadBalancer or a plain-HTTP ingress, hands that to
// the network.

import (
	"fmt"
	"net"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/k8s"
)

// RestEndpointExposed is SEC001.
var RestEndpointExposed = &analysis.Rule{
	ID:      "SEC001",
	Name:    "rest-endpoint-exposed",
	Title:   "REST endpoint exposed without TLS",
	Summary: "The REST endpoint is bound to a non-loopback address, published through a NodePort or LoadBalancer service, or through an ingress without TLS, while security.ssl.rest.enabled is not true.",
	Help: `The JobManager's REST endpoint serves the web UI and the REST API. It authenticates nobody: anyone
who reaches it can upload a jar and run code on the cluster (web.submit.enable is true by default),
cancel jobs, and read the configuration, logs and thread dumps. Flink's shipped config binds it to
localhost; Flink's documentation recommends keeping it local or behind an authenticating proxy
and enabling TLS (with client authentication) for REST.

flinklint reports, unless security.ssl.rest.enabled is true (or, before Flink 2.0, the legacy
security.ssl.enabled):
- rest.bind-address set to a wildcard (0.0.0.0, ::), a non-loopback IP or a host name in a Flink
  config file (an unset key is not reported: the deployment decides; the Kubernetes operator
  removes the key anyway);
- kubernetes.rest-service.exposed.type NodePort or LoadBalancer (the operator's default is
  ClusterIP);
- a FlinkDeployment's spec.ingress without TLS (spec.ingress.tls, or an annotation that terminates
  TLS on the load balancer).

TLS alone does not authenticate users: put an authenticating proxy in front as well, or use
security.ssl.rest.authentication-enabled for mutual TLS.

Fix: keep REST on ClusterIP or loopback and reach it with kubectl port-forward, or enable
security.ssl.rest.enabled and front it with an authenticating proxy; give ingresses a tls section.`,
	Bad: `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    kubernetes.rest-service.exposed.type: LoadBalancer
  jobManager:
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.OrdersJob
`,
	Good: `apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: orders
spec:
  image: flink:1.20
  flinkVersion: v1_20
  serviceAccount: flink
  flinkConfiguration:
    kubernetes.rest-service.exposed.type: ClusterIP
  jobManager:
    resource: {memory: 2048m, cpu: 1}
  taskManager:
    resource: {memory: 4096m, cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/orders.jar
    entryClass: com.example.OrdersJob
`,
	ExampleLang:      "yaml",
	ExampleFile:      "deployment.yaml",
	Level:            analysis.LevelWarning,
	Default:          true,
	Tags:             []string{"flink", "security"},
	Precision:        "high",
	DocURL:           docBase + "deployment/security/security-ssl/#external--rest-connectivity",
	SecuritySeverity: "7.5",
	Run: func(p *analysis.Pass) {
		const fix = "enable security.ssl.rest.enabled and put an authenticating proxy in front, or keep REST private"
		exposedService := func(v confView, what string) {
			h, ok := v.get(keyRestExposed)
			if !ok || h.Layer != 0 {
				return
			}
			switch t := h.value(); {
			case strings.EqualFold(t, "NodePort"), strings.EqualFold(t, "LoadBalancer"):
				p.Report(analysis.Diagnostic{Location: h.loc(), Message: fmt.Sprintf(
					"%s publishes the REST endpoint through a %s service (%s) without TLS (security.ssl.rest.enabled is not true in %s): anyone who reaches it can submit jars and cancel jobs; use ClusterIP, or %s",
					what, t, keyRestExposed, v.where(), fix)})
			}
		}
		for cf := range p.ConfigFiles() {
			v := fileView(p.Program, cf)
			if restSSL(v, cf.Version) {
				continue
			}
			if h, ok := v.set(keyRestBind); ok && h.Layer == 0 && !isReference(h.value()) && !isLoopback(h.value()) {
				p.Report(analysis.Diagnostic{Location: h.loc(), Message: fmt.Sprintf(
					"%s binds the REST endpoint to %s (%s) without TLS (security.ssl.rest.enabled is not true in %s): anyone on the network can submit jars and cancel jobs; bind it to localhost, or %s",
					base(cf.Path), h.value(), keyRestBind, v.where(), fix)})
			}
			exposedService(v, base(cf.Path))
		}
		for m := range p.Manifests() {
			if m.Kind != k8s.FlinkDeployment {
				continue
			}
			v := manifestView(p.Program, m)
			if restSSL(v, m.Version) {
				continue
			}
			exposedService(v, describe(m))
			if m.Ingress.Set && !m.IngressTLS {
				p.Report(analysis.Diagnostic{Location: fieldLoc(m, m.Ingress), Message: fmt.Sprintf(
					"%s publishes the REST endpoint and web UI through spec.ingress without TLS (no spec.ingress.tls, and security.ssl.rest.enabled is not true in %s): anyone who reaches the ingress can submit jars and cancel jobs; add a tls section and authentication to the ingress",
					describe(m), v.where())})
			}
		}
	},
}

// isLoopback reports a loopback bind address: localhost, 127.0.0.0/8, ::1.
func isLoopback(addr string) bool {
	a := strings.ToLower(strings.Trim(strings.TrimSpace(addr), "[]"))
	switch a {
	case "localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback":
		return true
	}
	ip := net.ParseIP(a)
	return ip != nil && ip.IsLoopback()
}
