package people

import (
	"strings"
	"unicode"
)

// sentenceSubject is the subject of the clause text[from:to] when it is
// a person: a pronoun opening it, or a name standing first (after a
// fronted phrase such as "Asked about X," or "Standing next to Merz,");
// a name elsewhere is an object and no subject.
func (a *analyser) sentenceSubject(pi, from, to int) who {
	return a.subjectFrom(pi, from, to, true)
}

// afterOpeningPhrase is where the clause of text[from:to] opens after an
// opening phrase of a participle or a preposition set off by a comma
// ("Speaking in Kyiv on Tuesday, she", "In a statement, he"), a fronted
// clause ("When the government asked him in August, he") or a short
// phrase of a preposition with no comma ("For 27 years he"), when the
// phrase names no one, quotes nothing and a pronoun follows it; else
// from.
func (a *analyser) afterOpeningPhrase(p *para, from, to int) int {
	return a.openingPhraseThen(p, from, to, func(next string) bool { return next == "he" || next == "she" }, true)
}

// openingPhraseThen is afterOpeningPhrase with the word that must follow
// the phrase (folded) told by then; clauses says a fronted clause (words.tsv
// subordinator: "When the government asked him …, he") or a phrase with
// no comma ("For 27 years he ran …") may open it too.
func (a *analyser) openingPhraseThen(p *para, from, to int, then func(next string) bool, clauses bool) int {
	ws := wordsAfter(p.Text, from, to, maxOpeningWords+2)
	if len(ws) < 3 {
		return from
	}
	first := Fold(ws[0].w)
	longest := maxOpeningWords
	if clauses && a.lx.is("subordinator", first) {
		longest = maxClauseOpening // "When the government asked him …, he"
		ws = wordsAfter(p.Text, from, to, maxClauseOpening+2)
	} else if !strings.HasSuffix(first, "ing") && !strings.HasSuffix(first, "ed") && !a.lx.IsPreposition(first) {
		return from
	}
	for k := 0; k < len(ws)-1 && k < longest; k++ {
		if !strings.HasSuffix(ws[k].w, ",") {
			continue
		}
		next := Fold(ws[k+1].w)
		if !then(next) || len(p.mentionsIn(from, ws[k].end)) > 0 || strings.ContainsAny(p.Text[from:ws[k].end], "\"“”") {
			return from
		}
		return ws[k+1].start
	}
	if !clauses || !a.lx.IsPreposition(first) {
		return from
	}
	// "For 27 years he ran the trauma department": a short phrase of a
	// preposition with no comma, then the pronoun; not "After he left
	// she …", whose first pronoun is the phrase's own.
	for k := 2; k < len(ws)-1 && k <= maxBareOpening; k++ {
		w := Fold(ws[k].w)
		if then(w) {
			if len(p.mentionsIn(from, ws[k].start)) > 0 || strings.ContainsAny(p.Text[from:ws[k].start], "\"“”,;:") {
				return from
			}
			return ws[k].start
		}
		if a.lx.is("pronoun", w) || a.lx.is("clausestart", w) && w != "the" && w != "a" && w != "an" || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			return from
		}
	}
	return from
}

// maxBareOpening bounds the words of an opening phrase with no comma
// before the pronoun afterOpeningPhrase reads as the subject.
const maxBareOpening = 4

// maxOpeningWords bounds an opening phrase afterOpeningPhrase skips;
// maxClauseOpening a fronted clause (words.tsv subordinator).
const (
	maxOpeningWords  = 10
	maxClauseOpening = 18
)

