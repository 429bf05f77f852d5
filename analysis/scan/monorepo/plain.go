package monorepo

import (
	"fmt"
	"strings"
)

// plainKind is a kind of ordinary (non-Flink) Java class.
type plainKind int

const (
	pkDTO plainKind = iota
	pkRecord
	pkEnum
	pkRepository
	pkService
	pkController
	pkConfig
	pkException
	pkUtil
	pkMapper
	pkTopology
	pkConsumer
	pkBatch
	pkClient
)

// plain is what one plain kind looks like: its subpackage, how its classes
// are named and the median size of its files.
var plain = map[plainKind]struct {
	sub    []string
	suffix []string
	median int
}{
	pkDTO:        {[]string{"model", "dto", "domain"}, []string{"", "Dto", ""}, 2600},
	pkRecord:     {[]string{"api", "model"}, []string{"Request", "Response", "View", "Command"}, 1700},
	pkEnum:       {[]string{"domain", "model"}, []string{"Status", "Type", "Channel", "Reason", "Kind"}, 1700},
	pkRepository: {[]string{"repository", "persistence"}, []string{"Repository"}, 2800},
	pkService:    {[]string{"service"}, []string{"Service", "Manager", "Processor"}, 5600},
	pkController: {[]string{"web", "api"}, []string{"Controller", "Resource"}, 4600},
	pkConfig:     {[]string{"config"}, []string{"Configuration", "Config"}, 2400},
	pkException:  {[]string{"error", "exception"}, []string{"NotFoundException", "ValidationException", "ConflictException"}, 900},
	pkUtil:       {[]string{"util", "support"}, []string{"Utils", "Helper", "Formatter", "Calculator", "Support"}, 4600},
	pkMapper:     {[]string{"mapper", "convert"}, []string{"Mapper", "Converter"}, 3000},
	pkTopology:   {[]string{"topology", "streams"}, []string{"Topology", "StreamsApp"}, 4800},
	pkConsumer:   {[]string{"messaging", "kafka"}, []string{"Listener", "Consumer", "Publisher"}, 4000},
	pkBatch:      {[]string{"batch", "task"}, []string{"ExportTask", "Reconciler", "BackfillTask"}, 5200},
	pkClient:     {[]string{"client"}, []string{"Client", "Gateway"}, 4000},
}

// Module compositions: plain kinds and their weights.
var (
	serviceKinds   = []plainKind{pkDTO, pkRecord, pkEnum, pkRepository, pkService, pkController, pkConfig, pkException, pkUtil, pkMapper, pkConsumer, pkClient}
	serviceWeights = []int{18, 10, 5, 10, 18, 10, 4, 5, 8, 6, 3, 3}
	libraryKinds   = []plainKind{pkDTO, pkRecord, pkEnum, pkException, pkUtil, pkMapper, pkClient}
	libraryWeights = []int{22, 16, 10, 5, 28, 9, 10}
	streamsKinds   = []plainKind{pkTopology, pkDTO, pkRecord, pkUtil, pkConfig, pkConsumer, pkMapper}
	streamsWeights = []int{25, 25, 10, 15, 8, 10, 7}
	batchKinds     = []plainKind{pkBatch, pkDTO, pkRepository, pkUtil, pkService, pkClient, pkRecord}
	batchWeights   = []int{20, 20, 15, 15, 15, 8, 7}
)

func (g *gen) plainModule(m *module) {
	if m.budget > 6 && g.pct(45) && m.kind == modService {
		g.write(m.dir+"/src/main/resources/application.yml", g.applicationYAML(m))
		m.budget--
	}
	if m.budget > 6 && g.pct(30) && m.kind == modService {
		g.write(m.dir+"/src/main/resources/logback-spring.xml", g.logback(m))
		m.budget--
	}
	if m.budget > 6 && g.pct(25) && (m.kind == modService || m.kind == modStreams) {
		g.write(m.dir+"/k8s/deployment.yaml", g.k8sDeployment(m))
		m.budget--
	}
	switch m.kind {
	case modService:
		g.fill(m, serviceKinds, serviceWeights, 30)
	case modLibrary:
		g.fill(m, libraryKinds, libraryWeights, 30)
	case modStreams:
		g.fill(m, streamsKinds, streamsWeights, 25)
	default:
		g.fill(m, batchKinds, batchWeights, 25)
	}
}

// className returns a class name of the given kind not yet taken in the
// module's package sub.
func (g *gen) className(m *module, pkg, base string) string {
	name := base
	for i := 2; g.used[pkg+"."+name]; i++ {
		name = fmt.Sprintf("%s%d", base, i)
	}
	g.used[pkg+"."+name] = true
	return name
}

// entity returns the name of an entity class of the module, preferring
// one that exists.
func (g *gen) entity(m *module) string {
	var ents []string
	for _, c := range m.classes {
		if c.kind == pkDTO {
			ents = append(ents, c.name)
		}
	}
	if len(ents) > 0 && g.pct(80) {
		return pick(g, ents)
	}
	return camel(m.domain) + pick(g, nouns)
}

// plainClass writes one ordinary class of kind k.
func (g *gen) plainClass(m *module, k plainKind) {
	spec := plain[k]
	pkg := m.pkg + "." + pick(g, spec.sub)
	var base string
	switch k {
	case pkDTO:
		base = camel(m.domain) + pick(g, nouns) + pick(g, spec.suffix)
	case pkException:
		base = camel(m.domain) + pick(g, spec.suffix)
	default:
		base = camel(m.domain) + pick(g, append([]string{""}, nouns...)[:g.between(1, 6)]) + pick(g, spec.suffix)
	}
	name := g.className(m, pkg, base)
	j := newJava(pkg)
	target := g.size(spec.median)
	ent := g.entity(m)
	if !strings.HasPrefix(ent, name) && k != pkDTO {
		j.imp(m.pkg + ".model." + ent)
	}
	switch k {
	case pkDTO:
		g.dto(j, name, target)
	case pkRecord:
		g.record(j, name, target)
	case pkEnum:
		g.enum(j, name, target)
	case pkRepository:
		g.repository(j, name, ent, target)
	case pkService:
		g.service(j, name, ent, target)
	case pkController:
		g.controller(j, name, ent, m.domain, target)
	case pkConfig:
		g.springConfig(j, name, ent, target)
	case pkException:
		g.exception(j, name)
	case pkUtil:
		g.util(j, name, ent, target)
	case pkMapper:
		g.mapper(j, name, ent, target)
	case pkTopology:
		g.topology(j, name, ent, m.domain, target)
	case pkConsumer:
		g.consumer(j, name, ent, m.domain, target)
	case pkBatch:
		g.batch(j, name, ent, target)
	case pkClient:
		g.client(j, name, ent, m.domain, target)
	}
	m.classes = append(m.classes, classRef{pkg: pkg, name: name, kind: k})
	g.writeJava(m, false, j, name)
}

