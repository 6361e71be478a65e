package index

import (
	"context"
	"slices"
	"strings"

	"github.com/talksbot/talksbot/corpus/people"
	"github.com/talksbot/talksbot/index/english"
)

// Articles quote people they do not name: "a senior EU official said",
// "A Ukrainian delegate jokes that …". The people model gives those words
// the role the article gives (Quote.Role, no speaker), indexed under a
// source key. A member asking "what are eu officials saying about the
// insurance" asks for them: sourceQuotes finds the unnamed sources whose
// role holds every word of the question's description, and their words,
// shown unattributed under that role.

// sourceRoleList is every role the articles quote an unnamed source by
// (folded, as their speaker keys hold them), read once for the engine.
func (e *Engine) sourceRoleList() []string {
	e.sourcesOnce.Do(func() {
		dict, err := e.idx.FieldDictPrefix(fieldSpeakerKey, []byte(sourcePrefix))
		if err != nil {
			return
		}
		defer dict.Close()
		for {
			entry, err := dict.Next()
			if err != nil || entry == nil {
				return
			}
			e.sources = append(e.sources, strings.TrimPrefix(entry.Term, sourcePrefix))
		}
	})
	return e.sources
}

// sourceRolesFor are the unnamed sources' roles a description of someone
// fits ("eu officials" a "senior EU official", "the european diplomat" a
// "senior European diplomat"): a word of it calls a person, and the role's
// head is that title or of its kind; every other word is in the role.
// Words saying the source is unnamed ("anonymous") say nothing of which.
// Words after "at", "in", "from" or "near" ("the nurse at the camp") say
// where they spoke, which no role holds: placed are those words, for the
// quotes' own passages to hold (addSourceQuotes).
func (e *Engine) sourceRolesFor(who string) (roles, placed []string) {
	roles, placed, _ = e.sourceRolesHead(who)
	return roles, placed
}

// sourceRolesHead is sourceRolesFor, with the word the description calls
// a person by (its head, singular: "diplomat" of "the western
// diplomat"); "" when no word does.
func (e *Engine) sourceRolesHead(who string) (roles, placed []string, head string) {
	qw := loadQuestionWords()
	var words []string
	fields := strings.Fields(strings.ToLower(who))
	if i := slices.IndexFunc(fields, e.lex.IsRelative); i > 0 {
		// "the ukrainian negotiator who didnt want to be named": the
		// clause says they are unnamed, not which.
		fields = fields[:i]
	}
	at := false
	for _, w := range fields {
		w = strings.Trim(w, ",.?!:;")
		switch w {
		case "at", "in", "from", "near":
			at = true
		}
		if w == "" || roleFillerWord(w) || qw.filler[w] || slices.Contains(qw.UnnamedWords, w) {
			continue
		}
		if at {
			placed = append(placed, w)
			continue
		}
		words = append(words, w)
	}
	// The head is the last word calling a person ("the ukrainian
	// negotiator": a negotiator, Ukrainian).
	for i := len(words) - 1; i >= 0; i-- {
		if w := singular(words[i]); e.lex.IsTitleNoun(w) || e.personNoun(w) {
			head = w
			words = slices.Delete(words, i, i+1)
			break
		}
	}
	if head == "" {
		// "dravenias defence ministry", quoted as a body ("Dravenia's
		// Defence Ministry said in a statement that …"): the body's word.
		for i := len(words) - 1; i >= 0; i-- {
			if e.lex.IsOrganisationWord(words[i]) {
				head = words[i]
				words = slices.Delete(words, i, i+1)
				break
			}
		}
	}
	if head == "" {
		// "norland mutual", of "a spokesperson for Norland Mutual
		// Agricultural Insurance": a body the words name, whose unnamed
		// spokesperson the articles quote.
		return e.bodySourceRoles(words), placed, ""
	}
	var out []string
	for _, role := range e.sourceRoleList() {
		rw := strings.Fields(role)
		if len(rw) == 0 {
			continue
		}
		last := singular(strings.Trim(rw[len(rw)-1], ",.;:"))
		if last != head && !e.lex.SameTitle(last, head) && !e.lex.Covers(head, last) && !e.compoundOf(last, head) {
			continue
		}
		held := true
		for _, w := range words {
			if !e.roleWordHolds(role, w) && !e.roleWordHolds(role, singular(w)) {
				held = false
				break
			}
		}
		if held {
			out = append(out, role)
		}
	}
	return out, placed, head
}

