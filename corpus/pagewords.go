package corpus

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The word lists reading needs and shape cannot replace live in data
// files: data/page.yaml (page furniture, bylines, credits) and
// data/dates.yaml (month names and the words around dates). Nothing else
// in the package spells them out.
//
//go:embed data/page.yaml data/dates.yaml
var wordFiles embed.FS

// pageLexicon is data/page.yaml, indexed for matching one line at a time.
type pageLexicon struct {
	whole   map[string]phraseRule   // a whole line, normalised by wholeKey
	byFirst map[string][]phraseRule // "starts" phrases by their first word
	ends    []phraseRule            // "ends" phrases
	endMark map[string]bool
	contact map[string]bool // lines opening a release's contacts
	// contactKey finds a line of a release's contacts: an e-mail
	// address, a telephone number, or a key of one before a colon.
	contactKey *regexp.Regexp
	// delivered finds who delivered a speech the article gives ("an
	// excerpt from the homily delivered by Archbishop Lorenzo Bellandi",
	// or a line of its own under the speech's heading: "Delivered by
	// Marek Dunai, Chief of Staff to the President, on behalf of …"):
	// its group is the name, perhaps with titles before it.
	delivered *regexp.Regexp
	bylines   []string // longest first, so "written by" wins over "by"
	// headerKey maps the other names of a text header's keys to the
	// metadata key they give ("headline" → "title").
	headerKey map[string]string
	// posterKey are a text header's keys naming the account an export's
	// posts are by ("Account:", "Channel:"); exportKey the export's own
	// fields, dropped ("Posts in thread:", "Subscribers:").
	posterKey, exportKey map[string]bool
	author               []string // credits that name the author
	credits              []string // every credit prefix, longest first
	noise                []string // link noise, longest first
	social               map[string]bool
	// postCounts are the words of a social post's counts ("Likes",
	// "reposts"), lower case.
	postCounts map[string]bool
	agency     map[string]bool
	caption    map[string]bool
	kept       []string // "keep_starts": lines of a furniture reason kept as text
	keptIf     []string // "keep_if": words that keep a line of the reason as text, wherever they stand
	// creditRole is what a credit makes the people it names ("reporting
	// by" → reporter; "" for the byline and "contributed to this
	// report"); a credit missing from it names no one worth listing.
	creditRole map[string]string
	// chatNote and chatStarts are a chat export's notes in place of a
	// message ("<Media omitted>"), whole and by their opening.
	chatNote   map[string]bool
	chatStarts []string
	// nameColumn, roleColumn and bodyColumn are a who's-who table's
	// column headings, lower case.
	nameColumn, roleColumn, bodyColumn map[string]bool
	// opinion are the labels of a piece in its writer's own voice.
	opinion []string
	// analysis are the labels of a reporter's reading of the news.
	analysis []string
	// sections are the names of a site's sections a page's title may end
	// with instead of the site's ("… | Opinion"), lower case: the site
	// sections, opinion and analysis labels.
	sections map[string]bool
	// fieldLabel are the labels of a record's fields ("Before", "Observer"),
	// lower case: a line "Label: value" is never the headline.
	fieldLabel map[string]bool
	// captionRuns open a line that continues the caption block above it
	// ("represented by"), lower case.
	captionRuns []string
	// attendance are the labels over a record's list of people, one a
	// line, lower case.
	attendance map[string]bool
}

type phraseRule struct {
	reason   string
	phrase   string
	maxWords int
	block    bool
}

// dateLexicon is data/dates.yaml.
type dateLexicon struct {
	month                     map[string]time.Month // every spelling, lower case, no full stop
	short                     [13]string            // the spelling handed to dateparse, by month
	weekday, qualifier, clock map[string]bool
	zone                      map[string]bool
	unit, count, ago, relDay  map[string]bool
	// event are the labels of a date line that date what the record
	// records ("Date:", "Broadcast:"), not the page ("Published:").
	event map[string]bool
	// priority are a news agency's labels of an item's urgency beside
	// its time ("06:52 URGENT", "16:58 BULLETIN - CORRECTION").
	priority map[string]bool
}

var (
	pageWords = sync.OnceValue(func() *pageLexicon { return mustLoad(loadPageWords) })
	dateWords = sync.OnceValue(func() *dateLexicon { return mustLoad(loadDateWords) })
)

// mustLoad panics on a broken embedded file: it is part of the program,
// and TestWordFilesLoad checks it.
func mustLoad[T any](load func() (T, error)) T {
	v, err := load()
	if err != nil {
		panic(err)
	}
	return v
}

