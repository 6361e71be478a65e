package people

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// reInTheirWords is "in his words," right before a quotation.
var reInTheirWords = regexp.MustCompile(`(?i)\bin (his|her)(?: own)? words[,:]?\s*$`)

// reInRolesWords is "in the director's words", before a quotation: the
// role's holder speaks.
var reInRolesWords = regexp.MustCompile(`(?i)\bin (the(?: [\p{L}-]+){1,3})['’]s(?: own)? words[,:]?\s*$`)

// attribute finds who speaks a quotation from the words of its clause:
// the words after it ("…," said X / X said), else a speech verb before it
// in its clause (X said: "…"; according to X, "…"), else the subject of a
// clause ending in a colon (X disagreed: "…"). alone reports a quotation
// with no words of its own clause around it, which may continue the
// paragraph's speaker.
func (a *analyser) attribute(pi int, s quoteSpan) (w who, alone bool) {
	p := &a.paras[pi]
	text := p.Text
	if w := a.postedBy(pi, s); w.found() {
		return w, false
	}
	if w := a.saidAfter(pi, s); w.found() {
		return w, false
	}
	// `She pointed to Arkady Voronov's remark on the last day that the
	// vote would be "judged by …"`: the one whose remark it is.
	if w := a.possessedRemark(pi, s); w.p != nil {
		return w, false
	}
	// `the call was, in his words, "businesslike"`: the one "his" is.
	if m := reInTheirWords.FindStringSubmatchIndex(text[:s.open]); m != nil {
		pronoun := "he"
		if strings.EqualFold(text[m[2]:m[3]], "her") {
			pronoun = "she"
		}
		return a.resolvePronoun(pi, m[0], pronoun), false
	}
	// "In the director's words: "…"": the one the role noun is.
	if m := reInRolesWords.FindStringSubmatchIndex(text[:s.open]); m != nil {
		return a.roleSubject(pi, m[2], text[m[2]:m[3]]), false
	}
	// `Voronin told AFP that …, and that Moscow regarded the deal as
	// "…"`: a second "that" clause hangs on the verb of speech of the
	// first.
	if w := a.secondThat(pi, s); w.p != nil {
		return w, false
	}
	// Before the quotation, in its own clause: `he said: "..."`.
	cs := a.clauseStart(pi, s.open)
	vs := withoutAside(p.Text, cs, s.open, p.verbsIn(cs, s.open))
	for n := len(vs); n > 1 && vs[n-1].v.Kind == "name" && a.lx.opensClause(p.Text[vs[n-1].end:s.open]); n-- {
		// "said the government welcomed the crossing but that it was
		// "…"": the naming verb's clause ends before the quotation, the
		// verb of speech before it frames it.
		vs = vs[:n-1]
	}
	if len(vs) > 0 {
		v := vs[len(vs)-1]
		if v.v.Kind == "name" && !a.namesQuote(pi, v, s) {
			return blocked, false
		}
		if w := p.eventAt(v.start); w.found() {
			if o := a.spokespersonTelling(pi, vs, w); o.p != nil {
				return o, false
			}
			return w, false
		}
		if v.v.Kind == "name" {
			// `Zakharova said "…" and described the remarks as "…"`.
			return a.coordinated(pi, v), false
		}
		return who{}, false
	}
	// A quoted block's marks ("> " in a plain-text newsletter) are no
	// words before the quotation.
	lead := strings.TrimSpace(strings.TrimLeft(text[cs:s.open], "> "))
	for _, conj := range []string{"And", "But", "and", "but"} {
		lead = strings.TrimPrefix(lead, conj+" ")
	}
	if lead == "" || lead == "And" || lead == "But" {
		return who{}, true
	}
	// `… @UNESCO_Culture ADG Amadou Diallo: "…"`: a name right before
	// the colon opening the quotation is who speaks, as a label is,
	// whatever the sentence opened with.
	// Not one a verb or a preposition makes whom it is said to
	// (`Zelensky told Peskov: "…"`, `in a letter to Peskov: "…"`).
	if strings.HasSuffix(lead, ":") {
		if m := p.mentionEndingAt(cs + strings.LastIndexByte(text[cs:s.open], ':')); m != nil && !m.possessive && m.off >= cs &&
			len(p.verbsIn(cs, m.off)) == 0 && !a.prepositional(pi, cs, m) {
			return who{p: m.p}, false
		}
	}
	// `[4] Havrylyuk, opening statement in Paris, 14 March 2067: "…"`:
	// a note citing a source, the one named, then what they said.
	if strings.HasSuffix(lead, ":") {
		colon := cs + strings.LastIndexByte(text[cs:s.open], ':')
		if w := a.citedRemark(pi, cs, colon); w.p != nil {
			return w, false
		}
		if w := a.topicRemark(pi, cs, colon); w.p != nil {
			return w, false
		}
	}
	// `The head of Ukrenergo: "…"`, `The Kremlin spokesman: "…"`: an
	// office before the colon, the whole clause: its holder the text
	// names (roleSubject), else an unnamed source with that role.
	if strings.HasSuffix(lead, ":") {
		colon := cs + strings.LastIndexByte(text[cs:s.open], ':')
		if w, ok := a.officeBefore(pi, cs, colon); ok {
			return w, false
		}
	}
	// "Senator Mark Hanley, a Republican, disagreed: "…"": the clause's
	// subject. Words of their own without one ("the statement outlined
	// a "…"") name no speaker, and the quotation does not continue
	// anyone else's.
	if w := a.sentenceSubject(pi, cs, s.open); w.p != nil {
		return w, false
	}
	return blocked, false
}