// ---- comments ----

// sentence returns n words from the comment vocabulary, capitalized, with
// a period.
func (g *gen) sentence(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = pick(g, commentWords)
	}
	return capitalize(strings.Join(ws, " ")) + "."
}

// javadoc writes a doc comment of one to four lines, most of the time.
func (g *gen) javadoc(j *javaFile, params ...string) {
	if !g.pct(65) {
		return
	}
	lines := g.between(1, 3)
	if lines == 1 && len(params) == 0 {
		j.l("/** %s */", g.sentence(g.between(5, 11)))
		return
	}
	j.l("/**")
	for i := 0; i < lines; i++ {
		j.l(" * %s", g.sentence(g.between(6, 13)))
	}
	if len(params) > 0 && g.pct(60) {
		j.l(" *")
		for _, p := range params {
			j.l(" * @param %s %s", p, strings.TrimSuffix(g.sentence(g.between(3, 7)), "."))
		}
	}
	j.l(" */")
}

// logger declares an slf4j logger field.
func logger(j *javaFile, class string) {
	j.imp("org.slf4j.Logger", "org.slf4j.LoggerFactory")
	j.l("private static final Logger log = LoggerFactory.getLogger(%s.class);", class)
	j.l("")
}

// fields picks n distinct fields.
func (g *gen) fields(n int) []fieldSpec {
	n = min(n, len(fieldPool))
	idx := make([]int, len(fieldPool))
	for i := range idx {
		idx[i] = i
	}
	out := make([]fieldSpec, 0, n)
	out = append(out, fieldPool[0]) // every entity has an id
	for i := 1; i < n; i++ {
		k := g.between(i, len(idx)-1)
		idx[i], idx[k] = idx[k], idx[i]
		out = append(out, fieldPool[idx[i]])
	}
	return out
}

// ---- class kinds ----

func (g *gen) dto(j *javaFile, name string, target int) {
	n := min(max((target-900)/330, 2), 30)
	fs := g.fields(n)
	for _, f := range fs {
		j.impType(f.typ)
	}
	style := g.weighted(55, 20, 25) // plain bean, lombok, JPA entity
	g.javadoc(j)
	switch style {
	case 1:
		j.imp("lombok.AllArgsConstructor", "lombok.Builder", "lombok.Data", "lombok.NoArgsConstructor")
		j.l("@Data")
		j.l("@Builder")
		j.l("@NoArgsConstructor")
		j.l("@AllArgsConstructor")
	case 2:
		j.imp("jakarta.persistence.Column", "jakarta.persistence.Entity", "jakarta.persistence.Id", "jakarta.persistence.Table")
		j.l("@Entity")
		j.l("@Table(name = \"%ss\")", strings.ReplaceAll(kebab(name), "-", "_"))
	}
	j.imp("java.io.Serializable")
	j.open("public class %s implements Serializable", name)
	j.l("private static final long serialVersionUID = %dL;", g.between(1, 9)*1000+g.intn(1000))
	j.l("")
	for i, f := range fs {
		if style == 2 {
			if i == 0 {
				j.l("@Id")
			}
			j.l("@Column(name = \"%s\"%s)", strings.ReplaceAll(kebab(f.name), "-", "_"), map[bool]string{true: ", nullable = false", false: ""}[i < 2])
		}
		j.l("private %s %s;", f.typ, f.name)
		if style == 2 {
			j.l("")
		}
	}
	if style == 1 {
		j.close("")
		return
	}
	j.l("")
	j.l("public %s() {", name)
	j.l("}")
	j.l("")
	k := min(len(fs), 4)
	var ps, as []string
	for _, f := range fs[:k] {
		ps = append(ps, f.typ+" "+f.name)
		as = append(as, f.name)
	}
	j.open("public %s(%s)", name, strings.Join(ps, ", "))
	for _, a := range as {
		j.l("this.%s = %s;", a, a)
	}
	j.close("")
	for _, f := range fs {
		j.l("")
		j.open("public %s %s()", f.typ, getter(f))
		j.l("return %s;", f.name)
		j.close("")
		j.l("")
		j.open("public void set%s(%s %s)", capitalize(f.name), f.typ, f.name)
		j.l("this.%s = %s;", f.name, f.name)
		j.close("")
	}
	j.imp("java.util.Objects")
	j.l("")
	j.l("@Override")
	j.open("public boolean equals(Object o)")
	j.open("if (this == o)")
	j.l("return true;")
	j.close("")
	j.open("if (!(o instanceof %s))", name)
	j.l("return false;")
	j.close("")
	j.l("%s that = (%s) o;", name, name)
	var eqs []string
	for _, f := range fs[:k] {
		switch f.typ {
		case "long", "int", "boolean":
			eqs = append(eqs, fmt.Sprintf("%s == that.%s", f.name, f.name))
		case "double":
			eqs = append(eqs, fmt.Sprintf("Double.compare(%s, that.%s) == 0", f.name, f.name))
		default:
			eqs = append(eqs, fmt.Sprintf("Objects.equals(%s, that.%s)", f.name, f.name))
		}
	}
	j.l("return %s;", strings.Join(eqs, "\n                && "))
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public int hashCode()")
	j.l("return Objects.hash(%s);", strings.Join(as, ", "))
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public String toString()")
	var ts []string
	for i, f := range fs {
		sep := ", "
		if i == 0 {
			sep = ""
		}
		ts = append(ts, fmt.Sprintf("\"%s%s=\" + %s", sep, f.name, f.name))
	}
	j.l("return \"%s{\"\n                + %s\n                + '}';", name, strings.Join(ts, "\n                + "))
	j.close("")
	j.close("")
}

func (g *gen) record(j *javaFile, name string, target int) {
	fs := g.fields(g.between(2, 7))
	var ps []string
	for i, f := range fs {
		j.impType(f.typ)
		ann := ""
		if i == 0 && g.pct(50) {
			j.imp("jakarta.validation.constraints.NotBlank")
			ann = "@NotBlank "
		}
		ps = append(ps, ann+f.typ+" "+f.name)
	}
	g.javadoc(j)
	j.open("public record %s(%s)", name, strings.Join(ps, ", "))
	j.l("")
	j.imp("java.util.Objects")
	j.open("public %s", name)
	j.l("Objects.requireNonNull(%s, \"%s\");", fs[0].name, fs[0].name)
	for _, f := range fs[1:] {
		switch f.typ {
		case "long", "int":
			j.open("if (%s < 0)", f.name)
			j.l("throw new IllegalArgumentException(\"%s must not be negative: \" + %s);", f.name, f.name)
			j.close("")
		case "List<String>":
			j.l("%s = %s == null ? List.of() : List.copyOf(%s);", f.name, f.name, f.name)
		}
	}
	j.close("")
	for j.len() < target {
		j.l("")
		g.smallStatic(j, name, fs)
	}
	j.close("")
}

