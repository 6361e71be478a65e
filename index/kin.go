package index

import (
	"context"
	"slices"
	"strings"

	"github.com/talksbot/talksbot/corpus/people"
)

// kinOfNamed reads a description that is a named person's relative
// ("andriys dad", "oksana's husband"): ok says it is one, and the person
// is never the one named. A parent ("andriy's dad") is the one person of
// the parent's gender, sharing the surname, named in a passage that calls
// the named one a son or daughter ("Their son, Andriy Bondar") or the
// parent so ("Her mother, Nadiia Hnatiuk"); a child ("halyna's son") the
// one such a passage calls so. Any other relative is no one: sharing a
// surname says a family, not which of it. A surname the relative shares
// ("hnatiuk's mum", of the negotiator and her mother) names whichever of
// them has the relative.
func (e *Engine) kinOfNamed(ctx context.Context, who string) (*person, bool) {
	f := strings.Fields(strings.ToLower(who))
	qw := loadQuestionWords()
	if len(f) == 3 && f[1] == "of" && slices.Contains(qw.KinNouns, f[0]) {
		f = []string{f[2] + "'s", f[0]} // "the mother of hnatiuk"
	}
	if len(f) == 3 && slices.Contains(qw.KinNouns, f[2]) && e.fullNameOfSomeone(f[0]+" "+f[1]) {
		f = []string{f[0] + " " + f[1] + "'s", f[2]} // "denys kravets mum"
	}
	if n := len(f); n >= 3 && f[1] != "of" && slices.Contains(qw.KinNouns, f[n-1]) {
		// "the drivers mum", "tractor drivers mum": whose relative,
		// described.
		owner := f[:n-1]
		if owner[0] == "the" {
			owner = owner[1:]
		}
		f = []string{strings.Join(owner, " "), f[n-1]}
	}
	if len(f) != 2 || !slices.Contains(qw.KinNouns, f[1]) {
		return nil, false
	}
	stem, had := people.StripPossessive(f[0]), people.Possessive(f[0])
	if !had {
		stem, had = strings.CutSuffix(f[0], "s")
	}
	if !had {
		return nil, false
	}
	named := e.namedAlike(stem)
	if x := e.resolveName(stem); x != nil && (len(named) <= 1 || len(strings.Fields(stem)) > 1) {
		// One named so; not one of a family sharing the surname ("rudak's
		// mum", of Stefan and Nadia Rudak: the one with a mother).
		named = []*person{x}
	}
	if ws := strings.Fields(stem); len(named) == 0 && len(ws) > 0 && e.wordForSomeone(ws[len(ws)-1]) {
		// "the drivers mum": the relative of the one person the word
		// for them fits ("tractor driver Anton Radek").
		if x := e.resolveSpeaker(stem); x != nil {
			named = []*person{x}
		} else if x, err := e.describedPerson(ctx, stem); err == nil && x != nil {
			named = []*person{x}
		}
	}
	if ws := strings.Fields(stem); len(named) == 0 && len(ws) == 1 && e.wordForSomeone(ws[0]) {
		// "the boys mum", of a boy the articles name by no such word:
		// the one person they call a mother ("We spoke to him with his
		// mother, Lidia"), when only one is.
		if x := e.resolveSpeaker(f[1]); x != nil && slices.ContainsFunc(x.titles(), func(t string) bool { return e.lex.IsKin(strings.ToLower(t)) }) {
			return x, true
		}
	}
	if len(named) == 0 {
		return nil, false
	}
	// A parent is the one who has x for a child; any other relative
	// ("vesna's husband", "the mayor's sister") is the one called so.
	parent := slices.Contains(qw.ParentKin, f[1])
	var found *person
	for _, x := range named {
		q := e.relativeOf(ctx, x, f[1], parent)
		if q == nil || q == found {
			continue
		}
		if found != nil {
			return nil, true
		}
		found = q
	}
	return found, true
}

// relativeOf is x's parent (parent set) or other relative called noun
// (a child, a husband, a sister): the one person sharing x's surname, of
// the noun's gender, whom a passage naming both says is so; nil when
// none or several are.
func (e *Engine) relativeOf(ctx context.Context, x *person, noun string, parent bool) *person {
	if x.last == "" {
		return nil
	}
	qw := loadQuestionWords()
	var found *person
	for i := range e.people {
		q := &e.people[i]
		if q == x || q.last != x.last || !ofNounGender(q, noun) || parent && q.Gender == "" {
			continue
		}
		// The one a passage naming both calls a son or daughter: the
		// named one, for a parent; the relative, for a child. Or, for
		// a parent, the one it calls that parent ("Her mother, …").
		kid, nouns := x, qw.ChildKin
		if !parent {
			kid, nouns = q, []string{noun}
		}
		// Or, for another relative, the one sharing the surname whose
		// title the people model read as that relative ("Her husband,
		// Tomas Orlik": a husband, an Orlik).
		titled := !parent && slices.ContainsFunc(q.titles(), func(t string) bool { return e.lex.SameKin(strings.ToLower(t), noun) })
		if !titled && !e.calledKin(ctx, x, q, kid, nouns, true) && !(parent && e.calledKin(ctx, x, q, q, e.parentNouns(noun), false)) {
			continue
		}
		if found != nil {
			return nil
		}
		found = q
	}
	return found
}

