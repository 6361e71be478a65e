package index

import (
	"slices"
	"strings"
)

// bareDescription reads a question that is only someone described, as
// members ask a follow-up: "the ferry mechanic?", "kharkiv baker". It
// must end in a word for one person and say which one in a word or two
// before it.
func (e *Engine) bareDescription(s string) (string, bool) {
	low := strings.ToLower(s)
	followed := false
	if p, ok := startsWithPhrase(low, loadQuestionWords().FollowUp); ok {
		// "and the grandmother?": a follow-up naming someone alone.
		s, followed = s[len(p):], true
	}
	f := strings.Fields(strings.Trim(s, " ?!.…"))
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) < 2 && !(followed && len(f) == 1) || len(f) > 4 {
		return "", false
	}
	head := strings.ToLower(f[len(f)-1])
	if (!e.personNoun(head) || singular(head) != head) && ageIn(head) == 0 {
		return "", false
	}
	return strings.Join(f, " "), true
}

// describedLead reads a short question that opens with someone described
// and goes on with a subject: "reintegration ministry guy about the
// families", "the harbour master on the mines", "europe minister - will
// russia block …", "kherson deminer how long will …", "armed forces
// minister minehunters". The description must end in a word for one
// person (a title, "guy", "pharmacist"), after a word saying which
// unless a link ("on", "about", a dash) follows it. A question's opening
// is no part of who ("why does the admiral think …").
func (e *Engine) describedLead(s string) (who, about string, ok bool) {
	f := strings.Fields(s)
	// A long question is a search, unless a dash sets someone described
	// apart first ("world bank vp - would they walk away if the deadline
	// keeps slipping"): what follows is asked of them, however long.
	if len(f) > 12 && (len(f) > 20 || !slices.ContainsFunc(f[1:min(len(f), 6)], isDash)) {
		return "", "", false
	}
	qw := loadQuestionWords()
	lead := func(who, about []string) (string, string, bool) {
		w := trimOpenings(strings.Join(who, " "), qw.SpeakerOpen)
		if asksInside(w) {
			// "what instruction did the envoy get": a question about
			// what someone described got, not their words.
			return "", "", false
		}
		if first, _, _ := strings.Cut(w, " "); slices.Contains(qw.GenericDet, strings.ToLower(first)) && strings.EqualFold(f[0], "how") {
			// "how does a kid get on the verified list": how it goes
			// for anyone, not what someone said.
			return "", "", false
		}
		return w, strings.Join(about, " "), true
	}
	for i := 1; i < len(f) && i <= 5; i++ {
		if slices.Contains(qw.Subordinators, strings.ToLower(f[i-1])) {
			// "what happens if a prisoner refuses": a condition, not
			// someone described.
			return "", "", false
		}
		head := strings.ToLower(strings.Trim(f[i-1], ",:;"))
		isHead := e.wordForSomeone(head) && singular(head) == head || ageIn(head) > 0
		next := strings.ToLower(f[i])
		switch {
		case aboutLinks[next] && next != "and" && i+1 < len(f):
			// A body the articles quote counts as one described
			// ("dravenian ministry about the leak?": "The Dravenian
			// Defence Ministry said … that the leak was …").
			if !isHead && !e.bodyLead(f[:i]) && !e.titleOfLead(f[:i]) && !e.quotesUnnamed(strings.Join(f[:i], " ")) {
				return "", "", false
			}
			return lead(f[:i], f[i+1:])
		case !isHead:
			continue
		case qw.complementLink[next]:
			// "the head of ukraine's air nav service on staff numbers":
			// the title goes on past "of" to the link to what about.
			for j := i + 1; j < len(f) && j <= i+maxComplementWords; j++ {
				if l := strings.ToLower(f[j]); aboutLinks[l] && l != "and" && j+1 < len(f) {
					return lead(f[:j], f[j+1:])
				}
			}
			return "", "", false
		case (next == "-" || next == "–" || next == "—") && i+1 < len(f):
			// "europe minister - will russia block the monitors"
			return lead(f[:i], f[i+1:])
		case qw.filler[next] && i > 1:
			// "kherson deminer how long will clearing take": a question
			// about what they said opens after the description.
			return lead(f[:i], f[i:])
		case i > 1 && !qw.filler[next] && !e.lex.IsTitleNoun(next) && !e.lex.IsModifier(next) && !aboutLinks[next]:
			// "armed forces minister minehunters": a description, then
			// the subject.
			return lead(f[:i], f[i:])
		}
	}
	return "", "", false
}