// smallStatic writes a short static factory or wither for a record.
func (g *gen) smallStatic(j *javaFile, name string, fs []fieldSpec) {
	var args []string
	for _, f := range fs {
		args = append(args, f.name)
	}
	switch g.intn(3) {
	case 0:
		f := pick(g, fs)
		with := append([]string(nil), args...)
		for i := range with {
			if with[i] == f.name {
				with[i] = "value"
			}
		}
		g.javadoc(j)
		j.open("public %s %s(%s value)", name, j.unique("with"+capitalize(f.name)), f.typ)
		j.l("return new %s(%s);", name, strings.Join(with, ", "))
		j.close("")
	case 1:
		g.javadoc(j)
		j.open("public boolean %s()", j.unique("has"+capitalize(pick(g, fs).name)))
		f := pick(g, fs)
		switch f.typ {
		case "long", "int", "double":
			j.l("return %s > 0;", f.name)
		case "boolean":
			j.l("return %s;", f.name)
		default:
			j.l("return %s != null;", f.name)
		}
		j.close("")
	default:
		g.method(j, name, true)
	}
}

func (g *gen) enum(j *javaFile, name string, target int) {
	values := []string{"NEW", "PENDING", "ACTIVE", "SUSPENDED", "COMPLETED", "FAILED", "CANCELLED", "EXPIRED", "ARCHIVED", "RETRYING", "REJECTED", "ON_HOLD"}
	n := g.between(3, len(values))
	g.javadoc(j)
	j.open("public enum %s", name)
	for i, v := range values[:n] {
		end := ","
		if i == n-1 {
			end = ";"
		}
		j.l("%s(\"%s\", %d)%s", v, strings.ToLower(v), i*10, end)
	}
	j.l("")
	j.l("private final String code;")
	j.l("private final int rank;")
	j.l("")
	j.open("%s(String code, int rank)", name)
	j.l("this.code = code;")
	j.l("this.rank = rank;")
	j.close("")
	j.l("")
	j.open("public String code()")
	j.l("return code;")
	j.close("")
	j.l("")
	j.open("public int rank()")
	j.l("return rank;")
	j.close("")
	j.l("")
	j.open("public static %s fromCode(String code)", name)
	j.open("for (%s s : values())", name)
	j.open("if (s.code.equalsIgnoreCase(code))")
	j.l("return s;")
	j.close("")
	j.close("")
	j.l("throw new IllegalArgumentException(\"unknown %s: \" + code);", lowerFirst(name))
	j.close("")
	j.l("")
	j.open("public boolean isTerminal()")
	j.open("return switch (this)")
	j.l("case %s -> true;", strings.Join(values[n-2:n], ", "))
	j.l("default -> false;")
	j.close(";")
	j.close("")
	for j.len() < target {
		j.l("")
		g.method(j, name, true)
	}
	j.close("")
}

func (g *gen) repository(j *javaFile, name, ent string, target int) {
	if g.pct(70) {
		j.imp("org.springframework.data.jpa.repository.JpaRepository", "org.springframework.data.jpa.repository.Query",
			"org.springframework.data.repository.query.Param", "org.springframework.stereotype.Repository",
			"java.util.List", "java.util.Optional", "java.time.Instant", "java.util.Collection")
		g.javadoc(j)
		j.l("@Repository")
		j.open("public interface %s extends JpaRepository<%s, String>", name, ent)
		for j.len() < target {
			j.l("")
			f1, f2 := pick(g, fieldPool[1:]), pick(g, fieldPool[1:])
			switch g.intn(4) {
			case 0:
				j.l("Optional<%s> %s(%s %s);", ent, j.unique("findBy"+capitalize(f1.name)), f1.typ, f1.name)
			case 1:
				j.l("List<%s> %s(%s %s, %s %s);", ent, j.unique("findBy"+capitalize(f1.name)+"And"+capitalize(f2.name)), f1.typ, f1.name, f2.typ, f2.name+"Value")
			case 2:
				j.l("@Query(\"select e from %s e where e.%s = :%s and e.status in :statuses order by e.updatedAt desc\")", ent, f1.name, f1.name)
				j.l("List<%s> %s(@Param(\"%s\") %s %s, @Param(\"statuses\") Collection<String> statuses);", ent, j.unique("findRecent"+capitalize(f1.name)), f1.name, f1.typ, f1.name)
			default:
				j.imp("org.springframework.data.jpa.repository.Modifying")
				j.l("@Modifying")
				j.l("@Query(\"update %s e set e.%s = :value where e.id = :id\")", ent, f1.name)
				j.l("int %s(@Param(\"id\") String id, @Param(\"value\") %s value);", j.unique("update"+capitalize(f1.name)), f1.typ)
			}
		}
		j.close("")
		return
	}
	j.imp("org.springframework.jdbc.core.JdbcTemplate", "org.springframework.jdbc.core.RowMapper", "org.springframework.stereotype.Repository",
		"java.util.List", "java.util.Optional")
	g.javadoc(j)
	j.l("@Repository")
	j.open("public class %s", name)
	table := strings.ReplaceAll(kebab(ent), "-", "_")
	j.l("private static final String SELECT_BY_ID = \"\"\"")
	j.l("        SELECT id, status, amount_cents, currency, updated_at")
	j.l("        FROM %s", table)
	j.l("        WHERE id = ?")
	j.l("        \"\"\";")
	j.l("")
	j.l("private final JdbcTemplate jdbc;")
	j.l("")
	j.l("private final RowMapper<%s> rowMapper = (rs, rowNum) -> {", ent)
	j.ind++
	j.l("%s e = new %s();", ent, ent)
	j.l("e.setId(rs.getString(\"id\"));")
	j.l("e.setStatus(rs.getString(\"status\"));")
	j.l("e.setAmountCents(rs.getLong(\"amount_cents\"));")
	j.l("return e;")
	j.ind--
	j.l("};")
	j.l("")
	j.open("public %s(JdbcTemplate jdbc)", name)
	j.l("this.jdbc = jdbc;")
	j.close("")
	j.l("")
	j.open("public Optional<%s> findById(String id)", ent)
	j.l("List<%s> rows = jdbc.query(SELECT_BY_ID, rowMapper, id);", ent)
	j.l("return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));")
	j.close("")
	for j.len() < target {
		j.l("")
		g.method(j, ent, false)
	}
	j.close("")
}

