package rules

import "github.com/flinklint/flinklint/analysis"

// clusterRules check what a cluster configuration or a Kubernetes
// deployment must provide for production: high availability, memory,
// observability, exposure, RocksDB tuning, restart behaviour, and the
// Kubernetes operator's upgrade requirements.
var clusterRules = []*analysis.Rule{
	HighAvailabilityNotConfigured,
	HighAvailabilityStorageMissing,
	HighAvailabilityStorageLocal,
	ZooKeeperQuorumMissing,
	StandbyJobManagersWithoutHA,
	TaskManagerMemoryNotSet,
	MetricsReporterNotConfigured,
	DebugLogging,
	NoisyLibraryLogging,
	FlinkAlertsIncomplete,
	RestEndpointExposed,
	InternalSSLDisabled,
	SSLKeystoreMissing,
	RocksDBWithoutIncrementalCheckpoints,
	RocksDBWithoutManagedMemory,
	RestartStrategyNotExponentialDelay,
	StatefulJobStatelessUpgrade,
	UpgradeModeNeedsCheckpointDir,
	SavepointNeedsSavepointDir,
}