// withoutAside is vs less the verbs standing in an aside set between
// two spaced dashes in text[from:to]: in "She told me - I'm reading from
// my notes - "…"" the words are what she told, not what is read.
func withoutAside(text string, from, to int, vs []verbAt) []verbAt {
	var marks []int // where each spaced dash stands
	for i := from; i < to; {
		_, n := utf8.DecodeRuneInString(text[i:])
		if spacedDashAt(text, i) > 0 {
			marks = append(marks, i)
		}
		i += n
	}
	if len(marks) < 2 {
		return vs
	}
	lo, hi := marks[len(marks)-2], marks[len(marks)-1]
	if strings.TrimSpace(text[hi+1:to]) != "" {
		return vs // the aside must close right before the quotation
	}
	out := vs[:0:0]
	for _, v := range vs {
		if v.start < lo || v.start > hi {
			out = append(out, v)
		}
	}
	return out
}

// isDash reports a dash setting words apart: a hyphen typed for one, an
// en or an em dash.
func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

// spacedDashAt is the width in bytes of a dash at text[i] set off by a
// space on each side (" - ", " – "), 0 when none stands there.
func spacedDashAt(text string, i int) int {
	r, n := utf8.DecodeRuneInString(text[i:])
	if isDash(r) && i > 0 && text[i-1] == ' ' && i+n < len(text) && text[i+n] == ' ' {
		return n
	}
	return 0
}

// officeBefore reads text[from:colon] as a whole clause naming an office
// and nothing else ("The head of Ukrenergo", "The Kremlin spokesman"):
// who holds it, as roleSubject finds them, or an unnamed source with
// that role; false for any other clause.
func (a *analyser) officeBefore(pi, from, colon int) (who, bool) {
	text := a.paras[pi].Text
	ws := wordsBefore(text, from, colon, maxOfficeWords+1)
	if len(ws) == 0 || len(ws) > maxOfficeWords || strings.TrimSpace(text[from:ws[0].start]) != "" || len(a.paras[pi].verbsIn(from, colon)) > 0 {
		return who{}, false
	}
	if np := a.nounPhrase(ws); np != "" && WordCount(np) == len(ws) {
		return a.roleSubject(pi, ws[len(ws)-1].start, np), true
	}
	if np := roleForBody(a.lx, ws); np != "" && WordCount(np) == len(ws) {
		f := strings.Fields(np)
		if isDeterminer(f[0]) {
			f = f[1:]
		}
		return who{role: strings.Join(f, " "), blocked: true}, true
	}
	return who{}, false
}

// maxOfficeWords bounds an office named before a colon.
const maxOfficeWords = 8

