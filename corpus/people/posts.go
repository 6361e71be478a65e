package people

import (
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reHandleLine is a forum thread's line naming who wrote the post under
// it: "u/BohdanLysenko_MinCult · 540 points", "@kravets_s · 2h", and with
// a marker in brackets the site sets after the handle ("u/PJ_Hoekstra_dams
// (OP) · 2.2k points").
//
// It may open with what the post is, then "by" ("> Reply by
// @pieter_roussel (Pieter Roussel) | 26 Apr 2078, 11:03", "Quote-post
// by @econ_watcher"), and set the writer's display name in brackets and
// the site's mark after it ("@AldermoorFund (Aldermoor Development
// Fund) [verified]").
var reHandleLine = regexp.MustCompile(`^(?:>\s*)?(?:\p{Lu}[\p{L}\-]{1,15} by )?(?:u/|@)([A-Za-z0-9_.\-]{3,40})(?:\s*\([^()]{1,50}\))?(?:\s*\[[a-z ]{1,15}\])?(?:\s*[·|•\-–—].{0,60})?$`)

// reScoreHandleLine is a forum thread's line over a post that opens with
// its score, then the writer's handle and what the site sets after it:
// "981 Capt_TBrask OP", "2.4k Capt_TBrask OP Verified by mods Sunday 20
// March 2078, 14:02", "-14 [deleted]". Group 1 is the handle.
var reScoreHandleLine = regexp.MustCompile(`^[-–]?\d[\d.,]*k?\s+(\[[a-z]+\]|[A-Za-z0-9_.\-]{3,40})(?:\s+[^.!?"“”]{0,80})?$`)

// postHandle is the handle a line over a forum post names (reHandleLine,
// reScoreHandleLine), "" when the line is none. A handle after a score
// is one only when written as handles are (with "_", a digit or a dot,
// or in lower case), or is a removed post's "[deleted]".
func postHandle(line string) string {
	if m := reHandleLine.FindStringSubmatch(line); m != nil {
		return m[1]
	}
	m := reScoreHandleLine.FindStringSubmatch(line)
	if m == nil || WordCount(line) > maxScoreLineWords {
		return ""
	}
	h := m[1]
	if strings.HasPrefix(h, "[") || strings.ContainsAny(h, "_.0123456789") || strings.ToLower(h) == h {
		return h
	}
	return ""
}

// reNamedHandleLine is a thread export's line over a post giving its
// writer's display name before the handle, then when it was posted:
// "[2] Kiril Halm @kiril_halm . 19 Nov 2078, 11:41", "sergei from
// stansk @sergei_stansk_77 · 2h". Group 1 is the display name, group 2
// the handle.
var reNamedHandleLine = regexp.MustCompile(`^(?:\[\d{1,4}\]\s+)?(\p{L}[\p{L}'’.\-]*(?:\s+[\p{L}'’.\-]+){0,5})\s+@([A-Za-z0-9_.\-]{3,40})(?:\s+[·|•.\-–—]\s+.{0,40})?$`)

// PostHeader reports a line over a post naming its writer by handle,
// with or without a display name before it ("[2] Kiril Halm @kiril_halm
// . 19 Nov 2078, 11:41", "@kravets_s · 2h"), and not a line pointing at
// another's post ("Replying to @kiril_halm"). It gives the handle and
// the display name ("" when the line gives none).
func (l *Lexicon) PostHeader(line string) (handle, name string) {
	line = strings.TrimSpace(line)
	if l.PostRef(line) {
		return "", ""
	}
	if m := reNamedHandleLine.FindStringSubmatch(line); m != nil && WordCount(line) <= maxScoreLineWords {
		return m[2], m[1]
	}
	return postHandle(line), ""
}

// maxScoreLineWords bounds a line over a post opening with its score.
const maxScoreLineWords = 14

// findPosts reads a forum thread (an AMA, a comment section): each
// paragraph under a line naming its writer by handle is theirs, up to
// the next such line, when the handle spells the given name and the
// surname of someone the thread names ("u/BohdanLysenko_MinCult", after
// "I'm Bohdan Lysenko"). Other handles' posts are no one's the model
// knows.
func (a *analyser) findPosts() {
	var cur *member
	for i := 0; i < len(a.paras); i++ {
		p := &a.paras[i]
		if p.comment && p.label == nil && WordCount(p.Text) <= maxPostWords {
			// Under a comment's heading ("Claire Dufresne · Head of
			// Eastern Europe Desk, RSF"): her comment.
			p.label = &label{answer: p.credit}
			cur = nil
			continue
		}
		if h, name := a.lx.PostHeader(p.Text); h != "" {
			cur = a.byHandle(h)
			if name != "" {
				// "[2] Kiril Halm @kiril_halm . 19 Nov 2078": the display
				// name says who, when it is someone the thread names;
				// any other display name is no one the model knows.
				cur = a.displayed(p, name)
				if i+1 < len(a.paras) && a.paras[i+1].Section == p.Section && a.postBio(cur, &a.paras[i+1]) {
					i++
				}
				continue
			}
			if i+1 < len(a.paras) && a.paras[i+1].Section == p.Section {
				// "@tereza_halm", then "Tereza Halm (spokeswoman, TBC
				// SMM)": the post's display name, no words of theirs;
				// it names the writer a handle spelling no one's name
				// leaves unknown.
				named, ok := a.displayName(i + 1)
				if ok {
					if cur == nil {
						cur = named
					}
					i++
					a.paras[i].label = &label{} // no one's words
				}
			}
			continue
		}
		if cur == nil || p.label != nil && !p.label.namesNoOne() || i == 0 || a.paras[i-1].Section != p.Section {
			cur = nil
			continue
		}
		if a.postRef(p.Text) {
			continue // "QUOTE-POST of @PavelDrozic_ME (…)": whose post it quotes
		}
		// A post's line read as a label naming no one ("We were 12
		// inspectors: four Ukrainian, …") is still the post's writer's.
		p.label = &label{answer: cur}
	}
}

// exportPosts gives every paragraph of an export of posts (Options.
// Poster) to the account's holder, but for one a label gives another
// and a photo's caption: their posts, quoting others as a turn does.
func (a *analyser) exportPosts() {
	if a.opts.Poster == "" {
		return
	}
	who := a.labelSpeaker(a.opts.Poster)
	if who == nil {
		return
	}
	for i := range a.paras {
		p := &a.paras[i]
		if p.label != nil || p.Caption || strings.TrimSpace(p.Text) == "" {
			continue
		}
		p.label = &label{answer: who}
	}
}

// displayName reads paragraph i as the display name under a post's
// handle: a short line, no sentence and no quotation, opening with the
// one person it names (a title may come first) or naming a body alone.
// It gives that person (nil for a body) and whether the line is one.
func (a *analyser) displayName(i int) (*member, bool) {
	p := &a.paras[i]
	t := strings.TrimSpace(p.Text)
	if t == "" || len(p.spans) > 0 || WordCount(t) > maxDisplayWords || strings.ContainsAny(t[len(t)-1:], ".!?") {
		return nil, false // a sentence, or a quotation: the post itself
	}
	if len(p.ments) == 0 {
		return nil, a.lx.namesBody(strings.TrimSpace(reDisplayRole.ReplaceAllString(p.Text, "")))
	}
	first := p.ments[0]
	if first.possessive || !a.lx.titleOnlyBefore(p.Text, first.off) {
		return nil, false
	}
	for _, m := range p.ments[1:] {
		if m.p != first.p {
			return nil, false
		}
	}
	return first.p, true
}

// displayed is the person a post's line names by the display name
// before the handle, when it names one the thread knows.
func (a *analyser) displayed(p *para, name string) *member {
	at := strings.Index(p.Text, name)
	for _, m := range p.ments {
		if m.off >= at && m.end <= at+len(name) && !m.possessive {
			return m.p
		}
	}
	return nil
}

// postBio reads the paragraph right under a post's line as what its
// writer says they are ("Shift electrician, Heating Plant No. 1",
// "Paediatric nurse, Orlin Ford Children's Hospital. Views my own."):
// a short line with no quotation and no one named, its first sentence
// their title. It reports whether the line is one; it is no one's words.
func (a *analyser) postBio(who *member, p *para) bool {
	t := strings.TrimSpace(p.Text)
	if t == "" || len(p.spans) > 0 || WordCount(t) > maxDisplayWords || a.postRef(t) || p.label != nil {
		return false
	}
	for _, m := range p.ments {
		if who == nil || m.p != who {
			return false
		}
	}
	bio := strings.TrimRight(firstSentence(t), ".")
	if !isCapitalised(bio) || !a.lx.IsPersonNoun(singular(a.lx, Fold(firstTitleNoun(a.lx, bio)))) {
		return false
	}
	if who != nil {
		who.roles.add(bio)
	}
	p.label = &label{} // no one's words
	return true
}

// firstSentence is text up to its first full stop before a capital
// ("Paediatric nurse, Orlin Ford Children's Hospital. Views my own."),
// not one before a number ("Heating Plant No. 1").
func firstSentence(t string) string {
	for i := 0; i+2 < len(t); i++ {
		if t[i] == '.' && t[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(t[i+2:]); unicode.IsUpper(r) {
				return t[:i]
			}
		}
	}
	return t
}

// firstTitleNoun is the last word of a bio's first phrase, before a
// comma ("Shift electrician, Heating Plant No. 1": electrician).
func firstTitleNoun(lx *Lexicon, bio string) string {
	head, _, _ := strings.Cut(bio, ",")
	return lastWord(head)
}

// maxDisplayWords bounds a post's display name and what it says of its
// writer: "Tereza Halm (spokeswoman, TBC SMM)".
const maxDisplayWords = 12

// postRef reports a line under a post's handle that points at another's
// post (words.tsv postref: "QUOTE-POST of @PavelDrozic_ME (…)",
// "Replying to @kravets_s"): no words of the post's writer.
func (a *analyser) postRef(text string) bool { return a.lx.PostRef(text) }

// PostRef reports a line pointing at another's post by its handle
// (words.tsv postref: "Replying to @kravets_s").
func (l *Lexicon) PostRef(text string) bool {
	if !strings.Contains(text, "@") {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(text))
	for c := range l.words["postref"] {
		if rest, ok := strings.CutPrefix(low, c+" "); ok && strings.HasPrefix(rest, "@") {
			return true
		}
	}
	return false
}

// reCreditAfter is an embedded post's credit line under its text: a
// name, the handle in brackets, and perhaps what they are and when
// ("Taras Melnyk (@TMelnyk_UA), spokesman, Ukrainian delegation, 2 May
// 2042, 18:02", "Selin Aydemir (@SelinAydemirTR) 8 April 2045").
var reCreditAfter = regexp.MustCompile(`^[—–\- ]*` + creditedHandle + `(?:[\s,·|].{0,100})?$`)

// creditedHandle is a post's credit: a name of two to four capitalised
// words, then the handle in brackets (with dots, as Facebook's and
// Instagram's have them: "@m.ostapchuk").
const creditedHandle = creditedName + ` \(@[A-Za-z0-9_.]{2,30}\)`

// creditedName is the name in a post's credit: two to four capitalised
// words.
const creditedName = `([\p{Lu}][\p{L}'’\-]+(?: [\p{Lu}][\p{L}'’\-]+){1,3})`

// maxPostWords bounds the text of a post a credit line under it can
// take.
const maxPostWords = 80

// findCreditedPosts reads social posts embedded in a page, their text
// first and the line crediting them after: the paragraph right above a
// credit line naming someone the article names, with no quotation of
// its own, is that person's post.
func (a *analyser) findCreditedPosts() {
	for i := 1; i < len(a.paras); i++ {
		// "Forwarded from Yelena Dorofeyeva | Spokeswoman, …" over a
		// post set alone without quotation marks: hers.
		if post := &a.paras[i]; post.label == nil && len(post.spans) == 0 && post.Section == a.paras[i-1].Section && WordCount(post.Text) <= maxPostWords {
			if w := a.creditedBefore(&a.paras[i-1]); w.p != nil {
				post.label = &label{answer: w.p}
				continue
			}
		}
		if !strings.Contains(a.paras[i].Text, "(@") {
			continue
		}
		m := reCreditAfter.FindStringSubmatch(strings.TrimSpace(a.paras[i].Text))
		if m == nil {
			continue
		}
		var who *member
		for _, mt := range a.paras[i].ments {
			if mt.off == strings.Index(a.paras[i].Text, m[1]) {
				who = mt.p
			}
		}
		if who == nil {
			continue
		}
		if a.threadBelow(i, who) {
			continue
		}
		post := &a.paras[i-1]
		if post.label != nil || len(post.spans) > 0 || post.Section != a.paras[i].Section || WordCount(post.Text) > maxPostWords {
			continue
		}
		post.label = &label{answer: who}
	}
}

// reThreadCounter opens a post of a numbered thread: "1/8", "2/8 …".
var reThreadCounter = regexp.MustCompile(`^(?:\d{1,2}/\d{1,2}|\(\d{1,2}/\d{1,2}\))(?:\s|$)`)

// threadBelow reads a thread under its writer's credit line ("Taras
// Melnychuk (@MelnychukTaras) · 14 April 2057, 21:30", then "1/8 …",
// "2/8 …"): the numbered posts right under line i are who's. It reports
// whether there were any; the paragraph above is then no post of theirs
// but what introduces the thread.
func (a *analyser) threadBelow(i int, who *member) bool {
	n := 0
	for j := i + 1; j < len(a.paras); j++ {
		p := &a.paras[j]
		if p.Section != a.paras[i].Section || p.label != nil || !reThreadCounter.MatchString(strings.TrimSpace(p.Text)) {
			break
		}
		p.label = &label{answer: who}
		n++
	}
	return n > 0
}

// reCreditClosing is the same credit closing a paragraph that holds the
// post too, as a live blog's entry runs its lines together: "… thank
// you for holding on. Taras Melnyk (@TMelnyk_UA), spokesman, …", or
// "… voices. — Maryna Ostapchuk (@m.ostapchuk) · Facebook · …".
var reCreditClosing = regexp.MustCompile(`[.!?]["”’]?\s+(?:[—–-]\s*)?` + creditedHandle + `(?:[\s,·|][^.!?"“”]{0,100})?$`)

// reDashCreditClosing is a post's credit with no handle, after a dash
// and before where and when it was posted: "… obligations quietly. —
// Alla Ryzhova · Telegram · 16 March 2060, 14:57".
var reDashCreditClosing = regexp.MustCompile(`[.!?]["”’]?\s+[—–]\s*` + creditedName + `\s*[·|][^.!?"“”]{0,100}$`)

// closingPost is the post a paragraph ends with, credited after it
// (reCreditClosing, reDashCreditClosing): its sentences since the
// paragraph's last quotation or its start, and who the credit names; nil
// when there is none, it runs over maxPostWords, or the credit names no
// one the article knows.
func (a *analyser) closingPost(pi int) (*member, string) {
	p := &a.paras[pi]
	var loc []int
	if strings.Contains(p.Text, "(@") {
		loc = reCreditClosing.FindStringSubmatchIndex(p.Text)
	} else if strings.Contains(p.Text, "·") || strings.Contains(p.Text, "|") {
		loc = reDashCreditClosing.FindStringSubmatchIndex(p.Text)
	}
	if loc == nil {
		return nil, "" // most paragraphs: no credit, no regexp run
	}
	from := 0
	if n := len(p.spans); n > 0 {
		from = p.spans[n-1].markEnd(p.Text)
	}
	if from > loc[0] {
		return nil, ""
	}
	// The post starts at the sentence after the last quotation.
	if from > 0 {
		from = p.sentenceEnd(from)
	}
	var poster *member
	for _, m := range p.ments {
		if m.off == loc[2] && !m.possessive {
			poster = m.p
		}
	}
	if poster == nil {
		return nil, ""
	}
	// "Ukraine's chief negotiator, …, Maryna Ostapchuk, wrote on
	// Facebook a few minutes ago: Thirty-eight. …": what introduces the
	// post, naming its writer, is not of it.
	if c := strings.Index(p.Text[from:loc[0]], ": "); c >= 0 && slices.ContainsFunc(p.ments, func(m mention) bool {
		return m.p == poster && m.off >= from && m.off < from+c
	}) {
		from += c + 2
	}
	text := strings.TrimSpace(p.Text[from : loc[0]+1])
	if text == "" || WordCount(text) > maxPostWords {
		return nil, ""
	}
	return poster, text
}

// byHandle is the one person named so far whose given name and surname
// both stand in handle, case aside ("BohdanLysenko_MinCult"), or whose
// surname does after the initials of their given names
// ("PJ_Hoekstra_dams", of Pieter-Jan Hoekstra) or a nickname the article
// gives them; nil when none or several do.
func (a *analyser) byHandle(handle string) *member {
	h := Fold(handle)
	return a.cast.only(func(p *member) bool {
		ws := strings.Fields(Fold(p.name))
		if len(ws) < 2 || !strings.Contains(h, ws[len(ws)-1]) {
			return false
		}
		if strings.Contains(h, ws[0]) {
			return true
		}
		short := initialsOf(ws[:len(ws)-1])
		for _, part := range strings.FieldsFunc(h, func(r rune) bool { return r == '_' || r == '.' || r == '-' }) {
			// "PJ_Hoekstra", and "Capt_TBrask": the initials, then the
			// surname, in one part.
			if len(short) >= 2 && part == short || part == short+ws[len(ws)-1] || p.calledBy(part) {
				return true
			}
		}
		return false
	})
}

// initialsOf are the first letters of a name's words and of their
// hyphenated parts, folded ("pieter-jan" → "pj").
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		for _, part := range strings.Split(w, "-") {
			if part != "" {
				b.WriteString(part[:1])
			}
		}
	}
	return b.String()
}

