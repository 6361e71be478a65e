package bot

import (
	"sync"
	"time"
)

// talkWindow is how long the bot remembers whom a member's last answer
// was about: a follow-up ("and what did she say about the plant") comes
// within minutes; later, a pronoun more likely means someone else.
const talkWindow = 10 * time.Minute

// talks remembers, per conversation (a channel and a member), the person
// the last answer there was about, for the follow-ups the member asks
// next. Entries older than talkWindow go at the next sweep, so memory
// follows the rate of questions. A nil *talks remembers nothing.
type talks struct {
	mu        sync.Mutex
	now       func() time.Time
	last      map[string]talk
	lastSweep time.Time
}

type talk struct {
	person string
	// others are whom the answered question named beside person that
	// a pronoun may mean as well (index.Answer.OthersAfter).
	others []string
	at     time.Time
}

func newTalks(now func() time.Time) *talks {
	if now == nil {
		now = time.Now
	}
	return &talks{now: now, last: map[string]talk{}}
}

// talkKey is the conversation a member asks in: the same member in
// another channel, or another member here, starts afresh.
func talkKey(channel, user string) string {
	if channel == "" || user == "" {
		return ""
	}
	return channel + "/" + user
}

// person returns whom the conversation's last answer was about, and the
// others its question named that a pronoun may mean, if within the
// window; "" otherwise.
func (t *talks) person(key string) (string, []string) {
	if t == nil || key == "" {
		return "", nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	l, ok := t.last[key]
	if !ok || t.now().Sub(l.at) >= talkWindow {
		return "", nil
	}
	return l.person, l.others
}

// remember records that the conversation's last answer was about person,
// its question naming others a pronoun may mean as well; "" forgets whom
// the answers before it were about (the member asked about someone the
// articles do not let the bot tell).
func (t *talks) remember(key, person string, others []string) {
	if t == nil || key == "" {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if person == "" {
		delete(t.last, key)
		return
	}
	now := t.now()
	if now.Sub(t.lastSweep) >= talkWindow/5 {
		t.lastSweep = now
		for k, l := range t.last {
			if now.Sub(l.at) >= talkWindow {
				delete(t.last, k)
			}
		}
	}
	t.last[key] = talk{person: person, others: others, at: now}
}