// secondThat is who speaks a quotation standing in a "that" clause
// joined by "and" or "but" to an earlier one of the same sentence, with
// no verb of speech of its own: the speaker of the verb the first
// clause hangs on ("X told AFP that …, and that … "…""). A verb of speech
// inside the first clause ("that Russia had insisted …") is what X
// reported, not who speaks.
func (a *analyser) secondThat(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	start := p.sentenceAt(s.open)
	before := p.Text[start:s.open]
	// The last "that" after a conjunction ("and that", "but that").
	at := -1
	ws := wordsBefore(p.Text, start, s.open, 80)
	for k := 1; k < len(ws); k++ {
		if strings.EqualFold(ws[k].w, "that") && a.lx.isFold("conjunction", ws[k-1].w) {
			at = ws[k-1].start - start
		}
	}
	if at < 0 || strings.ContainsAny(before[at:], "\"“”") {
		return who{}
	}
	for _, v := range p.verbsIn(start+at, s.open) {
		if !a.reducedRelative(p.Text, start+at, v.start) {
			return who{}
		}
	}
	for _, v := range p.verbsIn(start, start+at) {
		if v.v.Kind == "name" {
			continue
		}
		// "told AFP that": the first verb of speech, "that" within its
		// next four words.
		rest := strings.Fields(strings.ToLower(p.Text[v.end:min(len(p.Text), v.end+40)]))
		if w := p.eventAt(v.start); (slices.Contains(rest[:min(len(rest), 4)], "that") || v.v.has("that")) && w.p != nil {
			// Or a verb that takes a "that" clause, its first one left
			// implicit: "a statement saying the government "…" but that
			// …".
			return w
		}
		return who{}
	}
	return who{}
}

// reducedRelative reports a verb at v whose clause qualifies the noun
// before its subject, with no "that" or "which" between: in "and that
// the phone call the governor described "…"", the governor described
// the call; the words after are not hers. The subject is an article
// and a word or two, right after another article's noun phrase, all
// from `from` on.
func (a *analyser) reducedRelative(text string, from, v int) bool {
	ws := wordsBefore(text, from, v, 12)
	k := len(ws) - 1
	for k >= 0 && !a.lx.IsArticle(Fold(ws[k].w)) {
		k--
	}
	if k < 0 || len(ws)-1-k > 2 {
		return false // no article opening the subject, or a long one
	}
	j := k - 1
	for j >= 0 && !a.lx.IsArticle(Fold(ws[j].w)) {
		w := ws[j].w
		if !isLowerWord(w) || strings.ContainsAny(w, ",;:") || a.lx.IsRelative(Fold(w)) || Fold(w) == "that" {
			return false
		}
		j--
	}
	return j >= 0 && j < k-1
}

// possessedRemark is whose words a quotation is when its sentence, before
// it, names them as a possessive right before a word for what they said
// (words.tsv class speechnoun: "Voronov's remark", "the minister's
// promise"), and no verb of speech before the quotation: the writer
// quotes the remark, whoever the sentence's subject is.
func (a *analyser) possessedRemark(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	start := p.sentenceAt(s.open)
	if len(p.verbsIn(start, s.open)) > 0 {
		// `Zakharova called Rutte's comments "a crude attempt …"`: a
		// verb of speech says whose the words are.
		return who{}
	}
	for _, m := range p.mentionsIn(start, s.open) {
		if !m.possessive {
			continue
		}
		ws := wordsAfter(p.Text, m.end, s.open, 3)
		noun := -1
		for k, w := range ws {
			if a.lx.isFold("speechnoun", strings.Trim(w.w, ",.;:")) {
				noun = k
				break
			}
		}
		if noun < 0 || len(p.verbsIn(ws[noun].end, s.open)) > 0 {
			continue
		}
		return who{p: m.p, at: m.role}
	}
	// "Her answer, repeated to reporters afterwards: "…"", "His only
	// line to reporters was, "…"": the one the possessive pronoun stands
	// for, a word saying which perhaps between it and the noun.
	ws := wordsAfter(p.Text, start, s.open, 5)
	for k := 0; k+1 < len(ws); k++ {
		pron := map[string]string{"his": "he", "her": "she"}[Fold(ws[k].w)]
		if pron == "" {
			continue
		}
		n := k + 1
		if n+1 < len(ws) && isLowerWord(ws[n].w) && a.lx.isFold("remarkword", ws[n].w) {
			n++
		}
		if !a.lx.isFold("speechnoun", strings.Trim(ws[n].w, ",.;:")) || len(p.verbsIn(ws[n].end, s.open)) > 0 {
			continue
		}
		return a.resolvePronoun(pi, ws[k].start, pron)
	}
	return who{}
}

