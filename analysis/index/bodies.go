package index

import (
	"fmt"
	"sync"

	"github.com/flinklint/flinklint/parser"
)

// Loader parses a file of the scan again, for the method bodies its
// skeleton dropped. Size is what the file's bodies cost, in the unit of the
// budget given to SetLoader (the driver uses source bytes).
type Loader func(path string) (f *parser.File, size int64, err error)

// bodies restores dropped method bodies on demand and drops them again,
// least recently restored first, when the restored files exceed a budget:
// the interpretation enters a few percent of a large scan's methods, and
// keeping every body for it would make memory grow with the tree.
type bodies struct {
	mu       sync.Mutex
	load     Loader
	budget   int64
	used     int64
	resident []resident
	failed   map[*parser.File]bool
	restores int
}

type resident struct {
	methods []*parser.Method // the bodies restored (the driver may have kept others)
	size    int64
}

// SetLoader lets Body restore dropped bodies with load, keeping at most
// budget of restored files.
func (ix *Index) SetLoader(load Loader, budget int64) {
	ix.bodies.mu.Lock()
	defer ix.bodies.mu.Unlock()
	ix.bodies.load, ix.bodies.budget = load, budget
}

// Restores returns how many times Body parsed a file again.
func (ix *Index) Restores() int {
	ix.bodies.mu.Lock()
	defer ix.bodies.mu.Unlock()
	return ix.bodies.restores
}

// Body returns the body of m, a method of c, restoring it when it was
// dropped. It returns nil for a method without a body, and an error (once
// per file, nil afterwards) when the body cannot be restored.
func (ix *Index) Body(c *Class, m *parser.Method) (*parser.Block, error) {
	if !m.Dropped() {
		return m.Body, nil
	}
	b := &ix.bodies
	b.mu.Lock()
	defer b.mu.Unlock()
	if !m.Dropped() {
		return m.Body, nil
	}
	f := c.File
	if b.failed[f] {
		return nil, nil
	}
	fail := func(err error) (*parser.Block, error) {
		if b.failed == nil {
			b.failed = map[*parser.File]bool{}
		}
		b.failed[f] = true
		return nil, err
	}
	if b.load == nil {
		return fail(fmt.Errorf("%s: method bodies were dropped and cannot be restored", f.Path))
	}
	fresh, size, err := b.load(f.Path)
	var restored []*parser.Method
	if err == nil {
		restored, err = f.Restore(fresh)
	}
	if err != nil {
		return fail(fmt.Errorf("cannot read %s again (%v); its methods are not interpreted", f.Path, err))
	}
	b.restores++
	b.resident = append(b.resident, resident{restored, size})
	b.used += size
	for len(b.resident) > 1 && b.used > b.budget {
		old := b.resident[0]
		b.resident = b.resident[1:]
		b.used -= old.size
		for _, m := range old.methods {
			m.DropBody()
		}
	}
	return m.Body, nil
}