func (g *gen) service(j *javaFile, name, ent string, target int) {
	j.imp("org.springframework.stereotype.Service", "org.springframework.transaction.annotation.Transactional", "java.time.Clock", "java.time.Instant")
	repo := ent + "Repository"
	g.javadoc(j)
	j.l("@Service")
	j.open("public class %s", name)
	logger(j, name)
	j.l("private final %s repository;", repo)
	j.l("private final Clock clock;")
	j.l("")
	j.open("public %s(%s repository, Clock clock)", name, repo)
	j.l("this.repository = repository;")
	j.l("this.clock = clock;")
	j.close("")
	j.l("")
	j.l("@Transactional(readOnly = true)")
	j.open("public %s get(String id)", ent)
	j.l("return repository.findById(id)")
	j.l("        .orElseThrow(() -> new IllegalArgumentException(\"no %s \" + id));", lowerFirst(ent))
	j.close("")
	j.l("")
	j.l("@Transactional")
	j.open("public %s save(%s entity)", ent, ent)
	j.open("if (entity.getCreatedAt() == null)")
	j.l("entity.setCreatedAt(Instant.now(clock));")
	j.close("")
	j.l("entity.setUpdatedAt(Instant.now(clock));")
	j.l("%s saved = repository.save(entity);", ent)
	j.l("log.info(\"saved {} {}\", \"%s\", saved.getId());", lowerFirst(ent))
	j.l("return saved;")
	j.close("")
	for j.len() < target {
		j.l("")
		g.method(j, ent, false)
	}
	j.close("")
}

func (g *gen) controller(j *javaFile, name, ent, domain string, target int) {
	j.imp("org.springframework.http.ResponseEntity", "org.springframework.web.bind.annotation.GetMapping",
		"org.springframework.web.bind.annotation.PathVariable", "org.springframework.web.bind.annotation.PostMapping",
		"org.springframework.web.bind.annotation.RequestBody", "org.springframework.web.bind.annotation.RequestMapping",
		"org.springframework.web.bind.annotation.RequestParam", "org.springframework.web.bind.annotation.RestController",
		"jakarta.validation.Valid", "java.net.URI", "java.util.List")
	svc := ent + "Service"
	g.javadoc(j)
	j.l("@RestController")
	j.l("@RequestMapping(\"/api/v%d/%ss\")", g.between(1, 3), domain)
	j.open("public class %s", name)
	logger(j, name)
	j.l("private final %s service;", svc)
	j.l("")
	j.open("public %s(%s service)", name, svc)
	j.l("this.service = service;")
	j.close("")
	j.l("")
	j.l("@GetMapping(\"/{id}\")")
	j.open("public ResponseEntity<%s> get(@PathVariable String id)", ent)
	j.l("return ResponseEntity.ok(service.get(id));")
	j.close("")
	j.l("")
	j.l("@PostMapping")
	j.open("public ResponseEntity<%s> create(@Valid @RequestBody %s body)", ent, ent)
	j.l("%s saved = service.save(body);", ent)
	j.l("log.debug(\"created {}\", saved.getId());")
	j.l("return ResponseEntity.created(URI.create(\"/api/%ss/\" + saved.getId())).body(saved);", domain)
	j.close("")
	for j.len() < target {
		j.l("")
		if g.pct(40) {
			f := pick(g, fieldPool[1:])
			path := kebab(f.name)
			j.l("@GetMapping(\"/by-%s\")", path)
			j.open("public List<%s> %s(@RequestParam(\"%s\") String value, @RequestParam(defaultValue = \"50\") int limit)", ent, j.unique("by"+capitalize(f.name)), f.name)
			j.open("if (limit <= 0 || limit > 500)")
			j.l("throw new IllegalArgumentException(\"limit must be in 1..500\");")
			j.close("")
			j.l("return service.%s(value).stream().limit(limit).toList();", j.unique("find"+capitalize(f.name)))
			j.close("")
			continue
		}
		g.method(j, ent, false)
	}
	j.close("")
}

func (g *gen) springConfig(j *javaFile, name, ent string, target int) {
	j.imp("org.springframework.context.annotation.Bean", "org.springframework.context.annotation.Configuration", "java.time.Clock",
		"com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.databind.SerializationFeature",
		"com.fasterxml.jackson.datatype.jsr310.JavaTimeModule")
	g.javadoc(j)
	j.l("@Configuration")
	j.open("public class %s", name)
	j.l("")
	j.l("@Bean")
	j.open("public Clock clock()")
	j.l("return Clock.systemUTC();")
	j.close("")
	j.l("")
	j.l("@Bean")
	j.open("public ObjectMapper objectMapper()")
	j.l("return new ObjectMapper()")
	j.l("        .registerModule(new JavaTimeModule())")
	j.l("        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);")
	j.close("")
	for j.len() < target {
		j.l("")
		j.imp("org.springframework.beans.factory.annotation.Value", "java.time.Duration")
		j.l("@Bean")
		prop := kebab(pick(g, nouns)) + "." + kebab(pick(g, fieldPool).name)
		j.open("public Duration %s(@Value(\"${%s.%s:PT30S}\") Duration value)", j.unique(lowerFirst(pick(g, nouns))+"Timeout"), strings.ToLower(ent), prop)
		j.open("if (value.isNegative() || value.isZero())")
		j.l("throw new IllegalStateException(\"%s must be positive\");", prop)
		j.close("")
		j.l("return value;")
		j.close("")
	}
	j.close("")
}

func (g *gen) exception(j *javaFile, name string) {
	g.javadoc(j)
	j.open("public class %s extends RuntimeException", name)
	j.l("private static final long serialVersionUID = 1L;")
	j.l("")
	j.open("public %s(String message)", name)
	j.l("super(message);")
	j.close("")
	j.l("")
	j.open("public %s(String message, Throwable cause)", name)
	j.l("super(message, cause);")
	j.close("")
	j.close("")
}

func (g *gen) util(j *javaFile, name, ent string, target int) {
	g.javadoc(j)
	j.open("public final class %s", name)
	logger(j, name)
	j.open("private %s()", name)
	j.close("")
	for j.len() < target {
		j.l("")
		g.method(j, ent, true)
	}
	j.close("")
}

