// Package streamgraph builds the stream graph Flink's DataStream API would
// build for a job of the job graph, and computes every stream node's
// operator ID exactly as Flink does (StreamGraphHasherV2, with
// StreamingJobGraphGenerator.isChainable deciding which output edges
// count): the ID that savepoint state is mapped by.
//
// Build lays the graph out as StreamGraphGenerator does on Flink 1.20 and
// 2.2 (node numbering, the order edges are added in, sink V2 writers and
// committers, iterations, join taggers, slot sharing groups, parallelism
// at creation); Graph.Hashes computes the IDs. Where the source does not
// say what Flink will build (a parallelism from arguments, a uid computed
// at run time, an operator under a condition, a stream handed to a library,
// a batch job), the graph records why in Uncertain and the IDs that depend
// on it are marked uncertain; an ID fixed by a known uid stays certain.
//
// The golden files of the oracle (testdata/oracle) hold Flink's own IDs
// for every oracle job; the tests compare them node by node.
//
// It reads jobgraph's model and nothing else of flinklint; it knows nothing
// of syntax trees, config files or rules.
package streamgraph
