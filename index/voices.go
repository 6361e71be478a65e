package index

import (
	"context"
	"slices"
	"strings"

	"github.com/talksbot/talksbot/index/english"
)

// voiceFor is the one person quoted as speaking for p: one whose title
// is p's own ("Tomas Halvik's spokesman"), or is the voice of an office
// p alone holds, by "to" or "for" ("chief of staff to President"), by
// its possessive ("envoy's deputy", "prime minister's spokesman") or by
// its adjective before a spokesperson's title ("presidential
// spokesman"). Nil when no one or several are.
func (e *Engine) voiceFor(p *person) *person {
	var heads []string
	for _, t := range p.titles() {
		for _, h := range e.officeHeads(t) {
			if !slices.Contains(heads, h) && e.onlyHolder(p, h) {
				heads = append(heads, h)
			}
		}
	}
	// "Tomas Halvik's spokesman": the people model read "his
	// spokesman, Daniel Orsk" so.
	own := strings.ToLower(p.Name) + "'s "
	var found *person
	for i := range e.people {
		q := &e.people[i]
		if q == p || e.data.Speakers[q.Name].Quotes == 0 {
			continue
		}
		if !slices.ContainsFunc(q.titles(), func(r string) bool {
			r = strings.ToLower(r)
			return strings.HasPrefix(r, own) || len(heads) > 0 && e.voiceTitle(r, heads)
		}) {
			continue
		}
		if found != nil {
			return nil
		}
		found = q
	}
	return found
}

// officeHeads are the words a title (lower case) ends in that name its
// office: its last word when a title ("president"), and with the title
// word before it too ("prime minister", "foreign minister"), which two
// holders of "minister" need to be told apart.
func (e *Engine) officeHeads(t string) []string {
	ws := strings.Fields(strings.ToLower(t))
	n := len(ws)
	if n == 0 || !e.lex.IsTitleNoun(ws[n-1]) {
		return nil
	}
	heads := []string{ws[n-1]}
	if n >= 2 && (e.lex.IsTitleNoun(ws[n-2]) || e.lex.IsModifier(ws[n-2])) && !e.lex.IsSecond(ws[n-2]) {
		heads = append(heads, ws[n-2]+" "+ws[n-1])
	}
	return heads
}

// onlyHolder reports whether p is the one person whose titles end in
// head ("president", "prime minister"); a second's ("deputy envoy") or
// a voice's ("chief of staff to President") is another office.
func (e *Engine) onlyHolder(p *person, head string) bool {
	hw := strings.Fields(head)
	holds := func(t string) bool {
		ws := strings.Fields(strings.ToLower(t))
		n := len(ws) - len(hw)
		if n < 0 || !slices.Equal(ws[n:], hw) {
			return false
		}
		if n >= 1 && (e.lex.IsRoleFor(ws[n-1]) || ws[n-1] == "the" || e.lex.IsSecond(ws[n-1])) {
			return false
		}
		return true
	}
	for i := range e.people {
		q := &e.people[i]
		if q != p && slices.ContainsFunc(q.titles(), holds) {
			return false
		}
	}
	return true
}

// voiceTitle reports a title (lower case) that is the voice of an office
// ending in one of heads: "chief of staff to president", "spokesman
// for the president", "envoy's deputy", "presidential spokesman".
func (e *Engine) voiceTitle(r string, heads []string) bool {
	ws := strings.Fields(r)
	for _, h := range heads {
		hw := strings.Fields(h)
		last := hw[len(hw)-1]
		for i, w := range ws {
			switch {
			case e.lex.IsRoleFor(w) && i > 0 && (opensWith(ws[i+1:], hw) || i+1 < len(ws) && ws[i+1] == "the" && opensWith(ws[i+2:], hw)):
				return true
			case i == 0 && len(ws) > len(hw) && slices.Equal(ws[:len(hw)-1], hw[:len(hw)-1]) && (ws[len(hw)-1] == last+"'s" || ws[len(hw)-1] == last+"’s"):
				// "prime minister's spokesman", "envoy's deputy"
				return true
			case len(hw) == 1 && i+1 < len(ws) && w != h && english.Closeness(h, w) == derivedCloseness && e.lex.SameTitle(ws[len(ws)-1], "spokesman"):
				return true
			}
		}
	}
	return false
}

// opensWith reports whether ws opens with the words of prefix.
func opensWith(ws, prefix []string) bool {
	return len(ws) >= len(prefix) && slices.Equal(ws[:len(prefix)], prefix)
}

// derivedCloseness is how close english.Related puts a word derived from
// another ("presidential" of "president").
const derivedCloseness = 0.7

// voicePassages are the passages of v's words (those on the subject qs
// first), at most voicePassages of them: of the passages naming v, those
// holding a quotation of theirs.
func (e *Engine) voicePassages(ctx context.Context, v *person, qs []qterm) ([]Passage, error) {
	named, err := e.saidPassages(ctx, v, qs, limitVoiceSearch)
	if err != nil {
		return nil, err
	}
	recs, err := e.firstQuotes(v.Name, false, limitVoiceSearch, nil)
	if err != nil {
		return nil, err
	}
	var out []Passage
	for _, p := range named {
		if len(out) < voicePassages && slices.ContainsFunc(recs, func(r *quoteRec) bool { return strings.Contains(p.Text, r.quote.Text) }) {
			out = append(out, p)
		}
	}
	return out, nil
}

// limitVoiceSearch bounds the passages naming one who speaks for another,
// and their quotes, read for the passages of their words.
const limitVoiceSearch = 8

// asksOwnWords reports a question asking for someone's own words, not
// those spoken for them: "did he say anything himself".
func asksOwnWords(question string) bool {
	return slices.ContainsFunc(strings.Fields(question), func(w string) bool { return reflexive(strings.Trim(w, "?!.,;:")) })
}

// voiceAsked is the one who speaks for the person a "who" question's
// content asks about so ("speaks for the pm", "talked on behalf of the
// prime minister", "spoke for tervane"): a talk verb, "for" or what a
// passage says for it (questions.yaml preposition_alike), then someone
// the articles name; that person's voice (voiceFor). Nil when the
// content asks no such thing, or no one speaks for them.
func (e *Engine) voiceAsked(ctx context.Context, content string) (*person, error) {
	f := strings.Fields(strings.ToLower(strings.Trim(content, " ?!.")))
	if len(f) < 3 || !slices.ContainsFunc(english.Lemmas(f[0]), func(l string) bool {
		return slices.Contains(loadQuestionWords().TalkVerbs, l)
	}) {
		return nil, nil
	}
	rest := ""
	after := strings.Join(f[1:], " ") + " "
	for _, p := range append([]string{"for"}, loadQuestionWords().PrepositionAlike["for"]...) {
		if strings.HasPrefix(after, p+" ") {
			rest = strings.TrimSpace(after[len(p)+1:])
			break
		}
	}
	if rest == "" {
		return nil, nil
	}
	p, _, err := e.personAsked(ctx, intent{kind: asksPerson, who: rest, text: rest, asked: rest})
	if err != nil || p == nil {
		return nil, err
	}
	return e.voiceFor(p), nil
}