func (g *gen) mapper(j *javaFile, name, ent string, target int) {
	j.imp("java.util.List", "java.util.stream.Collectors")
	g.javadoc(j)
	j.open("public class %s", name)
	logger(j, name)
	j.open("public %sView toView(%s e)", ent, ent)
	j.open("if (e == null)")
	j.l("return null;")
	j.close("")
	j.l("return new %sView(e.getId(), e.getStatus(), e.getAmountCents(), e.getUpdatedAt());", ent)
	j.close("")
	j.l("")
	j.open("public List<%sView> toViews(List<%s> entities)", ent, ent)
	j.l("return entities.stream().map(this::toView).collect(Collectors.toList());")
	j.close("")
	for j.len() < target {
		j.l("")
		g.method(j, ent, false)
	}
	j.close("")
}

func (g *gen) topology(j *javaFile, name, ent, domain string, target int) {
	j.imp("org.apache.kafka.common.serialization.Serde", "org.apache.kafka.common.serialization.Serdes",
		"org.apache.kafka.streams.KeyValue", "org.apache.kafka.streams.StreamsBuilder", "org.apache.kafka.streams.Topology",
		"org.apache.kafka.streams.kstream.Consumed", "org.apache.kafka.streams.kstream.Grouped",
		"org.apache.kafka.streams.kstream.KStream", "org.apache.kafka.streams.kstream.KTable",
		"org.apache.kafka.streams.kstream.Materialized", "org.apache.kafka.streams.kstream.Produced",
		"org.apache.kafka.streams.kstream.TimeWindows", "java.time.Duration")
	g.javadoc(j)
	j.open("public class %s", name)
	logger(j, name)
	j.l("public static final String INPUT_TOPIC = \"%s-events\";", domain)
	j.l("public static final String OUTPUT_TOPIC = \"%s-totals\";", domain)
	j.l("")
	j.l("private final Serde<%s> serde;", ent)
	j.l("")
	j.open("public %s(Serde<%s> serde)", name, ent)
	j.l("this.serde = serde;")
	j.close("")
	j.l("")
	g.javadoc(j)
	j.open("public Topology build()")
	j.l("StreamsBuilder builder = new StreamsBuilder();")
	j.l("KStream<String, %s> events = builder.stream(INPUT_TOPIC, Consumed.with(Serdes.String(), serde));", ent)
	j.l("")
	j.l("events")
	j.l("        .filter((key, value) -> value != null && value.getAmountCents() > 0)")
	j.l("        .mapValues(value -> value.getAmountCents())")
	j.l("        .groupByKey(Grouped.with(Serdes.String(), Serdes.Long()))")
	j.l("        .windowedBy(TimeWindows.ofSizeWithNoGrace(Duration.ofMinutes(%d)))", pick(g, []int{1, 5, 15, 60}))
	j.l("        .reduce(Long::sum, Materialized.as(\"%s-window-totals\"))", domain)
	j.l("        .toStream()")
	j.l("        .map((windowed, total) -> KeyValue.pair(windowed.key(), total))")
	j.l("        .to(OUTPUT_TOPIC, Produced.with(Serdes.String(), Serdes.Long()));")
	j.l("")
	j.l("KTable<String, %s> latest = events", ent)
	j.l("        .groupByKey()")
	j.l("        .reduce((previous, current) -> current, Materialized.as(\"%s-latest\"));", domain)
	j.l("latest.toStream()")
	j.l("        .filter((key, value) -> \"FAILED\".equals(value.getStatus()))")
	j.l("        .peek((key, value) -> log.warn(\"failed {} {}\", key, value.getId()))")
	j.l("        .to(\"%s-failures\", Produced.with(Serdes.String(), serde));", domain)
	j.l("return builder.build();")
	j.close("")
	if g.pct(40) {
		j.imp("org.apache.kafka.streams.KafkaStreams", "org.apache.kafka.streams.StreamsConfig", "java.util.Properties")
		j.l("")
		j.open("public static void main(String[] args)")
		j.l("Properties props = new Properties();")
		j.l("props.put(StreamsConfig.APPLICATION_ID_CONFIG, \"%s-totals\");", domain)
		j.l("props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault(\"KAFKA_BOOTSTRAP\", \"kafka:9092\"));")
		j.l("props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);")
		j.l("KafkaStreams streams = new KafkaStreams(new %s(null).build(), props);", name)
		j.l("Runtime.getRuntime().addShutdownHook(new Thread(streams::close));")
		j.l("streams.start();")
		j.close("")
	}
	for j.len() < target {
		j.l("")
		g.method(j, ent, false)
	}
	j.close("")
}

func (g *gen) consumer(j *javaFile, name, ent, domain string, target int) {
	j.imp("org.apache.kafka.clients.consumer.ConsumerRecord", "org.apache.kafka.clients.consumer.ConsumerRecords",
		"org.apache.kafka.clients.consumer.KafkaConsumer", "java.time.Duration", "java.util.List",
		"java.util.concurrent.atomic.AtomicBoolean")
	g.javadoc(j)
	j.open("public class %s implements Runnable, AutoCloseable", name)
	logger(j, name)
	j.l("private final KafkaConsumer<String, String> consumer;")
	j.l("private final AtomicBoolean running = new AtomicBoolean(true);")
	j.l("")
	j.open("public %s(KafkaConsumer<String, String> consumer)", name)
	j.l("this.consumer = consumer;")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void run()")
	j.l("consumer.subscribe(List.of(\"%s-commands\"));", domain)
	j.open("try")
	j.open("while (running.get())")
	j.l("ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));")
	j.open("for (ConsumerRecord<String, String> record : records)")
	j.l("handle(record.key(), record.value(), record.offset());")
	j.close("")
	j.open("if (!records.isEmpty())")
	j.l("consumer.commitSync();")
	j.close("")
	j.close("")
	j.ind--
	j.open("} finally")
	j.l("consumer.close();")
	j.close("")
	j.close("")
	j.l("")
	j.open("private void handle(String key, String value, long offset)")
	j.l("log.debug(\"{}@{}: {}\", key, offset, value);")
	j.close("")
	j.l("")
	j.l("@Override")
	j.open("public void close()")
	j.l("running.set(false);")
	j.l("consumer.wakeup();")
	j.close("")
	for j.len() < target {
		j.l("")
		g.method(j, ent, false)
	}
	j.close("")
}

