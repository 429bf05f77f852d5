package jobgraph

// What the code says about a sink's delivery: the guarantee, the
// transactional id prefix and the producer properties of a KafkaSink
// builder (KafkaSink.builder()...build()) or of the legacy
// FlinkKafkaProducer constructor; file sinks and project sinks that commit
// on checkpoints. Recorded on the sink operator (Operator.Sink) for the
// exactly-once rules.

import (
	"strings"

	"github.com/flinklint/flinklint/parser"
)

// Kafka sink connectors SinkFacts.Connector names (FileSink,
// StreamingFileSink and project committing sinks are named as written).
const (
	ConnectorKafkaSink     = "KafkaSink"
	ConnectorKafkaProducer = "FlinkKafkaProducer"
)

// SinkFacts is what a sink's construction says about its delivery.
type SinkFacts struct {
	// Connector is ConnectorKafkaSink, ConnectorKafkaProducer, FileSink,
	// StreamingFileSink, or a project sink with its committing supertype:
	// "AuditSink (TwoPhaseCommitSinkFunction)".
	Connector string
	// Commits is set for sinks that make output visible only when a
	// checkpoint completes whatever their settings (file sinks, project
	// two-phase-commit sinks); Kafka sinks do so with EXACTLY_ONCE.
	Commits bool
	// Loc is where the sink is built: KafkaSink.builder() or the
	// FlinkKafkaProducer constructor.
	Loc parser.Location
	// Guarantee is the delivery guarantee (EXACTLY_ONCE, AT_LEAST_ONCE,
	// NONE) when set with a constant; "" when not set (GuaranteeSet false)
	// or set from an expression flinklint cannot compute.
	Guarantee    string
	GuaranteeSet bool
	GuaranteeLoc parser.Location
	// TransactionalIDPrefix is setTransactionalIdPrefix's argument; nil
	// when the builder never calls it.
	TransactionalIDPrefix *SinkProp
	// Props are the producer properties the code sets (setProperty,
	// setKafkaProducerConfig or the producer's Properties), by key.
	Props map[string]SinkProp
	// PropsUnknown is set when properties came from somewhere flinklint
	// cannot follow (a Properties object loaded from a file, putAll, a
	// parameter): a key missing from Props may still be set.
	PropsUnknown bool
}

// SinkProp is a value the code gives a sink, with where.
type SinkProp struct {
	Value string
	Known bool
	Loc   parser.Location
}

// propsV is a java.util.Properties (or a Map of producer properties)
// built in the code.
type propsV struct {
	entries map[string]SinkProp
	unknown bool
}

// sinkFactsV is a KafkaSink or FileSink builder, the sink it built, or a
// FlinkKafkaProducer.
type sinkFactsV struct {
	facts *SinkFacts
	// parts are the operators the built sink expands into (SinkParts):
	// "" when flinklint cannot say (the legacy producer is a SinkFunction).
	parts string
}

// producerConfigKeys maps Kafka's ProducerConfig constants to their keys.
var producerConfigKeys = map[string]string{
	"TRANSACTION_TIMEOUT_CONFIG": "transaction.timeout.ms",
	"TRANSACTIONAL_ID_CONFIG":    "transactional.id",
	"BOOTSTRAP_SERVERS_CONFIG":   "bootstrap.servers",
	"ENABLE_IDEMPOTENCE_CONFIG":  "enable.idempotence",
	"ACKS_CONFIG":                "acks",
}

// propKey is a property key: a string, or a ProducerConfig constant.
func propKey(v value) (string, bool) {
	if ev, ok := v.(*enumV); ok && ev.typ == "ProducerConfig" {
		k, ok := producerConfigKeys[ev.name]
		return k, ok
	}
	if s := asStr(v); s != nil && s.known {
		return s.s, true
	}
	return "", false
}

