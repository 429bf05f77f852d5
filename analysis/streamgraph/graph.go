package streamgraph

import (
	"encoding/binary"
	"encoding/hex"
	"sort"
)

// Chaining strategies of an operator factory (Flink's ChainingStrategy).
const (
	Always          = "ALWAYS"
	Head            = "HEAD"
	Never           = "NEVER"
	HeadWithSources = "HEAD_WITH_SOURCES"
)

// Partitioners of a stream edge, named as Flink's partitioners print
// themselves.
const (
	Forward   = "FORWARD"
	Hash      = "HASH"
	Rebalance = "REBALANCE"
	Rescale   = "RESCALE"
	Shuffle   = "SHUFFLE"
	Broadcast = "BROADCAST"
	Global    = "GLOBAL"
	Custom    = "CUSTOM"
)

// KeyChainDifferentMax is the option that lets operators of different max
// parallelism chain (on by default).
const KeyChainDifferentMax = "pipeline.operator-chaining.chain-operators-with-different-max-parallelism"

// Graph is a stream graph: Flink's StreamGraph reduced to what operator IDs
// and chaining depend on.
type Graph struct {
	Nodes []*Node // by id, from 1
	// Chaining is pipeline.operator-chaining.enabled.
	Chaining bool
	// CompareMaxParallelism is set when
	// pipeline.operator-chaining.chain-operators-with-different-max-parallelism
	// is off: operators then chain only with equal max parallelism.
	CompareMaxParallelism bool
	// Uncertain says why the graph may not be the one Flink builds (a
	// parallelism read from arguments, an operator flinklint cannot model);
	// IDs computed from it are then a best guess. Empty when exact.
	Uncertain []string
}

// Node is one stream node.
type Node struct {
	ID int
	// UID is the transformation's uid ("" when none); UserHash the hash set
	// with setUidHash.
	UID, UserHash string
	// UIDUnknown is set when the node has a uid whose value flinklint
	// cannot compute.
	UIDUnknown       bool
	Parallelism      int
	MaxParallelism   int
	SlotSharingGroup string
	Chaining         string // ChainingStrategy of the operator factory
	// Source is set for nodes whose factory is a SourceOperatorFactory
	// (fromSource), LegacySource for a StreamSource (addSource), Yielding
	// for a YieldingOperatorFactory (async I/O, the file reader), and
	// NoOperator for nodes without a factory (iteration heads and tails).
	Source, LegacySource, Yielding, NoOperator bool
	In, Out                                    []*Edge
	// Name is a label for messages ("map", "Sink Writer: orders").
	Name string
}

// Edge is one stream edge.
type Edge struct {
	From, To    *Node
	Partitioner string
	// TypeNumber is the input position: 0 for one-input operators, 1 or 2
	// for the inputs of a two-input operator.
	TypeNumber int
	SideOutput string
}

// Add appends a node with the next id.
func (g *Graph) Add(n *Node) *Node {
	n.ID = len(g.Nodes) + 1
	g.Nodes = append(g.Nodes, n)
	return n
}

// Connect adds an edge from one node to another.
func (g *Graph) Connect(from, to *Node, partitioner string, typeNumber int, sideOutput string) *Edge {
	e := &Edge{From: from, To: to, Partitioner: partitioner, TypeNumber: typeNumber, SideOutput: sideOutput}
	from.Out = append(from.Out, e)
	to.In = append(to.In, e)
	return e
}

// ID is an operator ID.
type ID [16]byte

func (id ID) String() string { return hex.EncodeToString(id[:]) }

// IDs are the operator IDs of a graph's nodes.
type IDs struct {
	// Generated is what StreamGraphHasherV2 computes: the hash of the uid,
	// or of the node's place in the graph when it has none.
	Generated map[int]ID
	// Operator is the ID savepoint state is mapped by: the setUidHash value
	// when there is one, otherwise Generated. A user hash that is not 32
	// hex digits is left out (Flink rejects it).
	Operator map[int]ID
	// Uncertain marks the nodes whose Operator ID may not be Flink's: when
	// the graph is uncertain, every node whose ID is not fixed by a known
	// uid or uid hash (a positional ID depends on the whole graph), and a
	// node whose own uid or hash is unknown.
	Uncertain map[int]bool
}

