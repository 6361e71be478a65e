package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter is a per-user token bucket: perMinute questions, refilled
// evenly, with a burst of perMinute. Users whose bucket is full again are
// forgotten, so memory follows the number of recently active users.
type limiter struct {
	perMinute int
	mu        sync.Mutex
	users     map[string]*rate.Limiter
	lastSweep time.Time
}

func newLimiter(perMinute int) *limiter {
	return &limiter{perMinute: perMinute, users: map[string]*rate.Limiter{}}
}

// allow takes one question for user at now; when the user is over the
// limit it returns false and how long until the next question is allowed.
// A limiter with perMinute <= 0 allows everything.
func (l *limiter) allow(user string, now time.Time) (bool, time.Duration) {
	if l == nil || l.perMinute <= 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	lim := l.users[user]
	if lim == nil {
		lim = rate.NewLimiter(rate.Every(time.Minute/time.Duration(l.perMinute)), l.perMinute)
		l.users[user] = lim
	}
	r := lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

func (l *limiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < time.Minute {
		return
	}
	l.lastSweep = now
	for u, lim := range l.users {
		if lim.TokensAt(now) >= float64(l.perMinute) {
			delete(l.users, u)
		}
	}
}
