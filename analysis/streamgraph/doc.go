// Package streamgraph builds the stream graph Flink's DataStream API would
// build for a job of the job graph, and computes every stream node's
// operator ID exactly as Flink does (StreamGraphHasherV2, with
// StreamingJobGraphGenerator.isChainable deciding which output edges
// count): the ID that savepoint state is mapped by.
//
// It reads jobgraph's model and nothing else of flinklint; it knows nothing
// of syntax trees, config files or rules.
package streamgraph
