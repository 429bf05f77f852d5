package rules

// Helpers shared by the config-hygiene rules (family_config_hygiene.go):
// the places config keys are written as text (config files, manifests'
// spec.flinkConfiguration, untyped Configuration setters in code), the
// target version mapped onto the dataset, version ranges for messages,
// Flink's value parsers, "did you mean" for unknown keys, and which keys
// hold secrets. Names carry a hyg prefix: the package is shared with other
// rule families.

import (
	"fmt"
	"iter"
	"math"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/parser"
)

// hygSource is one place where config keys are written as text: a Flink
// config file, or a manifest's spec.flinkConfiguration.
type hygSource struct {
	path     string
	entries  []config.Entry
	version  analysis.Version
	file     *analysis.ConfigFile // nil for a manifest
	manifest *analysis.Manifest   // nil for a config file
}

// where names the source in messages: "flink-conf.yaml",
// `FlinkDeployment "orders"`.
func (s hygSource) where() string {
	if s.manifest != nil {
		return hygDescribe(s.manifest)
	}
	return base(s.path)
}

// at is the location of a position in the source.
func (s hygSource) at(pos parser.Pos) parser.Location {
	return parser.Location{Path: s.path, Pos: pos}
}

// last returns the last entry that sets canonicalKey (written as it or as
// one of its deprecated keys).
func (s hygSource) last(canonicalKey string) (config.Entry, bool) {
	for i := len(s.entries) - 1; i >= 0; i-- {
		if config.Canonical(s.entries[i].Key) == canonicalKey {
			return s.entries[i], true
		}
	}
	return config.Entry{}, false
}

// hygSources returns the config files (those given with --flink-config
// included) and the manifests of the scan. A config.yaml in which no key is
// a Flink key is left out: the name is common, and such a file is some
// other tool's configuration.
func hygSources(p *analysis.Pass) iter.Seq[hygSource] {
	return analysis.Each(p, hygSourcesOf(p.Program), func(s hygSource) parser.Location {
		if s.manifest != nil {
			return parser.Location{Path: s.path, Pos: s.manifest.Pos}
		}
		return lineOne(s.path)
	})
}

func hygSourcesOf(p *analysis.Program) []hygSource {
	var out []hygSource
	for _, cf := range p.ConfigFiles {
		if !hygFlinkFile(cf) {
			continue
		}
		out = append(out, hygSource{path: cf.Path, entries: cf.Entries, version: cf.Version, file: cf})
	}
	for _, m := range p.Manifests {
		out = append(out, hygSource{path: m.Path, entries: m.FlinkConfiguration, version: m.Version, manifest: m})
	}
	return out
}

// hygFlinkFile reports whether a config file is taken for a Flink
// configuration: a flink-conf.yaml, a file given with --flink-config, or a
// config.yaml that sets at least one key Flink knows.
func hygFlinkFile(cf *analysis.ConfigFile) bool {
	if cf.Flag || cf.Format == config.Legacy || path.Base(cf.Path) != config.StandardFileName {
		return true
	}
	for _, e := range cf.Entries {
		if config.Known(e.Key) {
			return true
		}
	}
	return false
}

// hygDescribe names a manifest: `FlinkDeployment "orders"`.
func hygDescribe(m *analysis.Manifest) string {
	if m.Name.Value == "" {
		return string(m.Kind)
	}
	return fmt.Sprintf("%s %q", m.Kind, m.Name.Value)
}

// hygValuePos is where a finding about an entry's value goes: the value,
// or the key when nothing is written after it.
func hygValuePos(e config.Entry) parser.Pos {
	if !e.ValuePos.IsZero() {
		return e.ValuePos
	}
	return e.KeyPos
}

// hygCodeSetting is a key set in code through an untyped setter of
// Configuration (setString, setInteger, ... with a string key): the key is
// text the compiler does not check.
type hygCodeSetting struct {
	jobgraph.Setting
	job     *jobgraph.Job
	version analysis.Version
	// setter is the Configuration method: "setString".
	setter string
}