func loadPageWords() (*pageLexicon, error) {
	var f struct {
		Furniture map[string]struct {
			Lines    []string `yaml:"lines"`
			Starts   []string `yaml:"starts"`
			Keep     []string `yaml:"keep_starts"`
			KeepIf   []string `yaml:"keep_if"`
			Ends     []string `yaml:"ends"`
			MaxWords int      `yaml:"max_words"`
			Block    bool     `yaml:"block"`
		} `yaml:"furniture"`
		EndMarks []string            `yaml:"end_marks"`
		Contacts []string            `yaml:"contact_labels"`
		Keys     []string            `yaml:"contact_keys"`
		Bylines  []string            `yaml:"bylines"`
		Fields   []string            `yaml:"field_labels"`
		Captions []string            `yaml:"caption_runs"`
		Attend   []string            `yaml:"attendance_labels"`
		Header   map[string][]string `yaml:"header_keys"`
		Posters  []string            `yaml:"poster_keys"`
		Exports  []string            `yaml:"export_keys"`
		Credits  struct {
			Author       map[string][]string `yaml:"author"`
			Other        map[string][]string `yaml:"other"`
			Byline       string              `yaml:"byline"`
			Contributors string              `yaml:"contributors"`
			Caption      string              `yaml:"caption"`
		} `yaml:"credits"`
		LinkNoise    []string `yaml:"link_noise"`
		Social       []string `yaml:"social"`
		PostCounts   []string `yaml:"post_counts"`
		Agencies     []string `yaml:"agencies"`
		CaptionWords []string `yaml:"caption_words"`
		TableColumns struct {
			Name []string `yaml:"name"`
			Role []string `yaml:"role"`
			Body []string `yaml:"body"`
		} `yaml:"table_columns"`
		ChatNotes struct {
			Lines  []string `yaml:"lines"`
			Starts []string `yaml:"starts"`
		} `yaml:"chat_notes"`
		Delivered struct {
			Texts []string `yaml:"texts"`
			Verbs []string `yaml:"verbs"`
		} `yaml:"delivered"`
		Opinion  []string `yaml:"opinion_labels"`
		Analysis []string `yaml:"analysis_labels"`
		Sections []string `yaml:"site_sections"`
	}
	if err := readWordFile("data/page.yaml", &f); err != nil {
		return nil, err
	}
	lx := &pageLexicon{
		whole:       map[string]phraseRule{},
		byFirst:     map[string][]phraseRule{},
		bylines:     longestFirst(f.Bylines),
		fieldLabel:  set(f.Fields),
		captionRuns: f.Captions,
		attendance:  set(f.Attend),
		author:      longestFirst(flatten(f.Credits.Author)),
		credits:     longestFirst(append(flatten(f.Credits.Author), flatten(f.Credits.Other)...)),
		noise:       longestFirst(f.LinkNoise),
		social:      set(f.Social),
		postCounts:  set(f.PostCounts),
		agency:      set(f.Agencies),
		caption:     set(f.CaptionWords),
		endMark:     set(f.EndMarks),
		contact:     set(f.Contacts),
		delivered:   regexp.MustCompile(`(?i)(?:\b(?:` + alternates(f.Delivered.Texts) + `)\b[^.]{0,60}?\b|^)(?:` + alternates(f.Delivered.Verbs) + `) by ([^,.;(]+)`),
		contactKey:  regexp.MustCompile(`\S@\S+\.\S|\+\d[\d ()-]{6,}\d|(?i)\b(?:` + alternates(f.Keys) + `)\b\.?:`),

		creditRole: map[string]string{},
		headerKey:  map[string]string{},
		posterKey:  set(f.Posters),
		exportKey:  set(f.Exports),
		chatNote:   set(f.ChatNotes.Lines),
		nameColumn: set(f.TableColumns.Name),
		roleColumn: set(f.TableColumns.Role),
		bodyColumn: set(f.TableColumns.Body),
		chatStarts: f.ChatNotes.Starts,
		opinion:    f.Opinion,
		analysis:   f.Analysis,
		sections:   set(append(append(f.Sections, f.Opinion...), f.Analysis...)),
	}
	for key, names := range f.Header {
		for _, n := range names {
			lx.headerKey[n] = key
		}
	}
	for _, byRole := range []map[string][]string{f.Credits.Author, f.Credits.Other} {
		for role, credits := range byRole {
			if role == "none" {
				continue
			}
			for _, c := range credits {
				lx.creditRole[strings.ToLower(c)] = role
			}
		}
	}
	lx.creditRole["byline"], lx.creditRole["contributors"] = f.Credits.Byline, f.Credits.Contributors
	lx.creditRole["caption"] = f.Credits.Caption
	for reason, r := range f.Furniture {
		max := r.MaxWords
		if max == 0 {
			max = 25
		}
		for _, p := range r.Lines {
			lx.whole[wholeKey(p)] = phraseRule{reason: reason, phrase: p, maxWords: max, block: r.Block}
		}
		lx.kept = append(lx.kept, r.Keep...)
		lx.keptIf = append(lx.keptIf, r.KeepIf...)
		for _, p := range append(append([]string(nil), r.Starts...), r.Keep...) {
			// A line that starts with a phrase holds its own link or
			// label ("Read more: ..."): the lines after it are not its.
			first := firstWord(p)
			lx.byFirst[first] = append(lx.byFirst[first], phraseRule{reason: reason, phrase: p, maxWords: max})
		}
		for _, p := range r.Ends {
			lx.ends = append(lx.ends, phraseRule{reason: reason, phrase: p, maxWords: max})
		}
	}
	for k := range lx.byFirst {
		rules := lx.byFirst[k]
		sort.Slice(rules, func(i, j int) bool { return len(rules[i].phrase) > len(rules[j].phrase) })
	}
	return lx, nil
}