// subjectFrom is sentenceSubject; without pronouns, a pronoun opening
// the clause is left alone (a pronoun reading back uses the speakers
// already read instead, so that reading stays linear).
func (a *analyser) subjectFrom(pi, from, to int, pronouns bool) who {
	p := &a.paras[pi]
	if pronouns {
		// "Speaking in Kyiv on Tuesday, she said:", "Asked about the
		// money, he was blunt:": the clause opens after a phrase that
		// names no one.
		from = a.afterOpeningPhrase(p, from, to)
		// "Afterwards she took my hand and told me", "Then, he …": an
		// opener alone before the pronoun is no subject.
		if ws := wordsAfter(p.Text, from, to, 2); len(ws) == 2 && a.lx.is("opener", Fold(strings.TrimRight(ws[0].w, ","))) {
			if f := Fold(ws[1].w); f == "he" || f == "she" {
				from = ws[1].start
			}
		}
	}
	if ws := wordsAfter(p.Text, from, to, 1); pronouns && len(ws) == 1 && ws[0].end < to {
		switch w := Fold(strings.TrimRight(ws[0].w, ",")); w {
		case "he", "she":
			return a.resolvePronoun(pi, ws[0].start, w)
		case "they", "we":
			return blocked
		}
	}
	ms := p.mentionsIn(from, to)
	for k := 0; k < len(ms) && k < 20; k++ {
		m := &ms[k]
		if m.end > to {
			break
		}
		if !m.possessive && a.isSubject(pi, from, m) {
			return a.named(pi, from, m)
		}
	}
	// "The Ukrainian president was more direct.": a role as subject, the
	// person who holds it; "A senior diplomat was less upbeat.": an
	// unnamed one (found, but no one to name); "Asked about the bear,
	// the checkpoint commander was unrepentant.": after an opening
	// phrase.
	from = a.openingPhraseThen(p, from, to, isDeterminer, false)
	if ws := wordsAfter(p.Text, from, to, 2); len(ws) == 2 && a.lx.isFold("whose", ws[0].w) && a.lx.IsKin(Fold(strings.TrimRight(ws[1].w, ","))) {
		// "Her husband, a retired railway signalman, said …": someone
		// the text names only by kin, no one it has named (who they
		// are, if anyone, is for kin to say).
		return blocked
	}
	if ws := wordsAfter(p.Text, from, to, 3); len(ws) == 3 && isDeterminer(ws[0].w) && isLowerWord(StripPossessive(ws[1].w)) && Possessive(ws[1].w) && a.lx.IsKin(Fold(strings.TrimRight(ws[2].w, ","))) {
		// "The stonemason's wife, reached by phone, said …": someone
		// the text names only as a relative of someone it does not
		// name either; whoever "she" is next, no one named before.
		return who{role: ws[1].w + " " + strings.TrimRight(ws[2].w, ","), blocked: true}
	}
	if ws := wordsAfter(p.Text, from, to, 6); len(ws) > 1 && isDeterminer(ws[0].w) {
		for k := 1; k < len(ws); k++ {
			if a.lx.IsTitleNoun(singular(a.lx, strings.TrimRight(ws[k].w, ","))) && !strings.HasSuffix(ws[k-1].w, ",") && !(k+2 < len(ws) && a.ownerWord(ws, k)) {
				if np := a.nounPhrase(ws[:k+1]); np != "" && strings.HasPrefix(np, ws[0].w) {
					if k+1 < len(ws) && a.indefinite(ws[0].w) && a.lx.isFold("placeprep", ws[k+1].w) && !Possessive(ws[k].w) {
						// "A nurse at the hospital who did not give her
						// name …": someone new, and where they are.
						return a.roleSubject(pi, ws[0].start, np)
					}
					if k+1 < len(ws) && (a.lx.isFold("preposition", ws[k+1].w) || Possessive(ws[k].w)) {
						break
					}
					return a.roleSubject(pi, ws[0].start, np)
				}
				break
			}
			// "The refugee agency's representative …", "The UN
			// representative …", "The utility's spokeswoman …": whose
			// office it is, before it; "the checkpoint commander": a
			// plain noun saying which (the next word must be the title).
			if !a.lx.IsModifier(ws[k].w) && !a.ownerWord(ws, k) &&
				!(k == 1 && k+1 < len(ws) && a.lx.compoundWord(ws[k].w) && a.lx.IsTitleNoun(singular(a.lx, strings.TrimRight(ws[k+1].w, ",")))) {
				break
			}
		}
	}
	return who{}
}

// indefinite reports an article bringing in someone new (words.tsv
// indefinite: "a", "an", "one").
func (a *analyser) indefinite(w string) bool { return a.lx.isFold("indefinite", w) }

// ownerWord reports whether ws[k] names, or is part of the name of, the
// body whose office a title after it is, in a role opening a clause: an
// acronym ("UN"), a word for a body or an office ("agency's",
// "ministry"), or the word before one ("refugee" in "refugee agency's").
func (a *analyser) ownerWord(ws []word, k int) bool {
	body := func(w string) bool {
		f := Fold(StripPossessive(w))
		return a.lx.is("orgword", f) || a.lx.IsOffice(f) || a.lx.is("part", f)
	}
	w := ws[k].w
	if body(w) || isInitials(StripPossessive(w)) {
		return true
	}
	return isLowerWord(w) && k+1 < len(ws) && body(ws[k+1].w)
}