// withoutMedium is who without the show they spoke on, closing it: "the
// dutch analyst on the podcast", "the kyiv journalist on the pod", "the
// colonel from the radio" are the analyst, the journalist, the colonel
// (questions.yaml medium_words).
func withoutMedium(who string) string {
	f := strings.Fields(who)
	n := len(f)
	qw := loadQuestionWords()
	link := func(w string) bool { return slices.Contains(qw.MediumLinks, strings.ToLower(w)) }
	if n >= 3 && !mediumWord(f[n-1]) {
		// "the presenter on radio castelmar": the station named after
		// the word for it, closing the description.
		for k := 1; k+2 < n && n-k <= 4; k++ {
			if link(f[k]) && mediumWord(f[k+1]) {
				return strings.Join(f[:k], " ")
			}
		}
	}
	if n < 3 || !mediumWord(f[n-1]) {
		return who
	}
	k := n - 2
	if k >= 2 && !speakerDeterminer(f[k]) && !link(f[k]) && (speakerDeterminer(f[k-1]) || link(f[k-1])) {
		k-- // "on the radio show": a word for which show
	}
	if speakerDeterminer(f[k]) {
		k--
	}
	if k < 1 || !link(f[k]) {
		return who
	}
	return strings.Join(f[:k], " ")
}

// mediumWord reports a word for a medium someone spoke on, as a member
// writes it ("radio", "Show?": questions.yaml medium_words).
func mediumWord(w string) bool {
	return slices.Contains(loadQuestionWords().MediumWords, strings.ToLower(strings.Trim(w, "?!.,")))
}

// withoutVenue is who without where they said it, closing it: "the un
// envoy keynote", "the dutch engineer in the leaked emails" are the envoy
// and the engineer (questions.yaml venue_words). The words before the
// venue must still name someone: two words at least.
func withoutVenue(who string) string {
	f := strings.Fields(who)
	n := len(f)
	qw := loadQuestionWords()
	if n < 3 || !slices.Contains(qw.VenueWords, strings.ToLower(strings.Trim(f[n-1], "?!.,"))) {
		return who
	}
	k := n - 1
	for j := n - 2; j >= max(1, n-4); j-- {
		if slices.Contains(qw.MediumLinks, strings.ToLower(f[j])) {
			k = j // "in the leaked emails"
			break
		}
	}
	if k < 2 || ofBefore(f[:k]) {
		return who
	}
	return strings.Join(f[:k], " ")
}

// withoutPlaceSaid is who without a place closing it ("the radio reporter
// at the bridge", "the nurse in kessany": "at" or "in" and up to
// three words) when what stands before still calls someone, matches one
// person of the articles alone and is no one the articles quote unnamed;
// who otherwise.
func (e *Engine) withoutPlaceSaid(who string) string {
	f := strings.Fields(who)
	for k := len(f) - 2; k >= max(1, len(f)-4); k-- {
		switch strings.ToLower(f[k]) {
		case "at", "in": // not "on": "the chancellery official on leaks" is about them
		default:
			continue
		}
		bare := strings.Join(f[:k], " ")
		names := slices.ContainsFunc(f[:k], func(w string) bool {
			w = strings.ToLower(w)
			return e.wordForSomeone(w) || e.lex.IsTitleNoun(w)
		})
		if !names || e.matchesTwo(bare) || e.quotesUnnamed(who) || e.quotesUnnamed(bare) {
			// "the soldier at dubrany", of a soldier quoted unnamed
			// there beside a named one elsewhere: the place says which.
			return who
		}
		return bare
	}
	return who
}