// citedRemark is who a citation before a colon gives the quotation to:
// a name opening the clause (past a note's marker, "[4]"), a comma, and a
// word for what they said or where (words.tsv speechnoun: "Havrylyuk,
// opening statement in Paris, 14 March 2067:", "Ricciardi, interview
// with the author, Rome:"), with no verb of speech in it.
func (a *analyser) citedRemark(pi, cs, colon int) who {
	p := &a.paras[pi]
	ms := p.mentionsIn(cs, colon)
	if len(ms) == 1 && !ms[0].possessive && strings.TrimSpace(p.Text[ms[0].end:colon]) == "" && len(p.verbsIn(cs, colon)) == 0 {
		// "Statement from Governor Bohdan Sirko:", "A message from
		// …:": the word for what was said, then whose it is.
		if f := strings.Fields(p.Text[cs:p.roleStart(&ms[0])]); len(f) >= 2 && f[len(f)-1] == "from" && a.lx.isFold("speechnoun", f[len(f)-2]) {
			return who{p: ms[0].p, at: ms[0].role}
		}
	}
	if len(ms) == 0 || ms[0].possessive || !strings.HasPrefix(p.Text[ms[0].end:], ",") || len(p.verbsIn(cs, colon)) > 0 {
		return who{}
	}
	if strings.TrimLeft(p.Text[cs:ms[0].off], " []()0123456789*:.—–-") != "" {
		return who{}
	}
	ws := wordsAfter(p.Text, ms[0].end, colon, maxCitedWords+maxTopicWords)
	for k, w := range ws {
		if k < maxCitedWords && a.lx.isFold("speechnoun", strings.Trim(w.w, ",.;:")) {
			return who{p: ms[0].p, at: ms[0].role}
		}
	}
	return who{}
}

// topicRemark is who a live blog's or an alert's line gives the
// quotation after its colon to: the one name opening it (past a time
// stamp, "[2 Mar 2074, 22:15]", "**23:58**"), with the role set before
// it, perhaps an aside, then "on" and what they spoke on ("Sazonov,
// leaving the palace, on the missing handshake:", "Ukraine's deputy
// energy minister Halyna Moroz on the dam deal:"); no verb of speech.
func (a *analyser) topicRemark(pi, cs, colon int) who {
	p := &a.paras[pi]
	ms := p.mentionsIn(cs, colon)
	if len(ms) != 1 || ms[0].possessive || len(p.verbsIn(cs, colon)) > 0 {
		return who{}
	}
	m := &ms[0]
	lead := strings.TrimSpace(p.Text[cs:p.roleStart(m)])
	if strings.HasPrefix(lead, "[") {
		if end := strings.IndexByte(lead, ']'); end > 0 {
			lead = lead[end+1:]
		}
	}
	if strings.TrimLeft(lead, " ()0123456789*:.—–-") != "" {
		return who{}
	}
	ws := wordsAfter(p.Text, m.end, colon, maxCitedWords+maxTopicWords+1)
	k := 0
	if len(ws) > 0 && strings.HasPrefix(p.Text[m.end:], ",") {
		// The aside: "leaving the palace,".
		if ws[0].w == "," {
			ws = ws[1:]
		}
		for k < len(ws) && k < maxCitedWords && !strings.HasSuffix(ws[k].w, ",") {
			k++
		}
		k++
	}
	if k >= len(ws) || ws[k].w != "on" || len(ws)-k-1 > maxTopicWords || len(ws)-k-1 == 0 {
		return who{}
	}
	return who{p: m.p, at: m.role}
}

// maxTopicWords is the most words after "on" a cited remark's topic may
// take ("on the missing handshake").
const maxTopicWords = 8

// maxCitedWords is how far after the name a citation's word for what was
// said may stand ("Havrylyuk, opening statement").
const maxCitedWords = 4

