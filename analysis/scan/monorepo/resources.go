package monorepo

import (
	"fmt"
	"sort"
	"strings"
)

// ---- build files ----

func (g *gen) pom(m *module) []byte {
	var s src
	s.l(`<?xml version="1.0" encoding="UTF-8"?>`)
	s.l(`<project xmlns="http://maven.apache.org/POM/4.0.0"`)
	s.l(`         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`)
	s.l(`         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">`)
	s.ind++
	s.l("<modelVersion>4.0.0</modelVersion>")
	s.l("")
	s.l("<parent>")
	s.l("    <groupId>com.acme</groupId>")
	s.l("    <artifactId>acme-platform</artifactId>")
	s.l("    <version>2024.11.0-SNAPSHOT</version>")
	s.l("    <relativePath>../../pom.xml</relativePath>")
	s.l("</parent>")
	s.l("")
	s.l("<artifactId>%s</artifactId>", m.name)
	s.l("<packaging>jar</packaging>")
	s.l("<name>%s</name>", strings.ReplaceAll(camel(m.name), "-", " "))
	s.l("")
	if m.flinkVersion != "" {
		s.l("<properties>")
		s.l("    <flink.version>%s</flink.version>", m.flinkVersion)
		s.l("</properties>")
		s.l("")
	}
	type dep struct{ group, artifact, version, scope string }
	var deps []dep
	switch m.kind {
	case modService:
		deps = []dep{{"org.springframework.boot", "spring-boot-starter-web", "", ""}, {"org.springframework.boot", "spring-boot-starter-data-jpa", "", ""},
			{"org.springframework.boot", "spring-boot-starter-validation", "", ""}, {"org.postgresql", "postgresql", "", "runtime"},
			{"org.springframework.kafka", "spring-kafka", "", ""}}
	case modLibrary:
		deps = []dep{{"com.fasterxml.jackson.core", "jackson-databind", "", ""}, {"org.slf4j", "slf4j-api", "", ""}}
	case modStreams:
		deps = []dep{{"org.apache.kafka", "kafka-streams", "${kafka.version}", ""}, {"com.fasterxml.jackson.core", "jackson-databind", "", ""}}
	case modBatch:
		deps = []dep{{"org.springframework", "spring-jdbc", "", ""}, {"org.slf4j", "slf4j-api", "", ""}}
	default:
		deps = []dep{{"org.apache.flink", "flink-streaming-java", "${flink.version}", "provided"}, {"org.apache.flink", "flink-clients", "${flink.version}", "provided"},
			{"org.apache.flink", "flink-connector-kafka", "${flink.kafka.connector.version}", ""}, {"org.apache.flink", "flink-cep", "${flink.version}", "provided"},
			{"org.apache.flink", "flink-statebackend-rocksdb", "${flink.version}", "provided"}, {"org.apache.flink", "flink-json", "${flink.version}", ""},
			{"org.apache.flink", "flink-test-utils", "${flink.version}", "test"}}
		if m.kind == modFlink {
			deps = append(deps, dep{"com.acme", "flink-common", "${project.version}", ""})
		}
	}
	deps = append(deps, dep{"org.junit.jupiter", "junit-jupiter", "", "test"}, dep{"org.mockito", "mockito-junit-jupiter", "", "test"}, dep{"org.assertj", "assertj-core", "", "test"})
	s.l("<dependencies>")
	s.ind++
	for _, d := range deps {
		s.l("<dependency>")
		s.l("    <groupId>%s</groupId>", d.group)
		s.l("    <artifactId>%s</artifactId>", d.artifact)
		if d.version != "" {
			s.l("    <version>%s</version>", d.version)
		}
		if d.scope != "" {
			s.l("    <scope>%s</scope>", d.scope)
		}
		s.l("</dependency>")
	}
	s.ind--
	s.l("</dependencies>")
	if m.kind == modFlink {
		s.l("")
		s.l("<build>")
		s.l("    <plugins>")
		s.l("        <plugin>")
		s.l("            <groupId>org.apache.maven.plugins</groupId>")
		s.l("            <artifactId>maven-shade-plugin</artifactId>")
		s.l("            <executions>")
		s.l("                <execution>")
		s.l("                    <phase>package</phase>")
		s.l("                    <goals><goal>shade</goal></goals>")
		s.l("                    <configuration>")
		s.l("                        <artifactSet>")
		s.l("                            <excludes>")
		s.l("                                <exclude>org.apache.flink:flink-shaded-force-shading</exclude>")
		s.l("                                <exclude>org.slf4j:*</exclude>")
		s.l("                                <exclude>org.apache.logging.log4j:*</exclude>")
		s.l("                            </excludes>")
		s.l("                        </artifactSet>")
		s.l("                    </configuration>")
		s.l("                </execution>")
		s.l("            </executions>")
		s.l("        </plugin>")
		s.l("    </plugins>")
		s.l("</build>")
	}
	s.ind--
	s.l("</project>")
	return s.b.Bytes()
}