// hygCodeSettings returns the untyped Configuration settings of the scanned
// jobs, each call once, with the key as written in the code (jobgraph's
// canonical key maps a deprecated name to its replacement, which would hide
// it from the deprecated- and removed-key rules).
func hygCodeSettings(p *analysis.Pass) iter.Seq[hygCodeSetting] {
	return analysis.Each(p, hygCodeSettingsOf(p.Program), func(cs hygCodeSetting) parser.Location { return cs.Loc })
}

func hygCodeSettingsOf(p *analysis.Program) []hygCodeSetting {
	var out []hygCodeSetting
	seen := map[parser.Location]bool{}
	for _, j := range p.Graph.Jobs {
		if j.Synthetic {
			continue
		}
		for _, s := range j.Settings {
			setter, ok := hygUntypedSetter(s.Origin)
			if !ok || seen[s.Loc] {
				continue
			}
			seen[s.Loc] = true
			if s.RawKey != "" {
				s.Key = s.RawKey
			}
			out = append(out, hygCodeSetting{Setting: s, job: j, version: p.JobVersion(j), setter: setter})
		}
	}
	return out
}

// hygUntypedSetter extracts the method from a setting's origin
// ("Configuration.setString(key)" → "setString"). Configuration.set takes a
// typed ConfigOption, whose key exists by construction: it is not untyped.
func hygUntypedSetter(origin string) (string, bool) {
	rest, ok := strings.CutPrefix(origin, "Configuration.")
	if !ok {
		return "", false
	}
	name, _, ok := strings.Cut(rest, "(")
	if !ok || name == "set" || !strings.HasPrefix(name, "set") {
		return "", false
	}
	return name, true
}

// ---------------------------------------------------------------------------
// Versions.

// hygDataVersion maps a target version onto the dataset: the version itself,
// or the newest the dataset has for a newer target. ok is false when the
// version is unknown or older than the dataset; version-specific rules then
// report at level note.
func hygDataVersion(v analysis.Version) (string, bool) {
	if !v.Known() {
		return "", false
	}
	vs := config.Versions()
	if slices.Contains(vs, v.Minor) {
		return v.Minor, true
	}
	newest := vs[len(vs)-1]
	if v.AtLeast(newest) {
		return newest, true
	}
	return "", false
}

// hygVersionsWhere returns the dataset's versions, oldest first, for which
// pred holds.
func hygVersionsWhere(pred func(v string) bool) []string {
	var out []string
	for _, v := range config.Versions() {
		if pred(v) {
			out = append(out, v)
		}
	}
	return out
}