// bodySourceRoles are the unnamed sources' roles that say whose they are
// by a body's name holding every one of words ("spokesperson for Norland
// Mutual Agricultural Insurance" for "norland mutual"); nil for no words.
func (e *Engine) bodySourceRoles(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	var out []string
	for _, role := range e.sourceRoleList() {
		_, body, ok := strings.Cut(role, " for ")
		if !ok {
			_, body, ok = strings.Cut(role, " of ")
		}
		if !ok {
			continue
		}
		bw := strings.Fields(strings.ToLower(body))
		if !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(bw, w) }) {
			out = append(out, role)
		}
	}
	return out
}

// quotesUnnamed reports a description of whom the articles quote
// unnamed sources (sourceRolesFor finds roles for it).
func (e *Engine) quotesUnnamed(who string) bool {
	roles, _ := e.sourceRolesFor(who)
	return len(roles) > 0
}

// compoundOf reports a word for a person written as head with a word
// before it ("paramedic" of "medic"): one of what head names. Never a
// relative ("grandmother" is no mother), nor a head of fewer than
// minCompoundHead letters or a prefix of fewer than minCompoundPrefix.
func (e *Engine) compoundOf(w, head string) bool {
	return len(head) >= minCompoundHead && len(w) >= len(head)+minCompoundPrefix && strings.HasSuffix(w, head) &&
		e.lex.IsPersonNoun(w) && !e.lex.IsKin(head) && english.Lookup(head).POS == 'n'
}

// The shortest head and prefix compoundOf reads a compound by.
const (
	minCompoundHead   = 4
	minCompoundPrefix = 3
)

// quotedUnnamedAs reports a description the articles quote an unnamed
// source by, its head word as written ("a Western diplomat in Lenhof
// who asked not to be named" for "the diplomat"), that p (nil: no one)
// holds only by a title of its kind, never the word: Ambassador Marrand
// is a diplomat, but "what did the diplomat say" asks for the one the
// articles call so.
func (e *Engine) quotedUnnamedAs(who string, p *person) bool {
	roles, _, head := e.sourceRolesHead(who)
	literal := slices.ContainsFunc(roles, func(role string) bool {
		rw := strings.Fields(role)
		return singular(strings.Trim(rw[len(rw)-1], ",.;:")) == head
	})
	if !literal || p == nil {
		return literal
	}
	if e.lex.IsOrganisationWord(head) {
		// "what did dravenias defence ministry say", where the articles
		// quote the ministry's statement and its spokesman both: the
		// body's own words, not those of whoever speaks for it (his
		// title holds the body but is no body's name).
		return !slices.ContainsFunc(append([]string{p.Role}, p.Roles...), func(r string) bool {
			return strings.EqualFold(e.lex.RoleHead(r), head)
		})
	}
	return !slices.ContainsFunc(titleWords(p), func(ws map[string]bool) bool { return ws[head] })
}

// unnamedTitlePhrase is the title of several words one of the unnamed
// sources' roles is (lower case) that the description holds whole ("harbour
// master" of "the halvane harbour master"); "" when none is.
func (e *Engine) unnamedTitlePhrase(who string, roles []string) string {
	low := " " + strings.Join(strings.Fields(strings.ToLower(who)), " ") + " "
	for _, r := range roles {
		r = strings.ToLower(strings.TrimSpace(r))
		if strings.Contains(r, " ") && strings.Contains(low, " "+r+" ") {
			return r
		}
	}
	return ""
}

