package people

import (
	"errors"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Paragraph is a cleaned paragraph as the people model reads it.
type Paragraph struct {
	Text    string
	Section string // the heading it stands under, "" before any
	Num     int    // 1-based paragraph number in the document
	// Aside marks a paragraph the page sets apart from the text (a pull
	// quote): it carries on no speaker of the paragraph before it.
	Aside bool
	// Caption marks a photo's caption: the people it names and their
	// titles are read, so that "the head nurse" of the text after it is
	// the "Head nurse Brigitte Zumstein" it shows; nobody speaks in it,
	// and no pronoun after it means them.
	Caption bool
}

// Quote is what someone said, as a document gives it.
type Quote struct {
	Speaker string // canonical name; "" when no one person is named in reach
	Role    string // the title given where the words are attributed, else the speaker's
	// Text is the quotation without its marks, or for reported speech
	// the reported clause, exactly as the article writes it.
	Text      string
	Paragraph int
	// Reported marks indirect speech ("Merz said that there had been
	// …"): the article's words about what was said, not a quotation.
	Reported bool
}

// Document is what the people model read in one document.
type Document struct {
	Quotes   []Quote // direct quotations, in reading order
	Reported []Quote // indirect speech of named people, in reading order
	// Refers gives, by paragraph number, the person a paragraph naming
	// no one speaks of by a pronoun ("She still lives near Kyiv's
	// Lukianivska metro station"): who the pronoun stands for.
	Refers map[int]string
	cast   *cast
}

// People lists the people the document names, with how many of passages
// name them.
func (d *Document) People(passages []string) []Person { return d.cast.persons(passages) }

// Options bound the reading of one document.
type Options struct {
	// Deadline, when set, is when reading gives up with ErrBudget.
	Deadline time.Time
	// Steps, when positive, is the most units of work (words, names,
	// quotations) reading may take before ErrBudget, for tests that must
	// not depend on the clock.
	Steps int
	// Heading is text above the paragraphs that names people but holds
	// no statement of theirs (the title: "joint press conference of
	// Ukraine's foreign minister Andrii Koval and …"): read for full
	// names first, so that "MINISTER KOVAL:" below is Andrii Koval.
	Heading string
	// Poster, when set, is who wrote every paragraph: the account an
	// export of a channel's or a thread's posts is of. A paragraph no
	// label gives to anyone else is their words.
	Poster string
	// Writer, when set, is who the document's byline or footer says
	// wrote it: "I told them: "…"" in their own text is their words.
	Writer string
}

// ErrBudget reports a document that took longer to read than its budget.
var ErrBudget = errors.New("the article took too long to read")

// MinQuoteWords is the shortest quotation taken as a statement; shorter
// ones ("platinum standard", "Minsk III") are scare quotes or names.
const MinQuoteWords = 4

// maxClause bounds the text read around a quotation for its attribution:
// "said Kremlin spokesman Dmitry Peskov" is a few dozen bytes, and
// reading further would make every quotation pay for its paragraph.
const maxClause = 400

// para is a paragraph with what reading found in it, every list sorted
// by offset so that lookups are binary searches.
type para struct {
	Paragraph
	spans []quoteSpan // quotations
	verbs []verbAt    // speech verbs outside quotations
	ments []mention   // people named outside quotations
	// captioned are the people a caption names (Paragraph.Caption), whom
	// only a title finds (byRole).
	captioned []mention
	// quoted are the people named inside quotations, for whom a
	// quotation quotes in turn (quotedSpeaker).
	quoted []mention
	sents  []int  // sentence starts, ascending, from 0
	label  *label // an interview label opening the paragraph
	// unclosed is who speaks the quotation left open at the paragraph's
	// end, which the next paragraph may continue.
	unclosed who
	// lastSaid is who speaks the paragraph's last quotation (no person
	// when it has no speaker), and lastSaidAt where it opens: a paragraph
	// of a quotation alone after it may go on with them (quotedBefore).
	lastSaid   who
	lastSaidAt int
	events     []event // who speaks at each speech verb, by offset
	// heading is the credit the heading of the section the paragraph
	// opens gives (headingCredit), read on both passes over the names.
	heading string
	// labelled is the heading over a person it opens, when a label
	// ("Speaker: …"), read for their name and role (labelledHeading).
	labelled string
	// credit is the person the heading of the section the paragraph
	// opens names first ("08:05 — Solomiia Kravets, …"), for a post
	// quoted alone under it.
	credit *member
	// comment: the credit is a comment's heading ("Name · Title"), the
	// paragraph its writer's words.
	comment bool
	// cue says the paragraph is a broadcast script's cue line under a
	// clip's credit ("DUR: 0'15\""; clipCue), no one's words.
	cue bool
	// creditBody is the body such a heading names instead ("Ministry of
	// Finance of Ukraine").
	creditBody string
	// forward is whom the paragraph's own opening credits the quotation
	// after it to (forwardedFrom): a channel's message "Forwarded from
	// Benedikt Arlo "Symmetry on paper is easy …"".
	forward who
	// headed are the people the heading of the section the paragraph
	// opens names, when it credits no one: a live blog's entry
	// "Starmer: UK "ready to play its part"", above "the prime minister
	// told fellow leaders …".
	headed []mention
}

// namesBody reports a heading that is a body's name alone: capitalised
// words and the words joining them, one of them a body's head word
// ("Ministry of Finance of Ukraine", "Nikopol City Council").
func (lx *Lexicon) namesBody(h string) bool {
	org := false
	for _, w := range strings.Fields(h) {
		f := Fold(w)
		switch {
		case lx.IsOrganisationWord(f):
			org = true
		case lx.is("rolejoin", f) || f == "of" || f == "for":
		case !isCapitalised(w):
			return false
		}
	}
	return org
}

// openedHeading is the heading of the section paragraph i opens; "" when
// it opens none.
func openedHeading(paras []para, i int) string {
	if h := paras[i].Section; h != "" && (i == 0 || paras[i-1].Section != h) {
		return h
	}
	return ""
}

// headingCredit is the heading of the section paragraph i opens, as a
// digest or a live blog credits a post with it, without a time before
// and a handle after ("08:05 — Solomiia Kravets, Deputy Foreign Minister
// of Ukraine (@kravets_s)" → "Solomiia Kravets, Deputy Foreign Minister
// of Ukraine"), or as a broadcast script's caption credits the sound bite
// under it, without its cue ("SUPER: Iryna Melnyk, Shift Engineer";
// words.tsv creditbefore); "" when the paragraph opens no section or its
// heading holds no such credit.
func (lx *Lexicon) headingCredit(paras []para, i int) string {
	h := openedHeading(paras, i)
	if h == "" {
		return ""
	}
	if m := reHeadingTime.FindStringIndex(h); m != nil {
		h = h[m[1]:]
	} else if m := reTimecode.FindStringIndex(h); m != nil && lx.stageCued(h[m[1]:]) {
		// "00:01:29 SYNC: Ludvik Kervan": a script's timecode, then
		// the cue of the sound bite under it (not a chyron log's
		// "12:15:07 LOWER THIRD: …", a caption on the screen).
		h = h[m[1]:]
	}
	if m := reHandleCredit.FindStringSubmatch(h); m != nil {
		// "07:12 | Telegram | @zhuravlev_va (Viktor Zhuravlev, Russian
		// deputy foreign minister)": where it was posted, the handle,
		// then who wrote it in brackets.
		h, _, _ = strings.Cut(m[1], ";")
	}
	if cue, rest, ok := lx.creditCue(h); ok && (strings.HasSuffix(cue, ":") || strings.Contains(cue, " ")) {
		h = rest // "SUPER: …", "Answered by Anjali Mehta, Minister of State for Europe"
	}
	if m := reHeadingHandle.FindStringIndex(h); m != nil {
		h = h[:m[0]]
	}
	if name, title, ok := commentHeading(h); ok {
		// "Claire Dufresne · Head of Eastern Europe Desk, RSF": a
		// comment's writer and what they are.
		h = name + ", " + title
	}
	h = strings.TrimSpace(h)
	if h == paras[i].Section && i > 0 && reHandleLine.MatchString(strings.TrimSpace(paras[i-1].Text)) {
		// "@bodo_lines" alone, then the heading "Bodo Lirac (crew chief,
		// Velgrid)": a roundup's post under its writer's handle and
		// display name, what they are in brackets.
		h = reDisplayRole.ReplaceAllString(h, ", $1")
	} else if h == paras[i].Section || h == "" {
		return "" // a heading neither timed nor with a handle: a title
	}
	if name, ok := readsFor(h); ok {
		return name
	}
	if strings.Contains(h, ", ") {
		h += "," // closes the title after the name, as in running text
	}
	return h
}

// reReadsFor is a credit's remark that the one credited reads out
// someone else's words: "Ilona Fersch (reading statement of Minister
// Aurel Mandosk)", "(reads a message from …)".
var reReadsFor = regexp.MustCompile(`\((?:reading|reads|read)(?: out)? (?:an? |the |his |her |their )?(?:[\p{Ll}\-]+ ){0,2}(?:of|from|by|for) ((?:\p{Lu}[\p{L}'’\-.]*\s+){0,4}\p{Lu}[\p{L}'’\-]*)\)`)

// readsFor is whose words a credit says its speaker reads out (the
// title and name in reReadsFor's brackets): theirs, not the reader's.
func readsFor(credit string) (string, bool) {
	m := reReadsFor.FindStringSubmatch(credit)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// captionCredit is what a broadcast script's caption line, a paragraph
// of its own right before paragraph i, credits the sound bite i opens
// with, without its cue ("SUPER: Ludvik Kervan / Chief Engineer" above
// ""We opened three of the five gates …""; words.tsv creditbefore); ""
// when i opens with no quotation or no caption line stands before it.
func (lx *Lexicon) captionCredit(paras []para, i int) string {
	if i == 0 || paras[i-1].Section != paras[i].Section {
		return ""
	}
	t := strings.TrimSpace(paras[i].Text)
	if at := lx.clipTextAt(t); at > 0 {
		// "TEXT: "They keep telling me …"": the clip's words under
		// its cue.
		t = t[at:]
	}
	if !strings.HasPrefix(t, "\"") && !strings.HasPrefix(t, "“") {
		return ""
	}
	for i > 1 && paras[i-2].Section == paras[i].Section && lx.clipCueLine(paras[i-1].Text) {
		// "CLIP 1: TOLVA / HOSPITAL" over "IN: …", "OUT: …", "DUR:
		// 0'17"" over the clip: the caption the cues stand under.
		i--
	}
	if name, ok := readsFor(openedHeading(paras, i-1)); ok {
		// "SYNC: Ilona Fersch (reading statement of Minister Aurel
		// Mandosk)" over her caption: the minister's words.
		return name
	}
	rest, ok := lx.captionRest(paras[i-1].Text)
	if !ok || strings.ContainsAny(rest, "\"“”\n") || len(rest) > maxClause {
		return ""
	}
	if name, where, ok := strings.Cut(rest, " / "); ok && strings.ToUpper(name) == name && WordCount(name) <= 3 {
		// "CLIP 4: ANNEVELLE (INTERPRETER VOICE-OVER) / SORREL FORD": a
		// script's slug, the name in capitals (and how it is given, in
		// brackets), then where it was recorded.
		if open := strings.IndexByte(name, '('); open > 0 {
			name = name[:open]
		}
		rest = titleCase(strings.TrimSpace(name)) + " / " + where
	}
	if name, ok := readsFor(rest); ok {
		return name
	}
	if strings.Contains(rest, ", ") {
		rest += "," // closes the title after the name, as in running text
	}
	return rest
}

// stageCued reports a line opening with a broadcast script's cue for
// how a sound bite is shown, then a colon ("SYNC: …", "SOT: …";
// words.tsv stagecue).
func (lx *Lexicon) stageCued(line string) bool {
	cue, _, ok := strings.Cut(line, ":")
	return ok && lx.isFold("stagecue", strings.TrimSpace(cue))
}

// CaptionLine reports a broadcast script's caption line, crediting the
// sound bite under it ("SUPER: Ludvik Kervan / Chief Engineer"; a cue of
// words.tsv creditbefore ending in a colon, then the credit).
func (lx *Lexicon) CaptionLine(line string) bool {
	_, ok := lx.captionRest(line)
	return ok
}

// captionRest is a caption line's credit after its cue ("Ludvik Kervan /
// Chief Engineer" of "SUPER: Ludvik Kervan / Chief Engineer"); ok is
// false when line opens with no cue of words.tsv creditbefore ending in
// a colon, or nothing follows it.
func (lx *Lexicon) captionRest(line string) (string, bool) {
	cue, rest, ok := lx.creditCue(strings.TrimSpace(line))
	return rest, ok && strings.HasSuffix(cue, ":") && strings.TrimSpace(rest) != ""
}

// reCommentHeading is a comment's heading in a saved social page: its
// writer's name (a title may open it: "Sister Ulyana Hrabovska"), a
// middle dot, then what they are.
var reCommentHeading = regexp.MustCompile(`^((?:[\p{Lu}][\p{L}'’\-.]*\s){1,4}[\p{Lu}][\p{L}'’\-]+)\s·\s(\S.{1,120})$`)

// commentHeading reads a comment's heading (reCommentHeading): the name
// and the title after the dot, when it is no date or time ("2h", "1d").
func commentHeading(h string) (name, title string, ok bool) {
	m := reCommentHeading.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil || unicode.IsDigit(firstRune(m[2])) {
		return "", "", false
	}
	return m[1], m[2], true
}

// titleOnlyBefore reports nothing before off in text but the title of
// the name there: "", "Ambassador", "Father".
func (lx *Lexicon) titleOnlyBefore(text string, off int) bool {
	before := strings.TrimSpace(text[:off])
	return before == "" || lx.roleBefore(text, off) == before || lx.isFold("givenhonorific", before)
}

// creditCue finds the cue opening a line that credits what follows
// (words.tsv creditbefore, the longest that fits: "Answered by",
// "Forwarded from", "SUPER:", "SOUNDBITE"), in lower case, and the line
// past it and its space.
func (lx *Lexicon) creditCue(line string) (cue, rest string, ok bool) {
	if m := reNumberedCue.FindStringSubmatchIndex(line); m != nil {
		// "CLIP 1: TOLVA / HOSPITAL": a script's numbered cue is the
		// cue.
		line = line[:m[2]] + line[m[3]:]
	}
	low := strings.ToLower(line)
	for c := range lx.words["creditbefore"] {
		if len(c) > len(cue) && strings.HasPrefix(low, c+" ") {
			cue, ok = c, true
		}
	}
	if !ok {
		return "", "", false
	}
	return cue, line[len(cue)+1:], true
}

// reNumberedCue finds the number of a script's numbered cue ("CLIP 1:",
// "CUT 12:"), group 1 with the space before it.
var reNumberedCue = regexp.MustCompile(`^\p{L}+( \d{1,3}[a-z]?):`)

// clipCueLine reports a line that is one of a broadcast script's cues
// under a clip's credit ("IN: "We came to…"", "DUR: 0'15""; words.tsv
// clipcue), in capitals.
func (lx *Lexicon) clipCueLine(line string) bool {
	cue, _, ok := strings.Cut(strings.TrimSpace(line), ":")
	return ok && lx.clipCue(strings.TrimSpace(cue))
}

// clipTextAt is where the quotation starts in a line that writes a
// clip's words out under its cue ("TEXT: "They keep telling me …"";
// words.tsv cliptext, in capitals), 0 for any other line.
func (lx *Lexicon) clipTextAt(line string) int {
	cue, rest, ok := strings.Cut(line, ":")
	c := strings.TrimSpace(cue)
	if !ok || strings.ToUpper(c) != c || !lx.isFold("cliptext", c) {
		return 0
	}
	r := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(r, "\"") && !strings.HasPrefix(r, "“") {
		return 0
	}
	return len(line) - len(r)
}

// reDisplayRole is what a post's display name says its writer is, in
// brackets at its end: "Bodo Lirac (crew chief, Velgrid)".
var reDisplayRole = regexp.MustCompile(`\s*\(([^()@]{2,80})\)\s*$`)

var (
	reHeadingTime = regexp.MustCompile(`^\s*\d{1,2}[:.]\d{2}\s*(?:[—–-]|\|)\s*`)
	// reTimecode is a broadcast script's timecode opening a line:
	// "00:01:29 ", "10:04:12:08 ".
	reTimecode      = regexp.MustCompile(`^\s*\d{1,2}:\d{2}:\d{2}(?:[:.]\d{2})?\s+`)
	reHeadingHandle = regexp.MustCompile(`\s*\(@[\w.]+\)\s*$`)
)

type analyser struct {
	lx    *Lexicon
	cast  *cast
	paras []para
	opts  Options
	steps int
	err   error
	// fullNames memoises fullNameOf: an interview's labels repeat one
	// surname many times, and each look is a pass over the article.
	fullNames map[string]string
	// namedParas counts, per person, the paragraphs naming them outside
	// quotations, and onlyPara is the one paragraph naming those named in
	// one: read once the names are found, for commentsOn and protagonist.
	namedParas map[*member]int
	onlyPara   map[*member]int
	// nationAdj memoises nationAdjective.
	nationAdj map[string]bool
	// comments memoises commentsOn, which depends only on the person
	// and the pronoun once the names are read.
	comments map[commentKey]bool
	// speakers memoises labelSpeakers.
	speakers map[*member]bool
	// chained memoises the pronouns read through by a later pronoun
	// (chainedPronoun), and chainDepth bounds the chain.
	chained    map[[2]int]who
	chainDepth int
	// chainCut: the chain being read met maxPronounChain, at cutAt.
	chainCut bool
	cutAt    [2]int
	// headingMents are the people Options.Heading names.
	headingMents []mention
	// quoting is the one whose quotation is being read for another
	// person's words inside it (withInnerQuotes): "he" in their own
	// words is never them.
	quoting *member
}

// tick counts n units of work and checks the budget every so often.
func (a *analyser) tick(n int) bool {
	if a.err != nil {
		return false
	}
	before := a.steps
	a.steps += n
	if a.opts.Steps > 0 && a.steps > a.opts.Steps {
		a.err = fmt.Errorf("%w (more than %d steps)", ErrBudget, a.opts.Steps)
		return false
	}
	if !a.opts.Deadline.IsZero() && before/4096 != a.steps/4096 && time.Now().After(a.opts.Deadline) {
		a.err = fmt.Errorf("%w (its budget is spent)", ErrBudget)
		return false
	}
	return true
}

// labelledHeading is the heading of the section paragraph i opens when it
// is a label over a person ("Speaker: Lukas Brunner, spokesperson of the
// Swiss Federal Department of Foreign Affairs", a briefing's head): the
// text after the label, which names them and their role but credits no
// one with the paragraphs under it. A show's credits ("Presenter:
// Marta Yurchenko (MY) | Reporter: Denys Horobets (DH)") are read whole,
// the part each plays their role. "" otherwise.
func (lx *Lexicon) labelledHeading(paras []para, i int) string {
	h := openedHeading(paras, i)
	label, rest, ok := strings.Cut(h, ": ")
	if ok && lx.creditedPart(label+":") != "" && reCreditedName.MatchString(rest) {
		return h
	}
	if !ok || WordCount(label) > 2 || !strings.Contains(rest, ", ") {
		return ""
	}
	return strings.TrimSpace(rest) + ","
}

// Analyse finds the people and the attributed quotations, direct and
// reported, of a document's paragraphs. Its time is linear in the
// length of the text; opts may bound it further.
func (lx *Lexicon) Analyse(paras []Paragraph, opts Options) (*Document, error) {
	a := &analyser{lx: lx, cast: newCast(lx), opts: opts}
	a.cast.para = -1
	if h := opts.Heading; h != "" && len(h) <= maxClause {
		a.cast.namesIn(h, lx.capRuns(h), true)
	}
	a.paras = make([]para, len(paras))
	runs := make([][][2]int, len(paras))
	a.cast.paraTexts = make([]string, len(paras))
	for i, p := range paras {
		a.cast.paraTexts[i] = p.Text
	}
	for i, p := range paras {
		pp := &a.paras[i]
		if at := lx.clipTextAt(p.Text); at > 0 {
			// "TEXT: "They keep telling me …"": the clip's words, read
			// as a quotation standing alone under its credit.
			p.Text = p.Text[at:]
		}
		pp.Paragraph = p
		pp.spans = findQuoteSpans(p.Text)
		for _, v := range lx.speechVerbs(p.Text, true) {
			if !pp.inside(v.start) {
				pp.verbs = append(pp.verbs, v)
			}
		}
		pp.sents = lx.sentenceStarts(p.Text, pp.spans)
		runs[i] = lx.capRuns(p.Text)
		// Full names first, so that surnames resolve; a section's
		// heading may credit someone ("08:05 — Solomiia Kravets, Deputy
		// Foreign Minister of Ukraine (@kravets_s)").
		a.cast.para = i
		if pp.heading = lx.headingCredit(a.paras, i); pp.heading == "" {
			pp.heading = lx.captionCredit(a.paras, i)
		}
		if pp.heading != "" {
			a.cast.namesIn(pp.heading, lx.capRuns(pp.heading), true)
		} else if pp.labelled = lx.labelledHeading(a.paras, i); pp.labelled != "" {
			a.cast.namesIn(pp.labelled, lx.capRuns(pp.labelled), true)
		}
		a.cast.namesIn(p.Text, runs[i], true)
		if !a.tick(len(p.Text)/16 + len(runs[i]) + len(pp.verbs) + 1) {
			return nil, a.err
		}
	}
	a.cast.texts = a.cast.paraTexts
	for i := range a.paras {
		a.cast.para = i
		a.cast.speakingSurnames(a.paras[i].Text, a.paras[i].verbs)
		a.cast.postingSurname(a.paras[i].Text, i+1 < len(a.paras) && a.opensWithQuote(i+1))
	}
	// Count the roles afresh on the pass that keeps the mentions, so each
	// is seen once.
	for _, p := range a.cast.byKey {
		p.roles, p.bareRoles = tally{}, tally{}
	}
	initials := a.declaredInitialsAll()
	a.cast.para = -1
	if h := opts.Heading; h != "" && len(h) <= maxClause {
		a.headingMents = a.cast.namesIn(h, lx.capRuns(h), false) // the roles the heading gives
	}
	for i := range a.paras {
		pp := &a.paras[i]
		a.cast.para = i
		if h := pp.heading; h != "" {
			// The name opens it, or its title does ("Ambassador Meera
			// Raghunathan, Special Envoy of India").
			if ms := a.cast.namesIn(h, lx.capRuns(h), false); len(ms) > 0 && lx.titleOnlyBefore(h, ms[0].off) && !ms[0].possessive {
				pp.credit = ms[0].p
				_, _, pp.comment = commentHeading(openedHeading(a.paras, i))
			} else if len(ms) == 0 && lx.namesBody(h) {
				// "07:12 — Ministry of Finance of Ukraine (@minfin_ua)": a
				// body posting, no person.
				pp.creditBody = h
			}
		} else if h := pp.labelled; h != "" {
			a.cast.namesIn(h, lx.capRuns(h), false) // the roles it gives; it credits no one
		} else if h := openedHeading(a.paras, i); h != "" && len(h) <= maxClause {
			pp.headed = a.cast.namesIn(h, lx.capRuns(h), false)
		}
		ms := a.cast.namesIn(pp.Text, runs[i], false)
		pp.ments = ms[:0]
		var quoted []mention
		for _, m := range ms {
			if !pp.inside(m.off) {
				pp.ments = append(pp.ments, m)
			} else {
				quoted = append(quoted, m)
			}
		}
		pp.quoted = quoted
		pp.ments = a.initialsMentioned(pp, initials)
		if pp.Caption {
			// Found by a title only (byRole), never by a pronoun or as
			// a speaker.
			pp.captioned, pp.ments, pp.quoted, pp.verbs, pp.spans = pp.ments, nil, nil, nil, nil
		}
		a.signerRole(pp)
		pp.forward = lx.forwardedFrom(pp)
		if !a.tick(len(pp.ments) + 1) {
			return nil, a.err
		}
	}
	a.cast.dropBareRoles()
	a.countNamedParas()
	a.genderFromText()
	a.findEpithetRoles()
	a.findFrontedRoles()
	a.findHeadingRoles()
	a.findOwnedKinRoles()
	a.findOwnedTitles()
	a.findLabels()
	a.findPosts()
	a.exportPosts()
	a.findCreditedPosts()
	a.findMail()
	a.findLetters()
	a.findWriterLeads()
	a.findRecordTurns()
	for i := range a.paras {
		a.labelOpensSentence(i)
		a.findEvents(i)
	}
	a.findNicknames()
	a.nicknameMentions()
	if a.err != nil {
		return nil, a.err
	}
	d := &Document{cast: a.cast, Refers: a.referents()}
	var said []who
	open := -1 // a quotation left open and unattributed at the last paragraph's end
	for i := range a.paras {
		qs, ws := a.paragraphQuotes(i)
		// A quotation running over paragraphs is attributed where it
		// ends: the paragraph before, left open with no speaker, is the
		// speaker's of the quotation this paragraph opens with.
		// So is a paragraph that is the open quotation alone, whoever
		// spoke before it: `"He was sitting on a folding chair … His
		// hands were like ice.` / `"We had him on oxygen …," said Nora
		// Kvist` is the medic's, not the daughter's quoted above.
		if open >= 0 && len(ws) > 0 && ws[0].p != nil && a.opensWithQuote(i) && a.paras[i].Section == a.paras[i-1].Section && said[open].p != ws[0].p {
			if said[open].p != nil {
				said[open].p.quotes--
			}
			said[open] = ws[0]
			d.Quotes[open].Speaker = ws[0].p.canonical()
			ws[0].p.quotes++
		}
		open = -1
		if p := &a.paras[i]; len(ws) > 0 && len(p.spans) > 0 && p.spans[len(p.spans)-1].close == len(p.Text) && (!ws[len(ws)-1].found() || a.openQuoteAlone(i)) {
			open = len(d.Quotes) + len(qs) - 1
		}
		d.Quotes = append(d.Quotes, qs...)
		said = append(said, ws...)
		d.Reported = append(d.Reported, a.reported(i)...)
		if a.err != nil {
			return nil, a.err
		}
	}
	d.Quotes, said = a.withInnerQuotes(d.Quotes, said)
	d.Quotes, said = a.headingQuotes(d.Quotes, said)
	a.creditPullQuotes(d.Quotes, said)
	// A quote carries the role given where it is attributed, else the
	// speaker's role in the document (known only now, after every
	// paragraph was read).
	for i, s := range said {
		if s.p == nil {
			continue
		}
		d.Quotes[i].Role = s.at
		if s.at == "" {
			d.Quotes[i].Role = s.p.role(lx)
		}
	}
	a.findStatedAges(d.Quotes, said)
	for i, q := range d.Reported {
		// By the name, not the surname: of two Bondars, the one reported.
		if m := a.cast.only(func(m *member) bool { return m.canonical() == q.Speaker }); m != nil && q.Role == "" {
			d.Reported[i].Role = m.role(lx)
		}
	}
	return d, nil
}

// openQuoteAlone reports paragraph pi as one quotation alone, no label
// before it, left open at its end: the quotation goes on in the next
// paragraph, whose attribution is its own.
func (a *analyser) openQuoteAlone(pi int) bool {
	p := &a.paras[pi]
	return p.label == nil && len(p.spans) == 1 && p.spans[0].close == len(p.Text) && nothingBefore(p.Text[:p.spans[0].open])
}

// headingQuotes adds the quotations a section's heading gives someone by
// the headline's convention, the name, a colon, then words with their
// quotation in them ("Starmer: UK "ready to play its part"", over an
// entry that reports him in other words): theirs, at the section's first
// paragraph. The name must be someone the article names; a quotation the
// section's paragraphs hold already is not added twice.
func (a *analyser) headingQuotes(qs []Quote, said []who) ([]Quote, []who) {
	for i := range a.paras {
		h := openedHeading(a.paras, i)
		name, rest, ok := strings.Cut(h, ": ")
		if !ok || name == "" || WordCount(name) > 3 || !isCapitalised(name) {
			continue
		}
		ms := a.cast.namesIn(name, a.lx.capRuns(name), false)
		if len(ms) != 1 || ms[0].off != 0 || ms[0].end != len(name) || ms[0].possessive {
			continue
		}
		for _, sp := range findQuoteSpans(rest) {
			text := strings.TrimSpace(sp.inner)
			if sp.close == len(rest) || WordCount(text) < minHeadingQuote || a.sectionHolds(i, text) {
				continue
			}
			qs = append(qs, Quote{Speaker: ms[0].p.canonical(), Text: text, Paragraph: a.paras[i].Num})
			said = append(said, who{p: ms[0].p})
			ms[0].p.quotes++
		}
	}
	return qs, said
}

// minHeadingQuote is the fewest words a heading's quotation needs to be
// someone's words, not a label in quotation marks ("the "coalition"").
const minHeadingQuote = 3

// sectionHolds reports a paragraph of the section paragraph i opens that
// holds text, in whatever case ("A good day for Ukraine would be …").
func (a *analyser) sectionHolds(i int, text string) bool {
	text = strings.ToLower(text)
	for j := i; j < len(a.paras) && a.paras[j].Section == a.paras[i].Section; j++ {
		if strings.Contains(strings.ToLower(a.paras[j].Text), text) {
			return true
		}
	}
	return false
}

// opensWithQuote reports a paragraph whose first words are a quotation.
func (a *analyser) opensWithQuote(pi int) bool {
	p := &a.paras[pi]
	return len(p.spans) > 0 && nothingBefore(p.Text[:p.spans[0].open])
}

// quoteSpan is one quotation in a paragraph: the marks at open and
// close (close == len(text) when the quotation runs to the end).
type quoteSpan struct {
	open, close int // offsets of the opening mark and of the closing mark
	inner       string
}

// findQuoteSpans pairs straight and curly double quotation marks; an
// opening mark never closed runs to the end of the paragraph, as a
// quotation continued in the next paragraph does.
func findQuoteSpans(text string) []quoteSpan {
	var out []quoteSpan
	open := -1
	openLen := 0
	for i, r := range text {
		if open >= 0 {
			if r == '"' || r == '”' || r == '»' || (r == '“' && text[open] != 0xe2) {
				out = append(out, quoteSpan{open: open, close: i, inner: text[open+openLen : i]})
				open = -1
			}
			continue
		}
		if r == '"' && i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
			// `(0'14")`, a clip's length: a mark for seconds (or
			// inches) after its number, no quotation's opening.
			continue
		}
		switch r {
		case '"', '“', '«', '„':
			open, openLen = i, utf8.RuneLen(r)
		}
	}
	if open >= 0 {
		out = append(out, quoteSpan{open: open, close: len(text), inner: text[open+openLen:]})
	}
	if len(out) == 0 {
		return singleQuoteSpans(text)
	}
	return out
}

// singleQuoteSpans pairs curly single quotation marks, as British
// outlets quote (‘On paper the field was empty.’), in a paragraph with
// no double marks (where single ones are a quotation inside a
// quotation). A mark opens at a word's start; the same mark is an
// apostrophe inside a word (don’t) or after a plural (the deminers’
// union), so a quotation closes at the first ’ after punctuation that
// ends it (field.’ or field,’ ), else at the last ’ before a word's end.
func singleQuoteSpans(text string) []quoteSpan {
	var out []quoteSpan
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], "‘")
		if i < 0 {
			break
		}
		open := from + i
		from = open + len("‘")
		if open > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:open]); !unicode.IsSpace(r) && !strings.ContainsRune("([—–-", r) {
				continue
			}
		}
		close, last := -1, -1
		for j := from; j < len(text); {
			k := strings.Index(text[j:], "’")
			if k < 0 {
				break
			}
			at := j + k
			j = at + len("’")
			if r, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue // an apostrophe: don’t, Ukraine’s
			}
			if strings.Contains(text[from:at], "‘") {
				break // the next quotation opened before this mark
			}
			last = at
			if p, _ := utf8.DecodeLastRuneInString(text[:at]); strings.ContainsRune(".,!?;:…", p) {
				close = at
				break
			}
		}
		if close < 0 {
			close = last
		}
		if close < 0 || close == from {
			continue
		}
		out = append(out, quoteSpan{open: open, close: close, inner: text[from:close]})
		from = close + len("’")
	}
	return out
}

