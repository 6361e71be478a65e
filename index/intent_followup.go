package index

import (
	"context"
	"slices"
	"strings"

	"github.com/talksbot/talksbot/corpus/people"
)

// followedUp finds whom a question that asks after someone by a pronoun
// alone means ("and what did she say about the plant", "who is he"): the
// person the member's previous answer was about (after, a name as an
// Answer gives it), if the pronoun fits them: she or he ("they" is the people of the
// articles at large, not the one asked about).
// nil when the question names its own person, after names no one in the
// articles, or the pronoun is the wrong one: then the question is read
// alone, as without a previous answer.
func (e *Engine) followedUp(ctx context.Context, in intent, opts AskOptions) (*person, error) {
	if opts.After == "" || (in.kind != asksSaid && in.kind != asksPerson) {
		return nil, nil
	}
	g, ok := e.lex.Pronoun(strings.ToLower(strings.TrimSpace(in.who)))
	if !ok || g == people.Unknown {
		// "did they talk about the grain deal": the delegations, the
		// articles' people at large, not the one person asked about.
		return nil, nil
	}
	p := e.answeredAbout(opts.After, g)
	if p == nil || len(opts.AfterAlso) == 0 {
		return p, nil
	}
	// "what did she tell the qatari envoy in istanbul", after "prof
	// zielinska on hrytsenko": the one of them whose words are on it;
	// the one answered about when that is no one, or both.
	qs := e.questionTerms(in.about)
	if len(qs) == 0 {
		return p, nil
	}
	// How well each one's words fit: 2 speaking to it, 1 sharing its
	// words, 0 neither.
	best, bestFit, tie := p, -1, false
	seen := map[*person]bool{}
	for _, name := range append([]string{opts.After}, opts.AfterAlso...) {
		c := e.answeredAbout(name, g)
		if c == nil || seen[c] {
			continue
		}
		seen[c] = true
		info := e.data.Speakers[c.Name]
		ranked, on, err := e.onSubject(ctx, c.Name, false, info.Quotes, qs, DefaultQuotes)
		if err != nil {
			return nil, err
		}
		fit := 0
		switch {
		case on > 0:
			fit = 2
		case e.anyShares(ranked, qs):
			fit = 1
		}
		switch {
		case fit > bestFit:
			best, bestFit, tie = c, fit, false
		case fit == bestFit:
			tie = true
		}
	}
	if bestFit > 0 && !tie {
		return best, nil
	}
	return p, nil
}

// answeredAbout is the person the member's previous answer was about, if
// a pronoun of gender g may stand for them (any, for Unknown).
func (e *Engine) answeredAbout(after string, g people.Gender) *person {
	p := e.byKey[people.Key(after)]
	if p == nil || g != people.Unknown && p.Gender != "" && p.Gender != g.String() {
		return nil
	}
	return p
}

// relativeFollowedUp finds whom a follow-up asks for by their kin or
// tie to the person the member's previous answer was about ("what did
// her son say abt the bus ride", after an answer about Halyna
// Kovalenko; "her childhood friend"): the one other person a passage
// naming them introduces so ("Her son, Maksym Kovalenko, is 15"; "Her
// oldest friend, Halyna Petrenko"). Nil when the question is no such follow-up, the
// pronoun does not fit them, or no passage or several people fit.
func (e *Engine) relativeFollowedUp(ctx context.Context, in intent, after string) (*person, error) {
	if after == "" || in.kind != asksSaid {
		return nil, nil
	}
	f := strings.Fields(strings.ToLower(in.who))
	for i, w := range f {
		// "her old boss at hlynsk": her boss.
		if i >= 2 && e.lex.IsPreposition(w) {
			f = f[:i]
			break
		}
	}
	if len(f) < 2 || len(f) > 4 {
		return nil, nil
	}
	// "her childhood friend", "his old teacher": the word for them,
	// a relative or anyone's.
	f = []string{f[0], f[len(f)-1]}
	if !slices.Contains(loadQuestionWords().KinNouns, f[1]) && !e.lex.IsPersonNoun(f[1]) {
		return nil, nil
	}
	pron := f[0]
	if subj := loadQuestionWords().PossessivePron[pron]; subj != "" {
		pron = subj // "his wife": the one "he" is
	}
	g, ok := e.lex.Pronoun(pron)
	if !ok {
		return nil, nil
	}
	p := e.answeredAbout(after, g)
	if p == nil {
		return nil, nil
	}
	// "her dad": her father, as the articles write it ("Her father,
	// Mykola Hrytsenko, now retired").
	kin := e.lex.KinWord(f[1])
	qs := e.questionTerms(p.Name + " " + kin)
	hits, _, _, err := e.searchBest(ctx, qs, typeNone, describedHits, false)
	if err != nil {
		return nil, err
	}
	// A profile names its subject rarely: the passages holding the word
	// for them too, whatever their name's weight.
	more, _, _, err := e.searchBest(ctx, e.questionTerms(kin), typeNone, describedHits, false)
	if err != nil {
		return nil, err
	}
	hits = append(hits, more...)
	// The articles naming them, read only when a passage neither names
	// them nor is known to speak of them: a profile's later paragraph
	// speaks of its subject by a pronoun alone.
	var theirs map[string]bool
	inTheirs := func(doc string) (bool, error) {
		if theirs == nil {
			theirs = map[string]bool{}
			named, err := e.personPassages(ctx, p, nil, profileReach)
			if err != nil {
				return false, err
			}
			for _, n := range named {
				theirs[n.Source.Doc] = true
			}
		}
		return theirs[doc], nil
	}
	var found *person
	for i := range hits {
		r, err := e.passageOf(&hits[i])
		if err != nil {
			return nil, err
		}
		if !pronounBefore(r.text, f[0], f[1]) && !pronounBefore(r.text, f[0], kin) {
			continue
		}
		// Naming them, or speaking of them by a pronoun alone (a
		// profile's "Her oldest friend, Halyna Petrenko, …").
		if !p.namedIn(r.text) && !strings.EqualFold(r.about, p.Name) {
			if of, err := inTheirs(r.src.Doc); err != nil || !of {
				if err != nil {
					return nil, err
				}
				continue
			}
		}
		for j := range e.people {
			q := &e.people[j]
			if q == p || !q.namedIn(r.text) || !e.describedNear(r.text, q, []string{f[1]}, false) && !e.describedNear(r.text, q, []string{kin}, false) {
				continue
			}
			if found != nil && found != q {
				return nil, nil
			}
			found = q
		}
	}
	return found, nil
}

