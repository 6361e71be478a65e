package corpus

import (
	"regexp"
	"strings"

	"github.com/talksbot/talksbot/corpus/people"
)

// Subtitles saved as text (an SRT file) cut a speech into numbered cues
// of a line or two, each under its timing ("00:00:05,500 --> …"),
// sentences running on from cue to cue. Read as subtitles, the numbers
// and timings go, the cues join into the running text, and a cue opening
// with its speaker ("[SHEIKH NAWAF] Good morning", "- Moriarty: Thank
// you", "MARGRIT OBERHOLZER (ICRC): The identity …") opens a turn of theirs, written as a transcript labels one
// ("SHEIKH NAWAF: Good morning"). A cue that is a note in brackets alone
// ("[Press conference, …]", "[APPLAUSE]") stands apart.

// srtTiming matches a cue's timing line.
var srtTiming = regexp.MustCompile(`^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}`)

// srtCueNumber matches a cue's number on a line of its own.
var srtCueNumber = regexp.MustCompile(`^\d+$`)

// srtSpeaker matches the speaker opening a cue: "[SHEIKH NAWAF] …",
// "- Moriarty: …" or a transcript's label in capitals, perhaps with a
// body in brackets ("MARGRIT OBERHOLZER (ICRC): …"); group 1, 2 or 3 is
// the speaker, 4 the rest.
var srtSpeaker = regexp.MustCompile(`^(?:\[([^\]]{2,40})\]|-\s*([^:]{2,40}):|(\p{Lu}[\p{Lu}'’\-]+(?:\s+\p{Lu}[\p{Lu}'’\-]+){0,3}(?:\s+\([^)]{1,30}\))?):)\s*(.*)$`)

// minSRTCues is how many timed cues make a text subtitles.
const minSRTCues = 3

// srtLines reads raw lines as subtitles: the lines of the running text,
// a turn or a note a line, blank lines between; ok false when the text
// has fewer than minSRTCues timing lines after a cue's number.
func srtLines(raw []string) ([]string, bool) {
	cues := 0
	for i := 1; i < len(raw); i++ {
		// Every text article comes through here: a line without the
		// timing's arrow is no cue's, and costs no match.
		if strings.Contains(raw[i], "-->") && srtTiming.MatchString(strings.TrimSpace(raw[i])) && srtCueNumber.MatchString(strings.TrimSpace(raw[i-1])) {
			cues++
		}
	}
	if cues < minSRTCues {
		return nil, false
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String(), "")
			cur.Reset()
		}
	}
	var cue []string
	captioned := "" // the label of a lower third's caption, for the turn under it
	endCue := func() {
		text := strings.Join(cue, " ")
		cue = cue[:0]
		if text == "" {
			return
		}
		if strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]") {
			flush()
			if captioned = lowerThird(text[1 : len(text)-1]); captioned == "" {
				out = append(out, text, "")
			}
			return
		}
		if m := srtSpeaker.FindStringSubmatch(text); m != nil {
			flush()
			captioned = ""
			who := m[1] + m[2] + m[3]
			cur.WriteString(strings.TrimSpace(who) + ": " + m[4])
			return
		}
		if captioned != "" {
			// "[AUREL KOSTOVAN - FINANCE MINISTER OF OSTRELIA - TUESDAY]"
			// over the cues he speaks: a turn of his, labelled so.
			cur.WriteString(captioned + ": ")
			captioned = ""
		}
		if cur.Len() > 0 {
			cur.WriteString(" ")
		}
		cur.WriteString(text)
	}
	for i, r := range raw {
		t := strings.TrimSpace(r)
		switch {
		case srtTiming.MatchString(t):
		case srtCueNumber.MatchString(t) && i+1 < len(raw) && srtTiming.MatchString(strings.TrimSpace(raw[i+1])):
			endCue()
		case t == "":
			endCue()
		default:
			cue = append(cue, t)
		}
	}
	endCue()
	flush()
	return out, true
}

// lowerThird reads a caption that names who speaks next and what they
// are, as television sets it under them ("AUREL KOSTOVAN - FINANCE
// MINISTER OF OSTRELIA - TUESDAY", "DAGNY ROUSSEL - MANAGING DIRECTOR,
// ALDERMOOR DEVELOPMENT FUND"): a name in capitals, then parts holding a
// title; those with none (a day, a place) go. It is the label of their
// turn, the name and the title a comma apart ("AUREL KOSTOVAN, FINANCE
// MINISTER OF OSTRELIA"); "" for any other note ("JINGLE - NEWS IN",
// "CLIP - HELSINKI, 19 MAY 2061").
func lowerThird(note string) string {
	parts := strings.Split(note, " - ")
	if len(parts) < 2 || strings.ToUpper(note) != note {
		return ""
	}
	lx := people.Default()
	name := strings.Fields(parts[0])
	if len(name) < 2 || len(name) > 3 {
		return ""
	}
	for _, w := range name {
		if f := people.Fold(w); lx.IsTitleNoun(f) || lx.IsModifier(f) || !hasCapitalWord(w) {
			return ""
		}
	}
	var titles []string
	for _, p := range parts[1:] {
		for _, w := range strings.Fields(strings.NewReplacer(",", " ").Replace(p)) {
			if lx.IsTitleNoun(people.Fold(w)) {
				titles = append(titles, strings.TrimSpace(p))
				break
			}
		}
	}
	if len(titles) == 0 {
		return ""
	}
	return parts[0] + ", " + strings.Join(titles, ", ")
}
