package rules

// Flink logs in to Kerberos with a keytab and the principal it belongs to.
// A keytab without a principal makes Flink refuse to start ("keytab requires
// a principal"); a principal with neither a keytab nor the ticket cache
// cannot log in, and access to Kerberized HDFS, Kafka or ZooKeeper fails.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/parser"
)

const (
	hygKeyKeytab      = "security.kerberos.login.keytab"
	hygKeyPrincipal   = "security.kerberos.login.principal"
	hygKeyTicketCache = "security.kerberos.login.use-ticket-cache"
)

// KerberosIncomplete is SEC003.
var KerberosIncomplete = &analysis.Rule{
	ID:      "SEC003",
	Name:    "kerberos-incomplete",
	Title:   "Incomplete Kerberos login",
	Summary: "security.kerberos.login.keytab without security.kerberos.login.principal, or a principal with neither a keytab nor the ticket cache.",
	Help: `Flink authenticates to Kerberized services (HDFS, Kafka, ZooKeeper) with the credentials of
security.kerberos.login.*:

- a **keytab** (security.kerberos.login.keytab) needs the **principal** it holds
  (security.kerberos.login.principal): with a keytab and no principal Flink refuses the configuration
  at startup ("Kerberos login configuration is invalid: keytab requires a principal");
- a **principal** alone is used with the Kerberos ticket cache (security.kerberos.login.use-ticket-cache,
  true by default, fed by kinit). With the ticket cache turned off and no keytab, nothing can log the
  principal in. A ticket cache also expires, which long-running jobs outlive: production clusters use
  a keytab.

flinklint checks each config file and manifest (a FlinkSessionJob together with its session cluster);
keys set in files given with --flink-config count for all of them.

Fix: set both security.kerberos.login.keytab and security.kerberos.login.principal.`,
	Bad: `security.kerberos.login.keytab: /opt/flink/secrets/flink.keytab
security.kerberos.login.contexts: Client,KafkaClient
`,
	Good: `security.kerberos.login.keytab: /opt/flink/secrets/flink.keytab
security.kerberos.login.principal: flink/flink-cluster@EXAMPLE.COM
security.kerberos.login.contexts: Client,KafkaClient
`,
	ExampleLang:      "yaml",
	ExampleFile:      "config.yaml",
	Level:            analysis.LevelError,
	Default:          true,
	Tags:             []string{"flink", "security"},
	Precision:        "high",
	SecuritySeverity: "5.0",
	DocURL:           docBase + "deployment/security/security-kerberos/",
	Run: func(p *analysis.Pass) {
		var flags []hygSourceEntry
		for cf := range p.ConfigFiles() {
			if cf.Flag {
				for _, e := range cf.Entries {
					flags = append(flags, hygSourceEntry{e, cf.Path})
				}
			}
		}
		for s := range hygSources(p) {
			// Where the keys that complete this source's login can be set:
			// the source, a session job's session cluster, --flink-config.
			var scope []hygSourceEntry
			for _, e := range s.entries {
				scope = append(scope, hygSourceEntry{e, s.path})
			}
			if s.manifest != nil && s.manifest.Kind == k8s.FlinkSessionJob && s.manifest.Session != nil {
				for _, e := range s.manifest.Session.FlinkConfiguration {
					scope = append(scope, hygSourceEntry{e, s.manifest.Session.Path})
				}
			}
			if s.file == nil || !s.file.Flag {
				scope = append(scope, flags...)
			}
			if k, ok := hygSet(s.entries, hygKeyKeytab); ok {
				if _, ok := hygFind(scope, hygKeyPrincipal); !ok {
					p.Report(analysis.Diagnostic{Location: s.at(k.KeyPos), Message: fmt.Sprintf(
						"%s is set in %s but %s is not: Flink refuses to start (\"keytab requires a principal\"); set the principal the keytab holds",
						hygKeyKeytab, s.where(), hygKeyPrincipal)})
				}
			}
			if pr, ok := hygSet(s.entries, hygKeyPrincipal); ok {
				_, keytab := hygFind(scope, hygKeyKeytab)
				cache, set := hygFind(scope, hygKeyTicketCache)
				if !keytab && set && strings.EqualFold(strings.TrimSpace(cache.Value), "false") {
					p.Report(analysis.Diagnostic{Location: s.at(pr.KeyPos),
						Related: []analysis.Related{{Location: parser.Location{Path: cache.path, Pos: cache.KeyPos}, Message: "the ticket cache is turned off here"}},
						Message: fmt.Sprintf("%s is set in %s without %s, and the ticket cache is off (%s: false): nothing can log the principal in; set the keytab",
							hygKeyPrincipal, s.where(), hygKeyKeytab, hygKeyTicketCache)})
				}
			}
		}
	},
}

// hygSourceEntry is an entry and the file it is written in.
type hygSourceEntry struct {
	config.Entry
	path string
}

// hygFind returns the first entry of scope (highest precedence first) that
// sets a canonical key to a non-empty value, the last one within a file.
func hygFind(scope []hygSourceEntry, key string) (hygSourceEntry, bool) {
	var found hygSourceEntry
	ok := false
	for _, e := range scope {
		if ok && e.path != found.path {
			break
		}
		if config.Canonical(e.Key) == key && strings.TrimSpace(e.Value) != "" {
			found, ok = e, true
		}
	}
	return found, ok
}

// hygSet returns the last entry that sets a canonical key to a non-empty
// value.
func hygSet(entries []config.Entry, key string) (config.Entry, bool) {
	for i := len(entries) - 1; i >= 0; i-- {
		if config.Canonical(entries[i].Key) == key && strings.TrimSpace(entries[i].Value) != "" {
			return entries[i], true
		}
	}
	return config.Entry{}, false
}