// putProp records key = v in m; it reports false when the key is not
// known (the caller then marks the properties unknown).
func putProp(m map[string]SinkProp, key, v value, loc parser.Location) bool {
	k, ok := propKey(key)
	if !ok {
		return false
	}
	p := SinkProp{Loc: loc}
	if s := asStr(v); s != nil && s.known && s.unstable == "" {
		p.Value, p.Known = strings.TrimSpace(s.s), true
	}
	m[k] = p
	return true
}

// newProps is `new Properties()` (or a HashMap), copying a Properties
// passed as defaults.
func newProps(args []value) *propsV {
	p := &propsV{entries: map[string]SinkProp{}}
	if len(args) > 0 {
		if o, ok := args[0].(*propsV); ok {
			for k, v := range o.entries {
				p.entries[k] = v
			}
			p.unknown = o.unknown
		} else if _, isInt := args[0].(*intV); !isInt {
			p.unknown = true
		}
	}
	return p
}

// call interprets setProperty/put/putAll/load on a Properties.
func (p *propsV) call(name string, args []value, loc parser.Location) value {
	switch name {
	case "setProperty", "put", "putIfAbsent":
		if len(args) == 2 && !putProp(p.entries, args[0], args[1], loc) {
			p.unknown = true
		}
	case "putAll", "load", "loadFromXML", "merge", "compute", "computeIfAbsent":
		if o, ok := firstArg(args).(*propsV); ok && name == "putAll" {
			for k, v := range o.entries {
				p.entries[k] = v
			}
			p.unknown = p.unknown || o.unknown
		} else {
			p.unknown = true
		}
	case "remove":
		if k, ok := propKey(firstArg(args)); ok {
			delete(p.entries, k)
		}
	}
	return nil
}

// call interprets a sink builder's setters and build(): the KafkaSink
// settings are recorded, every other call returns the builder.
func (b *sinkFactsV) call(name string, args []value, loc parser.Location) value {
	f := b.facts
	switch name {
	case "setDeliveryGuarantee", "setDeliverGuarantee":
		f.GuaranteeSet, f.GuaranteeLoc, f.Guarantee = true, loc, ""
		if ev, ok := firstArg(args).(*enumV); ok {
			f.Guarantee = ev.name
		}
	case "setTransactionalIdPrefix":
		p := &SinkProp{Loc: loc}
		if s := asStr(firstArg(args)); s != nil && s.known {
			p.Value, p.Known = s.s, true
		}
		f.TransactionalIDPrefix = p
	case "setProperty":
		if len(args) == 2 && !putProp(f.Props, args[0], args[1], loc) {
			f.PropsUnknown = true
		}
	case "setBootstrapServers":
		putProp(f.Props, &strV{s: "bootstrap.servers", known: true}, firstArg(args), loc)
	case "setKafkaProducerConfig":
		if p, ok := firstArg(args).(*propsV); ok {
			for k, v := range p.entries {
				f.Props[k] = v
			}
			f.PropsUnknown = f.PropsUnknown || p.unknown
		} else {
			f.PropsUnknown = true
		}
	}
	return b
}

// newKafkaProducer is `new FlinkKafkaProducer<>(..., props, ..., Semantic.X, ...)`:
// the legacy producer takes its Properties and Semantic as arguments and
// defaults to AT_LEAST_ONCE.
func newKafkaProducer(args []value, loc parser.Location) *sinkFactsV {
	f := &SinkFacts{Connector: ConnectorKafkaProducer, Loc: loc, Props: map[string]SinkProp{}}
	for _, a := range args {
		switch a := a.(type) {
		case *enumV:
			if a.typ == "Semantic" {
				f.Guarantee, f.GuaranteeSet, f.GuaranteeLoc = a.name, true, loc
			}
		case *propsV:
			for k, v := range a.entries {
				f.Props[k] = v
			}
			f.PropsUnknown = f.PropsUnknown || a.unknown
		}
	}
	if !f.GuaranteeSet {
		f.Guarantee = "AT_LEAST_ONCE"
	}
	return &sinkFactsV{facts: f}
}
