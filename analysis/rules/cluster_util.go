package rules

// Helpers shared by the cluster-readiness rules (family_cluster.go): a view
// of the settings one cluster-side source provides (a config file, or a
// manifest's flinkConfiguration with its session cluster's), which sources
// no scanned job uses, and the value tests those rules share.

import (
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/analysis/settings"
	"github.com/flinklint/flinklint/parser"
)

const operatorDocBase = "https://nightlies.apache.org/flink/flink-kubernetes-operator-docs-stable/docs/"

// Canonical keys the cluster rules read besides jobgraph's.
const (
	keyHAType           = "high-availability.type"
	keyHAStorage        = "high-availability.storageDir"
	keyZKQuorum         = "high-availability.zookeeper.quorum"
	keyTMProcess        = "taskmanager.memory.process.size"
	keyTMFlink          = "taskmanager.memory.flink.size"
	keyTMTaskHeap       = "taskmanager.memory.task.heap.size"
	keyManagedSize      = "taskmanager.memory.managed.size"
	keyManagedFraction  = "taskmanager.memory.managed.fraction"
	keyRocksManaged     = "state.backend.rocksdb.memory.managed"
	keyRocksFixedSlot   = "state.backend.rocksdb.memory.fixed-per-slot"
	keyRestBind         = "rest.bind-address"
	keyRestSSL          = "security.ssl.rest.enabled"
	keyLegacySSL        = "security.ssl.enabled"
	keyRestExposed      = "kubernetes.rest-service.exposed.type"
	keyRollback         = "kubernetes.operator.deployment.rollback.enabled"
	keyPeriodicSavepnt  = "kubernetes.operator.periodic.savepoint.interval"
	keyMaxCheckpointAge = "kubernetes.operator.job.upgrade.last-state.max.allowed.checkpoint.age"
)

// confLayer is one file of a confView.
type confLayer struct {
	file *config.File
	// note qualifies the layer in messages: "" for the source itself,
	// "--flink-config", "session cluster orders-session".
	note string
	flag bool // a --flink-config file
}

// confView is the settings one cluster-side source provides, highest
// precedence first: the source itself (layer 0), a session job's session
// cluster, then the files given with --flink-config, which apply to
// everything the scan sees.
type confView struct {
	layers []confLayer
}

// confHit is a key found in a confView.
type confHit struct {
	config.Entry
	Path  string
	Layer int // index in the view: 0 is the source itself
	Note  string
	Flag  bool // found in a --flink-config file
}

// loc is the key's location.
func (h confHit) loc() parser.Location { return parser.Location{Path: h.Path, Pos: h.KeyPos} }

// at says where the key is set, for messages: "flink-conf.yaml:12".
func (h confHit) at() string { return fmt.Sprintf("%s:%d", base(h.Path), h.KeyPos.Line) }

// value is the trimmed value.
func (h confHit) value() string { return strings.TrimSpace(h.Value) }

// get returns the entry that sets a canonical key in the highest layer
// that sets it, as Flink resolves deprecated keys within one file.
func (v confView) get(key string) (confHit, bool) {
	for i, l := range v.layers {
		if e, ok := l.file.Lookup(key); ok {
			return confHit{Entry: e, Path: l.file.Path, Layer: i, Note: l.note, Flag: l.flag}, true
		}
	}
	return confHit{}, false
}

// set returns the entry for key when its value is not blank.
func (v confView) set(key string) (confHit, bool) {
	h, ok := v.get(key)
	if !ok || h.value() == "" {
		return confHit{}, false
	}
	return h, true
}

