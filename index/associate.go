package index

import (
	"context"
	"strings"

	"github.com/talksbot/talksbot/corpus/people"
)

// associateOfNamed reads a description that is someone known by a tie to
// another person, not kin ("the old physicist's colleague", "the colleague
// of kovar", "halvik's neighbour"): ok says it is one, and the person is
// never the one it ties them to. It is the one person, other than that
// one, whom the articles give a title holding the word for the tie ("My
// old colleague Radomir Tesch"), and whom a passage naming the other one
// names too; nil when none or several are.
func (e *Engine) associateOfNamed(ctx context.Context, who string) (*person, bool, error) {
	f := strings.Fields(strings.ToLower(who))
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	var owner []string
	var tie string
	switch {
	case len(f) >= 3 && f[1] == "of" && e.lex.IsAssociate(f[0]):
		tie, owner = f[0], f[2:] // "colleague of kovar"
		if len(owner) > 0 && owner[0] == "the" {
			owner = owner[1:]
		}
	case len(f) >= 2 && e.lex.IsAssociate(f[len(f)-1]):
		tie, owner = f[len(f)-1], f[:len(f)-1]
		last := owner[len(owner)-1]
		stem := people.StripPossessive(last)
		if stem == last {
			// "kovars colleague": a possessive written without its
			// apostrophe.
			var had bool
			if stem, had = strings.CutSuffix(last, "s"); !had {
				return nil, false, nil
			}
		}
		owner[len(owner)-1] = stem
	default:
		return nil, false, nil
	}
	if len(owner) == 0 {
		return nil, false, nil
	}
	name := strings.Join(owner, " ")
	x := e.resolveName(name)
	if x == nil {
		x = e.resolveSpeaker(name)
	}
	if x == nil {
		var err error
		if x, err = e.describedPerson(ctx, name); err != nil {
			return nil, true, err
		}
	}
	if x == nil {
		return nil, true, nil
	}
	var found *person
	for i := range e.people {
		q := &e.people[i]
		if q == x || !e.titledTie(q, tie) {
			continue
		}
		both, err := e.namedTogether(ctx, x, q, true, nil)
		if err != nil {
			return nil, true, err
		}
		if !both {
			continue
		}
		if found != nil {
			return nil, true, nil
		}
		found = q
	}
	return found, true, nil
}

// titledTie reports a title of q's holding the word for a tie (words.tsv
// class associate), or another form of it: "old colleague" for
// "colleague".
func (e *Engine) titledTie(q *person, tie string) bool {
	for _, t := range q.titles() {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			if people.StripPossessive(w) == tie {
				return true
			}
		}
	}
	return false
}
