package bot

import (
	"testing"
	"time"
)

// A conversation remembers whom its last answer was about for
// talkWindow, per channel and member; older entries are forgotten and
// swept away.
func TestTalksRememberPerConversationForAWindow(t *testing.T) {
	now := time.Date(2029, 4, 9, 12, 0, 0, 0, time.UTC)
	tk := newTalks(func() time.Time { return now })
	alice, bob := talkKey("chan", "alice"), talkKey("chan", "bob")
	tk.remember(alice, "Ingrid Solheim", []string{"Selim Karaca"})
	if got, others := tk.person(alice); got != "Ingrid Solheim" || len(others) != 1 || others[0] != "Selim Karaca" {
		t.Fatalf("alice's conversation: %q, others %q", got, others)
	}
	if got, _ := tk.person(bob); got != "" {
		t.Errorf("bob's conversation holds %q, want nothing", got)
	}
	if got, _ := tk.person(talkKey("other", "alice")); got != "" {
		t.Errorf("alice in another channel holds %q, want nothing", got)
	}
	now = now.Add(talkWindow - time.Second)
	if got, _ := tk.person(alice); got != "Ingrid Solheim" {
		t.Errorf("within the window: %q", got)
	}
	now = now.Add(time.Second)
	if got, _ := tk.person(alice); got != "" {
		t.Errorf("after the window: %q", got)
	}
	tk.remember(bob, "Selim Karaca", nil)
	if len(tk.last) != 1 {
		t.Errorf("%d conversations kept after the sweep, want 1", len(tk.last))
	}
	var none *talks
	none.remember(alice, "x", nil)
	if p, _ := none.person(alice); p != "" || talkKey("", "alice") != "" {
		t.Error("a nil memory or an unknown channel remembers")
	}
}
