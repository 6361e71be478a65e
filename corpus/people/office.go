package people

import (
	"slices"
	"strings"
	"unicode"
)

// ofTitleBefore reads a title of a body set before a name with a comma:
// "The head of the IAEA, Hanne Lindqvist", "the deputy chair of the
// Committee on Foreign Affairs, …": a title noun, the words qualifying
// it, "of" or "for" (rolejoin, rolefor) and a body whose words are
// capitalised or join them. before is the text up to the name.
func (lx *Lexicon) ofTitleBefore(before string) string {
	t := strings.TrimRight(before, " ")
	if !strings.HasSuffix(t, ",") || len(t) == len(before) {
		return ""
	}
	fields := lastFieldsTo(t[:len(t)-1], maxForBody+6, func(w string) bool { return strings.ContainsAny(w, ",;:()\"“”.") })
	if len(fields) == 0 {
		return ""
	}
	// The body is a name's ("of the IAEA"), or a few plain words after
	// "the" ("Norway's special envoy for the talks, Torbjørn Lysne", "the
	// head of the delegation, …").
	plain := !unicode.IsUpper(firstRune(fields[len(fields)-1]))
	// A title word, or a capitalised word for a person ("the Registrar of
	// the Court").
	titled := func(w string) bool {
		return lx.IsTitleNoun(Fold(w)) || isCapitalised(w) && lx.IsPersonNoun(Fold(w))
	}
	j := len(fields) - 1
	for ; j >= 0 && len(fields)-1-j <= maxForBody; j-- {
		w := fields[j]
		if strings.ContainsAny(w, ",;:()\"“”.") {
			return ""
		}
		lw := Fold(w)
		if (lw == "of" || lx.is("rolefor", lw)) && j > 0 && titled(fields[j-1]) {
			break
		}
		if lx.is("rolefor", lw) && j >= 3 && fields[j-2] == "of" && isCapitalised(fields[j-1]) && titled(fields[j-3]) {
			// "Qatar's Minister of State for International
			// Cooperation, …": the title's own "of" before its "for".
			j -= 2
			break
		}
		if plain && len(fields)-1-j >= maxPlainBody {
			return ""
		}
		if !plain && !unicode.IsUpper(firstRune(w)) && !lx.is("rolejoin", lw) {
			return ""
		}
	}
	if j < 1 || len(fields)-1-j > maxForBody || plain && (j+1 >= len(fields) || Fold(fields[j+1]) != "the") {
		return ""
	}
	k := j - 1
	for k > 0 && (lx.IsModifier(Fold(fields[k-1])) || Possessive(fields[k-1]) && isCapitalised(fields[k-1])) {
		k-- // "Japan's ambassador to Ukraine": whose it is too
	}
	return strings.Join(fields[k:], " ")
}

// maxOwnerWords bounds the capitalised words of a body that owns a
// title set before a name: "The European Union Aviation Safety Agency's".
const maxOwnerWords = 6

