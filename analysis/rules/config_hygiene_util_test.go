package rules

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

func TestHygFlinkDuration(t *testing.T) {
	for v, want := range map[string]bool{
		"60 s": true, "1min": true, "500ms": true, "10 sec": true, "10 secs": true, "10 seconds": true,
		"1 m": true, "2 MIN": true, "3 minutes": true, "1h": true, "2 hours": true, "1 d": true, "7 days": true,
		"100 milli": true, "100 millis": true, "5 µs": true, "5 micros": true, "5 ns": true, "5 nanoseconds": true,
		"50000": true, " 30 s ": true, "0": true,
		"PT10S": false, "1.5 s": false, "-1": false, "-1 s": false, "s": false, "": false, "10 us": false,
		"10 sekunden": false, "ten seconds": false, "99999999999999999999 ms": false, "1 w": false,
	} {
		if got := hygFlinkDuration(v); got != want {
			t.Errorf("hygFlinkDuration(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestHygFlinkMemorySize(t *testing.T) {
	for v, want := range map[string]bool{
		"8g": true, "1728m": true, "1 gb": true, "512mb": true, "1024": true, "64MB": true, "2 GiBiBytes": true,
		"4 t": true, "100 b": true, "100 bytes": true, "16 kb": true, "8388607 t": true,
		"2 gigs": false, "1.5g": false, "-1": false, "": false, "g": false, "8388608 t": false, "1 gib": false,
	} {
		if got := hygFlinkMemorySize(v); got != want {
			t.Errorf("hygFlinkMemorySize(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestHygJavaFloat(t *testing.T) {
	for v, want := range map[string]bool{
		"0.4": true, "1": true, "-2.5": true, "+3": true, "1e3": true, ".5": true, "5.": true, "0.4f": true, "1d": true,
		"NaN": true, "-Infinity": true, "0x1p3": true, "1e999": true,
		"ten": false, "inf": false, "nan": false, "1_000": false, "": false, "--1": false, "0.4 f": false,
	} {
		if got := hygJavaFloat(v); got != want {
			t.Errorf("hygJavaFloat(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestIsSecretKey(t *testing.T) {
	for k, want := range map[string]bool{
		"s3.access-key": true, "s3.secret-key": true, "fs.s3a.access.key": true, "fs.s3a.secret.key": true,
		"fs.s3a.session.token": true, "fs.oss.accessKeyId": true, "fs.oss.accessKeySecret": true,
		"fs.azure.account.key.acme.blob.core.windows.net": true, "security.ssl.internal.keystore-password": true,
		"security.ssl.rest.key-password": true, "security.ssl.rest.truststore-password": true,
		"metrics.reporter.dghttp.apikey": true, "metrics.reporter.x.api-key": true, "sasl.jaas.config": true,
		"properties.sasl.jaas.config": true, "my.db.password": true, "gcp.credentials": true,
		"fs.azure.account.oauth2.client.secret": true, "private-key": true,

		"security.ssl.rest.enabled": false, "security.ssl.rest.keystore": false, "security.kerberos.login.keytab": false,
		"security.kerberos.login.principal": false, "security.delegation.tokens.enabled": false,
		"security.delegation.tokens.renewal.retry.backoff": false, "security.kerberos.tokens.renewal.time-ratio": false,
		"kubernetes.secrets": false, "kubernetes.env.secretKeyRef": false, "fs.s3a.aws.credentials.provider": false,
		"security.ssl.internal.keystore-password-file": false, "metrics.reporter.influx.username": false,
		"state.backend.type": false, "key": false, "": false,
	} {
		if got := isSecretKey(k); got != want {
			t.Errorf("isSecretKey(%q) = %v, want %v", k, got, want)
		}
	}
}

func TestHygPlaintextSecret(t *testing.T) {
	for _, c := range []struct {
		key, value string
		want       bool
	}{
		{"s3.secret-key", "abc", true},
		{"s3.secret-key", `"abc"`, true},
		{"s3.secret-key", "", false},
		{"s3.secret-key", `""`, false},
		{"s3.secret-key", "${S3_SECRET}", false},
		{"s3.secret-key", "${env:S3_SECRET}", false},
		{"s3.secret-key", "$S3_SECRET", false},
		{"s3.secret-key", "****", false},
		{"s3.secret-key", "<your-secret-key>", false},
		{"security.ssl.internal.keystore-password", "/etc/flink/keystore.jks", false},
		{"private-key", "/etc/tls/tls.key", false},
		{"sasl.jaas.config", `org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";`, true},
		{"sasl.jaas.config", `org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="${PASS}";`, false},
		{"sasl.jaas.config", `com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true keyTab="/etc/flink.keytab";`, false},
		{"security.ssl.rest.enabled", "true", false},
	} {
		if got := hygPlaintextSecret(c.key, c.value); got != c.want {
			t.Errorf("hygPlaintextSecret(%q, %q) = %v, want %v", c.key, c.value, got, c.want)
		}
	}
}

func TestHygShowValueMasksSecrets(t *testing.T) {
	if got := hygShowValue("s3.secret-key", "hunter2"); got != "****" {
		t.Errorf("secret value shown as %s", got)
	}
	if got := hygShowValue("execution.checkpointing.interval", "1.5 s"); got != `"1.5 s"` {
		t.Errorf("value shown as %s", got)
	}
}

func TestHygSuggest(t *testing.T) {
	unknown := analysis.Version{}
	v20 := analysis.Version{Minor: "2.0"}
	for _, c := range []struct {
		key  string
		ver  analysis.Version
		want string
	}{
		{"execution.checkpointing.intervall", unknown, "execution.checkpointing.interval"},
		{"execution.checkpointing.interal", v20, "execution.checkpointing.interval"},
		{"state.backend.incrmental", unknown, "state.backend.incremental"},
		{"taskmanager.memory.proces.size", unknown, "taskmanager.memory.process.size"},
		{"taskmanager.memory.porcess.size", unknown, "taskmanager.memory.process.size"},
		{"high-availability.storagedir", v20, "high-availability.storageDir"},
		{"job.autoscaler.enabeld", unknown, "job.autoscaler.enabled"},
		{"kubernetes.operator.savepoint.history.max.cnt", unknown, "kubernetes.operator.savepoint.history.max.count"},
		{"acme.orders.topic", unknown, ""},
		{"x.y", unknown, ""},
	} {
		if got := hygSuggest(c.key, c.ver); got != c.want {
			t.Errorf("hygSuggest(%q, %q) = %q, want %q", c.key, c.ver.Minor, got, c.want)
		}
	}
}

func TestHygRange(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"1.17", "1.18", "1.19", "1.20", "2.0", "2.1", "2.2", "2.3"}, "1.17 and later"},
		{[]string{"1.17", "1.18", "1.19", "1.20", "2.0", "2.1"}, "1.17–2.1"},
		{[]string{"1.15", "1.16", "1.17", "1.18", "1.19", "1.20"}, "1.15–1.20"},
		{[]string{"1.15", "1.20", "2.0"}, "1.15, 1.20–2.0"},
		{[]string{"2.3"}, "2.3"},
		{[]string{"1.18"}, "1.18"},
	} {
		if got := hygRange(c.in); got != c.want {
			t.Errorf("hygRange(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHygDataVersion(t *testing.T) {
	for _, c := range []struct {
		minor, want string
		ok          bool
	}{
		{"1.20", "1.20", true}, {"2.0", "2.0", true}, {"2.3", "2.3", true}, {"2.2", "2.2", true}, {"2.4", "2.3", true}, {"1.14", "", false}, {"", "", false},
	} {
		got, ok := hygDataVersion(analysis.Version{Minor: c.minor})
		if got != c.want || ok != c.ok {
			t.Errorf("hygDataVersion(%q) = %q, %v; want %q, %v", c.minor, got, ok, c.want, c.ok)
		}
	}
}

// TestHygSuggestMatchesBrute: the near-match index suggests what generating
// and looking up every one-edit string suggested (the search before issue
// 18, in suggest_oracle_test.go), on typos of dataset keys, of templated
// and prefix-family keys, and on keys close to nothing.
func TestHygSuggestMatchesBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 3))
	keys := config.Keys()
	typo := func(k string, edits int) string {
		for range edits {
			if len(k) < 2 {
				break
			}
			i := rng.IntN(len(k) - 1)
			c := string(config.KeyAlphabet[rng.IntN(len(config.KeyAlphabet))])
			switch rng.IntN(4) {
			case 0:
				k = k[:i] + k[i+1:]
			case 1:
				k = k[:i] + c + k[i:]
			case 2:
				k = k[:i] + c + k[i+1:]
			default:
				k = k[:i] + string(k[i+1]) + string(k[i]) + k[i+2:]
			}
		}
		return k
	}
	in := []string{
		"metrics.reporter.prom.factory.clas", "metrics.reportr.prom.factory.class", "fs.s3.limit.totl",
		"fs.s3.limt.total", "containerized.master.en.FOO", "containerizedmaster.env.FOO", "s3.acess-key",
		"flink.hadop.fs.s3a.endpoint", "internal.flink.version", "$internal.flink.versio", "i$nternal.flink.version",
		"kubernetes.operator.default-configuration.flink-versio.v1_18.x", "acme.orders.topic", "ab", "",
		"external-resource.gpu.driver-factory.clas", "traces.reportr.otel.factory.class", "x.y.z.w.v.u.t.s",
	}
	for i := 0; i < 60; i++ {
		k := keys[rng.IntN(len(keys))]
		in = append(in, typo(k, 1+i%2))
	}
	for i := 0; i < 10; i++ {
		in = append(in, fmt.Sprintf("acme.%s.%d", typo("engine.sink.cache", 3), i))
	}
	versions := []analysis.Version{{}, {Minor: "1.18"}, {Minor: "2.0"}}
	for i, k := range in {
		v := versions[i%len(versions)]
		if got, want := hygSuggest(k, v), bruteSuggest(k, v); got != want {
			t.Errorf("hygSuggest(%q, %q) = %q, the exhaustive search says %q", k, v.Minor, got, want)
		}
	}
}

// TestHygSuggestCost: an unknown key costs a bounded amount of work, not a
// lookup of every one-edit string (about 3,000 strings, 3 ms, for this key;
// issue 18: a config of 40,000 unknown keys took 32 s). Allocations count
// the work deterministically.
func TestHygSuggestCost(t *testing.T) {
	hygSuggest("warm.up.the.index", analysis.Version{})
	for _, k := range []string{"acme.engine.sink.cache-12345", "taskmanager.memory.proces.size", "metrics.reportr.prom.factory.class"} {
		if config.Known(k) {
			t.Fatalf("%s is a known key", k)
		}
		if n := testing.AllocsPerRun(5, func() { hygSuggest(k, analysis.Version{}) }); n > 400 {
			t.Errorf("hygSuggest(%q): %.0f allocations, want at most 400", k, n)
		}
	}
}
