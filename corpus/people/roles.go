package people

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tally counts the titles a text gives one person, in the order first
// seen, so that a choice between equals is stable.
type tally struct {
	order []string
	n     map[string]int
}

func (t *tally) add(role string) {
	// "Corvanne's special envoy and, until three years ago, a judge":
	// the comma cut the title before what it joins.
	role = strings.TrimSuffix(role, " and")
	if role == "" {
		return
	}
	if t.n == nil {
		t.n = map[string]int{}
	}
	if t.n[role] == 0 {
		t.order = append(t.order, role)
	}
	t.n[role]++
}

func (t *tally) empty() bool { return len(t.order) == 0 }

// dropAddress removes the titles that are only a form of address
// (words.tsv addressonly: "Dr", "Prof").
func (t *tally) dropAddress(lx *Lexicon) {
	t.order = slices.DeleteFunc(t.order, func(r string) bool {
		if lx.isFold("addressonly", r) {
			delete(t.n, r)
			return true
		}
		return false
	})
}

// drop takes role from the tally.
func (t *tally) drop(role string) {
	if _, ok := t.n[role]; !ok {
		return
	}
	delete(t.n, role)
	t.order = slices.DeleteFunc(t.order, func(r string) bool { return r == role })
}

// roleNoun is the noun a role is of: its title noun (roleHead), else the
// person noun ending the words before any "of", "at", comma or clause
// ("paediatric nurse", "Tessalian monitor who examined the crater":
// monitor); "" when it has neither.
func (lx *Lexicon) roleNoun(role string) string {
	if h := lx.roleHead(role); h != "" {
		return Fold(h)
	}
	var last string
	for _, w := range strings.Fields(role) {
		f := Fold(strings.Trim(w, ",()"))
		if lx.is("preposition", f) || lx.is("relative", f) || lx.is("relpronoun", f) {
			break
		}
		if lx.IsPersonNoun(f) {
			last = f
		}
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	return last
}

// sameKind reports two role nouns that may name one person's one job:
// the same title or of one class, or one a kind of the other (IsKindOf:
// a surgeon is a doctor).
func (lx *Lexicon) sameKind(a, b string) bool {
	return a == b || lx.SameTitle(a, b) || lx.Covers(a, b) || lx.Covers(b, a) || lx.IsKindOf(a, b) || lx.IsKindOf(b, a)
}

// best is the title to file a person under: a clean title (words of a
// job, as "US President", not an affiliation or a long apposition) over
// anything else, then the most frequent, then the one matching a
// well-known figure's usual title, then the most specific (longest).
func (t *tally) best(lx *Lexicon, known string) string {
	if t.empty() {
		return ""
	}
	cands := append([]string(nil), t.order...)
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if ca, cb := lx.cleanTitle(a), lx.cleanTitle(b); ca != cb {
			return ca
		}
		if t.n[a] != t.n[b] {
			return t.n[a] > t.n[b]
		}
		if ka, kb := strings.EqualFold(a, known), strings.EqualFold(b, known); ka != kb {
			return ka
		}
		return len(a) > len(b)
	})
	return cands[0]
}

// cleanTitle reports whether role reads as a job title standing before a
// name: a few words ending in a title word, no possessive, no article.
func (lx *Lexicon) cleanTitle(role string) bool {
	words := strings.Fields(role)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if Possessive(w) || strings.ContainsAny(w, "()") {
			return false
		}
		switch strings.ToLower(w) {
		case "a", "an", "the", "at", "from", "who", "which":
			return false
		}
	}
	last := words[len(words)-1]
	return lx.IsTitleNoun(last) || lx.IsModifier(last)
}

// role is the title a document gives the person: the one used where the
// person is quoted, else the best of those seen next to the name.
func (p *member) role(lx *Lexicon) string {
	known := ""
	if p.known != nil {
		known = p.known.Role
	}
	if !p.quoteRoles.empty() {
		r := p.quoteRoles.best(lx, known)
		// "MINISTER KOVAL:": a label's bare title gives way to the fuller
		// one the article gives the same person ("Ukraine's foreign
		// minister").
		return lx.jobOver(lx.fuller(r, p.roles.order), p.roles.order)
	}
	if !p.roles.empty() {
		r := lx.jobOver(lx.fuller(p.roles.best(lx, known), p.roles.order), p.roles.order)
		if isInitials(r) {
			// "UNEP" of "UNEP's Ingrid Solheim" says whom they are with,
			// not what they do: any title says more, a known one too.
			for _, o := range p.roles.order {
				if o != "" && !isInitials(o) {
					return o
				}
			}
			if known != "" {
				return known
			}
		}
		return r
	}
	return known
}