// titleAppositionBefore reads a title set before a name's own with a
// comma, opening its sentence: "The mediator, OSCE special envoy Henrik
// Vaaler" (off is where "OSCE" starts) gives "mediator". A determiner or a
// possessive, modifiers, then a title noun; nothing else.
func (lx *Lexicon) titleAppositionBefore(text string, off int) string {
	if off <= 0 || off > len(text) {
		return ""
	}
	before := strings.TrimRight(text[:off], " ")
	if !strings.HasSuffix(before, ",") {
		return ""
	}
	before = before[:len(before)-1]
	start := strings.LastIndexAny(before, ".!?:;\"“”,(") + 1
	ws := strings.Fields(before[start:])
	if n := len(ws); n >= 2 && n <= 4 && Fold(ws[0]) == "whose" && start > 0 && before[start-1] == ',' && (lx.IsTitleNoun(Fold(ws[n-1])) || lx.hyphenTitle(ws[n-1])) {
		// "the Civil Aviation Authority, whose director-general, Pavel
		// Rusk,": the title of the body named before "whose".
		if body := lx.bodyEndingAt(strings.TrimRight(before[:start-1], " ")); body != "" {
			return strings.Join(ws[1:], " ") + " of " + body
		}
		return ""
	}
	if len(ws) > 1 && lx.verbForm(ws[0]) != nil && (isDeterminer(ws[1]) || Possessive(ws[1])) {
		ws = ws[1:] // `"…," said Russia's chief negotiator, Deputy Foreign Minister …`
	}
	if len(ws) > 1 && (lx.isFold("adverb", ws[0]) || lx.isFold("opener", ws[0])) && (isDeterminer(ws[1]) || Possessive(ws[1]) || lx.isFold("whose", ws[1])) {
		ws = ws[1:] // "Instead his chief of staff, Henri Salvat, read …"
	}
	if len(ws) > 0 && (ws[0] == "and" || ws[0] == "but") {
		ws = ws[1:] // "…, and the Holy See's special envoy, Cardinal …"
	} else if start > 0 && before[start-1] == ',' && isCapitalised(lastWord(strings.TrimRight(before[:start-1], " "))) {
		// "Emmanuel Macron, the French president, Keir Starmer, …": the
		// title set after a name between commas is that name's.
		return ""
	}
	for i := 1; i+1 < len(ws) && i <= 3 && !isDeterminer(ws[0]); i++ {
		if isDeterminer(ws[i]) && lx.isFold("preposition", ws[i-1]) {
			ws = ws[i:] // "Statement by the official representative of …, "
			break
		}
	}
	// "his chief of staff, Henri Salvat": whose it is, by a pronoun.
	ownPronoun := len(ws) > 0 && lx.isFold("whose", ws[0])
	if len(ws) < 2 || len(ws) > 12 || !isDeterminer(ws[0]) && !Possessive(ws[0]) && !ownPronoun {
		return ""
	}
	if n := len(ws); n > 2 && lx.isFold("whereadverb", ws[n-1]) {
		// "the chief vet there, Dr Yelena Voronova": where they serve.
		ws = ws[:n-1]
	}
	// "the official representative of the Ministry of Defence, Major
	// General Igor Belyakov": a title of a body named after it.
	all := ws
	// "Director-General": a title written with a hyphen.
	titleWord := func(w string) bool { return lx.IsTitleNoun(Fold(w)) || lx.hyphenTitle(w) }
	if k := slices.IndexFunc(ws, func(w string) bool { return lx.isFold("whereprep", w) }); k > 1 && len(ws)-k-1 <= maxWhereWords && titleWord(ws[k-1]) && (everyWord(strings.Join(ws[k+1:], " "), isLowerWord) || placeWords(ws[k+1:])) {
		// "the chief vet on the other bank, Dr Voronova", "A maritime
		// lawyer in Keltse, Corin Tessaly": the title, then where its
		// holder serves, in a few lower-case words or a place's name.
		ws = ws[:k]
	}
	if k := slices.IndexFunc(ws, func(w string) bool { return w == "of" || w == "for" }); k > 1 && k < len(ws)-1 && (lx.namesBody(strings.TrimPrefix(strings.Join(ws[k+1:], " "), "the ")) || titleWord(ws[k-1]) && (lx.IsOrganisationWord(ws[len(ws)-1]) || portfolio(ws[k+1:]) || ws[k] == "for" && len(ws)-k-1 <= 2)) {
		// Or "the head of the Sumy regional military administration":
		// a title of a body written in lower case, ending in a word for
		// one; or "special envoy for humanitarian mediation", "Assistant
		// Director-General for Culture": a title for a field, in a few
		// lower-case words or one or two after "for".
		ws = ws[:k]
	}
	if !titleWord(ws[len(ws)-1]) {
		return ""
	}
	// "the Holy See's special envoy", "The European Union Aviation Safety
	// Agency's executive director": whose, in capitalised words ending in
	// a possessive, then what.
	owner := 1
	for k := 1; k < len(ws)-1 && k <= maxOwnerWords; k++ {
		if !isCapitalised(ws[k]) {
			break
		}
		if Possessive(ws[k]) {
			owner = k + 1
			break
		}
	}
	if len(ws)-owner > 5 {
		return ""
	}
	plain := 0
	for _, w := range ws[owner : len(ws)-1] {
		// "Russia's delegation head": the part of a body whose it says;
		// "Russia's foreign ministry spokeswoman": the body, in lower
		// case, whose it says.
		// "The UN special envoy for water": a body's initials own it.
		if f := Fold(StripPossessive(w)); !lx.IsModifier(f) && !lx.IsTitleNoun(f) && !((owner > 1 || Possessive(ws[0])) && lx.is("part", f)) && !lx.is("orgword", f) && !lx.IsOffice(f) && !isInitials(w) {
			// "A maritime lawyer, …": after "a", one or two plain
			// lower-case words saying what kind.
			if plain++; !isIndefinite(ws[0]) || plain > maxPlainKind || !isLowerWord(w) || Possessive(w) {
				return ""
			}
		}
	}
	if isDeterminer(all[0]) || ownPronoun {
		all = all[1:]
	}
	return strings.Join(all, " ")
}

// maxPlainKind is the most plain lower-case words that may say what
// kind of title holder an indefinite apposition calls someone ("a
// maritime lawyer").
const maxPlainKind = 2

// placeWords reports one to three capitalised words, as a place's name
// after "in" or "at" is written ("Keltse", "Varna Bay"): a capitalised
// body of no possessive.
func placeWords(ws []string) bool {
	return len(ws) <= 3 && len(ws) > 0 && ws[0] != "the" && capitalisedBody(ws) && !slices.ContainsFunc(ws, Possessive)
}

// maxWhereWords is the most words after a title's "on" or "at" that say
// where its holder serves ("on the other bank").
const maxWhereWords = 4