// hygRange renders versions as runs of consecutive dataset versions:
// "1.17–2.1", "1.15, 1.20–2.1". A run that reaches the newest version
// reads "2.0 and later".
func hygRange(vs []string) string {
	all := config.Versions()
	idx := map[string]int{}
	for i, v := range all {
		idx[v] = i
	}
	var parts []string
	for i := 0; i < len(vs); {
		j := i
		for j+1 < len(vs) && idx[vs[j+1]] == idx[vs[j]]+1 {
			j++
		}
		switch {
		case i == j && idx[vs[j]] == len(all)-1:
			parts = append(parts, vs[i])
		case idx[vs[j]] == len(all)-1:
			parts = append(parts, vs[i]+" and later")
		case i == j:
			parts = append(parts, vs[i])
		default:
			parts = append(parts, vs[i]+"–"+vs[j])
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// hygKnownIn reports whether a dataset version reads key. The reporter
// setting metrics.reporter.<name>.class matches the catch-all
// metrics.reporter.<name>.<parameter> in every version, but Flink 2.0
// removed the option that read it.
func hygKnownIn(version, key string) bool {
	if hygReporterClass(key) != "" && (analysis.Version{Minor: version}).AtLeast("2.0") {
		return false
	}
	return config.KeyIn(version, key).Known()
}

// hygDeprecatedIn reports whether a dataset version reads key only as a
// deprecated key, or as an option that is itself deprecated.
func hygDeprecatedIn(version, key string) bool {
	ki := config.KeyIn(version, key)
	if ki.Option {
		o, ok := config.Option(version, key)
		return ok && o.Deprecated && !o.Templated
	}
	return len(ki.DeprecatedFor) > 0
}

// hygReplacement names what replaces a deprecated or removed key: the
// options that read it as a deprecated key in the newest version that does,
// else its canonical name; "" when nothing does.
func hygReplacement(key string) string {
	vs := config.Versions()
	for i := len(vs) - 1; i >= 0; i-- {
		ki := config.KeyIn(vs[i], key)
		if len(ki.DeprecatedFor) == 0 {
			continue
		}
		var names []string
		for _, k := range ki.DeprecatedFor {
			k = config.Canonical(k)
			if k != key && !slices.Contains(names, k) {
				names = append(names, k)
			}
		}
		if len(names) > 0 {
			return strings.Join(names, " and ")
		}
	}
	if c := config.Canonical(key); c != key {
		return c
	}
	if name := hygReporterClass(key); name != "" {
		return "metrics.reporter." + name + ".factory.class"
	}
	return hygRemovedHints[key]
}

// hygRemovedHints are replacements the dataset cannot tell: options removed
// without a deprecated-key link to their successor.
var hygRemovedHints = map[string]string{
	"security.ssl.enabled":  "security.ssl.internal.enabled and security.ssl.rest.enabled",
	"taskmanager.heap.size": "taskmanager.memory.flink.size (or taskmanager.memory.process.size)",
	"taskmanager.heap.mb":   "taskmanager.memory.flink.size (or taskmanager.memory.process.size)",
	"jobmanager.heap.size":  "jobmanager.memory.heap.size (or jobmanager.memory.process.size)",
	"jobmanager.heap.mb":    "jobmanager.memory.heap.size (or jobmanager.memory.process.size)",
}

// hygReporterClass returns <name> for metrics.reporter.<name>.class.
func hygReporterClass(key string) string {
	rest, ok := strings.CutPrefix(key, "metrics.reporter.")
	if !ok {
		return ""
	}
	name, ok := strings.CutSuffix(rest, ".class")
	if !ok || name == "" || strings.Contains(name, ".") {
		return ""
	}
	return name
}

// ---------------------------------------------------------------------------
// Values.

// hygIsReference reports a value that a deployment tool substitutes before
// Flink reads it: ${VAR}, ${env:VAR}, $VAR, $(VAR).
func isReference(v string) bool {
	v = strings.TrimSpace(hygUnquote(v))
	if strings.Contains(v, "${") || strings.HasPrefix(v, "$(") {
		return true
	}
	return len(v) > 1 && v[0] == '$' && (v[1] == '_' || unicode.IsLetter(rune(v[1])))
}

// hygUnquote removes one pair of matching quotes: flink-conf.yaml keeps
// them as written.
func hygUnquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

// hygShowValue renders a value for a message: quoted, or masked when the
// key may hold a secret.
func hygShowValue(key, value string) string {
	if isSecretKey(key) {
		return "****"
	}
	const max = 60
	if len(value) > max {
		cut := max
		for cut > 0 && value[cut]&0xC0 == 0x80 {
			cut--
		}
		value = value[:cut] + "…"
	}
	return strconv.Quote(value)
}

// hygOptionFor returns the option a dataset version reads key for: the
// key's own option, the option reading it as a deprecated key, or the
// option of its canonical name.
func hygOptionFor(version, key string) (config.OptionInfo, bool) {
	if o, ok := config.Option(version, key); ok {
		return o, true
	}
	if ki := config.KeyIn(version, key); len(ki.DeprecatedFor) > 0 {
		return config.Option(version, ki.DeprecatedFor[0])
	}
	if c := config.Canonical(key); c != key {
		return config.Option(version, c)
	}
	return config.OptionInfo{}, false
}

// hygCheckValue reports whether Flink parses value for an option, the way
// its Configuration converts a string (ConfigurationUtils, TimeUtils,
// MemorySize); want says what Flink accepts when it does not. Types
// flinklint does not check (String, Map, List) always pass.
func hygCheckValue(o config.OptionInfo, value string) (want string, ok bool) {
	switch o.Type {
	case "Boolean":
		return "true or false", strings.EqualFold(value, "true") || strings.EqualFold(value, "false")
	case "Integer":
		_, err := strconv.ParseInt(value, 10, 32)
		return "a whole number", err == nil
	case "Long":
		_, err := strconv.ParseInt(value, 10, 64)
		return "a whole number", err == nil
	case "Float", "Double":
		return "a number", hygJavaFloat(value)
	case "Duration":
		return `a whole number and a unit, such as "30 s", "5 min", "500 ms" or "1 h" (no unit means milliseconds)`, hygFlinkDuration(value)
	case "MemorySize":
		return `a whole number and a unit, such as "1728m", "4 gb" or "512 mb" (no unit means bytes)`, hygFlinkMemorySize(value)
	case "Enum":
		if len(o.Enum) == 0 {
			return "", true
		}
		for _, e := range o.Enum {
			if strings.EqualFold(e, value) {
				return "", true
			}
		}
		return "one of " + strings.Join(o.Enum, ", ") + " (in any case)", false
	}
	return "", true
}

// hygDurationUnits are the labels of Flink's TimeUtils.parseDuration,
// matched after lower-casing: d, h, min, m, s, ms, µs, ns, and day, hour,
// minute, sec, second, milli, millisecond, micro, microsecond, nano,
// nanosecond with or without a plural "s". ("us" is not one of them.)
var hygDurationUnits = func() map[string]bool {
	units := map[string]bool{}
	for _, l := range []string{"d", "h", "min", "m", "s", "ms", "µs", "ns"} {
		units[l] = true
	}
	for _, l := range []string{"day", "hour", "minute", "sec", "second", "milli", "millisecond", "micro", "microsecond", "nano", "nanosecond"} {
		units[l] = true
		units[l+"s"] = true
	}
	return units
}()

// hygMemoryUnits are the labels of Flink's MemorySize.parseBytes.
var hygMemoryUnits = map[string]uint64{
	"b": 1, "bytes": 1,
	"k": 1 << 10, "kb": 1 << 10, "kibibytes": 1 << 10,
	"m": 1 << 20, "mb": 1 << 20, "mebibytes": 1 << 20,
	"g": 1 << 30, "gb": 1 << 30, "gibibytes": 1 << 30,
	"t": 1 << 40, "tb": 1 << 40, "tebibytes": 1 << 40,
}

// hygJavaTrim trims like Java's String.trim: every char <= U+0020.
func hygJavaTrim(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r <= ' ' })
}

// hygNumberAndUnit splits a trimmed value into its leading ASCII digits
// and the rest, trimmed and lower-cased, as TimeUtils and MemorySize do.
func hygNumberAndUnit(s string) (number, unit string) {
	s = hygJavaTrim(s)
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], strings.ToLower(hygJavaTrim(s[i:]))
}

