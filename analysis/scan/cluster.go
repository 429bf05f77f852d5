package scan

import (
	"bytes"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/alerts"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/k8s"
	"github.com/flinklint/flinklint/analysis/load"
	"github.com/flinklint/flinklint/analysis/logconf"
	"github.com/flinklint/flinklint/analysis/settings"
	"github.com/flinklint/flinklint/analysis/suppress"
	"github.com/flinklint/flinklint/analysis/version"
	"github.com/flinklint/flinklint/parser"
)

// cluster is everything outside Java the scan read.
type cluster struct {
	tree      *load.Tree
	flagVer   analysis.Version
	buildVers map[string]analysis.Version // module dir → version found in its build files
	configs   []*analysis.ConfigFile
	manifests []*analysis.Manifest
	logs      []*analysis.LogConfig
	alerts    []*alerts.File
	problems  []analysis.FileProblem
	notes     []analysis.Notification
	// ignores are the flinklint:ignore comments of the text files read.
	ignores []*suppress.Directive
}

// readCluster reads build files, Flink config files, manifests, logging
// configuration and alerting rules.
// target is the version --flink-version or the tool config sets (unknown
// when neither does).
func readCluster(tree *load.Tree, opt Options, target analysis.Version, flagFiles []*config.File) *cluster {
	c := &cluster{tree: tree, buildVers: map[string]analysis.Version{}}
	if target.Known() {
		c.flagVer = target
	}
	read := func(ref load.FileRef) ([]byte, bool) {
		src, err := load.ReadFile(ref, load.DefaultMaxFileSize)
		if err != nil {
			c.notes = append(c.notes, analysis.Notification{ID: NoteRead, Level: analysis.LevelWarning,
				Message: "cannot read: " + cause(err).Error(), Location: parser.Location{Path: ref.Rel}})
			return nil, false
		}
		return src, true
	}
	for _, ref := range tree.Files {
		if ref.Kind != load.BuildFile {
			continue
		}
		src, ok := read(ref)
		if !ok {
			continue
		}
		var v version.Version
		var found bool
		switch base := path.Base(ref.Rel); {
		case base == "pom.xml":
			v, found = version.FromPom(ref.Rel, src)
		case strings.HasPrefix(base, "build.gradle"):
			v, found = version.FromGradle(ref.Rel, src)
			// Gradle projects often keep the version beside the build file.
			for _, side := range []string{"gradle.properties", "gradle/libs.versions.toml"} {
				if found {
					break
				}
				rel := path.Join(path.Dir(ref.Rel), side)
				abs := filepath.Join(tree.Root, filepath.FromSlash(rel))
				st, err := os.Stat(abs)
				if err != nil || !st.Mode().IsRegular() {
					continue
				}
				if data, err := load.ReadFile(load.FileRef{Rel: rel, Abs: abs, Size: st.Size()}, load.DefaultMaxFileSize); err == nil {
					if side == "gradle.properties" {
						v, found = version.FromGradleProperties(rel, data)
					} else {
						v, found = version.FromVersionCatalog(rel, data)
					}
				}
			}
		case base == "build.sbt":
			v, found = version.FromSbt(ref.Rel, src)
		}
		if found && v.Minor != "" {
			dir := path.Dir(ref.Rel)
			if dir == "." {
				dir = ""
			}
			c.buildVers[dir] = analysis.Version{Minor: v.Minor, Source: ref.Rel, Loc: v.Source}
		}
	}
	for _, ref := range tree.Files {
		switch ref.Kind {
		case load.FlinkConfig:
			if !opt.IncludeTests && strings.Contains("/"+ref.Rel, "/src/test/") {
				continue
			}
			src, ok := read(ref)
			if !ok {
				continue
			}
			c.ignores = append(c.ignores, suppress.TextDirectives(ref.Rel, src)...)
			c.addConfig(config.Read(ref.Rel, src), false)
		case load.YAML:
			src, ok := read(ref)
			if !ok {
				continue
			}
			isAlerts := false
			if alerts.Looks(src) {
				if f := alerts.Read(ref.Rel, src); len(f.Alerts) > 0 {
					c.alerts = append(c.alerts, f)
					isAlerts = true
				}
			}
			if !k8s.Looks(src) {
				if isAlerts {
					c.ignores = append(c.ignores, suppress.TextDirectives(ref.Rel, src)...)
				}
				continue
			}
			res, problems, isFlink := k8s.Read(ref.Rel, src)
			if !isFlink {
				if isAlerts {
					c.ignores = append(c.ignores, suppress.TextDirectives(ref.Rel, src)...)
				}
				continue
			}
			c.ignores = append(c.ignores, suppress.TextDirectives(ref.Rel, src)...)
			if bytes.Contains(src, []byte("{{")) {
				// A Helm or other template: its YAML is not the manifest
				// that gets applied, so its syntax is not ours to judge.
				problems = nil
			}
			for _, p := range problems {
				fp := analysis.FileProblem{Location: parser.Location{Path: ref.Rel, Pos: p.Pos}, Kind: p.Kind, Message: p.Message}
				if !p.Related.IsZero() {
					fp.Related = parser.Location{Path: ref.Rel, Pos: p.Related}
				}
				c.problems = append(c.problems, fp)
			}
			for _, r := range res {
				c.addManifest(r)
			}
		case load.LogConfig:
			src, ok := read(ref)
			if !ok {
				continue
			}
			c.ignores = append(c.ignores, suppress.TextDirectives(ref.Rel, src)...)
			c.logs = append(c.logs, &analysis.LogConfig{Path: ref.Rel, Name: path.Base(ref.Rel),
				Level: logconf.Read(path.Base(ref.Rel), src, 1, 0), Module: tree.ModuleRoot(ref.Rel)})
		}
	}
	for _, f := range flagFiles {
		c.addConfig(f, true)
	}
	c.linkSessions()
	return c
}

