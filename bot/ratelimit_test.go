package bot

import (
	"fmt"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	l := newLimiter(6) // one question every 10 s, six at once
	for i := range 6 {
		if ok, _ := l.allow("a", now); !ok {
			t.Fatalf("question %d refused", i+1)
		}
	}
	ok, wait := l.allow("a", now)
	if ok || wait != 10*time.Second {
		t.Errorf("7th question: ok %v, wait %v; want refused for 10s", ok, wait)
	}
	if ok, _ := l.allow("b", now); !ok {
		t.Error("another user was limited")
	}
	if ok, _ := l.allow("a", now.Add(10*time.Second)); !ok {
		t.Error("refused after waiting")
	}
	// Refused questions do not use up the allowance.
	for range 5 {
		l.allow("c", now)
	}
	for range 20 {
		l.allow("c", now) // refused
	}
	if ok, _ := l.allow("c", now.Add(10*time.Second)); !ok {
		t.Error("refused questions counted against the user")
	}
	// Quiet users are forgotten.
	for i := range 1000 {
		l.allow(fmt.Sprint("u", i), now)
	}
	l.allow("z", now.Add(2*time.Minute))
	if n := len(l.users); n != 1 {
		t.Errorf("%d users remembered after everyone went quiet, want 1", n)
	}
	if ok, _ := newLimiter(0).allow("a", now); !ok {
		t.Error("a zero limit refused")
	}
}