func (g *gen) gradle(m *module) []byte {
	var s src
	s.l("plugins {")
	s.l("    id 'java-library'")
	if m.flinkVersion != "" {
		s.l("    id 'com.github.johnrengelman.shadow' version '8.1.1'")
	}
	s.l("}")
	s.l("")
	s.l("group = 'com.acme'")
	s.l("version = '2024.11.0-SNAPSHOT'")
	s.l("")
	s.l("java {")
	s.l("    toolchain {")
	s.l("        languageVersion = JavaLanguageVersion.of(17)")
	s.l("    }")
	s.l("}")
	s.l("")
	if m.flinkVersion != "" {
		s.l("ext {")
		s.l("    flinkVersion = '%s'", m.flinkVersion)
		s.l("}")
		s.l("")
	}
	s.l("dependencies {")
	if m.flinkVersion != "" {
		s.l("    compileOnly \"org.apache.flink:flink-streaming-java:${flinkVersion}\"")
		s.l("    implementation \"org.apache.flink:flink-connector-kafka:3.2.0-1.19\"")
		s.l("    testImplementation \"org.apache.flink:flink-test-utils:${flinkVersion}\"")
	} else {
		s.l("    implementation 'com.fasterxml.jackson.core:jackson-databind:2.17.1'")
		s.l("    implementation 'org.slf4j:slf4j-api:2.0.13'")
	}
	s.l("    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'")
	s.l("    testImplementation 'org.assertj:assertj-core:3.26.0'")
	s.l("}")
	s.l("")
	s.l("test {")
	s.l("    useJUnitPlatform()")
	s.l("}")
	return s.b.Bytes()
}

// writeRoot writes the root pom.xml listing every module, a README and a
// .gitignore (as many of the three as n allows).
func (g *gen) writeRoot(n int) {
	if n >= 1 {
		var s src
		s.l(`<?xml version="1.0" encoding="UTF-8"?>`)
		s.l(`<project xmlns="http://maven.apache.org/POM/4.0.0"`)
		s.l(`         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`)
		s.l(`         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">`)
		s.ind++
		s.l("<modelVersion>4.0.0</modelVersion>")
		s.l("<groupId>com.acme</groupId>")
		s.l("<artifactId>acme-platform</artifactId>")
		s.l("<version>2024.11.0-SNAPSHOT</version>")
		s.l("<packaging>pom</packaging>")
		s.l("")
		s.l("<properties>")
		s.l("    <maven.compiler.release>17</maven.compiler.release>")
		s.l("    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>")
		s.l("    <flink.version>1.20.1</flink.version>")
		s.l("    <flink.kafka.connector.version>3.3.0-1.20</flink.kafka.connector.version>")
		s.l("    <kafka.version>3.7.1</kafka.version>")
		s.l("    <spring-boot.version>3.3.5</spring-boot.version>")
		s.l("</properties>")
		s.l("")
		s.l("<modules>")
		for _, d := range g.modules {
			s.l("    <module>%s</module>", d)
		}
		s.l("</modules>")
		s.ind--
		s.l("</project>")
		g.write("pom.xml", s.b.Bytes())
	}
	if n >= 2 {
		g.write("README.md", []byte(fmt.Sprintf("# acme-platform\n\nThe Acme monorepo: %d modules (services, libraries, Kafka Streams apps, batch jobs and Flink jobs).\n\nBuild everything with `mvn -T 1C verify`; Flink jobs deploy through the Flink Kubernetes operator (see each job's `deploy/`).\n", len(g.modules))))
	}
	if n >= 3 {
		g.write(".gitignore", []byte("target/\nbuild/\nout/\n.idea/\n*.iml\n.gradle/\n.DS_Store\n"))
	}
}