// ofBefore reports words ending in "of" or "of the": "the chair of the
// panel" belongs to the panel; it is no venue they spoke in.
func ofBefore(f []string) bool {
	n := len(f)
	if n > 0 && speakerDeterminer(f[n-1]) {
		n--
	}
	return n > 0 && strings.EqualFold(f[n-1], "of")
}

// speakerDeterminer reports "a" or a determiner before a word for
// someone or their show (questions.yaml speaker_determiners: "the").
func speakerDeterminer(w string) bool {
	w = strings.ToLower(w)
	return w == "a" || slices.Contains(loadQuestionWords().SpeakerDet, w)
}

// aboutWithoutMedium is what a question asks about without the show
// opening it: "dutch analyst on the podcast, biggest weakness of the
// deal" asks about the biggest weakness.
func aboutWithoutMedium(about string) string {
	f := strings.Fields(about)
	k := 0
	if k < len(f) && speakerDeterminer(f[k]) {
		k++
	}
	if k+1 >= len(f) {
		return about
	}
	w := strings.ToLower(f[k])
	if m := strings.TrimRight(w, ",:;"); m != w && slices.Contains(loadQuestionWords().MediumWords, m) {
		return strings.Join(f[k+1:], " ")
	}
	if slices.Contains(loadQuestionWords().MediumWords, w) && isDash(f[k+1]) && k+2 < len(f) {
		return strings.Join(f[k+2:], " ")
	}
	return about
}

// titleOfLead reports a question's opening words that are a title of
// something: a word for one person, then "of" ("head of ukrenergo",
// "the chair of the committee").
func (e *Engine) titleOfLead(ws []string) bool {
	for k := 1; k+1 < len(ws); k++ {
		if strings.EqualFold(ws[k], "of") {
			head := strings.ToLower(ws[k-1])
			return e.personNoun(head) && singular(head) == head
		}
	}
	return false
}

// bodyLead reports a question's opening words that name a body or a
// party speaking through its people: "kremlin on ukraine elections",
// "the russian side on the prisoner lists", "the dutch on patriots".
func (e *Engine) bodyLead(ws []string) bool {
	var f []string
	for _, w := range ws {
		if w = strings.ToLower(strings.Trim(w, ",:;")); w != "the" && w != "and" {
			f = append(f, w)
		}
	}
	switch len(f) {
	case 1:
		_, org := e.lex.Organisation(f[0])
		_, nation := e.lex.Nation(strings.TrimSuffix(f[0], "s"))
		return org || nation
	case 2:
		_, nation := e.lex.Nation(f[0])
		return nation && slices.Contains(loadQuestionWords().SideNouns, f[1])
	}
	return false
}

// singular is a plural noun's singular, roughly: what tells "monitors"
// (many) from "monitor" (one).
func singular(w string) string {
	if strings.HasSuffix(w, "ss") || !strings.HasSuffix(w, "s") {
		return w
	}
	return strings.TrimSuffix(w, "s")
}

// isDash reports a word that is only a dash ("-", "–", "—"): in a
// question it sets what follows apart from what comes before.
func isDash(w string) bool {
	return w != "" && strings.Trim(w, "-–—") == ""
}

// aboutLinks join a person to a subject in a short question: "Merz on
// Minsk", "Zelensky about NATO", "peskov re: guarantees".
// maxComplementWords bounds the words of a title's complement in a
// description leading a question ("of ukraine's air nav service").
const maxComplementWords = 8

var aboutLinks = map[string]bool{"on": true, "about": true, "re": true, "regarding": true, "concerning": true, "over": true, "and": true}