// MailSender reads a mail header line naming who sent the message under
// it ("From: Jonas Weber <j.weber@example.ch>"): the sender's name as
// the address gives it (net/mail), and whether the line is one.
func MailSender(line string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(line), "From:")
	if !ok {
		return "", false
	}
	addr, err := mail.ParseAddress(strings.TrimSpace(rest))
	if err != nil || addr.Name == "" {
		return "", false
	}
	return addr.Name, true
}

// findMail reads a mailing list's thread: each paragraph under a "From:"
// header naming someone the thread names is theirs, up to the next
// header; quoted lines ("> …") are an earlier message's, and the other
// header lines ("Subject: …") no one's words.
//
// A header naming the sender with no address ("From: Vira Shevchuk", over
// a transcribed voice note or a reader's message) gives them only the
// paragraphs under it in the first person: the other fields ("Village:
// Verbivka") and the page's closing note are no one's words.
func (a *analyser) findMail() {
	var cur *member
	bare := false
	for i := range a.paras {
		p := &a.paras[i]
		t := strings.TrimSpace(p.Text)
		name, ok := MailSender(t)
		b := false
		if !ok {
			name, ok = bareSender(t)
			b = ok
		}
		if ok {
			key := Key(name)
			cur = a.cast.only(func(m *member) bool { return Key(m.name) == key })
			bare = b
			continue
		}
		if cur != nil && a.ownText(i) && (!bare || a.lx.SpeaksInFirstPerson(p.Text)) {
			p.label = &label{answer: cur}
		}
	}
}