// hygFlinkDuration reports whether TimeUtils.parseDuration accepts s: a
// non-negative whole number that fits a long, then an optional unit label.
func hygFlinkDuration(s string) bool {
	number, unit := hygNumberAndUnit(s)
	if number == "" {
		return false
	}
	if _, err := strconv.ParseInt(number, 10, 64); err != nil {
		return false
	}
	return unit == "" || hygDurationUnits[unit]
}

// hygFlinkMemorySize reports whether MemorySize.parseBytes accepts s: a
// whole number, an optional unit label, and no overflow of a long.
func hygFlinkMemorySize(s string) bool {
	number, unit := hygNumberAndUnit(s)
	if number == "" {
		return false
	}
	n, err := strconv.ParseUint(number, 10, 63)
	if err != nil {
		return false
	}
	mult := uint64(1)
	if unit != "" {
		m, ok := hygMemoryUnits[unit]
		if !ok {
			return false
		}
		mult = m
	}
	return n <= math.MaxInt64/mult
}

// hygJavaFloat reports whether Java's Float.parseFloat/Double.parseDouble
// accept s: a decimal or hexadecimal floating-point literal with an optional
// sign and f/F/d/D suffix, NaN or Infinity.
func hygJavaFloat(s string) bool {
	t := hygJavaTrim(s)
	body := strings.TrimLeft(t, "+-")
	if len(t)-len(body) > 1 {
		return false
	}
	if body == "NaN" || body == "Infinity" {
		return true
	}
	if strings.ContainsAny(body, "_ ") || body == "" {
		return false
	}
	if l := body[len(body)-1]; l == 'f' || l == 'F' || l == 'd' || l == 'D' {
		if !strings.HasPrefix(strings.ToLower(body), "0x") {
			body = body[:len(body)-1]
		}
	}
	lower := strings.ToLower(body)
	if strings.HasPrefix(lower, "inf") || strings.HasPrefix(lower, "nan") {
		return false
	}
	_, err := strconv.ParseFloat(body, 64)
	if err != nil {
		// Overflow still parses in Java (to Infinity).
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return true
		}
	}
	return err == nil
}