// versionOf decides the target version for a file in module dir: the flag,
// else the nearest build file from the module up to the scan root.
func (c *cluster) versionOf(dir string) analysis.Version {
	if c.flagVer.Known() {
		return c.flagVer
	}
	for {
		if v, ok := c.buildVers[dir]; ok {
			return v
		}
		if dir == "" {
			return analysis.Version{}
		}
		dir = path.Dir(dir)
		if dir == "." || dir == "/" {
			dir = ""
		}
	}
}

func (c *cluster) addConfig(f *config.File, flag bool) {
	cf := &analysis.ConfigFile{File: f, Flag: flag}
	if !flag {
		cf.Module = c.tree.ModuleRoot(f.Path)
	}
	cf.Version = c.versionOf(cf.Module)
	var keys []string
	for _, e := range f.Entries {
		keys = append(keys, config.Canonical(e.Key))
	}
	cf.Cluster = analysis.IsClusterConfig(keys)
	c.configs = append(c.configs, cf)
}

func (c *cluster) addManifest(r *k8s.Resource) {
	m := &analysis.Manifest{Resource: r, Module: c.tree.ModuleRoot(r.Path)}
	switch {
	case c.flagVer.Known():
		m.Version = c.flagVer
	case r.FlinkVersion.Set:
		if v, ok := k8s.Version(r.FlinkVersion.Value); ok {
			m.Version = analysis.Version{Minor: v, Source: "spec.flinkVersion", Loc: parser.Location{Path: r.Path, Pos: r.FlinkVersion.ValuePos}}
		}
	}
	if !m.Version.Known() {
		m.Version = c.versionOf(m.Module)
	}
	c.manifests = append(c.manifests, m)
	for _, lf := range r.LogConfiguration {
		c.logs = append(c.logs, &analysis.LogConfig{Path: r.Path, Name: lf.Name, Manifest: m, Module: m.Module,
			Level: logconf.Read(lf.Name, []byte(lf.Content), lf.FirstLine, lf.Indent)})
	}
}