// ---- logging ----

func (g *gen) log4j(m *module) []byte {
	level := "INFO"
	if g.pct(6) {
		level = "DEBUG"
	}
	return []byte(fmt.Sprintf(`# This affects logging for both user code and Flink.
monitorInterval = 30

rootLogger.level = %s
rootLogger.appenderRef.console.ref = ConsoleAppender
rootLogger.appenderRef.rolling.ref = RollingFileAppender

# Uncomment this if you want to _only_ change Flink's logging
#logger.flink.name = org.apache.flink
#logger.flink.level = INFO

logger.acme.name = com.acme.%s
logger.acme.level = %s
logger.kafka.name = org.apache.kafka
logger.kafka.level = WARN
logger.hadoop.name = org.apache.hadoop
logger.hadoop.level = WARN
logger.zookeeper.name = org.apache.zookeeper
logger.zookeeper.level = INFO

appender.console.name = ConsoleAppender
appender.console.type = CONSOLE
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %%d{yyyy-MM-dd HH:mm:ss,SSS} %%-5p %%-60c %%x - %%m%%n

appender.rolling.name = RollingFileAppender
appender.rolling.type = RollingFile
appender.rolling.append = true
appender.rolling.fileName = ${sys:log.file}
appender.rolling.filePattern = ${sys:log.file}.%%i
appender.rolling.layout.type = PatternLayout
appender.rolling.layout.pattern = %%d{yyyy-MM-dd HH:mm:ss,SSS} %%-5p %%-60c %%x - %%m%%n
appender.rolling.policies.type = Policies
appender.rolling.policies.size.type = SizeBasedTriggeringPolicy
appender.rolling.policies.size.size = 100MB
appender.rolling.strategy.type = DefaultRolloverStrategy
appender.rolling.strategy.max = 10

# Suppress the irrelevant (wrong) warnings from the Netty channel handler
logger.netty.name = org.jboss.netty.channel.DefaultChannelPipeline
logger.netty.level = OFF
`, level, m.domain, pick(g, []string{"INFO", "INFO", "DEBUG"})))
}