func (g *gen) batch(j *javaFile, name, ent string, target int) {
	j.imp("java.util.concurrent.ExecutorService", "java.util.concurrent.Executors", "java.util.concurrent.TimeUnit",
		"java.util.List", "java.util.ArrayList", "java.util.concurrent.Future")
	g.javadoc(j)
	j.open("public final class %s", name)
	logger(j, name)
	j.open("public static void main(String[] args) throws Exception")
	j.l("int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;")
	j.l("ExecutorService pool = Executors.newFixedThreadPool(threads);")
	j.open("try")
	j.l("List<Future<Integer>> results = new ArrayList<>();")
	j.open("for (int shard = 0; shard < threads; shard++)")
	j.l("final int s = shard;")
	j.l("results.add(pool.submit(() -> processShard(s, threads)));")
	j.close("")
	j.l("int total = 0;")
	j.open("for (Future<Integer> f : results)")
	j.l("total += f.get();")
	j.close("")
	j.l("log.info(\"processed {} %s rows\", total);", lowerFirst(ent))
	j.ind--
	j.open("} finally")
	j.l("pool.shutdown();")
	j.l("pool.awaitTermination(1, TimeUnit.MINUTES);")
	j.close("")
	j.close("")
	j.l("")
	j.open("static int processShard(int shard, int shards)")
	j.l("int n = 0;")
	j.open("for (int i = shard; i < 10_000; i += shards)")
	j.open("if (i % 97 == 0)")
	j.l("continue;")
	j.close("")
	j.l("n++;")
	j.close("")
	j.l("return n;")
	j.close("")
	for j.len() < target {
		j.l("")
		g.method(j, ent, true)
	}
	j.close("")
}

func (g *gen) client(j *javaFile, name, ent, domain string, target int) {
	j.imp("java.net.URI", "java.net.http.HttpClient", "java.net.http.HttpRequest", "java.net.http.HttpResponse",
		"java.io.IOException", "java.time.Duration", "java.util.Optional", "com.fasterxml.jackson.databind.ObjectMapper")
	g.javadoc(j)
	j.open("public class %s", name)
	logger(j, name)
	j.l("private final HttpClient http;")
	j.l("private final URI base;")
	j.l("private final ObjectMapper mapper;")
	j.l("")
	j.open("public %s(URI base, ObjectMapper mapper)", name)
	j.l("this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();")
	j.l("this.base = base;")
	j.l("this.mapper = mapper;")
	j.close("")
	j.l("")
	j.open("public Optional<%s> fetch(String id) throws IOException, InterruptedException", ent)
	j.l("HttpRequest request = HttpRequest.newBuilder(base.resolve(\"/api/v1/%ss/\" + id))", domain)
	j.l("        .timeout(Duration.ofSeconds(5))")
	j.l("        .header(\"Accept\", \"application/json\")")
	j.l("        .GET()")
	j.l("        .build();")
	j.l("HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());")
	j.open("if (response.statusCode() == 404)")
	j.l("return Optional.empty();")
	j.close("")
	j.open("if (response.statusCode() >= 300)")
	j.l("throw new IOException(\"GET \" + request.uri() + \": HTTP \" + response.statusCode());")
	j.close("")
	j.l("return Optional.of(mapper.readValue(response.body(), %s.class));", ent)
	j.close("")
	for j.len() < target {
		j.l("")
		g.method(j, ent, false)
	}
	j.close("")
}

// ---- tests ----

// plainTest writes a JUnit 5 test of class c under src/test/java.
func (g *gen) plainTest(m *module, c classRef) {
	name := g.className(m, c.pkg, c.name+"Test")
	j := newJava(c.pkg)
	target := g.size(4800)
	j.imp("org.junit.jupiter.api.BeforeEach", "org.junit.jupiter.api.Test", "org.junit.jupiter.api.extension.ExtendWith",
		"org.mockito.Mock", "org.mockito.junit.jupiter.MockitoExtension", "java.util.List", "java.util.Optional")
	j.impStatic("org.assertj.core.api.Assertions.assertThat", "org.junit.jupiter.api.Assertions.assertThrows",
		"org.mockito.Mockito.verify", "org.mockito.Mockito.when")
	ent := g.entity(m)
	j.l("@ExtendWith(MockitoExtension.class)")
	j.open("class %s", name)
	j.l("")
	j.l("@Mock")
	j.l("private %sRepository repository;", ent)
	j.l("")
	j.l("private %s subject;", c.name)
	j.l("")
	j.l("@BeforeEach")
	j.open("void setUp()")
	j.l("subject = new %s(repository);", c.name)
	j.close("")
	for j.len() < target {
		j.l("")
		g.testMethod(j, ent)
	}
	j.close("")
	g.writeJava(m, true, j, name)
}

// testMethod writes one test.
func (g *gen) testMethod(j *javaFile, ent string) {
	f := pick(g, fieldPool[1:])
	switch g.intn(4) {
	case 0:
		j.l("@Test")
		j.open("void %s()", j.unique("returnsEmptyWhen"+capitalize(f.name)+"IsMissing"))
		j.l("when(repository.findById(\"missing\")).thenReturn(Optional.empty());")
		j.l("")
		j.l("assertThrows(IllegalArgumentException.class, () -> subject.get(\"missing\"));")
		j.l("verify(repository).findById(\"missing\");")
		j.close("")
	case 1:
		j.imp("org.junit.jupiter.params.ParameterizedTest", "org.junit.jupiter.params.provider.ValueSource")
		j.l("@ParameterizedTest")
		j.l("@ValueSource(strings = {\"\", \" \", \"\\t\", \"%s\"})", strings.Repeat("x", g.between(65, 80)))
		j.open("void %s(String value)", j.unique("rejectsInvalid"+capitalize(f.name)))
		j.l("%s e = new %s();", ent, ent)
		j.l("e.set%s(null);", capitalize(f.name))
		j.l("assertThrows(IllegalArgumentException.class, () -> subject.validate(e, value));")
		j.close("")
	case 2:
		j.l("@Test")
		j.open("void %s()", j.unique("keepsOrderOf"+capitalize(f.name)+"s"))
		j.l("List<%s> input = List.of(sample(\"a\"), sample(\"b\"), sample(\"c\"));", ent)
		j.l("when(repository.findAll()).thenReturn(input);")
		j.l("")
		j.l("List<String> ids = subject.listIds();")
		j.l("")
		j.l("assertThat(ids).containsExactly(\"a\", \"b\", \"c\");")
		j.l("assertThat(ids).doesNotContainNull().hasSize(3);")
		j.close("")
	default:
		j.open("private static %s %s(String id)", ent, j.unique("sample"))
		j.l("%s e = new %s();", ent, ent)
		j.l("e.setId(id);")
		j.l("e.setStatus(\"ACTIVE\");")
		j.l("e.setAmountCents(%d);", g.between(1, 100000))
		j.l("return e;")
		j.close("")
	}
}

// ---- methods ----