// ---------------------------------------------------------------------------
// Unknown keys.

// hygSuggest returns the known key closest to an unknown key, or "": a key
// one edit away (Damerau-Levenshtein distance 1: a character inserted,
// deleted, replaced, or two adjacent ones swapped), for keys of at least 6
// characters. Candidates the target version reads as options win over
// deprecated keys, then over keys of other versions, the Kubernetes
// operator, templates and prefix families; among equals, the one sharing
// the longest prefix with the typo, then the first in byte order.
//
// The candidates come from the dataset's near-match index
// (config.OneEditKnown, config.ExactKeysWithin), so the cost of a key does
// not grow with the dataset: a config of 40,000 unknown keys took 115 s
// when every one-edit string of each key was generated and looked up.
func hygSuggest(key string, ver analysis.Version) string {
	if s := hygSuggestOneEdit(key, ver); s != "" {
		return s
	}
	return hygSuggestTwoEdits(key)
}

// hygSuggestTwoEdits looks for a known key at most two edits away (keys of
// 12 characters or more, with the same first segment), for typos such as
// "max.cnt" for "max.count". The closest wins, then the first in byte
// order.
func hygSuggestTwoEdits(key string) string {
	if len(key) < 12 {
		return ""
	}
	first, _, _ := strings.Cut(key, ".")
	best, bestDist := "", 3
	config.ExactKeysWithin(key, 2, first+".", func(c string, d int) {
		if d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	})
	return best
}

func hygSuggestOneEdit(key string, ver analysis.Version) string {
	if len(key) < 6 {
		return ""
	}
	dv, known := hygDataVersion(ver)
	best, bestScore := "", 0
	config.OneEditKnown(key, func(c string) {
		if c == key {
			return
		}
		score := hygCandidateScore(c, dv, known)*1000 + hygCommonPrefix(c, key)
		if score > bestScore || score == bestScore && c < best {
			best, bestScore = c, score
		}
	})
	return best
}

// hygCandidateScore ranks a known candidate key: 5 an option of the target
// version, 4 a deprecated key of it, 3 an exact key of another version, 2 a
// key only the Kubernetes operator knows, 1 a key only a template or prefix
// family matches.
func hygCandidateScore(c, dv string, known bool) int {
	if known {
		ki := config.KeyIn(dv, c)
		switch {
		case ki.Option && !hygDeprecatedIn(dv, c):
			return 5
		case ki.Option || len(ki.DeprecatedFor) > 0 || ki.Fallback:
			return 4
		}
	}
	anyVersion := false
	for _, v := range config.Versions() {
		ki := config.KeyIn(v, c)
		if ki.Option || len(ki.DeprecatedFor) > 0 || ki.Fallback {
			return 3
		}
		if ki.Known() {
			anyVersion = true
		}
	}
	if !anyVersion {
		return 2 // Known, yet no Flink version knows it: the operator does
	}
	return 1
}

func hygCommonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// ---------------------------------------------------------------------------
// Secrets.

// isSecretKey reports whether a config key holds a secret, so that its
// value must never appear in a message: a password, passphrase, secret,
// token, credential, access key (also the id of an AWS access key), secret
// key, private key or API key, an Azure storage account key
// (fs.azure.account.key.<account>), and JAAS configurations (which embed
// passwords). The key's last word decides: keys that configure a file, a
// switch, a provider or a renewal interval (keystore-password-file,
// security.ssl.rest.enabled, security.delegation.tokens.renewal.retry.backoff,
// kubernetes.secrets, kubernetes.env.secretKeyRef) hold no secret.
// PlaintextSecret (SEC002) reports such keys written with a literal value;
// the other config rules mask their values.
func isSecretKey(key string) bool {
	lower := strings.ToLower(key)
	if strings.HasPrefix(lower, "fs.azure.account.key.") || strings.HasPrefix(lower, "fs.azure.sas.") {
		return true
	}
	w := hygKeyWords(key)
	if len(w) == 0 {
		return false
	}
	if slices.Contains(w, "jaas") {
		return true
	}
	n := len(w)
	switch w[n-1] {
	case "password", "passwd", "pwd", "passphrase", "secret", "token", "credential", "credentials",
		"apikey", "secretkey", "accesskey", "privatekey", "secretaccesskey":
		return true
	case "key":
		if n >= 2 {
			switch w[n-2] {
			case "secret", "access", "private", "api", "encryption", "signing", "master", "account":
				return true
			}
		}
	case "id":
		// accessKeyId, access-key-id, access.key.id
		return n >= 3 && w[n-3] == "access" && w[n-2] == "key" || n >= 2 && w[n-2] == "accesskey"
	}
	return false
}

// hygKeyWords splits a key into lower-case words at '.', '-', '_' and
// camelCase boundaries: "fs.oss.accessKeySecret" → fs oss access key secret.
func hygKeyWords(key string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	var prev rune
	for _, r := range key {
		switch {
		case r == '.' || r == '-' || r == '_':
			flush()
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return words
}

// hygJAASPassword finds a literal password in a JAAS configuration
// (password="..." inside sasl.jaas.config).
var hygJAASPassword = regexp.MustCompile(`(?i)password\s*=\s*"?([^"\s;]*)`)

// hygPlaintextSecret reports whether an entry writes a secret in plain
// text: a secret key (isSecretKey) whose value is neither empty, nor a
// reference substituted at deploy time (${VAR}, ${env:VAR}, $VAR), nor a
// path to a keystore, keytab or key file, nor already masked. A JAAS
// configuration counts only when it embeds a literal password.
func hygPlaintextSecret(key, value string) bool {
	if !isSecretKey(key) {
		return false
	}
	v := strings.TrimSpace(hygUnquote(strings.TrimSpace(value)))
	if v == "" || isReference(v) || hygLooksLikePath(v) || strings.Trim(v, "*") == "" ||
		strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">") {
		return false
	}
	if slices.Contains(hygKeyWords(key), "jaas") {
		m := hygJAASPassword.FindStringSubmatch(v)
		return m != nil && m[1] != "" && !isReference(m[1])
	}
	return true
}

// hygLooksLikePath reports a value that names a file rather than holding a
// secret: an absolute or relative path, a file: URI, or a keystore, keytab,
// certificate or key file name.
func hygLooksLikePath(v string) bool {
	lower := strings.ToLower(v)
	for _, ext := range []string{".keytab", ".jks", ".p12", ".pfx", ".pem", ".crt", ".cer", ".key", ".keystore", ".truststore"} {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	if strings.ContainsAny(v, " \t") {
		return false
	}
	return strings.HasPrefix(v, "/") || strings.HasPrefix(v, "./") || strings.HasPrefix(v, "~/") ||
		strings.HasPrefix(lower, "file:")
}
