// Package flinkapi is what flinklint knows about Flink's Java API: the
// fully qualified names of the types the analysis recognises, grouped by
// role (environment, stream types, configuration holders, state). It holds
// data only: no syntax, no analysis.
package flinkapi

import "strings"

// Role tells what a Flink type is to the analysis.
type Role int

// Roles.
const (
	RoleNone Role = iota
	RoleEnv
	RoleStream        // DataStream, SingleOutputStreamOperator, DataStreamSource
	RoleKeyedStream   // KeyedStream
	RoleWindowed      // WindowedStream
	RoleAllWindowed   // AllWindowedStream
	RoleConnected     // ConnectedStreams
	RoleBroadcast     // BroadcastStream
	RoleBroadcastConn // BroadcastConnectedStream
	RoleSink          // DataStreamSink
	RolePattern       // PatternStream
	RoleCheckpointCfg // CheckpointConfig
	RoleExecutionCfg  // ExecutionConfig
	RoleConfiguration // Configuration
)

const (
	pkgDS  = "org.apache.flink.streaming.api.datastream."
	pkgEnv = "org.apache.flink.streaming.api.environment."
)

// types maps a fully qualified Flink type name to its role. Several names
// map to one role where Flink moved a class between versions.
var types = map[string]Role{
	pkgEnv + "StreamExecutionEnvironment":          RoleEnv,
	pkgEnv + "LocalStreamEnvironment":              RoleEnv,
	pkgEnv + "RemoteStreamEnvironment":             RoleEnv,
	pkgDS + "DataStream":                           RoleStream,
	pkgDS + "SingleOutputStreamOperator":           RoleStream,
	pkgDS + "DataStreamSource":                     RoleStream,
	pkgDS + "IterativeStream":                      RoleStream,
	pkgDS + "KeyedStream":                          RoleKeyedStream,
	pkgDS + "WindowedStream":                       RoleWindowed,
	pkgDS + "AllWindowedStream":                    RoleAllWindowed,
	pkgDS + "ConnectedStreams":                     RoleConnected,
	pkgDS + "BroadcastStream":                      RoleBroadcast,
	pkgDS + "BroadcastConnectedStream":             RoleBroadcastConn,
	pkgDS + "DataStreamSink":                       RoleSink,
	"org.apache.flink.cep.PatternStream":           RolePattern,
	pkgEnv + "CheckpointConfig":                    RoleCheckpointCfg,
	"org.apache.flink.api.common.ExecutionConfig":  RoleExecutionCfg,
	"org.apache.flink.configuration.Configuration": RoleConfiguration,
}

// other known external types, for resolving on-demand imports.
var known = map[string]bool{
	pkgDS + "AsyncDataStream":  true,
	pkgDS + "JoinedStreams":    true,
	pkgDS + "CoGroupedStreams": true,
	"org.apache.flink.cep.CEP": true,
	"org.apache.flink.api.common.restartstrategy.RestartStrategies":        true,
	"org.apache.flink.api.common.RuntimeExecutionMode":                     true,
	"org.apache.flink.streaming.api.CheckpointingMode":                     true,
	"org.apache.flink.core.execution.CheckpointingMode":                    true,
	"org.apache.flink.configuration.ExternalizedCheckpointRetention":       true,
	"org.apache.flink.runtime.state.hashmap.HashMapStateBackend":           true,
	"org.apache.flink.runtime.state.filesystem.FsStateBackend":             true,
	"org.apache.flink.runtime.state.memory.MemoryStateBackend":             true,
	"org.apache.flink.contrib.streaming.state.RocksDBStateBackend":         true,
	"org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend": true,
	"org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend":           true,
	"org.apache.flink.streaming.api.functions.sink.DiscardingSink":         true,
	"org.apache.flink.streaming.api.functions.sink.PrintSinkFunction":      true,
	"org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink":      true,
	"org.apache.flink.api.connector.sink2.Sink":                            true,
	"org.apache.flink.streaming.api.checkpoint.CheckpointedFunction":       true,
	"org.apache.flink.streaming.api.checkpoint.ListCheckpointed":           true,
	"java.lang.String":    true,
	"java.lang.System":    true,
	"java.lang.Math":      true,
	"java.lang.Object":    true,
	"java.lang.Integer":   true,
	"java.lang.Long":      true,
	"java.lang.Boolean":   true,
	"java.lang.Runnable":  true,
	"java.lang.Thread":    true,
	"java.lang.Exception": true,
	"java.lang.Override":  true,
}

// TypeRole returns the role of a fully qualified type name.
func TypeRole(fqn string) Role { return types[fqn] }

// Pipeline reports whether r is an environment or a stream of some kind,
// the values a pipeline is built from (not a configuration holder).
func (r Role) Pipeline() bool {
	return r != RoleNone && r != RoleConfiguration && r != RoleCheckpointCfg && r != RoleExecutionCfg
}

// simpleRoles maps the simple names of the types above to their roles
// (every simple name there has one role).
var simpleRoles = func() map[string]Role {
	m := make(map[string]Role, len(types))
	for fqn, r := range types {
		m[Simple(fqn)] = r
	}
	return m
}()

// SimpleRole returns the role of the Flink type with the given simple name,
// for guesses made before names can be resolved.
func SimpleRole(simple string) Role { return simpleRoles[simple] }

// EnvCreators are StreamExecutionEnvironment's static methods that create
// an environment.
var EnvCreators = map[string]bool{
	"getExecutionEnvironment":         true,
	"createLocalEnvironment":          true,
	"createLocalEnvironmentWithWebUI": true,
	"createRemoteEnvironment":         true,
}

// Known reports whether fqn is a type flinklint knows exists.
func Known(fqn string) bool { return types[fqn] != RoleNone || known[fqn] }

// IsFlink reports whether fqn is in Flink's namespace.
func IsFlink(fqn string) bool { return strings.HasPrefix(fqn, "org.apache.flink.") }

// Simple returns the simple name of a dotted name.
func Simple(fqn string) string {
	if i := strings.LastIndexByte(fqn, '.'); i >= 0 {
		return fqn[i+1:]
	}
	return fqn
}

// StateDescriptorKind maps a state descriptor's simple class name to the
// state it describes ("ValueStateDescriptor" → "ValueState").
func StateDescriptorKind(simple string) (string, bool) {
	switch simple {
	case "ValueStateDescriptor", "ListStateDescriptor", "MapStateDescriptor",
		"ReducingStateDescriptor", "AggregatingStateDescriptor", "FoldingStateDescriptor":
		return strings.TrimSuffix(simple, "Descriptor"), true
	}
	return "", false
}

// StateGetters are the RuntimeContext / state store methods that obtain state.
var StateGetters = map[string]string{
	"getState":            "ValueState",
	"getListState":        "ListState",
	"getMapState":         "MapState",
	"getReducingState":    "ReducingState",
	"getAggregatingState": "AggregatingState",
	"getFoldingState":     "FoldingState",
	"getUnionListState":   "union ListState",
	"getBroadcastState":   "BroadcastState",
}

// Checkpointed interfaces: implementing one of them means the function
// snapshots operator state.
var Checkpointed = []string{
	"org.apache.flink.streaming.api.checkpoint.CheckpointedFunction",
	"org.apache.flink.streaming.api.checkpoint.ListCheckpointed",
}
