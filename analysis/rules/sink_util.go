package rules

// Helpers shared by the transactional-sink rules (SINK001-SINK003,
// CKPT004): which sinks deliver exactly once, and durations as Flink and
// Kafka write them.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// Kafka's transaction timeout: the producer key, the connector's default
// when it is unset (KafkaSink and FlinkKafkaProducer both set one hour),
// and the brokers' default ceiling, transaction.max.timeout.ms.
const (
	keyTxnTimeout       = "transaction.timeout.ms"
	defaultTxnTimeoutMs = 60 * 60 * 1000
	brokerMaxTxnMs      = 15 * 60 * 1000
	defaultCkptTimeout  = 10 * 60 * 1000
)

// exactlyOnceKafka reports a Kafka sink configured for exactly-once
// delivery.
func exactlyOnceKafka(f *jobgraph.SinkFacts) bool {
	return f != nil && (f.Connector == jobgraph.ConnectorKafkaSink || f.Connector == jobgraph.ConnectorKafkaProducer) &&
		strings.EqualFold(f.Guarantee, "EXACTLY_ONCE")
}

// guaranteeCall names the call that chose a Kafka sink's guarantee.
func guaranteeCall(f *jobgraph.SinkFacts) string {
	if f.Connector == jobgraph.ConnectorKafkaProducer {
		return "FlinkKafkaProducer.Semantic.EXACTLY_ONCE"
	}
	return "setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)"
}

// durationMillis parses a duration as Flink's TimeUtils.parseDuration
// reads it (a number, then an optional unit; no unit is milliseconds).
func durationMillis(s string) (int64, bool) {
	number, unit := hygNumberAndUnit(strings.TrimSpace(s))
	n, err := strconv.ParseInt(number, 10, 64)
	if number == "" || err != nil {
		return 0, false
	}
	mult := map[string]int64{"": 1, "ms": 1, "milli": 1, "millis": 1, "millisecond": 1, "milliseconds": 1,
		"s": 1000, "sec": 1000, "secs": 1000, "second": 1000, "seconds": 1000,
		"m": 60000, "min": 60000, "mins": 60000, "minute": 60000, "minutes": 60000,
		"h": 3600000, "hour": 3600000, "hours": 3600000, "d": 86400000, "day": 86400000, "days": 86400000}
	m, ok := mult[unit]
	if !ok {
		return 0, false
	}
	return n * m, true
}

// human renders milliseconds for messages: "15 min", "90 s", "1 h".
func human(ms int64) string {
	switch {
	case ms >= 3600000 && ms%3600000 == 0:
		return fmt.Sprintf("%d h", ms/3600000)
	case ms >= 60000 && ms%60000 == 0:
		return fmt.Sprintf("%d min", ms/60000)
	case ms >= 1000 && ms%1000 == 0:
		return fmt.Sprintf("%d s", ms/1000)
	}
	return fmt.Sprintf("%d ms", ms)
}

// checkpointSpan is how long a transaction can stay open before the
// checkpoint that commits it completes: the checkpoint interval plus the
// checkpoint timeout (Flink's default 10 min when unset), and the
// interval. ok is false when the interval is not known.
func checkpointSpan(eff *settings.Effective) (span, interval int64, why string, ok bool) {
	iv, has := eff.Get(jobgraph.KeyInterval)
	if !has || !iv.Known {
		return 0, 0, "", false
	}
	interval, ok = durationMillis(iv.Value)
	if !ok || interval <= 0 {
		return 0, 0, "", false
	}
	timeout, tWhere := int64(defaultCkptTimeout), "the default timeout of 10 min"
	if tv, has := eff.Get(jobgraph.KeyTimeout); has {
		if !tv.Known {
			return 0, 0, "", false
		}
		t, ok := durationMillis(tv.Value)
		if !ok {
			return 0, 0, "", false
		}
		timeout, tWhere = t, fmt.Sprintf("timeout %s (%s)", human(t), settingWhere(tv))
	}
	return interval + timeout, interval, fmt.Sprintf("checkpoint interval %s (%s) plus %s", human(interval), settingWhere(iv), tWhere), true
}
