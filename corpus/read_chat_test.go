package corpus

import (
	"strings"
	"testing"
)

// A group chat exported from WhatsApp: each message is its writer's
// turn, a long message's lines are read together (so a statement pasted
// under "… posted this on Telegram:" is the poster's), and the app's own
// lines and notes ("<Media omitted>", "… created group") are no text.
func TestChatExportReadAsTurns(t *testing.T) {
	chat := `14/03/2067, 08:41 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
14/03/2067, 08:41 - Khrystyna Lysenko created group "UA deleg press Paris"
14/03/2067, 09:12 - Khrystyna Lysenko: Morning all. Reminder: opening session at UNESCO starts 10:30.
No phones inside the room, the envoy asked for that personally.
14/03/2067, 09:31 - Iryna Marchenko: <Media omitted>
14/03/2067, 09:31 - Iryna Marchenko: That's the Kamianobrid list, 2,317 files. Printed two copies for the Russian side.
14/03/2067, 13:11 - This message was deleted
14/03/2067, 18:47 - Khrystyna Lysenko: Forwarded from the Russian MFA, Yelena Strizhova posted this on Telegram an hour ago:
"The cultural treasures of the south were evacuated for safekeeping. Russia saved them."
[15/03/2067, 10:02] Taras Ostapenko: free day. anyone need the car
[15/03/2067, 16:48] Petro Yaremchuk: Good meeting. The Vatican can take the registers, but only if both sides ask in writing.
`
	d, texts := loadOne(t, "chat.txt", chat)
	all := strings.Join(texts, "\n")
	for _, no := range []string{"end-to-end", "created group", "Media omitted", "message was deleted", "09:12"} {
		if strings.Contains(all, no) {
			t.Errorf("%q read as text:\n%s", no, all)
		}
	}
	if !strings.Contains(all, "starts 10:30. No phones inside the room") {
		t.Errorf("a message's second line is not read with it:\n%s", all)
	}
	want := map[string]string{
		"Morning all":             "Khrystyna Lysenko",
		"That's the Kamianobrid":  "Iryna Marchenko",
		"The cultural treasures":  "Yelena Strizhova",
		"free day. anyone need t": "Taras Ostapenko",
	}
	checkQuotesBy(t, d.Quotes, want)
	// A text with a date and a time here and there is no chat.
	if _, ok := chatLines([]string{"The talks opened on 14/03/2067, 09:12 - a first.", "Then 15/03/2067, 10:00 - nothing: more.", "Later 16/03/2067, 11:00 - a: b"}); ok {
		t.Error("plain text read as a chat")
	}
}

// checkQuotesBy checks that the quotation opening with each key of want
// is there and credited to its value.
func checkQuotesBy(t *testing.T, quotes []Quote, want map[string]string) {
	t.Helper()
	found := map[string]bool{}
	for _, q := range quotes {
		for start, who := range want {
			if strings.HasPrefix(q.Text, start) {
				found[start] = true
				if q.Speaker != who {
					t.Errorf("%q credited to %q, want %s", q.Text, q.Speaker, who)
				}
			}
		}
	}
	for start, who := range want {
		if !found[start] {
			t.Errorf("%s's %q… not quoted (quotes %+v)", who, start, quotes)
		}
	}
}