// isRank reports a military rank alone ("Colonel", "Col.", "Sergeant"):
// a title the kinds "officer" or "soldier" cover (title_kinds.tsv), by its
// word or its class (titles.tsv: "col" is a colonel).
func (lx *Lexicon) isRank(t string) bool {
	t = strings.TrimSuffix(t, ".")
	return !strings.Contains(t, " ") && (lx.Covers("officer", t) || lx.Covers("soldier", t))
}

// jobOver is r, or when r is only how someone is addressed ("Dr", as
// "Dr Lindqvist:" labels her; words.tsv addressonly), the part they
// play on a show ("GUEST:", words.tsv showpart) or a rank ("Colonel",
// "Col."; isRank), the first of roles that says what they do ("Chief
// Tracing Delegate, International Committee of the Red Cross").
func (lx *Lexicon) jobOver(r string, roles []string) string {
	noJob := func(t string) bool {
		return lx.isFold("addressonly", t) || lx.isFold("showpart", t) || lx.isRank(t)
	}
	if !noJob(r) {
		return r
	}
	for _, o := range roles {
		// A relative's word ("son") says whose they are, not what they
		// do.
		if !noJob(o) && !lx.IsKin(Fold(o)) {
			return o
		}
	}
	return r
}

// fuller is a bare title given where someone speaks ("MINISTER" in
// "MINISTER KOVAL:") made the fuller one the article gives them that ends
// in it ("Ukraine's foreign minister" → "Ukrainian foreign minister"),
// else r as it is.
func (lx *Lexicon) fuller(r string, roles []string) string {
	if strings.Contains(r, " ") {
		return r
	}
	full := ""
	for _, t := range roles {
		t = lx.plainTitle(t)
		if len(t) > len(full) && strings.Contains(t, " ") && strings.HasSuffix(strings.ToLower(t), strings.ToLower(r)) && lx.cleanTitle(t) {
			full = t
		}
	}
	if full == "" {
		return r
	}
	return full
}

