package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/flinklint/flinklint/analysis/scan"
)

// progress draws "flinklint: [#####.....] parsing Java files 1234/5678"
// on stderr, then "tracing jobs 12/300": one bar for the whole scan, which
// parsing fills to 60% (scan.Progress.Fraction). It is redrawn in place at
// most ten times a second and never moves back.
type progress struct {
	w     io.Writer
	on    bool
	mu    sync.Mutex
	last  time.Time
	drew  bool
	frac  float64
	width int // of the last line drawn, to blank it
}

func newProgress(mode string, stderr io.Writer) (*progress, error) {
	p := &progress{w: stderr}
	switch mode {
	case "always":
		p.on = true
	case "never":
	case "auto", "":
		f, ok := stderr.(*os.File)
		if ok {
			if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb" {
				p.on = true
			}
		}
	default:
		return nil, fmt.Errorf("--progress must be auto, always or never, not %q", mode)
	}
	return p, nil
}

func (p *progress) update(st scan.Progress) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.frac = max(p.frac, st.Fraction())
	if now := time.Now(); st.Done < st.Total && now.Sub(p.last) < 100*time.Millisecond {
		return
	} else {
		p.last = now
	}
	const width = 30
	filled := min(int(p.frac*width), width)
	line := fmt.Sprintf("flinklint: [%s%s] %s %d/%d", strings.Repeat("#", filled), strings.Repeat(".", width-filled), st.Phase, st.Done, st.Total)
	pad := max(p.width-len(line), 0)
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", pad))
	p.width = len(line)
	p.drew = true
}

// done clears the bar so the report starts on a clean line.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drew {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", max(p.width, 80)))
		p.drew = false
	}
}