// markEnd is the offset just after the closing mark.
func (q quoteSpan) markEnd(text string) int {
	if q.close >= len(text) {
		return len(text)
	}
	_, n := utf8.DecodeRuneInString(text[q.close:])
	return q.close + n
}

// inside reports whether off lies within a quotation of the paragraph.
func (p *para) inside(off int) bool {
	i := sort.Search(len(p.spans), func(i int) bool { return p.spans[i].close > off })
	return i < len(p.spans) && p.spans[i].open < off
}

// sentenceStarts finds where the sentences of text begin: after a full
// stop, question or exclamation mark and a space outside quotations (not
// an abbreviation's), and after a quotation that ends its own sentence
// (`...do this." She said`).
func (lx *Lexicon) sentenceStarts(text string, spans []quoteSpan) []int {
	out := []int{0}
	if at := reClockStamp.FindStringIndex(text); at != nil {
		// "06:52 - Captain Emil Sorre … speaks to reporters": a live
		// entry's time stands before its first sentence.
		out[0] = at[1]
	}
	k := 0
	for i := 1; i+1 < len(text); i++ {
		for k < len(spans) && spans[k].close < i {
			k++
		}
		if k < len(spans) && spans[k].close == i && i > spans[k].open {
			if strings.ContainsRune(".!?", lastMeaningful(spans[k].inner)) {
				out = append(out, spans[k].markEnd(text))
			}
			continue
		}
		if k < len(spans) && spans[k].open < i && i < spans[k].close {
			continue
		}
		c := text[i]
		if (c == '.' || c == '!' || c == '?') && text[i+1] == ' ' && !lx.abbreviation(text[max(0, i-16):i+1]) && !lowerNext(text, i+2) {
			out = append(out, i+1)
		}
	}
	sort.Ints(out)
	return out
}

