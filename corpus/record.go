package corpus

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talksbot/talksbot/corpus/people"
)

// A record's head lists its facts as fields, a label and a value a line:
// "Venue: Media Centre, Hotel du Lac", "Moderator: Marta Holub",
// "Members present: Yurii Savchenko (Chair), …", "Date of answer: 21
// January 2075". Cleaning takes such lines out of the text (a label, a
// section's heading, the title or the date), yet they answer "where was
// the briefing" and "who chaired the hearing". Each is kept as a passage
// too, where it stands, for search: nobody speaks in it.
//
// A caption naming someone the text does not name in full is kept the
// same way, whether the page marks it as one (<figcaption>) or cleaning
// knows it by its credit ("… after lunch. Photo: Jon Casutt"): it is the
// one place saying who they are. The people model reads its names and
// titles (recordLine.caption), never a field's.

// recordFields finds the record's fields among the lines cleaning took
// out of the text or made a heading, and returns them by the index in k
// (the kept lines) of the first kept line after them; len(k) for those
// after the last.
func recordFields(lines []line, k []int) map[int][]recordLine {
	var out map[int][]recordLine
	var named map[string]bool // full names the text gives, read when a caption needs them
	next := 0                 // position in k of the first kept line at or after i
	for i := range lines {
		for next < len(k) && k[next] < i {
			next++
		}
		text, caption := "", false
		switch ln := &lines[i]; {
		case recordField(ln):
			text = ln.text
		case eventWhen(ln):
			text = ln.text
		case ln.why == whyCaption:
			if named == nil {
				named = fullNamesIn(lines, k)
			}
			if c := withoutCredit(ln.text); wordCount(c) >= minCaptionWords && slices.ContainsFunc(fullNames(c), func(n string) bool { return !named[n] }) {
				// "Vlasta Mirek checks ice packs at the Dravna cold
				// store": the one place the article names her.
				text, caption = c, true
			}
		}
		if text != "" {
			if out == nil {
				out = map[int][]recordLine{}
			}
			out[next] = append(out[next], recordLine{strings.Join(strings.Fields(text), " "), caption})
		}
	}
	return out
}

// recordLine is a record's field, or a caption naming someone new:
// the people model reads a caption's names and titles (the head nurse
// the text calls only "the head nurse"), never a field's.
type recordLine struct {
	text    string
	caption bool
}

// fullNamesIn are the full names (fullNames) the kept lines give.
func fullNamesIn(lines []line, k []int) map[string]bool {
	out := map[string]bool{}
	for _, i := range k {
		for _, n := range fullNames(lines[i].text) {
			out[n] = true
		}
		for _, it := range lines[i].items {
			for _, n := range fullNames(it) {
				out[n] = true
			}
		}
	}
	return out
}

// fullNames are the given names the people lexicon knows followed by a
// capitalised word in s ("Vlasta Mirek"), as written.
func fullNames(s string) []string {
	f := strings.Fields(s)
	var out []string
	for i := 0; i+1 < len(f); i++ {
		g, sur := strings.Trim(f[i], ",.;:()\"“”"), people.StripPossessive(strings.Trim(f[i+1], ",.;:()\"“”"))
		if _, given := defaultLexicon().GivenName(g); given && capitalised(g) && capitalised(sur) && len(sur) > 1 {
			out = append(out, g+" "+sur)
		}
	}
	return out
}

// recordWhys are the reasons a record's field is out of the text: a label
// over what follows, a section's heading, the title, the date, a line
// after the article ("Presiding Judge: U. Zand" under a ruling) or its
// credits ("Prepared by: …").
var recordWhys = map[string]bool{
	whyLabel: true, whySection: true, whyTitle: true, whyUsedDate: true,
	whyAfter: true, whyTrailing: true, whyCredits: true, whyUsedAuthor: true,
}