func loadDateWords() (*dateLexicon, error) {
	var f struct {
		Months       [][]string `yaml:"months"`
		Weekdays     []string   `yaml:"weekdays"`
		Qualifiers   []string   `yaml:"qualifiers"`
		Clock        []string   `yaml:"clock"`
		Zones        []string   `yaml:"zones"`
		Units        []string   `yaml:"units"`
		Counts       []string   `yaml:"counts"`
		Ago          []string   `yaml:"ago"`
		RelativeDays []string   `yaml:"relative_days"`
		EventLabels  []string   `yaml:"event_labels"`
		Priorities   []string   `yaml:"priorities"`
	}
	if err := readWordFile("data/dates.yaml", &f); err != nil {
		return nil, err
	}
	if len(f.Months) != 12 {
		return nil, fmt.Errorf("corpus: data/dates.yaml: %d months, want 12", len(f.Months))
	}
	lx := &dateLexicon{
		month:     map[string]time.Month{},
		weekday:   set(f.Weekdays),
		qualifier: set(append(f.Qualifiers, f.EventLabels...)),
		clock:     set(f.Clock),
		zone:      set(f.Zones),
		unit:      set(f.Units),
		count:     set(f.Counts),
		ago:       set(f.Ago),
		relDay:    set(f.RelativeDays),
		event:     set(f.EventLabels),
		priority:  set(f.Priorities),
	}
	for i, names := range f.Months {
		if len(names) == 0 {
			return nil, fmt.Errorf("corpus: data/dates.yaml: month %d has no name", i+1)
		}
		lx.short[i+1] = names[0]
		for _, n := range names {
			lx.month[n] = time.Month(i + 1)
		}
	}
	return lx, nil
}