// lowerNext reports a lower-case letter at text[i]: no sentence opens
// so ("at 6 a.m. on Monday").
func lowerNext(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}

// reClockStamp is the time a live page's entry opens with, and its dash:
// "10:15 - ", "07:35 – ".
var reClockStamp = regexp.MustCompile(`^\s*\d{1,2}[:.]\d{2}\s*[-–—]\s+`)

// sentenceAt is the start of the sentence holding off.
func (p *para) sentenceAt(off int) int {
	i := sort.Search(len(p.sents), func(i int) bool { return p.sents[i] >= off })
	if i == 0 {
		return 0
	}
	return p.sents[i-1]
}

// sentencesBack yields the sentences before off of paragraph pi, then
// those of the paragraphs before it, nearest first, as each one's
// paragraph and [start, end): at most n sentences, back to paragraph
// pi-paras. A paragraph before pi is read only when stay(i) holds; the
// first that does not ends the walk. Pronouns and "the former" read
// back so.
func (a *analyser) sentencesBack(pi, off, paras, n int, stay func(i int) bool) iter.Seq2[int, [2]int] {
	return func(yield func(int, [2]int) bool) {
		seen := 0
		for i := pi; i >= 0 && i >= pi-paras; i-- {
			p := &a.paras[i]
			if i < pi && !stay(i) {
				return
			}
			end := len(p.Text)
			if i == pi {
				end = off
			}
			for end > 0 {
				if seen == n {
					return
				}
				start := p.sentenceAt(end)
				if start == end {
					start = p.sentenceAt(end - 1)
				}
				seen++
				if !yield(i, [2]int{start, end}) {
					return
				}
				if start == 0 {
					break
				}
				end = start
			}
		}
	}
}