// profileReach is how many passages naming a person are read for the
// articles they are named in.
const profileReach = 50

// topicFollowedUp finds whom a follow-up naming only a subject means
// ("and abt the water?", "what about the mines"): the person the
// member's previous answer was about, when some of their words speak to
// the subject. Nil when the question names anyone, is no such follow-up,
// or their words do not speak to it (it is then searched as asked).
func (e *Engine) topicFollowedUp(ctx context.Context, in intent, after string) (*person, string, error) {
	if after == "" || in.kind != asksSearch {
		return nil, "", nil
	}
	s := patternText(in.text)
	lead, ok := startsWithPhrase(strings.ToLower(s), loadQuestionWords().TopicFollowUp)
	about := strings.TrimSpace(s[len(lead):])
	if !ok || about == "" || len(strings.Fields(about)) > 6 || len(e.findPeople(about)) > 0 {
		return nil, "", nil
	}
	p := e.byKey[people.Key(after)]
	if p == nil {
		return nil, "", nil
	}
	if on, err := e.speaksTo(ctx, p, about); err != nil || !on {
		return nil, "", err
	}
	return p, about, nil
}

// speaksTo reports whether some of p's quotes speak to the subject (a
// question's words), as onSubject finds them.
func (e *Engine) speaksTo(ctx context.Context, p *person, subject string) (bool, error) {
	qs := e.questionTerms(subject)
	if len(qs) == 0 {
		return false, nil
	}
	_, on, err := e.onSubject(ctx, p.Name, false, e.data.Speakers[p.Name].Quotes, qs, 0)
	return on > 0, err
}

// pronounFollowedUp finds whom a follow-up asking something else than
// someone's words means by a pronoun inside it ("and why did she think
// pivnichna was chosen", "what odds did he give for doha", "and her
// recommendation at the launch"): the person the member's previous
// answer was about, when the pronoun fits them and the question names no
// one. about is the question without the pronoun. Nil otherwise, and for
// a question asking when, where or how many, which passages answer.
func (e *Engine) pronounFollowedUp(ctx context.Context, in intent, after string) (*person, string, error) {
	if after == "" || in.kind != asksSearch && in.kind != asksYesNo {
		return nil, "", nil
	}
	s := patternText(in.text)
	var g people.Gender
	var about []string
	found := false
	ws := strings.Fields(s)
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		pron := lw
		if subj := loadQuestionWords().PossessivePron[lw]; subj != "" {
			if i+1 < len(ws) && e.callsPerson(ws[i+1]) {
				return nil, "", nil // "his spokesman", "her son": someone else
			}
			pron = subj // "her recommendation": the one "she" is
		}
		if pg, ok := e.lex.Pronoun(pron); ok && pg != people.Unknown {
			if found && pg != g {
				return nil, "", nil // "did he thank her": two people
			}
			if slices.ContainsFunc(ws[:i], e.callsPerson) {
				// "can a prisoner stay if he refuses": the pronoun
				// stands for someone the question itself names.
				return nil, "", nil
			}
			g, found = pg, true
			continue
		}
		about = append(about, w)
	}
	if !found || len(e.findPeople(s)) > 0 {
		return nil, "", nil
	}
	p := e.answeredAbout(after, g)
	if p == nil || e.data.Speakers[p.Name].Quotes == 0 {
		return nil, "", nil
	}
	// Their words must speak to it: "he" in a question about something
	// they never spoke of may be someone else the member has in mind.
	subject := strings.Join(about, " ")
	if on, err := e.speaksTo(ctx, p, subject); err != nil || !on {
		return nil, "", err
	}
	return p, subject, nil
}

// callsPerson reports a word calling a person ("spokesman", "son",
// "guy"), its plural too.
func (e *Engine) callsPerson(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",;:?!.'’"))
	qw := loadQuestionWords()
	for _, f := range []string{w, singular(w)} {
		if e.wordForSomeone(f) || slices.Contains(qw.KinNouns, f) {
			return true
		}
	}
	return false
}