// isSubject reports whether mention m opens the clause starting at from:
// nothing before it but its role, or a fronted phrase ending in a comma
// ("In Kyiv, Ukrainian President Volodymyr Zelensky struck …"), or a
// comma and a conjunction (", and Merz said").
func (a *analyser) isSubject(pi, from int, m *mention) bool {
	p := &a.paras[pi]
	before := wordsBefore(p.Text, from, p.roleStart(m), 12)
	titled := false // the word last passed is a title noun
	// "Professor Elena Marchetti of the Geneva Centre …": a title before
	// the name whose role the text gives after it.
	for len(before) > 0 && !strings.HasSuffix(before[len(before)-1].w, ",") {
		bw := before[len(before)-1]
		w := bw.w
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			// "🎙 Navy spokesman Captain Taras Kovalchuk:": a post's
			// emoji, a bullet, before the name.
			before = before[:len(before)-1]
			continue
		}
		f := Fold(StripPossessive(w))
		aside := bw.start > 0 && p.Text[bw.start-1] == '(' // "General (ret.) Piotr Zawadzki"
		// "Major General Igor Pankratov, …, said": a capitalised word
		// opening the clause before a title is the title's.
		ranked := titled && len(before) == 1 && isCapitalised(w)
		// "Sheikh Jassim Al-Marri on the fund:": an honorific too.
		if !a.lx.IsTitleNoun(f) && !a.lx.IsModifier(f) && !aside && !ranked && !(a.lx.is("givenhonorific", f) && isCapitalised(w)) {
			break
		}
		titled = a.lx.IsTitleNoun(f)
		before = before[:len(before)-1]
	}
	// Only the punctuation closing a quotation before it: `"…,"
	// General (ret.) Piotr Zawadzki, …, told me`.
	if len(before) == 0 || len(before) == 1 && strings.Trim(before[0].w, ",\"”’' ") == "" {
		return true
	}
	last := before[len(before)-1].w
	if Possessive(last) && (len(before) == 1 || len(before) == 2 && isDeterminer(before[0].w)) {
		// "Rosatom's Gleb Sharapov, a deputy director general, told
		// reporters", "The agency's Mateo Ferrandi says": whose they
		// are, opening the sentence before the name.
		return true
	}
	if strings.HasSuffix(last, ",") {
		// The phrase's first word, however long the phrase ("Speaking
		// outside the hearing venue on the Rue de Lausanne shortly after
		// 16:00, Konstantin Belov …").
		first := Fold(strings.TrimRight(before[0].w, ","))
		if ws := wordsAfter(p.Text, from, before[0].start, 1); len(ws) == 1 {
			first = Fold(strings.TrimRight(ws[0].w, ","))
		}
		if a.lx.is("preposition", first) || a.lx.is("opener", first) || a.lx.adverb(first) ||
			strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed") {
			return true
		}
		// A role set before the name ("Switzerland's state secretary
		// for foreign affairs, Lukas Brunner, who …, said"): the name
		// is the subject.
		if a.roleApposition(before) {
			return true
		}
		// "…, who …, said" is handled by the caller; a list or an
		// apposition ("Two customers, Iryna Tkachenko, …") is not a
		// subject.
		return false
	}
	switch Fold(last) {
	case "and", "but", "while", "whereas", "as", "when", "because", "although", "so":
		// "…, and Peskov said", or opening the sentence: "As Selim
		// Karaca put it to me, …".
		return len(before) == 1 || strings.HasSuffix(before[len(before)-2].w, ",")
	}
	return a.whenOpener(before)
}

// whenOpener reports words that are only a time opening the sentence
// with no comma after it ("On 2 April 2069 the skipper, Bohdan Lysenko,
// wrote …", "On Monday the minister …"): a preposition, then dates,
// numbers, a month's or a weekday's name, and the article before the
// role.
func (a *analyser) whenOpener(ws []word) bool {
	if len(ws) < 2 || !a.lx.isFold("preposition", ws[0].w) {
		return false
	}
	dated := false
	for _, w := range ws[1:] {
		f := Fold(strings.Trim(w.w, ",."))
		switch {
		case strings.ContainsAny(f, "0123456789"):
			dated = true
		case isDeterminer(f):
		case a.lx.NotName(strings.Trim(w.w, ",.")) && isCapitalised(w.w):
			dated = true // "April", "Monday"
		default:
			return false
		}
	}
	return dated
}

// roleApposition reports whether words ending in a comma are a role
// alone, set before a name: a title with its modifiers and complements
// ("Switzerland's state secretary for foreign affairs,", "the head of
// the Swiss delegation,"), with no comma inside.
func (a *analyser) roleApposition(ws []word) bool {
	first := ws[0].w
	if !Possessive(first) && !isDeterminer(first) && !a.lx.IsModifier(first) && !a.lx.IsTitleNoun(Fold(first)) {
		return false
	}
	titled := false
	for i, w := range ws {
		f := Fold(strings.TrimRight(w.w, ","))
		if i < len(ws)-1 && strings.ContainsAny(w.w, ",;:") {
			return false
		}
		if a.lx.is("preposition", f) {
			break // what follows complements the title
		}
		titled = titled || a.lx.IsTitleNoun(singular(a.lx, f))
	}
	return titled
}

// prepositional reports whether mention m stands in a phrase opened by a
// preposition ("with Merz", "Standing next to Merz, …"): not a subject,
// and in a pronoun's own sentence not what it stands for.
func (a *analyser) prepositional(pi, sentStart int, m *mention) bool {
	p := &a.paras[pi]
	before := wordsBefore(p.Text, sentStart, p.roleStart(m), 8)
	if n := len(before); n > 0 && a.lx.isFold("preposition", strings.Trim(before[n-1].w, ",;")) {
		return true
	}
	// A sentence opening with a preposition or participle: what comes
	// before its first comma is not the subject.
	if len(before) > 0 {
		first := Fold(before[0].w)
		if a.lx.is("preposition", first) || strings.HasSuffix(first, "ing") {
			for _, w := range before {
				if strings.HasSuffix(w.w, ",") {
					return false
				}
			}
			return true
		}
	}
	return false
}
