package corpus

import (
	"regexp"
	"strings"
)

// A group chat exported from a messaging app (WhatsApp, Signal) puts
// each message on a line of its own under its date and time
// ("14/03/2067, 09:12 - Khrystyna Lysenko: Morning all." or "[13/03/2063,
// 08:02] Petra Kollárová: …"), with a long message's further lines
// bare. Read as a chat, each message is its writer's turn, written as a
// transcript labels one ("Khrystyna Lysenko: Morning all. …"), its lines
// joined, so that a statement pasted on the line after "Strizhova posted
// this on Telegram:" is read with it. The app's own lines ("… created
// group", "Messages and calls are end-to-end encrypted") and its notes in
// place of a message ("<Media omitted>", data/page.yaml chat_notes) go;
// each day opens with its date on a line of its own.

// chatStamp matches a message's opening: its date and time, in brackets
// or before a dash, and group 1 the date, 2 what follows.
var chatStamp = regexp.MustCompile(`^\[?(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?(?:\s+-)?\s+(.*)$`)

// chatWriter matches who wrote a message and what: a name (or a
// telephone number) with no quotation marks or colon, then a colon.
var chatWriter = regexp.MustCompile(`^([^:"“”]{2,50}?):\s(.*)$`)

// minChatMessages is how many dated messages make a text a chat export.
const minChatMessages = 3

// chatLines reads raw lines as a chat export: a line for each day's date
// and a paragraph for each message; ok false when fewer than
// minChatMessages lines open with a date and time, or the text's first
// line does not.
func chatLines(raw []string) ([]line, bool) {
	// Every text article comes through here: one that does not open
	// with a dated message costs one match, not one a line.
	stamped := 0
	for _, r := range raw {
		t := strings.TrimSpace(r)
		if t == "" {
			continue
		}
		if !chatStamp.MatchString(t) {
			if stamped == 0 {
				return nil, false // the first line opens no message
			}
			continue
		}
		stamped++
	}
	if stamped < minChatMessages {
		return nil, false
	}
	var out []line
	day := ""
	var cur strings.Builder
	writer := ""
	flush := func() {
		text := strings.TrimSpace(cur.String())
		cur.Reset()
		if writer == "" || text == "" || chatNote(text) {
			return
		}
		out = append(out, line{text: writer + ": " + text, kind: kindPara, gap: true})
	}
	for _, r := range raw {
		t := strings.TrimSpace(r)
		m := chatStamp.FindStringSubmatch(t)
		if m == nil {
			if writer != "" && t != "" {
				cur.WriteString(" ")
				cur.WriteString(t)
			}
			continue
		}
		flush()
		writer = ""
		w := chatWriter.FindStringSubmatch(m[2])
		if w == nil {
			continue // the app's own line: "… created group", "… added …"
		}
		if m[1] != day {
			day = m[1]
			out = append(out, line{text: day, gap: true})
		}
		writer = strings.TrimSpace(w[1])
		cur.WriteString(w[2])
	}
	flush()
	return out, true
}

// chatNote reports a message that is the app's note in its place
// ("<Media omitted>", "This message was deleted").
func chatNote(text string) bool {
	lx := pageWords()
	low := strings.ToLower(strings.TrimSpace(text))
	if lx.chatNote[low] {
		return true
	}
	for _, s := range lx.chatStarts {
		if strings.HasPrefix(low, s) {
			return true
		}
	}
	return false
}