// Hashes computes every node's operator ID as Flink's StreamGraphHasherV2
// does (identical in 1.20 and 2.x): a node with a uid gets
// murmur3_128(uid); the others are hashed in a breadth-first walk from the
// sources, sorted by id, where a node waits until all its inputs have a
// hash, from the number of hashes computed so far (written once, and once
// more for each chainable output edge, as 4-byte little-endian ints), then
// mixed with each input's hash byte by byte (h = h*37 ^ in).
func (g *Graph) Hashes() IDs {
	hashes := map[int]ID{}
	var sources []int
	for _, n := range g.Nodes {
		if len(n.In) == 0 {
			sources = append(sources, n.ID)
		}
	}
	sort.Ints(sources)
	visited := map[int]bool{}
	var queue []*Node
	for _, id := range sources {
		queue = append(queue, g.Nodes[id-1])
		visited[id] = true
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if !g.hashNode(n, hashes) {
			delete(visited, n.ID)
			continue
		}
		for _, e := range n.Out {
			if !visited[e.To.ID] {
				queue = append(queue, e.To)
				visited[e.To.ID] = true
			}
		}
	}
	ids := IDs{Generated: hashes, Operator: map[int]ID{}, Uncertain: map[int]bool{}}
	for id, h := range hashes {
		ids.Operator[id] = h
		n := g.Nodes[id-1]
		fixed := (n.UID != "" || n.UserHash != "") && !n.UIDUnknown
		if n.UIDUnknown || (len(g.Uncertain) > 0 && !fixed) {
			ids.Uncertain[id] = true
		}
		if u := n.UserHash; u != "" {
			var uh ID
			if b, err := hex.DecodeString(u); err == nil && len(b) == len(uh) {
				copy(uh[:], b)
				ids.Operator[id] = uh
			} else {
				delete(ids.Operator, id)
			}
		}
	}
	return ids
}

func (g *Graph) hashNode(n *Node, hashes map[int]ID) bool {
	if n.UID != "" || n.UIDUnknown {
		// A node with a uid is hashed at once, without waiting for its
		// inputs; an unknown uid still takes its turn in the walk.
		hashes[n.ID] = murmur3([]byte(n.UID))
		return true
	}
	for _, e := range n.In {
		if _, ok := hashes[e.From.ID]; !ok {
			return false
		}
	}
	var buf []byte
	id := uint32(len(hashes))
	buf = binary.LittleEndian.AppendUint32(buf, id)
	for _, e := range n.Out {
		if g.chainable(e) {
			buf = binary.LittleEndian.AppendUint32(buf, id)
		}
	}
	h := ID(murmur3(buf))
	for _, e := range n.In {
		in := hashes[e.From.ID]
		for j := range h {
			h[j] = h[j]*37 ^ in[j]
		}
	}
	hashes[n.ID] = h
	return true
}

// chainable is StreamingJobGraphGenerator.isChainable (1.20 and 2.x): the
// target has only this input, and isChainableInput holds.
func (g *Graph) chainable(e *Edge) bool {
	return len(e.To.In) == 1 && g.chainableInput(e)
}

func (g *Graph) chainableInput(e *Edge) bool {
	up, down := e.From, e.To
	if !g.Chaining || up.SlotSharingGroup != down.SlotSharingGroup ||
		!g.operatorsChainable(up, down) || e.Partitioner != Forward {
		return false
	}
	for _, in := range down.In {
		if in != e && in.TypeNumber == e.TypeNumber {
			return false // a union
		}
	}
	return true
}

// operatorsChainable is areOperatorsChainable.
func (g *Graph) operatorsChainable(up, down *Node) bool {
	if up.NoOperator || down.NoOperator {
		return false
	}
	if down.Yielding && g.head(up).LegacySource {
		return false
	}
	ok := up.Chaining != Never
	switch down.Chaining {
	case Never, Head:
		ok = false
	case HeadWithSources:
		ok = ok && up.Source
	}
	if g.CompareMaxParallelism && up.MaxParallelism != down.MaxParallelism {
		return false
	}
	return ok && up.Parallelism == down.Parallelism
}

// head is getHeadOperator: the first node of the chain n belongs to.
func (g *Graph) head(n *Node) *Node {
	for len(n.In) == 1 && g.chainable(n.In[0]) {
		n = n.In[0].From
	}
	return n
}