// fieldShaped reports a line written as a record's field under a label
// records use (page.yaml field_labels and attendance_labels: "Witnesses:
// Helena Dobrec, Minister of Energy; …"): not a video's title above the
// time a transcript's first turn starts at ("[10:02]"), as "Berlin talks:
// what was agreed" over "01:58" is.
func fieldShaped(text string) bool {
	label, value, ok := strings.Cut(strings.TrimSpace(text), ": ")
	if !ok || strings.TrimSpace(value) == "" {
		return false
	}
	return recordLabel(strings.ToLower(strings.TrimSpace(label)))
}

// recordLabel reports a label (lower case) that records set over their
// fields or their lists of people (page.yaml field_labels,
// attendance_labels).
func recordLabel(key string) bool {
	return pageWords().fieldLabel[key] || pageWords().attendance[key]
}

// recordField reports a line that is a record's field: a label of a few
// words, a colon, and a value that is a name, a place, a date or a
// number rather than a sentence, a quotation or a link; never a speaker's
// turn ("HOLUB: Good evening.", "Tanja K: i'm so sorry").
func recordField(ln *line) bool {
	if ln.kind == kindList || ln.linked || ln.block || ln.caption {
		return false
	}
	if !recordWhys[ln.why] && !(ln.why == "" && ln.kind == kindHeading) {
		return false
	}
	label, value, ok := strings.Cut(strings.TrimSpace(ln.text), ": ")
	value = strings.TrimSpace(value)
	if !ok || value == "" || len(ln.text) > maxRecordField {
		return false
	}
	if n := wordCount(label); n == 0 || n > maxFieldLabelWords {
		return false
	}
	for _, r := range label {
		if !unicode.IsLetter(r) && r != ' ' && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) {
		return false
	}
	first := strings.Fields(label)[0]
	if _, given := defaultLexicon().GivenName(first); given || isAllCaps(label) && wordCount(label) > 1 && isTitleWord(first) {
		return false // "Tanja K:", "PROFESSOR AMSEL:": someone's words
	}
	r, _ := utf8.DecodeRuneInString(value)
	switch {
	case !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '+':
		return false // "Insurance: the clause that moves ships"
	case strings.ContainsAny(value, "\"“”«»‘"):
		return false // "Zelensky: “every step”"
	case strings.Contains(value, "://") || strings.Contains(value, "www.") || strings.Contains(value, " · "):
		return false // links
	case isAllCaps(value) && wordCount(value) > 1:
		return false // "COMMENTARY: A NARROW WIN"
	case strings.ContainsRune(".!?…", lastMeaningful(value)):
		return false // "MODERATOR: Thank you.": a turn; "Moderator: Luc Perrenoud, FDFA" heads them
	case ln.why == whyTitle && !strings.ContainsFunc(value, unicode.IsDigit):
		return false // "Factbox: How prisoner exchanges work", a headline
	case ln.why == whyUsedDate && !slices.ContainsFunc(strings.Fields(strings.ToLower(label)), func(w string) bool { return dateWords().event[w] }):
		return false // "First published: 13-Feb-2047", the page's; "Date: 6 August 2074", "Broadcast: 28 March 2074" the record's
	}
	return true
}

// eventWhen reports a line cleaning read as the page's dateline that
// gives a time of day too: where and when what the page records took
// place ("Essmark, Wednesday 15 September 2077, 11:00 local time" over a
// press conference's transcript), which a member may ask about; a
// dateline without one ("KYIV, Dec 15 (Reuters) -") says where the story
// was filed, and a page's own date ("Updated: Dec. 19, 2025 10:15 GMT")
// when it was published.
func eventWhen(ln *line) bool {
	if ln.why != whyDateline || len(ln.text) > maxRecordField {
		return false
	}
	return slices.ContainsFunc(dateTokens(ln.text), func(t dtok) bool { return isClockTime(t.key) })
}

// maxRecordField bounds a record's field line.
const maxRecordField = 200

// isTitleWord reports a word that is a title ("Professor", "Colonel").
func isTitleWord(w string) bool {
	_, ok := defaultLexicon().TitleOf(strings.ToLower(w))
	return ok
}