// labelOpensSentence makes the end of paragraph i's label, if it has
// one, where a sentence starts: "Lena Brandt: Judge Imboden just walked
// past and said "…"" is the judge's sentence, the label no subject of it.
func (a *analyser) labelOpensSentence(i int) {
	p := &a.paras[i]
	if p.label == nil || p.label.end <= 0 || p.label.end >= len(p.Text) {
		return
	}
	end := p.label.end
	for end < len(p.Text) && p.Text[end] == ' ' {
		end++
	}
	at, found := slices.BinarySearch(p.sents, end)
	if !found {
		p.sents = slices.Insert(p.sents, at, end)
	}
}

// sentenceEnd is where the sentence starting at or before off ends.
func (p *para) sentenceEnd(off int) int {
	i := sort.Search(len(p.sents), func(i int) bool { return p.sents[i] > off })
	if i == len(p.sents) {
		return len(p.Text)
	}
	return p.sents[i]
}

// mentionsIn returns the mentions starting in [from, to).
func (p *para) mentionsIn(from, to int) []mention { return mentionsBetween(p.ments, from, to) }

// mentionsBetween is the mentions of ms, in text order, starting in
// [from, to).
func mentionsBetween(ms []mention, from, to int) []mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].off >= from })
	j := sort.Search(len(ms), func(i int) bool { return ms[i].off >= to })
	if j < i {
		return nil
	}
	return ms[i:j]
}

// mentionEndingAt returns the mention whose name ends at end, if any.
func (p *para) mentionEndingAt(end int) *mention {
	i := sort.Search(len(p.ments), func(i int) bool { return p.ments[i].end >= end })
	if i < len(p.ments) && p.ments[i].end == end {
		return &p.ments[i]
	}
	return nil
}

// verbsIn returns the speech verbs starting in [from, to).
func (p *para) verbsIn(from, to int) []verbAt {
	i := sort.Search(len(p.verbs), func(i int) bool { return p.verbs[i].start >= from })
	j := sort.Search(len(p.verbs), func(i int) bool { return p.verbs[i].start >= to })
	if j < i {
		return nil
	}
	return p.verbs[i:j]
}