// portfolio reports a field a title is for, in a few lower-case words
// ("humanitarian mediation", "nuclear safety").
func portfolio(ws []string) bool {
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// maxForBody is the most words the body a title is for may take before
// a name ("Defence and Space", "Foreign Affairs"); maxForReach the bytes
// before a name within which its "for" must stand.
const (
	maxForBody   = 6
	maxPlainBody = 4 // "the talks", "the Nova Maiachka community"
	maxForReach  = 120
)

// forTitleBefore reports whether the words right before off are a title
// for or of a body, or its start ("Commissioner for Enlargement ",
// "Deputy Minister for Foreign Affairs ", "Deputy Minister of
// Infrastructure ", "Commissioner for Defence and "): a title word,
// "for" or "of", then capitalised words and the words that join them. start is where the title begins, with the words that qualify it
// ("Deputy").
func (lx *Lexicon) forTitleBefore(text string, off int) (start int, ok bool) {
	before := text[:off]
	if len(before) == 0 || !unicode.IsSpace(lastRune(before)) || !strings.Contains(before[max(0, len(before)-maxForReach):], " for ") && !strings.Contains(before[max(0, len(before)-maxForReach):], " of ") {
		// Most names have no title for a body before them: say so
		// without reading the words.
		return 0, false
	}
	// In text order; the last is the word right before off.
	fields := lastFieldsTo(before, maxForBody+6, func(w string) bool { return strings.ContainsAny(w, ",;:()\"“”.") })

	// "for", or "of" right after a capitalised title ("Deputy Minister
	// of Infrastructure "): inside a body's name "of" only joins its
	// words ("Trade of the Realm").
	opens := func(j int) bool {
		return lx.is("rolefor", fields[j]) || fields[j] == "of" && j > 0 && lx.IsTitleNoun(Fold(fields[j-1])) && unicode.IsUpper(firstRune(fields[j-1]))
	}
	j := len(fields) - 1
	for ; j >= 0 && len(fields)-1-j < maxForBody; j-- {
		w := fields[j]
		if opens(j) || !unicode.IsUpper(firstRune(w)) && !lx.is("rolejoin", w) || strings.ContainsAny(w, ",;:()\"“”.") {
			break
		}
	}
	if j < 1 || j == len(fields)-1 || !opens(j) {
		return 0, false
	}
	// The title before "for": its noun, and the words qualifying it.
	k := j - 1
	if k >= 2 && fields[k-1] == "of" && unicode.IsUpper(firstRune(fields[k])) && !lx.IsTitleNoun(Fold(fields[k])) {
		// "Minister of State for Foreign Affairs": the title's own "of".
		k -= 2
	}
	if !lx.IsTitleNoun(Fold(fields[k])) || !unicode.IsUpper(firstRune(fields[k])) {
		return 0, false
	}
	for k > 0 && lx.IsModifier(Fold(fields[k-1])) && unicode.IsUpper(firstRune(fields[k-1])) {
		k--
	}
	// Where the k-th field starts: count back over the fields after it.
	start = len(before)
	for n := len(fields) - 1; n >= k; n-- {
		start = strings.LastIndex(before[:start], fields[n])
	}
	return start, true
}

// forBodyBefore reports whether the words right before off are a title
// word and "for" ("member for ", "Minister for "), in any case.
func (lx *Lexicon) forBodyBefore(text string, off int) bool {
	// The cheap test first: most names follow no space-ended text here.
	if off == 0 || !unicode.IsSpace(lastRune(text[:off])) {
		return false
	}
	f := strings.Fields(text[max(0, off-40):off])
	if len(f) < 2 {
		return false
	}
	if !lx.is("rolefor", strings.ToLower(f[len(f)-1])) {
		return false
	}
	// "the Kharkiv Institute for Mine Action Studies": a body's name
	// going on after its word for what it is (whatever given name "Mine"
	// may be).
	prev := f[len(f)-2]
	return lx.IsTitleNoun(Fold(prev)) || isCapitalised(prev) && lx.IsOrganisationWord(Fold(prev))
}

// bodyEndingAt is the body's name that closes text, in capitalised words
// (joined by "of", "for" or "and") with a word for a body among them,
// after "the" when the text gives one ("the Civil Aviation Authority");
// "" when text ends in no such name.
func (lx *Lexicon) bodyEndingAt(text string) string {
	ws := strings.Fields(text)
	k := len(ws)
	for k > 0 && len(ws)-k < maxOwnerWords+2 {
		w := ws[k-1]
		if strings.ContainsAny(w, ",;:.!?()\"“”") {
			break
		}
		if !isCapitalised(w) && !(k < len(ws) && lx.isFold("bodyjoin", w)) {
			break
		}
		k--
	}
	for k < len(ws) && lx.isFold("bodyjoin", ws[k]) {
		k++
	}
	if k == len(ws) || !lx.namesBody(strings.Join(ws[k:], " ")) {
		return ""
	}
	if k > 0 && strings.EqualFold(ws[k-1], "the") {
		k--
	}
	return strings.Join(ws[k:], " ")
}