func (g *gen) logback(m *module) []byte {
	return []byte(fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<configuration>
    <include resource="org/springframework/boot/logging/logback/defaults.xml"/>
    <springProperty scope="context" name="service" source="spring.application.name" defaultValue="%s"/>

    <appender name="JSON" class="ch.qos.logback.core.ConsoleAppender">
        <encoder class="net.logstash.logback.encoder.LogstashEncoder">
            <customFields>{"service":"${service}"}</customFields>
        </encoder>
    </appender>

    <logger name="com.acme" level="%s"/>
    <logger name="org.hibernate.SQL" level="WARN"/>

    <root level="%s">
        <appender-ref ref="JSON"/>
    </root>
</configuration>
`, m.name, pick(g, []string{"INFO", "DEBUG"}), pick(g, []string{"INFO", "INFO", "INFO", "WARN", "DEBUG"})))
}

// ---- Flink configuration ----

type kv struct{ k, v string }

// flinkSettings returns a random, plausible set of cluster settings.
func (g *gen) flinkSettings(m *module, nested bool) []kv {
	job := m.name
	all := []struct {
		kv
		p int
	}{
		{kv{"taskmanager.numberOfTaskSlots", fmt.Sprint(pick(g, []int{1, 2, 4, 8}))}, 80},
		{kv{"parallelism.default", fmt.Sprint(pick(g, []int{1, 2, 4, 8}))}, 70},
		{kv{"pipeline.max-parallelism", fmt.Sprint(pick(g, []int{128, 256, 720, 1024}))}, 50},
		{kv{"execution.checkpointing.interval", pick(g, []string{"10s", "30s", "1min", "5min"})}, 65},
		{kv{"execution.checkpointing.min-pause", pick(g, []string{"5s", "10s", "30s"})}, 45},
		{kv{"execution.checkpointing.timeout", pick(g, []string{"5min", "10min", "30min"})}, 40},
		{kv{"execution.checkpointing.externalized-checkpoint-retention", pick(g, []string{"RETAIN_ON_CANCELLATION", "DELETE_ON_CANCELLATION"})}, 40},
		{kv{"state.backend.type", pick(g, []string{"rocksdb", "hashmap"})}, 55},
		{kv{"state.backend.incremental", pick(g, []string{"true", "false"})}, 35},
		{kv{"state.checkpoints.dir", "s3://acme-flink/checkpoints/" + job}, 55},
		{kv{"state.savepoints.dir", "s3://acme-flink/savepoints/" + job}, 45},
		{kv{"restart-strategy.type", pick(g, []string{"exponential-delay", "fixed-delay", "failure-rate"})}, 45},
		{kv{"taskmanager.memory.process.size", pick(g, []string{"2048m", "4096m", "8g"})}, 55},
		{kv{"jobmanager.memory.process.size", pick(g, []string{"1600m", "2048m"})}, 50},
		{kv{"metrics.reporter.prom.factory.class", "org.apache.flink.metrics.prometheus.PrometheusReporterFactory"}, 45},
		{kv{"metrics.reporter.prom.port", "9249"}, 40},
		{kv{"high-availability.type", pick(g, []string{"kubernetes", "zookeeper"})}, 35},
		{kv{"high-availability.storageDir", "s3://acme-flink/ha/" + job}, 30},
		{kv{"rest.flamegraph.enabled", "true"}, 5},
		{kv{"s3.access-key", "AKIA" + strings.ToUpper(fmt.Sprintf("%x", g.between(1<<20, 1<<30)))}, 3},
		{kv{"jobmanager.execution.failover-strategy", "full"}, 5},
	}
	var out []kv
	for _, e := range all {
		if g.pct(e.p) {
			out = append(out, e.kv)
		}
	}
	if !nested && g.pct(15) {
		out = append(out, kv{"state.backend", "rocksdb"}) // deprecated name
	}
	return out
}

// flinkConfig returns the name and contents of a module's Flink
// configuration: legacy flat flink-conf.yaml, or config.yaml (Flink 2.x
// style, nested keys) for newer modules.
func (g *gen) flinkConfig(m *module) (string, []byte) {
	v := version(m)
	standard := v == 200 || v >= 19 && g.pct(30)
	var s src
	s.l("# Flink configuration of %s.", m.name)
	s.l("# %s", g.sentence(g.between(8, 14)))
	if !standard {
		for _, e := range g.flinkSettings(m, false) {
			s.l("%s: %s", e.k, e.v)
		}
		return "flink-conf.yaml", s.b.Bytes()
	}
	writeNested(&s, g.flinkSettings(m, true))
	return "config.yaml", s.b.Bytes()
}

// writeNested writes dotted keys as nested YAML mappings, in order, merging
// common prefixes of consecutive keys.
func writeNested(s *src, kvs []kv) {
	kvs = append([]kv(nil), kvs...)
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	var open []string
	for _, e := range kvs {
		parts := strings.Split(e.k, ".")
		common := 0
		for common < len(open) && common < len(parts)-1 && open[common] == parts[common] {
			common++
		}
		open = open[:common]
		for i := common; i < len(parts)-1; i++ {
			s.l("%s%s:", strings.Repeat("  ", i), parts[i])
			open = append(open, parts[i])
		}
		s.l("%s%s: %s", strings.Repeat("  ", len(parts)-1), parts[len(parts)-1], e.v)
	}
}

// flinkDeployment writes a FlinkDeployment for the module's first job.
func (g *gen) flinkDeployment(m *module, entryClass string) []byte {
	v := map[int]string{18: "v1_18", 19: "v1_19", 20: "v1_20", 200: "v2_0"}[version(m)]
	var s src
	s.l("apiVersion: flink.apache.org/v1beta1")
	s.l("kind: FlinkDeployment")
	s.l("metadata:")
	s.l("  name: %s", m.name)
	s.l("  namespace: streaming")
	s.l("  labels:")
	s.l("    team: %s", m.domain)
	s.l("spec:")
	s.l("  image: registry.acme.internal/streaming/%s:2024.11.%d", m.name, g.between(1, 30))
	s.l("  flinkVersion: %s", v)
	s.l("  serviceAccount: flink")
	s.l("  flinkConfiguration:")
	for _, e := range g.flinkSettings(m, true) {
		if e.k == "s3.access-key" {
			continue
		}
		s.l("    %s: \"%s\"", e.k, e.v)
	}
	s.l("  jobManager:")
	if g.pct(30) {
		s.l("    replicas: 2")
	}
	s.l("    resource:")
	s.l("      memory: \"2048m\"")
	s.l("      cpu: 1")
	s.l("  taskManager:")
	s.l("    resource:")
	s.l("      memory: \"%s\"", pick(g, []string{"2048m", "4096m", "8192m"}))
	s.l("      cpu: %d", pick(g, []int{1, 2, 4}))
	s.l("  job:")
	s.l("    jarURI: local:///opt/flink/usrlib/%s.jar", m.name)
	if entryClass != "" {
		s.l("    entryClass: %s", entryClass)
	}
	s.l("    parallelism: %d", pick(g, []int{1, 2, 4, 8}))
	s.l("    upgradeMode: %s", pick(g, []string{"savepoint", "last-state", "stateless", "savepoint"}))
	s.l("    state: running")
	if g.pct(25) {
		s.l("---")
		s.l("apiVersion: v1")
		s.l("kind: Service")
		s.l("metadata:")
		s.l("  name: %s-metrics", m.name)
		s.l("  namespace: streaming")
		s.l("spec:")
		s.l("  selector:")
		s.l("    app: %s", m.name)
		s.l("  ports:")
		s.l("    - name: prom")
		s.l("      port: 9249")
	}
	return s.b.Bytes()
}

// ---- service configuration ----

func (g *gen) applicationYAML(m *module) []byte {
	var s src
	s.l("spring:")
	s.l("  application:")
	s.l("    name: %s", m.name)
	s.l("  datasource:")
	s.l("    url: jdbc:postgresql://postgres.%s.svc:5432/%s", m.domain, strings.ReplaceAll(m.domain, "-", "_"))
	s.l("    username: ${DB_USER}")
	s.l("    password: ${DB_PASSWORD}")
	s.l("  jpa:")
	s.l("    open-in-view: false")
	s.l("    hibernate:")
	s.l("      ddl-auto: validate")
	s.l("  kafka:")
	s.l("    bootstrap-servers: ${KAFKA_BOOTSTRAP:kafka:9092}")
	s.l("    consumer:")
	s.l("      group-id: %s", m.name)
	s.l("      auto-offset-reset: earliest")
	s.l("server:")
	s.l("  port: %d", pick(g, []int{8080, 8081, 9000}))
	s.l("management:")
	s.l("  endpoints:")
	s.l("    web:")
	s.l("      exposure:")
	s.l("        include: health,info,prometheus")
	s.l("%s:", m.domain)
	for i, n := 0, g.between(2, 8); i < n; i++ {
		s.l("  %s: %s", kebab(pick(g, fieldPool).name), pick(g, []string{"true", "false", "30s", "100", "PT5M", "\"eu-west-1\""}))
	}
	return s.b.Bytes()
}

func (g *gen) k8sDeployment(m *module) []byte {
	return []byte(fmt.Sprintf(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: %[1]s
  labels:
    app: %[1]s
spec:
  replicas: %[2]d
  selector:
    matchLabels:
      app: %[1]s
  template:
    metadata:
      labels:
        app: %[1]s
    spec:
      containers:
        - name: %[1]s
          image: registry.acme.internal/%[1]s:2024.11.%[3]d
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              memory: 1Gi
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: %[1]s
spec:
  selector:
    app: %[1]s
  ports:
    - port: 80
      targetPort: 8080
`, m.name, g.between(1, 4), g.between(1, 30)))
}