// reBareSender is a "From:" line naming someone with no address: two to
// four capitalised words and nothing else.
var reBareSender = regexp.MustCompile(`^From: ` + creditedName + `$`)

// bareSender reads a "From:" line naming its sender with no address
// ("From: Vira Shevchuk"): the name, and whether the line is one.
func bareSender(line string) (string, bool) {
	m := reBareSender.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// ownText reports a paragraph of a message or a letter that is its
// writer's own text: not labelled already (a label naming no one, as
// "Third:" is, aside), not quoting an earlier message ("> …"), no
// header and no signature.
func (a *analyser) ownText(i int) bool {
	p := &a.paras[i]
	t := strings.TrimSpace(p.Text)
	return (p.label == nil || p.label.answer == nil && !p.label.asks) && !strings.HasPrefix(t, ">") && !a.mailHeader(t) && a.signer(i) == nil && !a.quotedAfterColon(i)
}

// quotedAfterColon reports paragraph i as one quotation set after a
// paragraph ending with a colon that introduces it ("use the captain's
// line - she approved it last night:" / "\"My crew did everything
// right …\""): words the writer passes on, whoever the introduction
// says they are, not the writer's own.
func (a *analyser) quotedAfterColon(i int) bool {
	if i == 0 || a.paras[i-1].Section != a.paras[i].Section || !strings.HasSuffix(strings.TrimSpace(a.paras[i-1].Text), ":") {
		return false
	}
	t := strings.TrimSpace(a.paras[i].Text)
	open, _ := utf8.DecodeRuneInString(t)
	end, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("\"“", open) && strings.ContainsRune("\"”", end)
}

// mailHeader reports a mail header line other than the sender's ("To:
// list@example.org", "Subject: Re: …").
func (a *analyser) mailHeader(t string) bool {
	field, _, ok := strings.Cut(t, ": ")
	return ok && !strings.Contains(field, " ") && a.lx.isFold("mailheader", field)
}

// MaxLetterParagraphs bounds the paragraphs of one letter, read back
// from its signature to its salutation (the reader's too).
const MaxLetterParagraphs = 10

// findLetters reads a letters page: the paragraphs of a letter, from
// one opening with a salutation ("Sir, - …", "Dear Editor, …") to the
// writer's signature under it ("Serhiy Kravets, Spokesman, State
// Archival Service of Ukraine, Kyiv"), are the signer's words.
func (a *analyser) findLetters() {
	for i := range a.paras {
		w := a.signer(i)
		if w == nil {
			continue
		}
		first := a.salutationBefore(i, func(j int) bool { return a.signer(j) != nil })
		for j := max(first, 0); first >= 0 && j < i; j++ {
			if a.ownText(j) {
				a.paras[j].label = &label{answer: w}
			}
		}
		if first >= 0 && a.paras[first].label != nil && a.paras[first].label.answer == w {
			// "Sir, - I read with tears …": the letter's words start
			// after its salutation.
			a.paras[first].label.end = salutationEnd(a.paras[first].Text)
		}
	}
}

// signer is who signs with paragraph i, when it is a signature: a name
// opening it, alone or with what they are and where they write from
// after a comma, and no sentence.
func (a *analyser) signer(i int) *member {
	p := &a.paras[i]
	if len(p.ments) == 0 && len(p.spans) == 0 {
		return a.unknownSigner(i)
	}
	if len(p.ments) == 0 || WordCount(p.Text) > 16 || len(p.spans) > 0 {
		return nil
	}
	m := p.ments[0]
	rest := strings.TrimSpace(p.Text[m.end:])
	if m.off != 0 || m.possessive || rest != "" && !strings.HasPrefix(rest, ",") || strings.ContainsAny(rest, ".!?:;") {
		return nil
	}
	return m.p
}

// findRecordTurns reads a record whose fields name who asks and who
// answers ("Asked by: Radim Ostapchuk (Kestrin North)", "Answered by:
// Bohdan Stavrik, Deputy Minister for Communications"): a paragraph under
// a section the field gives (record_turns.tsv: "ANSWER", "QUESTION") is
// the words of the one the last such field before it names.
func (a *analyser) findRecordTurns() {
	if len(a.lx.recordTurns) == 0 {
		return
	}
	current := map[string]*member{} // section heading → who it is of
	for i := range a.paras {
		p := &a.paras[i]
		field, rest, ok := strings.Cut(p.Text, ":")
		if sections := a.lx.recordTurns[Fold(strings.TrimSpace(field))]; ok && len(sections) > 0 {
			var who *member
			at := len(field) + 1 + len(rest) - len(strings.TrimLeft(rest, " "))
			if m := p.mentionStartingAt(at); m != nil && !m.possessive {
				who = m.p
			}
			for _, s := range sections {
				current[s] = who
			}
			continue
		}
		if ok && current[Fold(strings.TrimSpace(p.Section))] != nil && !strings.Contains(strings.TrimSpace(field), " ") && isCapitalised(strings.TrimSpace(field)) && len(p.ments) == 0 {
			// "Notes: …" under an answer: a field of the record's own,
			// no one's turn; the turns it ends are over.
			clear(current)
			continue
		}
		if w := current[Fold(strings.TrimSpace(p.Section))]; w != nil && a.ownText(i) {
			p.label = &label{answer: w}
		}
	}
}

// findWriterLeads reads a reply a page prints after a line naming its
// writer ("Teodor Quill, head of the Press Office at Corvanne Post,
// writes on behalf of the Postmaster General:"): the paragraphs after
// it in its section are the writer's words, up to another such line, a
// paragraph someone else is labelled with, or MaxLetterParagraphs.
func (a *analyser) findWriterLeads() {
	for i := range a.paras {
		w := a.writerLead(i)
		if w == nil {
			continue
		}
		for j := i + 1; j < len(a.paras) && j <= i+MaxLetterParagraphs && a.paras[j].Section == a.paras[i].Section; j++ {
			if a.writerLead(j) != nil || !a.ownText(j) {
				break
			}
			a.paras[j].label = &label{answer: w}
		}
	}
}

// writerLead is who paragraph i says writes what follows it: a name
// opening it, perhaps what they are between commas, a verb of speech
// flagged lead (speech_verbs.tsv), perhaps whom they write for ("on
// behalf of …"), and a colon closing it; nil for any other paragraph.
func (a *analyser) writerLead(i int) *member {
	p := &a.paras[i]
	t := strings.TrimSpace(p.Text)
	if !strings.HasSuffix(t, ":") || len(p.ments) == 0 || len(p.spans) > 0 || WordCount(t) > maxLeadWords {
		return nil
	}
	m := p.ments[0]
	if m.off != 0 || m.possessive {
		return nil
	}
	vs := p.verbsIn(m.end, len(p.Text))
	if len(vs) != 1 || !vs[0].v.has("lead") {
		return nil
	}
	mid := strings.TrimSpace(p.Text[m.end:vs[0].start])
	if mid != "" && (!strings.HasPrefix(mid, ",") || !strings.HasSuffix(mid, ",")) {
		return nil
	}
	rest := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p.Text[vs[0].end:]), ":"))
	if rest != "" && !strings.HasPrefix(rest, "on behalf of ") {
		return nil
	}
	return m.p
}

