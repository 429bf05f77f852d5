package rules

import "github.com/flinklint/flinklint/analysis"

// sinkRules check what exactly-once and transactional sinks need from the
// job: a unique Kafka transactional id prefix, a transaction timeout the
// brokers accept and checkpoints fit in, and checkpoints at all.
var sinkRules = []*analysis.Rule{
	KafkaExactlyOnceWithoutPrefix,
	KafkaTransactionTimeout,
	TransactionalSinkWithoutCheckpointing,
	DuplicateTransactionalIDPrefix,
}
