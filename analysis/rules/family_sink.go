package rules

import "github.com/flinklint/flinklint/analysis"

// sinkRules check what exactly-once and transactional sinks need from the
// job: a Kafka transactional id prefix and a transaction timeout the
// brokers accept and checkpoints fit in, and checkpoints at all.
var sinkRules = []*analysis.Rule{
	KafkaExactlyOnceWithoutPrefix,
	KafkaTransactionTimeout,
	TransactionalSinkWithoutCheckpointing,
}
