// Package oracle reads the golden files in which Flink itself says what it
// builds for the oracle jobs (testdata/oracle): for each compilable job, the
// stream graph Flink's client generates (operators, stream nodes, operator
// IDs, edges, chains), the job's settings, and, for jobs that can run here,
// which operator IDs hold state in a savepoint taken on a MiniCluster.
//
// The files are written by the Java module in oracle/ (`make oracle`); this
// package only reads them, so Go tests can hold flinklint's job model against
// Flink's answer without a JDK. It depends on nothing else in flinklint.
package oracle

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Doc is one job as Flink built it.
type Doc struct {
	Job                string            `json:"job"`    // the entry class, fully qualified
	Source             string            `json:"source"` // the entry class's file name
	Line               string            `json:"line"`   // "flink1" or "flink2"
	FlinkVersion       string            `json:"flinkVersion"`
	DefaultParallelism int               `json:"defaultParallelism"`
	JobName            string            `json:"jobName"`
	Settings           Settings          `json:"settings"`
	Configuration      map[string]string `json:"configuration"` // what the job set, as Flink keys and values
	Operators          []Operator        `json:"operators"`
	Nodes              []Node            `json:"nodes"`
	Edges              []Edge            `json:"edges"`
	Chains             [][]int           `json:"chains"`
	Savepoint          *Savepoint        `json:"savepoint"` // nil for jobs the oracle only plans
}

// Settings are the job-level settings as the stream graph has them,
// defaults included.
type Settings struct {
	CheckpointingEnabled            bool   `json:"checkpointingEnabled"`
	CheckpointInterval              int64  `json:"checkpointInterval"` // ms; -1 when off
	CheckpointingMode               string `json:"checkpointingMode"`
	ExternalizedCheckpointRetention string `json:"externalizedCheckpointRetention"`
	MinPauseBetweenCheckpoints      int64  `json:"minPauseBetweenCheckpoints"`
	CheckpointTimeout               int64  `json:"checkpointTimeout"`
	MaxConcurrentCheckpoints        int    `json:"maxConcurrentCheckpoints"`
	UnalignedCheckpoints            bool   `json:"unalignedCheckpoints"`
	Parallelism                     int    `json:"parallelism"`
	MaxParallelism                  int    `json:"maxParallelism"` // -1 when unset
	Chaining                        bool   `json:"chaining"`
	RuntimeMode                     string `json:"runtimeMode"`
	// Flink 1.x keeps these in objects rather than in the configuration.
	StateBackend           *string `json:"stateBackend"`           // the class set with setStateBackend
	IncrementalCheckpoints *bool   `json:"incrementalCheckpoints"` // the state backend object's flag
	CheckpointStorage      *string `json:"checkpointStorage"`      // the class set with setCheckpointStorage
	CheckpointDirectory    *string `json:"checkpointDirectory"`    // its checkpoint path
	RestartStrategy        *string `json:"restartStrategy"`        // the RestartStrategyConfiguration class
}

// Operator is what a user sees as one operator: one transformation of the
// job that became stream nodes (a sink V2 has writer and committer nodes).
type Operator struct {
	Seq            int     `json:"seq"`            // creation order, from 1; 0 for nodes of no transformation
	Transformation string  `json:"transformation"` // SourceTransformation, OneInputTransformation, ...
	Name           string  `json:"name"`
	UID            *string `json:"uid"`
	UserHash       *string `json:"userHash"`
	Parallelism    int     `json:"parallelism"`
	MaxParallelism int     `json:"maxParallelism"`
	Nodes          []int   `json:"nodes"`
}

// Node is one stream node.
type Node struct {
	ID                  int     `json:"id"` // renumbered 1…n in creation order
	Name                string  `json:"name"`
	Operator            *string `json:"operator"` // the StreamOperator class
	Function            *string `json:"function"` // the user function, source or sink class; "lambda"
	UID                 *string `json:"uid"`
	UserHash            *string `json:"userHash"`
	OperatorID          string  `json:"operatorId"` // the ID savepoint state is mapped by
	GeneratedOperatorID string  `json:"generatedOperatorId"`
	Parallelism         int     `json:"parallelism"`
	MaxParallelism      int     `json:"maxParallelism"`
	SlotSharingGroup    string  `json:"slotSharingGroup"`
	ChainingStrategy    *string `json:"chainingStrategy"`
	Keyed               bool    `json:"keyed"`
	Chain               int     `json:"chain"` // index into Doc.Chains, from 1
}

// Edge is one stream edge.
type Edge struct {
	From        int     `json:"from"`
	To          int     `json:"to"`
	Input       int     `json:"input"` // 0 for one-input operators, 1 or 2 for two-input ones
	Partitioner string  `json:"partitioner"`
	SideOutput  *string `json:"sideOutput"`
	Chained     bool    `json:"chained"`
}

// Savepoint is what a savepoint of the running job holds.
type Savepoint struct {
	StatefulNodes []int       `json:"statefulNodes"`
	Operators     []NodeState `json:"operators"`
}

// NodeState is the state one node's operator ID has in the savepoint.
// Registered state counts even when empty: a restore must map it.
type NodeState struct {
	Node             int      `json:"node"`
	OperatorID       string   `json:"operatorId"`
	HoldsState       bool     `json:"holdsState"`
	KeyedState       bool     `json:"keyedState"`
	OperatorState    []string `json:"operatorState"` // names of operator (list, union, broadcast) states
	RawState         bool     `json:"rawState"`
	CoordinatorState bool     `json:"coordinatorState"`
}

// Load reads every golden file of one line's folder, sorted by job.
func Load(dir string) ([]*Doc, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var docs []*Doc
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		var d Doc
		dec := json.NewDecoder(strings.NewReader(string(b)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		docs = append(docs, &d)
	}
	return docs, nil
}

// Node returns the node with id n.
func (d *Doc) Node(n int) *Node {
	for i := range d.Nodes {
		if d.Nodes[i].ID == n {
			return &d.Nodes[i]
		}
	}
	return nil
}

// HoldsState reports whether any node of op holds state in the savepoint;
// known is false when the job was only planned.
func (d *Doc) HoldsState(op Operator) (holds, known bool) {
	if d.Savepoint == nil {
		return false, false
	}
	for _, s := range d.Savepoint.Operators {
		for _, n := range op.Nodes {
			if s.Node == n && s.HoldsState {
				return true, true
			}
		}
	}
	return false, true
}
