package bot

import (
	"sync"
	"time"
)

// dedupeWindow is how long an interaction or message id is remembered.
// Discord replays the events a session missed when it resumes, which can
// deliver one the bot already answered; the replay comes within seconds
// of the reconnect, and an interaction cannot be answered after 15
// minutes anyway.
const dedupeWindow = 5 * time.Minute

// recent remembers ids seen in the last dedupeWindow. Memory follows the
// rate of events: entries older than the window go at the next sweep.
type recent struct {
	mu        sync.Mutex
	ids       map[string]time.Time
	lastSweep time.Time
}

func newRecent() *recent { return &recent{ids: map[string]time.Time{}} }

// first records id at now and reports whether it was not seen within the
// window.
func (r *recent) first(id string, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if now.Sub(r.lastSweep) >= dedupeWindow/5 {
		r.lastSweep = now
		for k, t := range r.ids {
			if now.Sub(t) >= dedupeWindow {
				delete(r.ids, k)
			}
		}
	}
	if t, ok := r.ids[id]; ok && now.Sub(t) < dedupeWindow {
		return false
	}
	r.ids[id] = now
	return true
}