// maxLeadWords bounds a line naming who writes what follows it.
const maxLeadWords = 30

// Salutes reports a paragraph opening with a salutation, its first word
// followed by a comma within its first few words ("Sir, -", "Dear
// colleagues,").
func (lx *Lexicon) Salutes(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 || !lx.isFold("salutation", strings.TrimRight(f[0], ",;:-")) {
		return false
	}
	for _, w := range f[:min(len(f), 4)] {
		if strings.HasSuffix(w, ",") {
			return true
		}
	}
	return false
}

// salutationEnd is where the words after a letter's salutation start
// ("Sir, - I read …", "Dear Editor, Your report …"): past the first
// comma of its first few words and any dash after it; 0 when there is
// none.
func salutationEnd(text string) int {
	f := strings.Fields(text)
	at := 0
	for k, w := range f[:min(len(f), 4)] {
		at = strings.Index(text[at:], w) + at + len(w)
		if strings.HasSuffix(w, ",") {
			rest := strings.TrimLeft(text[at:], " -–—")
			if k+1 < len(f) && rest != "" {
				return len(text) - len(rest)
			}
			return 0
		}
	}
	return 0
}

// reSignature is a letter's sign-off naming its writer and the town they
// write from, in the case names are written: "Ida Marsh, Orn", "Walter
// Brisk, Kessling". Group 1 is the name.
var reSignature = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}), \p{Lu}[\p{L}'’ -]{1,30}$`)

// unknownSigner is who signs a letter with paragraph i when the name is
// none the lexicon knows ("Ida Marsh, Orn", whose surname is a word):
// the sign-off's shape, under a letter that opens with a salutation
// ("Sir, …") no other signature closes, makes it a name. Nil otherwise.
func (a *analyser) unknownSigner(i int) *member {
	m := reSignature.FindStringSubmatch(strings.TrimSpace(a.paras[i].Text))
	if m == nil {
		return nil
	}
	for _, w := range strings.Fields(m[1]) {
		if f := Fold(w); a.lx.IsTitleNoun(f) || a.lx.IsPersonNoun(f) || a.lx.is("stop", f) || a.lx.is("honorific", f) {
			return nil
		}
	}
	// Another's signature between ends the letter; only one naming
	// someone is looked at, so that this stays one walk back.
	if a.salutationBefore(i, func(j int) bool { return len(a.paras[j].ments) > 0 && a.signer(j) != nil }) < 0 {
		return nil
	}
	return a.cast.add(m[1], "")
}

// salutationBefore is the paragraph opening with a salutation ("Sir, …")
// that the letter paragraph i closes opens with: at most
// MaxLetterParagraphs back, in i's section, before any paragraph signs
// says is a signature; -1 when there is none.
func (a *analyser) salutationBefore(i int, signs func(j int) bool) int {
	for j := i - 1; j >= 0 && j >= i-MaxLetterParagraphs; j-- {
		if a.paras[j].Section != a.paras[i].Section || signs(j) {
			return -1
		}
		if a.lx.Salutes(a.paras[j].Text) {
			return j
		}
	}
	return -1
}