func readWordFile(name string, v any) error {
	data, err := wordFiles.ReadFile(name)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		return fmt.Errorf("corpus: %s: %w", name, err)
	}
	return nil
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func longestFirst(s []string) []string {
	out := append([]string(nil), s...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// firstWord is the lower-case first word of s without trailing
// punctuation, the key phrases are filed under.
func firstWord(s string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return strings.ToLower(strings.TrimRight(w, ":,.;!?"))
}

// wholeKey normalises a whole line for the "lines" phrases: lower case,
// without a trailing count ("Comments (12)", "Comments 12"), punctuation
// or a wiki's link to edit the section ("References [edit]").
func wholeKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSpace(strings.TrimSuffix(s, "[edit]"))
	for range 2 {
		s = strings.TrimRight(s, " :.!|·•-–—»›>")
		if i := strings.LastIndexByte(s, ' '); i > 0 && isCount(s[i+1:]) {
			s = s[:i]
		}
	}
	return s
}

// isCount reports "12" or "(12)".
func isCount(w string) bool {
	w = strings.Trim(w, "()[]")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// furniturePhrase says which furniture the listed phrases make of line,
// and whether the short lines after it go with it.
func (lx *pageLexicon) furniturePhrase(line string) (reason string, block bool) {
	if len(line) > 600 {
		return "", false
	}
	if len(line) <= 60 {
		if r, ok := lx.whole[wholeKey(line)]; ok {
			return r.reason, r.block
		}
	}
	if why, block := lx.startsPhrase(line); why != "" {
		return why, block
	}
	return lx.endsPhrase(line)
}

// startsPhrase matches the "starts" phrases.
func (lx *pageLexicon) startsPhrase(line string) (reason string, block bool) {
	// Phrases are shorter than 64 bytes: the start of the line is enough.
	lower := strings.ToLower(line[:min(len(line), 64)])
	words := -1
	try := func(key string) (string, bool) {
		for _, r := range lx.byFirst[key] {
			if !strings.HasPrefix(lower, r.phrase) || !wordBreakAt(lower, len(r.phrase)) {
				continue
			}
			if words < 0 {
				words = wordCount(line)
			}
			if words <= r.maxWords || linkList(line[len(r.phrase):]) {
				return r.reason, r.block
			}
		}
		return "", false
	}
	if why, block := try(firstWord(lower)); why != "" {
		return why, block
	}
	// "©2025 Example Post": the symbol is the first word of the phrase.
	if r, size := utf8.DecodeRuneInString(lower); size > 0 && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return try(lower[:size])
	}
	return "", false
}

// headline reports a heading long enough to be a story's headline that
// only opens like furniture ("# LIVE: Sarnovia–Ilveth prisoner exchange
// at Merin Bridge – as it happened", of the "live:" link phrase): not a
// whole line the page words list.
func (lx *pageLexicon) headline(kind lineKind, s string) bool {
	if kind != kindHeading || wordCount(s) < headlineWords {
		return false
	}
	_, whole := lx.whole[wholeKey(s)]
	return !whole
}

// headlineWords is the fewest words of a heading read as a headline.
const headlineWords = 6

// linkList reports the rest of a line after its label that is a list of
// headlines set apart by middle dots or bars ("Read more: Leaked map:
// what the draft showed · Who is Ilse Marthaler? · ISCO: a regional club
// with a new job"), however many words they make: two or more items, each
// short.
func linkList(rest string) bool {
	items := strings.FieldsFunc(rest, func(r rune) bool { return r == '·' || r == '|' || r == '•' })
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		if n := wordCount(it); n == 0 || n > maxLinkWords {
			return false
		}
	}
	return true
}

// maxLinkWords is the most words a headline in a list of links has.
const maxLinkWords = 14

// endsPhrase matches the "ends" phrases.
func (lx *pageLexicon) endsPhrase(line string) (reason string, block bool) {
	trimmed := strings.TrimRight(strings.ToLower(line[max(0, len(line)-64):]), ".!")
	for _, r := range lx.ends {
		if !strings.HasSuffix(trimmed, r.phrase) {
			continue
		}
		if before, _ := utf8.DecodeLastRuneInString(trimmed[:len(trimmed)-len(r.phrase)]); unicode.IsLetter(before) || unicode.IsDigit(before) {
			continue
		}
		if wordCount(line) <= r.maxWords {
			return r.reason, false
		}
	}
	return "", false
}

// wordBreakAt reports whether s[:i] ends a word: s ends there, the phrase
// ended in punctuation, or a non-letter follows.
func wordBreakAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	if prev, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// prefixPhrase returns the first of phrases (lower case, longest first)
// that begins s at a word break, and the rest of s after it.
// flatten lists the phrases of a map's lists, in no particular order.
func flatten(m map[string][]string) []string {
	var out []string
	for _, l := range m {
		out = append(out, l...)
	}
	return out
}

func prefixPhrase(s string, phrases []string) (string, string, bool) {
	for _, p := range phrases {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) && wordBreakAt(s, len(p)) {
			return p, strings.TrimSpace(s[len(p):]), true
		}
	}
	return "", s, false
}

// CalendarWord reports whether a lower-case word names a month or a day
// of the week ("december", "dec", "monday"), as pages print dates: the one
// list of them (data/dates.yaml), for whoever needs to tell a date in text.
func CalendarWord(w string) bool {
	lx := dateWords()
	w = strings.TrimSuffix(w, ".")
	_, month := lx.month[w]
	return month || lx.weekday[w]
}

// MonthName is the full name of the month a lower-case word names, as
// pages and members shorten it ("feb", "sept", "dec."): "february",
// "september", "december"; "" for any other word.
func MonthName(w string) string {
	lx := dateWords()
	m, ok := lx.month[strings.TrimSuffix(w, ".")]
	if !ok {
		return ""
	}
	return strings.ToLower(m.String())
}

// alternates is a regexp alternation of the words, quoted.
func alternates(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}