// onlyUnnamedTitled reports a description holding whole the title of
// several words of an unnamed source the articles quote ("the halvane
// harbour master") that no one they name holds.
func (e *Engine) onlyUnnamedTitled(who string) bool {
	roles, _ := e.sourceRolesFor(who)
	phrase := e.unnamedTitlePhrase(who, roles)
	if phrase == "" {
		return false
	}
	for i := range e.people {
		if slices.ContainsFunc(e.people[i].titles(), func(t string) bool { return strings.Contains(strings.ToLower(t), phrase) }) {
			return false
		}
	}
	return true
}

// unnamedThere reports who saying more of someone than the word the
// articles call an unnamed source by ("the soldier at dubrany", of "a
// soldier at Dubrany" quoted unnamed) that neither p's titles nor any
// passage naming p holds ("Soldier Dariusz Korlan, who guards the Sokil
// checkpoint"): the unnamed one is meant, not p.
func (e *Engine) unnamedThere(ctx context.Context, who string, p *person) (bool, error) {
	roles, _, head := e.sourceRolesHead(who)
	if len(roles) == 0 || p == nil {
		return false, nil
	}
	desc := p.describedBy()
	var extra []string
	for _, w := range tokens(who) {
		if w != head && singular(w) != head && !roleFillerWord(w) && !people.Default().IsPreposition(w) && e.inVocab(w) && !desc[w] {
			extra = append(extra, w)
		}
	}
	if len(extra) == 0 {
		return false, nil
	}
	naming, err := e.personPassages(ctx, p, e.questionTerms(strings.Join(extra, " ")), DefaultQuotes)
	if err != nil {
		return false, err
	}
	for _, ps := range naming {
		held := map[string]bool{}
		for _, t := range e.terms.analyze(ps.Text) {
			held[t] = true
		}
		if !slices.ContainsFunc(extra, func(w string) bool { return !held[e.terms.of(w)] }) {
			return false, nil
		}
	}
	return true, nil
}

// sourceQuotes are up to k quotations of the unnamed sources roles name,
// those on the subject (qs) first.
func (e *Engine) sourceQuotes(ctx context.Context, roles []string, qs []qterm, k int) ([]*quoteRec, error) {
	var on, rest []*quoteRec
	for _, role := range roles {
		key := sourcePrefix + role
		if len(qs) > 0 {
			recs, n, err := e.rankQuotes(ctx, key, "", qs, 2*k)
			if err != nil {
				return nil, err
			}
			on = append(on, recs[:n]...)
		}
		recs, err := e.quotesOfKey(ctx, key, k)
		if err != nil {
			return nil, err
		}
		rest = append(rest, recs...)
	}
	out := append(on, notRepeating(rest, on)...)
	return out[:min(len(out), k)], nil
}

// addSourceQuotes puts the words of the unnamed sources roles name before
// a's passages, on about first; with placed words ("camp" of "the nurse at
// the camp"), only those whose passage holds one.
func (e *Engine) addSourceQuotes(ctx context.Context, a *Answer, roles, placed []string, about string, opts AskOptions) error {
	k := opts.Quotes
	if k <= 0 {
		k = DefaultQuotes
	}
	recs, err := e.sourceQuotes(ctx, roles, e.questionTerms(about), k)
	if err != nil {
		return err
	}
	if len(placed) > 0 {
		m := e.newMatcher(e.questionTerms(strings.Join(placed, " ")))
		recs = slices.DeleteFunc(recs, func(r *quoteRec) bool {
			c, _, _, _ := m.scan(r.context)
			return c == 0
		})
	}
	for _, r := range byParagraph(recs) {
		q := r.quote
		q.context = r.context
		a.Quotes = append(a.Quotes, q)
	}
	return nil
}