// postedBy is who a post quoted after their name and handle wrote:
// `has posted: Fabienne Roux (@ICRC_froux): "…"`. The name must end right
// before the handle's bracket.
func (a *analyser) postedBy(pi int, s quoteSpan) who {
	p := &a.paras[pi]
	before := strings.TrimRight(p.Text[:s.open], " ")
	if !strings.HasSuffix(before, "):") {
		return who{}
	}
	i := strings.LastIndex(before, "(@")
	if i <= 0 || strings.ContainsAny(before[i:len(before)-2], " \"“”") {
		return who{}
	}
	end := len(strings.TrimRight(before[:i], " *_"))
	for _, m := range p.mentionsIn(max(0, end-maxPostName), end) {
		if m.end == end && !m.possessive {
			return who{p: m.p, at: m.role}
		}
	}
	return who{}
}

// maxPostName bounds the bytes a post's writer's name may take before
// their handle.
const maxPostName = 80

// clauseStart is where the clause holding off begins: its sentence's
// start, or a boundary between two subjects' clauses after it ("…, while
// Kirill Dmitriev … struck a warmer tone:", "…; Merz said").
// pastVocative is where a turn's words start past its label (at
// start) and past the name it opens by addressing another speaker of the
// conversation ("NYDEGGER: Oleksiy, the Russian deputy negotiator, Mr.
// Shubin, said …" asks Oleksiy Danylenko, who answers under his own
// label): the one addressed is not who said it.
func (a *analyser) pastVocative(pi, start, off int) int {
	p := &a.paras[pi]
	lead := len(p.Text[start:]) - len(strings.TrimLeft(p.Text[start:], " "))
	ms := p.mentionsIn(start+lead, start+lead+1)
	if len(ms) == 0 || ms[0].end >= off || !strings.HasPrefix(p.Text[ms[0].end:], ",") || ms[0].p == p.label.answer {
		return start
	}
	if a.labelSpeakers()[ms[0].p] {
		return ms[0].end + 1
	}
	return start
}

// labelSpeakers are the people who speak under a label somewhere in the
// article, read once (labels are all found before any turn is read).
func (a *analyser) labelSpeakers() map[*member]bool {
	if a.speakers == nil {
		a.speakers = map[*member]bool{}
		for i := range a.paras {
			if l := a.paras[i].label; l != nil && l.answer != nil {
				a.speakers[l.answer] = true
			}
		}
	}
	return a.speakers
}

func (a *analyser) clauseStart(pi, off int) int {
	p := &a.paras[pi]
	start := p.sentenceAt(off)
	if p.label != nil && p.label.end > 0 && start <= p.label.end+1 && p.label.end <= off {
		// The turn's first sentence (labelOpensSentence).
		start = a.pastVocative(pi, start, off)
	}
	text := p.Text
	from := max(start, off-maxClause)
	for i := off - 1; i > from; i-- {
		c := text[i]
		if c != ',' && c != ';' || p.inside(i) {
			continue
		}
		if c == ';' {
			return i + 1
		}
		rest := text[i+1 : min(off, i+12)]
		for _, b := range []string{" while ", " whereas "} {
			if strings.HasPrefix(rest, b) {
				return i + len(b)
			}
		}
		// "…, and the minister declined to give a figure, saying …": a
		// conjunction and a new subject open a clause of its own.
		for _, b := range []string{" and ", " but "} {
			if strings.HasPrefix(rest, b) {
				// Only when that clause speaks itself: in `she said, and
				// the others will follow "…"` the words are still hers.
				if ws := wordsAfter(text, i+len(b), off, 1); len(ws) == 1 && a.newSubject(ws[0].w) && len(p.verbsIn(i+len(b), off+1)) > 0 {
					return i + len(b)
				}
			}
		}
	}
	return start
}

// newSubject reports a word that opens a clause's subject after a
// conjunction: a determiner, a personal pronoun or a capitalised word.
func (a *analyser) newSubject(w string) bool {
	switch Fold(w) {
	case "he", "she", "they", "we", "i":
		return true
	}
	return isDeterminer(w) || isCapitalised(w)
}
