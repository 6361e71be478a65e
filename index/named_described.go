package index

import (
	"context"
	"slices"
	"strings"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/corpus/people"
)

// calledPassages is how many of a person's passages are read for what
// the articles call them.
const calledPassages = 20

// calledAsDescribed reports whether the articles call p what a
// description asked the name of says someone is: a title of theirs
// holds its word for a person ("the hospital director", of "Dr Ines
// Carvalho, the hospital's director"), or a passage naming them says it
// beside the name (describedNear). A description by a word for anyone
// ("the guy who said the visitor did the right thing") is of p when a
// sentence naming them holds more than half of what it says
// (saidOfThem): "the other guy who got injured" is not the officer a
// passage on the injured names a sentence before.
func (e *Engine) calledAsDescribed(ctx context.Context, p *person, who string) (bool, error) {
	if e.ordinalNotTheirs(who, p) {
		// "the first officer on the lark", of the captain a passage
		// quotes on what the first officer shouted: no first officer.
		return false, nil
	}
	d := e.describing(who)
	clause := e.clauseSaid(who)
	if d.titled(e, p) && len(clause) == 0 {
		return true, nil
	}
	ps, err := e.personPassages(ctx, p, nil, calledPassages)
	if err != nil {
		return false, err
	}
	if d.titled(e, p) {
		// "the driver who got killed", of the bus driver the articles
		// name: a driver, but no sentence naming him says he was
		// killed; the one killed is someone they do not name.
		return slices.ContainsFunc(ps, func(x Passage) bool { return e.clauseOfThem(x.Text, p, clause) }), nil
	}
	return slices.ContainsFunc(ps, func(x Passage) bool { return d.of(e, x.Text, p) }), nil
}

// clauseSaid is what the relative clause of a description says of whom
// it describes, as searched ("got killed" of "the driver who got
// killed"); none without a clause.
func (e *Engine) clauseSaid(who string) []qterm {
	head, ok := e.beforeRelative(who)
	if !ok {
		return nil
	}
	f := strings.Fields(who)
	return e.questionTerms(strings.Join(f[len(strings.Fields(head))+1:], " "))
}

// clauseOfThem reports a sentence of text naming p that holds at least
// half of what a description's clause says of them (qs, each or a
// relative of it).
func (e *Engine) clauseOfThem(text string, p *person, qs []qterm) bool {
	return e.namingSentenceHolds(text, p, qs, func(n int) bool { return 2*n >= len(qs) && n > 0 })
}

// namesDescribed reports whether the first few of ps name someone a
// description asked the name of by a word for anyone means ("the guy
// who said the visitor did the right thing", of the ICRC head a passage
// names saying it: describing.of), of the gender it gives. A description
// by a title or a trade ("the able seaman", "the swiss foreign
// minister") is of someone the articles name only as personAsked finds
// them; a passage naming another beside the words is no answer.
func (e *Engine) namesDescribed(ps []Passage, who string) bool {
	d := e.describing(who)
	if len(d.words) > 0 {
		return false
	}
	for _, x := range ps[:min(len(ps), doerPassages)] {
		for _, m := range e.namesIn(x.Text, wordSpans(x.Text)) {
			if ofNounGender(m.p, who) && d.of(e, x.Text, m.p) {
				return true
			}
		}
	}
	return false
}

// describing is a description someone's name is asked for, read once:
// its words for a person ("seaman" of "the able seaman who got hurt";
// none for "the guy who …") and what else it says of them.
type describing struct {
	heads, rest, words []string
	says               []qterm // rest as searched, for a word for anyone
}

func (e *Engine) describing(who string) describing {
	heads, rest := e.descriptionWords(who)
	if head, ok := e.beforeRelative(who); ok {
		// "the guy who said the visitor did the right thing": the guy,
		// not the visitor; the clause is what it says of him.
		heads, rest = e.descriptionWords(head)
		f := strings.Fields(who)
		rest = append(rest, f[len(strings.Fields(head))+1:]...)
	}
	d := describing{heads: heads, rest: rest}
	d.words = slices.DeleteFunc(slices.Clone(heads), func(h string) bool { return h == "" })
	if len(d.words) == 0 {
		// What it says of them, not whom it names beside them ("the
		// boy in brasko's cabin").
		said := slices.DeleteFunc(slices.Clone(rest), func(w string) bool {
			return e.isPersonWord(people.StripPossessive(strings.ToLower(w)))
		})
		d.says = e.questionTerms(strings.Join(said, " "))
	}
	return d
}

// titled reports a title of p's holding the description's word for them.
func (d describing) titled(e *Engine, p *person) bool {
	return len(d.words) > 0 && p.titledAsNoun(e, d.heads, d.rest)
}

// of reports text calling p what the description says: its word for
// them beside the name, or for a word for anyone, a sentence naming them
// that holds more than half of the rest.
func (d describing) of(e *Engine, text string, p *person) bool {
	if len(d.words) > 0 {
		return e.describedNear(text, p, d.words, true)
	}
	return e.saidOfThem(text, p, d.says)
}

// minSaidOfThem is the fewest words of what a description says of
// someone that a sentence naming them must hold: one ("injured", of "the
// other guy who got injured") is said of many people.
const minSaidOfThem = 2

// saidOfThem reports a sentence of text that names p and holds more than
// half of qs (each, or a word related to it), and minSaidOfThem at the
// least.
func (e *Engine) saidOfThem(text string, p *person, qs []qterm) bool {
	if len(qs) < minSaidOfThem {
		return false
	}
	return e.namingSentenceHolds(text, p, qs, func(n int) bool { return 2*n > len(qs) && n >= minSaidOfThem })
}

// namingSentenceHolds reports a sentence of text naming p that holds
// enough of qs (each, or a word related to it): how many, enough says.
func (e *Engine) namingSentenceHolds(text string, p *person, qs []qterm, enough func(n int) bool) bool {
	for _, s := range corpus.Sentences(text) {
		spans := wordSpans(s)
		named := false
		for range p.namedAt(s, spans) {
			named = true
			break
		}
		if !named {
			continue
		}
		held := map[string]bool{}
		for _, sp := range spans {
			held[e.terms.of(s[sp.start:sp.end])] = true
		}
		n := 0
		for _, q := range qs {
			if held[q.term] || slices.ContainsFunc(q.alts, func(a alt) bool { return held[a.term] }) {
				n++
			}
		}
		if enough(n) {
			return true
		}
	}
	return false
}

// ordinalNotTheirs reports a description holding an ordinal right before
// a title or a word for someone ("the first officer", "the second guy
// with a warrant") that no title of p's holds: a rank or an order among
// several the articles do not give them.
func (e *Engine) ordinalNotTheirs(who string, p *person) bool {
	f := strings.Fields(strings.ToLower(who))
	for i := 0; i+1 < len(f); i++ {
		w := f[i]
		if !slices.Contains(loadQuestionWords().Ordinals, w) || !e.isTitleWord(f[i+1]) && !e.wordForSomeone(f[i+1]) {
			continue
		}
		if !slices.ContainsFunc(p.titles(), func(t string) bool { return slices.Contains(strings.Fields(strings.ToLower(t)), w) }) {
			return true
		}
	}
	return false
}
