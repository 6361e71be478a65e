package corpus

import (
	"strings"
	"testing"
)

// A live blog headed "# LIVE: …" is titled by that headline, though
// "Live:" opens link lines elsewhere; a transcript's "Broadcast:
// Thursday 17 June 2077, 19:00 GMT" dates it and is no title, nor is
// what the transcript says of itself ("Transcript (edited for length)").
func TestLiveHeadlineAndBroadcastLine(t *testing.T) {
	blog := `# LIVE: Brenik repair truce, day three — race to fix sluice gate before 8pm deadline

**Northline Live** · Wednesday 16 June 2077

**09:12** Engineers crossed the line at dawn with two cranes and a generator, the monitors said.

**11:40** The first section of the sluice gate was lifted out of the channel before noon.
`
	d, _ := loadOne(t, "liveblog.md", blog)
	if !strings.HasPrefix(d.Title, "LIVE: Brenik repair truce") {
		t.Errorf("live blog titled %q, want its headline", d.Title)
	}
	transcript := `RADIO STEPOVYK — "MORNING FIELD"
Broadcast: Thursday 17 June 2077, 19:00 GMT
Transcript (edited for length)

PRESENTER: Good evening. Engineers crossed the front line this morning to repair the sluice gate at Brenik.

OKSANA BILYK: We had four hours of quiet, and we used every minute of them to lift the old gate out.
`
	d, texts := loadOne(t, "transcript.txt", transcript)
	if d.Date != "2077-06-17" {
		t.Errorf("transcript dated %q, want 2077-06-17 from its broadcast line", d.Date)
	}
	if strings.Contains(d.Title, "Broadcast") || strings.Contains(d.Title, "Transcript") {
		t.Errorf("transcript titled %q, want neither its broadcast line nor its note", d.Title)
	}
	for _, p := range texts {
		if strings.Contains(p, "edited for length") {
			t.Errorf("the transcript's note is a passage: %q", p)
		}
	}
	// A slot of two clock times, and a numeric date whose weekday says
	// which order it is in ("Sunday 08/11/2076": 8 November).
	for line, want := range map[string]string{
		"Broadcast: Monday 14 June 2077, 07:10-07:24": "2077-06-14",
		"Broadcast: Sunday 08/11/2076, 18:00-18:30":   "2076-11-08",
		"Broadcast: Tuesday 08/11/2076, 18:00-18:30":  "2076-08-11",
	} {
		d, _ := loadOne(t, "slot.txt", strings.Replace(transcript, "Broadcast: Thursday 17 June 2077, 19:00 GMT", line, 1))
		if d.Date != want {
			t.Errorf("%q: dated %q, want %s", line, d.Date, want)
		}
	}
}