// allRoles lists every title the document gives the person, those where
// they speak first, then by use, then those given by what they do.
func (p *member) allRoles() []string {
	var out []string
	for _, t := range []*tally{&p.quoteRoles, &p.roles, &p.deeds} {
		order := append([]string(nil), t.order...)
		sort.SliceStable(order, func(i, j int) bool { return t.n[order[i]] > t.n[order[j]] })
		for _, r := range order {
			if !contains(out, r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// ownerNameCut is a role whose name is whose office it is, after a
// title and "for" or "to", without the name: "spokesman for
// Reintegration Minister Anca Dorovei" is the spokesman for the
// Reintegration Minister, as "the spokesman for the reintegration
// minister" asks for him. "" when the role holds a name otherwise (the
// next person of a list: "US special envoy Steve Witkoff").
func (c *cast) ownerNameCut(role string) string {
	words := strings.Fields(role)
	for i := 1; i+1 < len(words); i++ {
		// The title before "for" or "to" may end in its "of" part:
		// "chief of staff to President Aurel Montbrey", "director of
		// communications for …".
		titled := c.lx.IsTitleNoun(Fold(words[i-1])) || i >= 3 && Fold(words[i-2]) == "of" && c.lx.IsTitleNoun(Fold(words[i-3]))
		if !c.lx.isFold("rolefor", words[i]) || !titled {
			continue
		}
		for j := i + 1; j < len(words); j++ {
			w := StripPossessive(strings.Trim(words[j], ",;:()"))
			if !isCapitalised(w) || c.lx.IsTitleNoun(Fold(w)) || c.lx.IsModifier(w) || c.lx.NotName(w) ||
				j+1 < len(words) && c.lx.IsTitleNoun(Fold(strings.Trim(words[j+1], ",;:()"))) {
				continue // "Reintegration" of "Reintegration Minister": the title's
			}
			// The first word no title's: where the name starts.
			if j == i+1 || !c.holdsName(strings.Join(words[j:], " ")) || c.holdsName(strings.Join(words[:j], " ")) {
				return ""
			}
			return strings.Join(words[:j], " ")
		}
		return ""
	}
	return ""
}

// ownerNameCutIfNamed is role, or when it holds a name, ownerNameCut's.
func (c *cast) ownerNameCutIfNamed(role string) string {
	if c.holdsName(role) {
		return c.ownerNameCut(role)
	}
	return role
}

// holdsName reports whether a role names a person: a given name and a
// capitalised word, a well-known figure, or someone the document already
// named. "US special envoy Steve Witkoff" is the next person in a list,
// not Zelensky's role.
func (c *cast) holdsName(role string) bool {
	if role == "" {
		return false
	}
	words := strings.Fields(role)
	thing := false // in a capitalised run after "the" or a word for a craft
	for i, w := range words {
		w = strings.Trim(w, ",;:()")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			thing = false
			continue
		}
		if i > 0 && (Fold(words[i-1]) == "the" || c.lx.isFold("craft", words[i-1])) {
			// "skipper of the trawler Brenna Dawn", "the Brenna Dawn's
			// skipper": a ship's name, as "the" names a thing.
			thing = true
		}
		if thing {
			continue
		}
		lw := StripPossessive(w)
		if c.lx.NotName(lw) || c.lx.IsTitleNoun(lw) || c.lx.IsModifier(lw) {
			continue
		}
		if _, ok := get(c.lx.given, lw); ok && i+1 < len(words) && !isInitials(lw) && !workplace(words[:i]) {
			if r, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsUpper(r) && !c.lx.bodyRun(words[i:]) {
				return true
			}
		}
		if c.lx.lookupKnown(lw) != nil {
			return true
		}
		if m := c.byKey[c.key(lw)]; m != nil {
			if i+1 < len(words) && lw == w && !strings.Contains(m.name, " ") && isLowerWord(words[i+1]) {
				// "Tessgrid line engineer", after "Tessgrid says …": a
				// word never given as part of a full name, set before
				// the title's words, says whom they work for.
				continue
			}
			return true
		}
	}
	return false
}

// workplace reports words ending in "at" and what it is ("at the London
// broker"), no comma between: a name after them is where someone
// works, a body ("head of aviation war risk at the London broker
// Harcourt Wyndham").
func workplace(words []string) bool {
	for k := len(words) - 1; k >= 0; k-- {
		if strings.HasSuffix(words[k], ",") {
			return false
		}
		if words[k] == "at" {
			return true
		}
	}
	return false
}

// bodyRun reports whether the capitalised words words opens end in an
// organisation's head word ("Marshall Fund", "Allied Land Command") or a
// place's (words.tsv placeword: "Brenna Vale"): the name of a body or a
// place, though its first word may be a given name.
func (lx *Lexicon) bodyRun(words []string) bool {
	last := ""
	for _, w := range words {
		w = strings.Trim(w, ",;:()")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		last = StripPossessive(w)
	}
	return last != "" && (lx.IsOrganisationWord(last) || lx.isFold("placeword", last))
}

// titleThenName reports whether words of an apposition are a title and
// then a name ("US special envoy Steve Witkoff"): another person in a
// list, not a description of the one before.
func (lx *Lexicon) titleThenName(words []string) bool {
	if last := Fold(words[len(words)-1]); len(words) > 1 && (lx.IsTitleNoun(last) || lx.IsPersonNoun(last)) {
		// "Deputy Department Spokesperson", "Chief Tracing Delegate": a
		// title ending in its noun, not one before a name.
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		if i > 0 && lx.isFold("complement", words[i]) {
			// "spokesman for the State Border Guard Service": what
			// follows is the body whose title it is, whatever title
			// nouns its name holds ("Guard").
			return false
		}
		if !lx.IsTitleNoun(words[i]) {
			continue
		}
		// "Executive Director of …" is one title, not a title before
		// a name.
		r, _ := utf8.DecodeRuneInString(words[i+1])
		if next := Fold(words[i+1]); unicode.IsUpper(r) && !lx.IsTitleNoun(next) && !lx.IsModifier(next) {
			return true
		}
	}
	return false
}

// opensRole reports whether rest (the text after a capitalised word)
// continues with lower-case title words, as in "Danish| prime minister".
func (lx *Lexicon) opensRole(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",;:")
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	return lx.IsTitleNoun(w) || lx.IsModifier(w)
}

// plainTitle writes a title the way a list of people shows it: the
// country's adjective for its possessive ("Germany's Chancellor" →
// "German Chancellor"; "the UK's Prime Minister" → "UK Prime Minister").
func (lx *Lexicon) plainTitle(role string) string {
	words := strings.Fields(role)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) < 2 {
		return role
	}
	w := words[0]
	base := StripPossessive(w)
	if base == w {
		return strings.Join(words, " ")
	}
	if strings.ToUpper(base) == base {
		// An abbreviation is its own adjective: "UK", "US", "EU".
		return base + " " + strings.Join(words[1:], " ")
	}
	n, ok := lx.Nation(base)
	if !ok || !strings.EqualFold(n.Country, base) {
		return role
	}
	if len(words) > 2 && lx.unmaking(Fold(words[1])) {
		// "Ukraine's former Minister" → "former Ukrainian Minister".
		return words[1] + " " + n.Adjective + " " + strings.Join(words[2:], " ")
	}
	return n.Adjective + " " + strings.Join(words[1:], " ")
}