// where names the files of the view, for messages.
func (v confView) where() string {
	var parts []string
	for i, l := range v.layers {
		switch {
		case i == 0:
			parts = append(parts, base(l.file.Path))
		default:
			parts = append(parts, base(l.file.Path)+" ("+l.note+")")
		}
	}
	switch len(parts) {
	case 0:
		return "nowhere"
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// any reports whether some entry of the view has a canonical key for
// which match is true, and returns it.
func (v confView) any(match func(key, value string) bool) (confHit, bool) {
	for i, l := range v.layers {
		for _, e := range l.file.Entries {
			if match(config.Canonical(e.Key), strings.TrimSpace(e.Value)) {
				return confHit{Entry: e, Path: l.file.Path, Layer: i, Note: l.note, Flag: l.flag}, true
			}
		}
	}
	return confHit{}, false
}

// flagLayers are the --flink-config files, except skip.
func flagLayers(p *analysis.Program, skip *analysis.ConfigFile) []confLayer {
	var out []confLayer
	for _, cf := range p.ConfigFiles {
		if cf.Flag && cf != skip {
			out = append(out, confLayer{file: cf.File, note: "--flink-config", flag: true})
		}
	}
	return out
}

// fileView is a config file completed by the --flink-config files.
func fileView(p *analysis.Program, cf *analysis.ConfigFile) confView {
	return confView{layers: append([]confLayer{{file: cf.File}}, flagLayers(p, cf)...)}
}

// manifestView is a manifest's flinkConfiguration, then its session
// cluster's (for a FlinkSessionJob, as the operator merges them), then the
// --flink-config files.
func manifestView(p *analysis.Program, m *analysis.Manifest) confView {
	v := confView{layers: []confLayer{{file: &config.File{Path: m.Path, Entries: m.FlinkConfiguration}}}}
	if m.Session != nil {
		v.layers = append(v.layers, confLayer{file: &config.File{Path: m.Session.Path, Entries: m.Session.FlinkConfiguration},
			note: "session cluster " + m.Session.Name.Value})
	}
	v.layers = append(v.layers, flagLayers(p, nil)...)
	return v
}

// manifestVersion is the Flink version a manifest targets; a session job
// without one of its own runs on its session cluster's version.
func manifestVersion(m *analysis.Manifest) analysis.Version {
	if !m.Version.Known() && m.Session != nil {
		return m.Session.Version
	}
	return m.Version
}

// describe names a manifest for messages: `FlinkDeployment "orders"`, or
// `session cluster FlinkDeployment "shared"`.
func describe(m *analysis.Manifest) string {
	name := ""
	if m.Name.Value != "" {
		name = fmt.Sprintf(" %q", m.Name.Value)
	}
	if m.IsSessionCluster() {
		return "session cluster FlinkDeployment" + name
	}
	return string(m.Kind) + name
}

// missingAt is where a finding about a setting a manifest lacks goes: its
// flinkConfiguration key when it has one, else its kind key.
func missingAt(m *analysis.Manifest) parser.Location {
	if !m.FlinkConfigurationPos.IsZero() {
		return parser.Location{Path: m.Path, Pos: m.FlinkConfigurationPos}
	}
	return parser.Location{Path: m.Path, Pos: m.Pos}
}

// fieldLoc is a manifest field's key.
func fieldLoc(m *analysis.Manifest, f k8s.Field) parser.Location {
	return parser.Location{Path: m.Path, Pos: f.KeyPos}
}

// haMode classifies high-availability.type in a view.
type haMode int

const (
	haUnset   haMode = iota // not set (or blank)
	haNone                  // NONE
	haOn                    // any other value: zookeeper, kubernetes, a factory class
	haUnknown               // a placeholder
)

func highAvailability(v confView) (confHit, haMode) {
	h, ok := v.set(keyHAType)
	switch {
	case !ok:
		return h, haUnset
	case isReference(h.value()):
		return h, haUnknown
	case strings.EqualFold(h.value(), "NONE"):
		return h, haNone
	}
	return h, haOn
}

// isZooKeeper reports ZooKeeper HA: the name zookeeper (any case) or a
// ZooKeeper HA services factory class.
func isZooKeeper(value string) bool {
	return strings.Contains(strings.ToLower(value), "zookeeper")
}

// isTrue reports a true boolean value.
func isTrue(value string) bool { return strings.EqualFold(strings.TrimSpace(value), "true") }

// isRocksDB reports a state backend value that selects RocksDB: rocksdb or
// its factory class (EmbeddedRocksDBStateBackendFactory, in either
// package).
func isRocksDB(value string) bool {
	v := strings.ToLower(strings.TrimSpace(value))
	return v == "rocksdb" || strings.HasSuffix(v, "rocksdbstatebackendfactory")
}

// isZero reports a number or memory size that is zero: 0, 0.0, 0 mb, 0b.
func isZero(value string) bool {
	v := strings.ToLower(strings.TrimSpace(value))
	num := strings.TrimSpace(strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz "))
	if num == "" {
		return false
	}
	f, err := strconv.ParseFloat(num, 64)
	return err == nil && f == 0
}

// restSSL reports whether REST TLS is on in the view:
// security.ssl.rest.enabled, or before Flink 2.0 the legacy
// security.ssl.enabled it falls back to.
func restSSL(v confView, ver analysis.Version) bool {
	if h, ok := v.set(keyRestSSL); ok {
		return isTrue(h.Value) || isReference(h.value())
	}
	if ver.AtLeast("2.0") {
		return false
	}
	h, ok := v.set(keyLegacySSL)
	return ok && (isTrue(h.Value) || isReference(h.value()))
}

// keyFor names a key as the target version spells it: the old name for
// versions before the rename (from the option dataset), the current one
// otherwise (renameHint adds the old name when the version is unknown).
func keyFor(ver analysis.Version, key string) string {
	if since, old, ok := config.Renamed(key); ok && ver.Known() && !ver.AtLeast(since) {
		return old
	}
	return key
}

// renameHint ends a message that names a renamed key when the target
// version is unknown: "; before Flink 1.17 the key is high-availability".
func renameHint(ver analysis.Version, key string) string {
	if since, old, ok := config.Renamed(key); ok && !ver.Known() {
		return fmt.Sprintf("; before Flink %s the key is %s", since, old)
	}
	return ""
}

// fileVersion is the version a config file's messages name keys for: its
// target version, or at least 1.19 for a config.yaml, which older versions
// do not read.
func fileVersion(cf *analysis.ConfigFile) analysis.Version {
	if !cf.Version.Known() && cf.Format == config.Standard && base(cf.Path) == config.StandardFileName {
		return analysis.Version{Minor: "1.19", Source: "config.yaml"}
	}
	return cf.Version
}

// association records which config files and manifests feed a scanned
// job's effective settings; the X rules check the others on their own.
type association struct {
	files     map[string]bool
	manifests map[*analysis.Manifest]bool
}

func associate(p *analysis.Program) association {
	a := association{files: map[string]bool{}, manifests: map[*analysis.Manifest]bool{}}
	for _, j := range p.Graph.Jobs {
		eff := p.Settings(j)
		if j.Synthetic || eff == nil {
			continue
		}
		for _, src := range []settings.Source{settings.FromModuleFile, settings.FromFlagFile} {
			for _, f := range eff.Files(src) {
				a.files[f.Path] = true
			}
		}
	}
	for _, m := range p.Manifests {
		if len(m.Jobs) > 0 {
			a.manifests[m] = true
			if m.Session != nil {
				a.manifests[m.Session] = true
			}
		}
	}
	return a
}

// clusterSource is a config file or manifest that no scanned job uses,
// with its settings.
type clusterSource struct {
	view    confView
	version analysis.Version
	what    string // "flink-conf.yaml", `FlinkDeployment "orders"`
	loc     parser.Location
}

// unassociated ranges over the config files and manifests no scanned job
// uses: rules over effective settings check them file by file.
func unassociated(p *analysis.Pass) iter.Seq[clusterSource] {
	a := associate(p.Program)
	var out []clusterSource
	for _, cf := range p.Program.ConfigFiles {
		if !a.files[cf.Path] {
			out = append(out, clusterSource{view: fileView(p.Program, cf), version: fileVersion(cf), what: base(cf.Path), loc: lineOne(cf.Path)})
		}
	}
	for _, m := range p.Program.Manifests {
		if !a.manifests[m] {
			out = append(out, clusterSource{view: manifestView(p.Program, m), version: manifestVersion(m), what: describe(m), loc: parser.Location{Path: m.Path, Pos: m.Pos}})
		}
	}
	return analysis.Each(p, out, func(s clusterSource) parser.Location { return s.loc })
}

// isBatchView reports execution.runtime-mode BATCH in a view.
func isBatchView(v confView) bool {
	h, ok := v.set(jobgraph.KeyRuntimeMode)
	return ok && strings.EqualFold(h.value(), "BATCH")
}

// Keys of Flink's TLS options (SecurityOptions).
const (
	keyInternalSSL        = "security.ssl.internal.enabled"
	keyRestSSLAuth        = "security.ssl.rest.authentication-enabled"
	keyInternalKeystore   = "security.ssl.internal.keystore"
	keyInternalTruststore = "security.ssl.internal.truststore"
	keyRestKeystore       = "security.ssl.rest.keystore"
	keyRestTruststore     = "security.ssl.rest.truststore"
	keySharedKeystore     = "security.ssl.keystore"
	keySharedTruststore   = "security.ssl.truststore"
)

// sslSwitch finds whether TLS is on for one side (key is
// security.ssl.rest.enabled or security.ssl.internal.enabled) and the entry
// that says so: the side's own key, or before Flink 2.0 the legacy
// security.ssl.enabled both sides fall back to. A placeholder counts as on.
func sslSwitch(v confView, ver analysis.Version, key string) (confHit, bool) {
	h, ok := v.set(key)
	if !ok && !ver.AtLeast("2.0") {
		h, ok = v.set(keyLegacySSL)
	}
	if !ok {
		return confHit{}, false
	}
	return h, isTrue(h.Value) || isReference(h.value())
}

// restExposure says how a cluster-side source publishes its REST endpoint
// beyond loopback, as SEC001 sees it: a non-loopback rest.bind-address in a
// config file, a NodePort or LoadBalancer rest service, or a manifest's
// ingress. It returns where and a description, or ok false.
func restExposure(v confView, m *analysis.Manifest) (parser.Location, string, bool) {
	if m == nil {
		if h, ok := v.set(keyRestBind); ok && h.Layer == 0 && !isReference(h.value()) && !isLoopback(h.value()) {
			return h.loc(), fmt.Sprintf("binds REST to %s (%s)", h.value(), h.at()), true
		}
	}
	if h, ok := v.get(keyRestExposed); ok && h.Layer == 0 {
		if t := h.value(); strings.EqualFold(t, "NodePort") || strings.EqualFold(t, "LoadBalancer") {
			return h.loc(), fmt.Sprintf("publishes REST through a %s service (%s)", t, h.at()), true
		}
	}
	if m != nil && m.Ingress.Set {
		return fieldLoc(m, m.Ingress), "publishes REST through spec.ingress", true
	}
	return parser.Location{}, "", false
}
