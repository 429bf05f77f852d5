package monorepo

import (
	"strings"
)

// domains name modules, packages and entities.
var domains = []string{
	"order", "payment", "customer", "invoice", "shipment", "inventory", "product", "cart",
	"account", "ledger", "refund", "review", "session", "click", "device", "sensor", "alert",
	"campaign", "coupon", "merchant", "user", "profile", "notification", "subscription",
	"booking", "ride", "driver", "trip", "ticket", "catalog", "price", "quote", "loan",
	"claim", "policy", "transfer", "wallet", "fraud", "risk", "search", "recommendation",
	"delivery", "warehouse", "supplier", "contract", "billing", "tax", "audit", "consent",
	"identity", "message", "media", "playback", "ad", "bid", "auction", "telemetry", "fleet",
	"meter", "tariff",
}

// nouns complete entity names: Order + Line → OrderLine.
var nouns = []string{
	"Line", "Item", "Event", "Summary", "Request", "Response", "Record", "Snapshot", "Detail",
	"Entry", "Batch", "Metric", "Score", "Status", "Change", "Command", "View", "Aggregate",
	"Info", "Update", "Reference", "Window", "Count", "Total", "Stats", "Note", "Label",
	"Address", "Limit", "Rule", "Policy", "Schedule", "Report", "Key", "Token", "Attempt",
}

// verbs start method names.
var verbs = []string{
	"find", "load", "compute", "resolve", "build", "apply", "validate", "normalize", "merge",
	"collect", "publish", "refresh", "evict", "score", "rank", "split", "group", "summarize",
	"convert", "export", "import", "match", "reconcile", "schedule", "notify", "archive",
	"enrich", "filter", "estimate", "check", "register", "prepare", "render", "parse",
}

// fieldSpec is a field of a generated entity.
type fieldSpec struct{ typ, name string }

var fieldPool = []fieldSpec{
	{"String", "id"}, {"String", "customerId"}, {"long", "amountCents"}, {"Instant", "createdAt"},
	{"Instant", "updatedAt"}, {"int", "quantity"}, {"BigDecimal", "price"}, {"boolean", "active"},
	{"List<String>", "tags"}, {"Map<String, String>", "attributes"}, {"String", "status"},
	{"String", "currency"}, {"double", "score"}, {"long", "version"}, {"String", "region"},
	{"String", "email"}, {"LocalDate", "businessDate"}, {"String", "merchantId"},
	{"String", "accountId"}, {"long", "timestamp"}, {"String", "countryCode"},
	{"String", "description"}, {"int", "priority"}, {"String", "correlationId"},
	{"UUID", "traceId"}, {"String", "channel"}, {"long", "durationMs"}, {"String", "sku"},
	{"BigDecimal", "taxAmount"}, {"String", "source"}, {"int", "retries"}, {"String", "tenant"},
	{"Duration", "ttl"}, {"String", "displayName"}, {"long", "sequence"}, {"String", "reason"},
}

// typeImports are the imports a field type needs.
var typeImports = map[string][]string{
	"Instant":             {"java.time.Instant"},
	"BigDecimal":          {"java.math.BigDecimal"},
	"List<String>":        {"java.util.List"},
	"Map<String, String>": {"java.util.Map"},
	"LocalDate":           {"java.time.LocalDate"},
	"UUID":                {"java.util.UUID"},
	"Duration":            {"java.time.Duration"},
}

// words for comments.
var commentWords = strings.Fields(`the a of to for when each one every this that is are be
	is not value values record records key keys customer order payment request response
	service cache retry timeout window state event events stream batch downstream upstream
	configured returns null empty current previous latest window total count limit must
	should may only after before until unless always never validated normalized stored
	sent received rejected accepted pending completed failed expired active inactive
	duplicate late early partial whole region tenant account merchant invoice ledger
	idempotent ordered unordered bounded unbounded lookup table topic partition offset`)

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// camel joins a hyphenated or plain word into CamelCase.
func camel(s string) string {
	var b strings.Builder
	for _, p := range strings.Split(s, "-") {
		b.WriteString(capitalize(p))
	}
	return b.String()
}

// lowerFirst lower-cases the first letter of an ASCII word.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// constName turns "orderEnrichment-source" into "ORDER_ENRICHMENT_SOURCE".
func constName(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '-' || r == '.' || r == ' ':
			b.WriteByte('_')
		case r >= 'A' && r <= 'Z':
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
		default:
			b.WriteString(strings.ToUpper(string(r)))
		}
	}
	return b.String()
}

// kebab turns "OrderEnrichment" into "order-enrichment".
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r + 'a' - 'A')
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// getter returns the getter name of a field.
func getter(f fieldSpec) string {
	if f.typ == "boolean" {
		return "is" + capitalize(f.name)
	}
	return "get" + capitalize(f.name)
}

// boxed returns the boxed type of a primitive.
func boxed(t string) string {
	switch t {
	case "long":
		return "Long"
	case "int":
		return "Integer"
	case "double":
		return "Double"
	case "boolean":
		return "Boolean"
	}
	return t
}