// parentNouns are the words for the parent noun names (questions.yaml
// parent_kin): "mum" and "mother", "dad" and "father".
func (e *Engine) parentNouns(noun string) []string {
	return slices.DeleteFunc(slices.Clone(loadQuestionWords().ParentKin), func(n string) bool { return !e.lex.SameKin(n, noun) })
}

// calledKin reports whether a passage naming both x and q describes kid
// (one of them) by one of the kin nouns ("Their son, Andriy Bondar").
// Without both, a passage naming q is enough: "Her mother, Nadiia
// Hnatiuk" calls her someone's mother, and shares the surname with x.
func (e *Engine) calledKin(ctx context.Context, x, q, kid *person, nouns []string, both bool) bool {
	called, _ := e.namedTogether(ctx, x, q, both, func(text string) bool { return e.describedNear(text, kid, nouns, false) })
	return called
}

// namedTogether reports a passage, of those best holding both names,
// that names q and, when both, x, and of which holds holds (nil: any).
func (e *Engine) namedTogether(ctx context.Context, x, q *person, both bool, holds func(text string) bool) (bool, error) {
	hits, _, _, err := e.searchBest(ctx, e.questionTerms(x.Name+" "+q.Name), typeNone, describedHits, false)
	if err != nil {
		return false, err
	}
	for i := range hits {
		r, err := e.passageOf(&hits[i])
		if err == nil && (x.namedIn(r.text) || !both) && q.namedIn(r.text) && (holds == nil || holds(r.text)) {
			return true, nil
		}
	}
	return false, nil
}

// parentDescribed reads a description that is a parent alone ("the mom",
// "the father"): ok says it is one. The person is the one of that
// parent's gender whom a passage naming them calls a child's parent by
// "her son", "his daughter" ("Halyna Kovalenko sets the table … Her son,
// Maksym Kovalenko, is 15"), when only one is; nil when none or several
// are, as "the mother" in articles with two mothers is no one.
func (e *Engine) parentDescribed(ctx context.Context, who string) (*person, bool, error) {
	qw := loadQuestionWords()
	var f []string
	for _, w := range strings.Fields(strings.ToLower(who)) {
		if !slices.Contains(qw.SpeakerDet, w) && !roleFillerWord(w) {
			f = append(f, w)
		}
	}
	if len(f) != 1 || !slices.Contains(qw.ParentKin, f[0]) {
		return nil, false, nil
	}
	gender := qw.nounGender[f[0]]
	var pron string
	for p, subj := range qw.PossessivePron {
		if g, ok := e.lex.Pronoun(subj); ok && g.String() == gender {
			pron = p
		}
	}
	if gender == "" || pron == "" {
		return nil, true, nil
	}
	hits, err := e.searchPassages(ctx, termsQuery(e.questionTerms(strings.Join(qw.ChildKin, " ")), passageFields...), maxKinPassages)
	if err != nil {
		return nil, true, err
	}
	var found *person
	for i := range hits {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return nil, true, err
		}
		if !slices.ContainsFunc(qw.ChildKin, func(k string) bool { return pronounBefore(r.text, pron, k) }) {
			continue
		}
		for j := range e.people {
			q := &e.people[j]
			if q.Gender != gender || !q.namedIn(r.text) || !q.givenIn(r.text) {
				// A surname a family shares names none of them: her
				// given name or full name says which one.
				continue
			}
			if found != nil && found != q {
				return nil, true, nil
			}
			found = q
		}
	}
	return found, true, nil
}

// maxKinPassages bounds the passages read for a parent asked for alone.
const maxKinPassages = 200

// givenIn reports whether text names p by their full name or their given
// name as a word of its own ("Halyna, 44, is a nurse").
func (p *person) givenIn(text string) bool {
	if p.fullNameIn(text) {
		return true
	}
	given := strings.Fields(p.Name)
	if len(given) < 2 {
		return false
	}
	for _, sp := range wordSpans(text) {
		if text[sp.start:sp.end] == given[0] {
			return true
		}
	}
	return false
}
