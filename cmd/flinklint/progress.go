package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progress draws "flinklint: [#####.....] 1234/5678 Java files" on stderr,
// redrawn in place at most ten times a second.
type progress struct {
	w    io.Writer
	on   bool
	mu   sync.Mutex
	last time.Time
	drew bool
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

func (p *progress) update(parsed, total int) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if now := time.Now(); parsed < total && now.Sub(p.last) < 100*time.Millisecond {
		return
	} else {
		p.last = now
	}
	const width = 30
	filled := 0
	if total > 0 {
		filled = parsed * width / total
	}
	fmt.Fprintf(p.w, "\rflinklint: [%s%s] %d/%d Java files", strings.Repeat("#", filled), strings.Repeat(".", width-filled), parsed, total)
	p.drew = true
}

// done clears the bar so the report starts on a clean line.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drew {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 80))
		p.drew = false
	}
}