// method writes one method of a class handling entities of type ent:
// stream pipelines, loops, switches, try blocks, optionals, futures.
func (g *gen) method(j *javaFile, ent string, static bool) {
	mod := "public "
	if static {
		mod = "public static "
	}
	f1, f2 := pick(g, fieldPool[1:]), pick(g, fieldPool[1:])
	name := j.unique(pick(g, verbs) + capitalize(f1.name) + pick(g, []string{"", "s", "For" + pick(g, nouns), "By" + capitalize(f2.name)}))
	switch g.intn(18) {
	case 0:
		j.imp("java.util.Collection", "java.util.Collections", "java.util.List", "java.util.Objects", "java.util.stream.Collectors")
		g.javadoc(j, "items")
		j.open("%sList<String> %s(Collection<%s> items)", mod, name, ent)
		j.open("if (items == null || items.isEmpty())")
		j.l("return Collections.emptyList();")
		j.close("")
		j.l("return items.stream()")
		j.l("        .filter(Objects::nonNull)")
		j.l("        .filter(item -> !\"DELETED\".equals(item.getStatus()))")
		j.l("        .map(%s::getId)", ent)
		j.l("        .distinct()")
		j.l("        .sorted()")
		j.l("        .collect(Collectors.toList());")
		j.close("")
	case 1:
		j.imp("java.util.List", "java.util.Map", "java.util.TreeMap", "java.util.stream.Collectors")
		g.javadoc(j, "items")
		j.open("%sMap<String, Long> %s(List<%s> items)", mod, name, ent)
		j.l("return items.stream()")
		j.l("        .filter(item -> item.%s() != null)", getter(f1))
		j.l("        .collect(Collectors.groupingBy(item -> String.valueOf(item.%s()), TreeMap::new, Collectors.counting()));", getter(f1))
		j.close("")
	case 2:
		j.imp("java.util.List")
		g.javadoc(j, "items", "floor")
		j.open("%slong %s(List<%s> items, long floor)", mod, name, ent)
		j.l("long total = 0L;")
		j.l("int skipped = 0;")
		j.open("for (%s item : items)", ent)
		j.open("if (item.getAmountCents() < floor)")
		j.l("skipped++;")
		j.l("continue;")
		j.close("")
		j.l("total += item.getAmountCents();")
		j.close("")
		j.open("if (skipped > 0)")
		j.l("log.debug(\"skipped {} items below {}\", skipped, floor);")
		j.close("")
		j.l("return total;")
		j.close("")
	case 3:
		g.javadoc(j, "status")
		j.open("%sint %s(String status)", mod, name)
		j.open("switch (status)")
		j.l("case \"NEW\":")
		j.l("    return %d;", g.between(0, 3))
		j.l("case \"PENDING\":")
		j.l("case \"RETRY\":")
		j.l("    return %d;", g.between(4, 6))
		j.l("case \"DONE\":")
		j.l("    return %d;", g.between(7, 9))
		j.l("default:")
		j.l("    throw new IllegalArgumentException(\"unknown status: \" + status);")
		j.close("")
		j.close("")
	case 4:
		j.imp("java.util.Locale")
		g.javadoc(j, "priority")
		j.open("%sString %s(int priority)", mod, name)
		j.open("return switch (priority)")
		j.l("case 0 -> \"low\";")
		j.l("case 1, 2 -> \"normal\";")
		j.open("case 3 ->")
		j.l("String s = \"high\";")
		j.l("yield s.toUpperCase(Locale.ROOT);")
		j.close("")
		j.l("default -> \"urgent-\" + priority;")
		j.close(";")
		j.close("")
	case 5:
		j.imp("java.io.BufferedReader", "java.io.IOException", "java.nio.charset.StandardCharsets", "java.nio.file.Files",
			"java.nio.file.Path", "java.util.ArrayList", "java.util.List")
		g.javadoc(j, "file")
		j.open("%sList<String[]> %s(Path file)", mod, name)
		j.l("List<String[]> rows = new ArrayList<>();")
		j.open("try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8))")
		j.l("String line;")
		j.l("int lineNo = 0;")
		j.open("while ((line = reader.readLine()) != null)")
		j.l("lineNo++;")
		j.open("if (line.isBlank() || line.startsWith(\"#\"))")
		j.l("continue;")
		j.close("")
		j.l("String[] cols = line.split(\",\", -1);")
		j.open("if (cols.length < %d)", g.between(2, 6))
		j.l("log.warn(\"{}:{}: expected more columns, got {}\", file, lineNo, cols.length);")
		j.l("continue;")
		j.close("")
		j.l("rows.add(cols);")
		j.close("")
		j.ind--
		j.open("} catch (IOException e)")
		j.l("log.error(\"cannot read {}\", file, e);")
		j.l("return List.of();")
		j.close("")
		j.l("return rows;")
		j.close("")
	case 6:
		j.imp("java.util.Map", "java.util.Optional")
		g.javadoc(j, "index", "id")
		j.open("%sString %s(Map<String, %s> index, String id)", mod, name, ent)
		j.l("return Optional.ofNullable(index.get(id))")
		j.l("        .map(%s::%s)", ent, getter(f1))
		j.l("        .map(String::valueOf)")
		j.l("        .filter(s -> !s.isBlank())")
		j.l("        .orElseGet(() -> \"unknown-\" + id);")
		j.close("")
	case 7:
		j.imp("java.util.List")
		g.javadoc(j, "items", "sep")
		j.open("%sString %s(List<%s> items, char sep)", mod, name, ent)
		j.l("StringBuilder sb = new StringBuilder(items.size() * 32);")
		j.l("sb.append(\"id\").append(sep).append(\"%s\").append('\\n');", f1.name)
		j.open("for (int i = 0; i < items.size(); i++)")
		j.l("%s item = items.get(i);", ent)
		j.l("sb.append(item.getId()).append(sep).append(item.%s());", getter(f1))
		j.open("if (i < items.size() - 1)")
		j.l("sb.append('\\n');")
		j.close("")
		j.close("")
		j.l("return sb.toString();")
		j.close("")
	case 8:
		j.imp("java.util.Objects")
		g.javadoc(j, "item")
		j.open("%svoid %s(%s item)", mod, name, ent)
		j.l("Objects.requireNonNull(item, \"item\");")
		j.open("if (item.getId() == null || item.getId().isBlank())")
		j.l("throw new IllegalArgumentException(\"id is required\");")
		j.close("")
		j.open("if (item.getAmountCents() < 0)")
		j.l("throw new IllegalArgumentException(\"amountCents must not be negative: \" + item.getAmountCents());")
		j.close("")
		j.open("if (item.getCurrency() != null && item.getCurrency().length() != 3)")
		j.l("throw new IllegalArgumentException(\"currency must be an ISO 4217 code: \" + item.getCurrency());")
		j.close("")
		j.close("")
	case 9:
		j.imp("java.util.List", "java.util.Objects", "java.util.concurrent.CompletableFuture", "java.util.concurrent.Executor",
			"java.util.stream.Collectors")
		g.javadoc(j, "ids", "executor")
		j.open("%sCompletableFuture<List<%s>> %s(List<String> ids, Executor executor)", mod, ent, name)
		j.l("List<CompletableFuture<%s>> futures = ids.stream()", ent)
		j.l("        .map(id -> CompletableFuture.supplyAsync(() -> lookup(id), executor))")
		j.l("        .collect(Collectors.toList());")
		j.l("return CompletableFuture.allOf(futures.toArray(new CompletableFuture[0]))")
		j.l("        .thenApply(v -> futures.stream()")
		j.l("                .map(CompletableFuture::join)")
		j.l("                .filter(Objects::nonNull)")
		j.l("                .collect(Collectors.toList()))")
		j.l("        .exceptionally(t -> {")
		j.l("            log.error(\"batch lookup of {} ids failed\", ids.size(), t);")
		j.l("            return List.of();")
		j.l("        });")
		j.close("")
	case 10:
		c := constName(name)
		j.l("private static final String %s_SQL = \"\"\"", c)
		j.l("        SELECT id, status, %s, updated_at", strings.ReplaceAll(kebab(f1.name), "-", "_"))
		j.l("        FROM %ss", strings.ReplaceAll(kebab(ent), "-", "_"))
		j.l("        WHERE tenant = ? AND updated_at > ?")
		j.l("        ORDER BY updated_at")
		j.l("        LIMIT ?")
		j.l("        \"\"\";")
		j.l("")
		g.javadoc(j, "tenant", "limit")
		j.open("%sString %s(String tenant, int limit)", mod, name)
		j.l("return String.format(\"%%s /* tenant=%%s limit=%%d */\", %s_SQL.strip(), tenant, limit);", c)
		j.close("")
	case 11:
		j.imp("java.util.HashMap", "java.util.Map")
		g.javadoc(j, "items")
		j.open("%sMap<String, Long> %s(Iterable<%s> items)", mod, name, ent)
		j.l("Map<String, Long> totals = new HashMap<>();")
		j.open("for (%s item : items)", ent)
		j.l("totals.merge(String.valueOf(item.%s()), item.getAmountCents(), Long::sum);", getter(f1))
		j.close("")
		j.l("totals.entrySet().removeIf(e -> e.getValue() == 0L);")
		j.l("return totals;")
		j.close("")
	case 12:
		j.imp("java.util.function.Supplier")
		g.javadoc(j, "action", "attempts", "backoffMs")
		j.open("%s<T> T %s(Supplier<T> action, int attempts, long backoffMs)", mod, name)
		j.l("RuntimeException last = null;")
		j.open("for (int attempt = 1; attempt <= attempts; attempt++)")
		j.open("try")
		j.l("return action.get();")
		j.ind--
		j.open("} catch (RuntimeException e)")
		j.l("last = e;")
		j.l("log.warn(\"attempt {}/{} failed: {}\", attempt, attempts, e.toString());")
		j.open("try")
		j.l("Thread.sleep(backoffMs * attempt);")
		j.ind--
		j.open("} catch (InterruptedException ie)")
		j.l("Thread.currentThread().interrupt();")
		j.l("throw new IllegalStateException(\"interrupted while retrying\", ie);")
		j.close("")
		j.close("")
		j.close("")
		j.l("throw last != null ? last : new IllegalStateException(\"no attempts\");")
		j.close("")
	case 13:
		j.imp("java.util.ArrayList", "java.util.Collection", "java.util.Comparator", "java.util.List")
		g.javadoc(j, "items", "limit")
		j.open("%sList<%s> %s(Collection<%s> items, int limit)", mod, ent, name, ent)
		j.l("List<%s> sorted = new ArrayList<>(items);", ent)
		j.l("sorted.sort(Comparator.comparing(%s::getUpdatedAt, Comparator.nullsLast(Comparator.naturalOrder()))", ent)
		j.l("        .reversed()")
		j.l("        .thenComparing(%s::getId));", ent)
		j.l("return sorted.size() <= limit ? sorted : sorted.subList(0, limit);")
		j.close("")
	case 14:
		j.imp("java.util.ArrayList", "java.util.List")
		g.javadoc(j, "list", "size")
		j.open("%s<T> List<List<T>> %s(List<T> list, int size)", mod, name)
		j.open("if (size <= 0)")
		j.l("throw new IllegalArgumentException(\"size must be positive: \" + size);")
		j.close("")
		j.l("List<List<T>> out = new ArrayList<>((list.size() + size - 1) / size);")
		j.open("for (int i = 0; i < list.size(); i += size)")
		j.l("out.add(list.subList(i, Math.min(list.size(), i + size)));")
		j.close("")
		j.l("return out;")
		j.close("")
	case 15:
		j.imp("java.util.Collection")
		g.javadoc(j, "value")
		j.open("%sString %s(Object value)", mod, name)
		j.open("if (value instanceof String s && !s.isEmpty())")
		j.l("return \"text(\" + s.length() + \")\";")
		j.ind--
		j.open("} else if (value instanceof Number n)")
		j.l("return n.longValue() >= 0 ? \"positive\" : \"negative\";")
		j.ind--
		j.open("} else if (value instanceof Collection<?> c)")
		j.l("return \"collection of \" + c.size();")
		j.close("")
		j.l("return String.valueOf(value);")
		j.close("")
	case 16:
		j.imp("java.time.Duration", "java.util.concurrent.ScheduledExecutorService", "java.util.concurrent.TimeUnit")
		g.javadoc(j, "scheduler", "every")
		j.open("%svoid %s(ScheduledExecutorService scheduler, Duration every)", mod, name)
		j.open("scheduler.scheduleAtFixedRate(new Runnable()")
		j.l("@Override")
		j.open("public void run()")
		j.open("try")
		j.l("log.debug(\"refreshing %s\");", f1.name)
		j.ind--
		j.open("} catch (RuntimeException e)")
		j.l("log.error(\"refresh failed\", e);")
		j.close("")
		j.close("")
		j.close(", every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);")
		j.close("")
	default:
		j.imp("java.math.BigDecimal", "java.math.RoundingMode", "java.util.List")
		g.javadoc(j, "pages")
		j.open("%sBigDecimal %s(List<List<%s>> pages)", mod, name, ent)
		j.l("return pages.stream()")
		j.l("        .flatMap(List::stream)")
		j.l("        .map(item -> item.getPrice() == null ? BigDecimal.ZERO : item.getPrice())")
		j.l("        .reduce(BigDecimal.ZERO, BigDecimal::add)")
		j.l("        .setScale(2, RoundingMode.HALF_EVEN);")
		j.close("")
	}
}