// linkSessions points each FlinkSessionJob at the FlinkDeployment it runs
// on (metadata.name == spec.deploymentName, same namespace when both say).
func (c *cluster) linkSessions() {
	for _, m := range c.manifests {
		if m.Kind != k8s.FlinkSessionJob || !m.DeploymentName.Set {
			continue
		}
		for _, d := range c.manifests {
			if d.Kind == k8s.FlinkDeployment && d.Name.Value == m.DeploymentName.Value &&
				(d.Namespace.Value == "" || m.Namespace.Value == "" || d.Namespace.Value == m.Namespace.Value) {
				m.Session = d
				if !c.flagVer.Known() && m.Version.Source != "spec.flinkVersion" && d.Version.Known() {
					m.Version = d.Version // a session job runs on its cluster's Flink
				}
				break
			}
		}
	}
}

// attach links jobs to the manifests that deploy them and builds each
// job's settings layers.
func (c *cluster) attach(j *jobgraph.Job) (layers []settings.Layer, ms []*analysis.Manifest, v analysis.Version) {
	for _, m := range c.manifests {
		if m.EntryClass.Set && strings.TrimSpace(m.EntryClass.Value) == j.Class {
			m.Jobs = append(m.Jobs, j)
			ms = append(ms, m)
		}
	}
	var manifestFiles, defaults []*settings.File
	for _, m := range ms {
		if m.Session != nil {
			manifestFiles = append(manifestFiles, manifestSettings(m.Session, "session cluster "+m.Session.Name.Value))
		}
		manifestFiles = append(manifestFiles, manifestSettings(m, string(m.Kind)))
		defaults = append(defaults, operatorDefaults(m))
	}
	module := c.tree.ModuleRoot(j.Env.Path)
	var moduleFiles, flagFiles []*settings.File
	for _, cf := range c.configs {
		switch {
		case cf.Flag:
			flagFiles = append(flagFiles, configSettings(cf.File))
		case cf.Module == module:
			moduleFiles = append(moduleFiles, configSettings(cf.File))
		}
	}
	layers = []settings.Layer{
		{Source: settings.FromManifest, Files: manifestFiles},
		{Source: settings.FromOperatorDefault, Files: defaults},
		{Source: settings.FromModuleFile, Files: moduleFiles},
		{Source: settings.FromFlagFile, Files: flagFiles},
	}
	switch {
	case c.flagVer.Known():
		v = c.flagVer
	case len(ms) > 0 && ms[0].Version.Known():
		v = ms[0].Version
	default:
		v = c.versionOf(module)
	}
	return layers, ms, v
}

func configSettings(f *config.File) *settings.File {
	sf := &settings.File{Path: f.Path}
	for _, e := range f.Entries {
		sf.Settings = append(sf.Settings, settings.Entry{Key: config.Canonical(e.Key), Value: e.Value,
			Loc: parser.Location{Path: f.Path, Pos: e.KeyPos}})
	}
	return sf
}

func manifestSettings(m *analysis.Manifest, note string) *settings.File {
	sf := &settings.File{Path: m.Path, Note: note}
	for _, e := range m.FlinkConfiguration {
		sf.Settings = append(sf.Settings, settings.Entry{Key: config.Canonical(e.Key), Value: e.Value,
			Loc: parser.Location{Path: m.Path, Pos: e.KeyPos}})
	}
	if m.Parallelism.Set {
		sf.Settings = append(sf.Settings, settings.Entry{Key: jobgraph.KeyParallelism, Value: m.Parallelism.Value,
			Loc: parser.Location{Path: m.Path, Pos: m.Parallelism.KeyPos}})
	}
	return sf
}

// operatorDefaults are the settings the Flink Kubernetes operator injects
// into every deployment it manages (research §3.4): checkpoints retained on
// cancellation, and a checkpoint interval for last-state upgrades.
func operatorDefaults(m *analysis.Manifest) *settings.File {
	loc := parser.Location{Path: m.Path, Pos: m.Pos}
	sf := &settings.File{Path: m.Path, Note: "defaults injected by the Flink Kubernetes operator"}
	sf.Settings = append(sf.Settings, settings.Entry{Key: jobgraph.KeyRetention, Value: "RETAIN_ON_CANCELLATION", Loc: loc})
	if strings.EqualFold(strings.TrimSpace(m.UpgradeMode.Value), "last-state") {
		sf.Settings = append(sf.Settings, settings.Entry{Key: jobgraph.KeyInterval, Value: "5 min", Loc: loc})
	}
	return sf
}
