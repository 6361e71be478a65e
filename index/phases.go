package index

import (
	"log/slog"
	"time"
)

// phases times the steps of an update, for the debug log: where an
// update's time goes is the first thing to know when one is slow.
type phases struct {
	last  time.Time
	attrs []any
}

func newPhases() *phases { return &phases{last: time.Now()} }

// mark ends the step named name, begun at the previous mark.
func (p *phases) mark(name string) {
	if p == nil {
		return
	}
	now := time.Now()
	p.attrs = append(p.attrs, slog.Duration(name, now.Sub(p.last).Round(time.Millisecond)))
	p.last = now
}

// attr is the steps' times as one log attribute.
func (p *phases) attr() slog.Attr {
	if p == nil {
		return slog.Group("phases")
	}
	return slog.Group("phases", p.attrs...)
}
